"""Write resources/re-programs.bin: the ``re`` programs a cold check compiles (core/re_programs.py).

    python scripts/build_re_programs.py          # write it
    python scripts/build_re_programs.py --check  # exit 1 if it misses a pattern a check compiles

A child process (with the stored programs switched off) imports the command line and the
checker, loads it, and checks bench/samples and the first texts of bench/corpus, as
``main.py check`` and the window do; every pattern ``re`` compiled on the way is stored. Run it
after changing a regular expression of the checkers (a pattern missing from the file is only
compiled at run time, as before; nothing else changes).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.re_programs import PROGRAMS_NAME, dumps  # noqa: E402

# What the child runs: the work of a cold check (and of the window's first checks).
_WORKLOAD = r"""
import contextlib, datetime as dt, io, json, sys
from pathlib import Path
import main
from core.check.checker import Checker
from core.re_programs import compiled_keys
root = Path(sys.argv[1])
texts = sorted((root / "bench" / "samples").glob("*.txt"))
texts += sorted((root / "bench" / "corpus" / "clean").glob("*.txt"))[:20]
with contextlib.redirect_stdout(io.StringIO()):
    main.main(["check", str(texts[0])])
checker = Checker.for_user(extra_packs=[])
for path in texts:
    checker.check(path.read_text(encoding="utf-8"), on_date=dt.date(2026, 12, 6))
print(json.dumps(compiled_keys()))
"""


def workload_keys() -> list[tuple[str, int]]:
    """The (pattern, flags) every pattern the workload compiles, from a fresh process."""
    env = {**os.environ, "SARING_RE_PROGRAMS": "0", "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", _WORKLOAD, str(ROOT)], cwd=ROOT, env=env,
                         capture_output=True, text=True, check=True).stdout
    return [(pattern, flags) for pattern, flags in json.loads(out.splitlines()[-1])]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args()
    target = ROOT / "resources" / PROGRAMS_NAME
    data = dumps(workload_keys())
    if args.check:
        if not target.exists() or target.read_bytes() != data:
            print(f"{target} is out of date: run python scripts/build_re_programs.py",
                  file=sys.stderr)
            return 1
        return 0
    target.write_bytes(data)
    print(f"{target}: {len(data) // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
