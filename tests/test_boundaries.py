"""core/ never loads Qt: importing every core module, or running the command line, leaves
no PySide6 module in sys.modules."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import core

ROOT = Path(__file__).resolve().parent.parent


def _core_modules() -> list[str]:
    return sorted(m.name for m in pkgutil.walk_packages(core.__path__, prefix="core."))


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)


def test_core_has_modules() -> None:
    wanted = {"core.check.checker", "core.store.queue", "core.check.spelling", "core.check.rules.loader"}
    assert wanted <= set(_core_modules())


def test_importing_core_loads_no_qt() -> None:
    imports = "; ".join(f"import {m}" for m in _core_modules())
    result = _run(f"{imports}; import sys; "
                  "print(sorted(k for k in sys.modules if k.startswith(('PySide6', 'shiboken'))))")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_command_line_check_loads_no_qt(tmp_path: Path) -> None:
    post = tmp_path / "post.txt"
    post.write_text("Pemkab menghimbau warga.", encoding="utf-8")
    # `check` run as the program ends through its exit handlers and os._exit (main.exit_now),
    # so the loaded modules are listed by an exit handler, the last thing the process does
    code = (
        "import atexit, sys, runpy\n"
        "atexit.register(lambda: print('QT', sorted(k for k in sys.modules\n"
        "                                        if k.startswith('PySide6')), flush=True))\n"
        f"sys.argv = ['main.py', 'check', {str(post)!r}]\n"
        "try:\n"
        "    runpy.run_path('main.py', run_name='__main__')\n"
        "except SystemExit:\n"
        "    pass\n"
    )
    result = _run(code)
    assert result.returncode == 0, result.stderr
    assert "baku.imbau" in result.stdout  # the check really ran
    assert result.stdout.strip().splitlines()[-1] == "QT []"


def test_ui_is_the_only_place_importing_pyside() -> None:
    offenders = [str(p.relative_to(ROOT)) for p in (ROOT / "core").rglob("*.py")
                 if "PySide6" in p.read_text(encoding="utf-8")]
    assert offenders == []
