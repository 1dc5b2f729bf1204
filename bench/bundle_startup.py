"""Start of the built bundle to its first painted main window.

    python -m bench.bundle_startup [--exe dist/Saring/Saring] [--runs 5]

Runs ``EXE --db TMP --first-paint`` (the normal window start-up: logging, lock, integrity
check, backup, window; it prints ``SARING-PAINT <time.time()>`` on the first paint and quits)
with QT_QPA_PLATFORM=offscreen unless set, one unmeasured warm-up launch first. Prints each
launch-to-paint time and the median.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def launch(exe: Path, db: Path) -> float:
    env = {**os.environ}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.time()
    out = subprocess.run([str(exe), "--db", str(db), "--first-paint"], env=env, capture_output=True,
                         text=True, timeout=120)
    for line in out.stdout.splitlines():
        if line.startswith("SARING-PAINT "):
            return float(line.split()[1]) - started
    raise RuntimeError(f"no paint mark (exit {out.returncode}): {out.stderr[-500:]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exe", type=Path, default=ROOT / "dist" / "Saring" / "Saring")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        launch(args.exe, Path(tmp) / "warm.db")
        times = [launch(args.exe, Path(tmp) / f"run{i}.db") for i in range(args.runs)]
    for i, t in enumerate(times):
        print(f"run {i + 1}: {t:.3f} s to first paint")
    print(f"median {statistics.median(times):.3f} s, max {max(times):.3f} s over {len(times)} launches "
          f"of {args.exe}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
