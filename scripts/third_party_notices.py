"""Write the licence files a bundle ships: LICENSE.txt (Saring's GPL-3.0-or-later) and
THIRD-PARTY-NOTICES.txt (every third-party component, from the installed packages' metadata).

    python scripts/third_party_notices.py --out DIR                      # what saring requires
    python scripts/third_party_notices.py --out DIR --bootloader MODULE...  # build.spec: the
                                          # distributions providing the bundle's top-level modules

build.spec runs it with the Python that builds the bundle (Linux, or Windows under Wine), so the
versions are those of the bundle.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.app.notices import (  # noqa: E402 - the project root is put on the path just above
    LICENSE_NAME,
    NOTICES_NAME,
    components,
    distributions_for_modules,
    render,
    runtime_distributions,
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="folder to write the two files into")
    parser.add_argument("--bootloader", action="store_true",
                        help="add PyInstaller (its bootloader is inside the executables)")
    parser.add_argument("modules", nargs="*", help="top-level modules inside the bundle")
    args = parser.parse_args(argv)
    names = distributions_for_modules(args.modules) if args.modules else runtime_distributions()
    if args.bootloader:
        names.append("pyinstaller")
    parts = components(names)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / NOTICES_NAME).write_text(render(parts), encoding="utf-8")
    shutil.copyfile(ROOT / "LICENSE", args.out / LICENSE_NAME)
    print(f"{args.out / NOTICES_NAME}: " + ", ".join(f"{p.name} ({p.licence})" for p in parts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
