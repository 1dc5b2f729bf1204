"""Compile the UI translations: i18n/<name>_<lang>.ts → resources/i18n/<name>_<lang>.qm.

    .venv/bin/python scripts/build_translations.py           # compile (test.sh, run-app.sh, build.spec)
    .venv/bin/python scripts/build_translations.py --update  # first refresh the .ts from ui/*.py

Indonesian is the source language (the strings in the code); each saring_*.ts holds one other
language. qtbase_id.ts is Indonesian for Qt's own strings (menus, buttons, file dialog), which Qt
does not ship; it is written by hand (--update leaves it alone).
Both tools ship with PySide6-Essentials (pyside6-lupdate, pyside6-lrelease), so this works offline.
"""

from __future__ import annotations

import argparse
import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "i18n"
TARGET = ROOT / "resources" / "i18n"


class ToolMissingError(RuntimeError):
    """pyside6-lupdate or pyside6-lrelease is not installed next to this Python."""


def tool(name: str) -> str:
    """The PySide6 tool ``name`` of this Python's environment: Qt's own program inside the
    PySide6 package (``lrelease``/``lrelease.exe``), else the ``pyside6-*`` wrapper beside
    python (a venv's bin or Scripts). The package's program comes first because the wrapper
    launchers do not run under Wine, where the Windows bundle is built
    (scripts/build-windows.sh)."""
    spec = importlib.util.find_spec("PySide6")  # finds the package without loading Qt
    qt_name = name.removeprefix("pyside6-")
    folders = [Path(p) for p in (spec.submodule_search_locations or [])] if spec else []
    here = Path(sys.executable).parent
    candidates = [f / qt_name for f in folders] + [f / f"{qt_name}.exe" for f in folders]
    candidates += [here / name, here / f"{name}.exe"]
    for candidate in candidates:
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise ToolMissingError(f"{name} tidak ditemukan; pasang PySide6-Essentials (pip install -e .)")
    return found


def update() -> None:
    py_files = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").glob("*.py"))
    for ts in sorted(SOURCES.glob("saring_*.ts")):
        language = ts.stem.split("_", 1)[1]
        subprocess.run([tool("pyside6-lupdate"), *py_files, "-ts", str(ts.relative_to(ROOT)),
                        "-source-language", "id", "-target-language", language, "-no-obsolete"],
                       cwd=ROOT, check=True)


def build() -> list[Path]:
    TARGET.mkdir(parents=True, exist_ok=True)
    built = []
    for ts in sorted(SOURCES.glob("*_*.ts")):
        qm = TARGET / ts.with_suffix(".qm").name
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="refresh the .ts files from ui/*.py first")
    args = parser.parse_args(argv)
    try:
        if args.update:
            update()
        for qm in build():
            print(qm.relative_to(ROOT))
    except (ToolMissingError, subprocess.CalledProcessError) as exc:
        print(exc, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
