"""Start of the built bundle to its first painted main window.

    python -m bench.bundle_startup [--exe dist/Saring/Saring] [--runs 5]
    python -m bench.bundle_startup --wine --exe dist-win/Saring/Saring.exe   # WINEPREFIX set

Runs ``EXE --db TMP --first-paint`` (the normal window start-up: logging, lock, integrity
check, backup, window; it prints ``SARING-PAINT <time.time()>`` on the first paint and quits)
with QT_QPA_PLATFORM=offscreen unless set, one unmeasured warm-up launch first. Prints each
launch-to-paint time and the median. ``--wine`` starts a Windows build under Wine instead, in
the prefix scripts/build-windows.sh prepares (WINEPREFIX=~/.cache/saring-win/prefix); Qt gets
the offscreen platform through WINEQT_QPA_PLATFORM, as Wine passes no QT_* variables. Wine's
own start-up is included.
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


def windows_path(path: Path) -> str:
    """A Linux path as Wine's Z: drive sees it."""
    return "Z:" + str(path.resolve()).replace("/", "\\")


def launch(exe: Path, db: Path, *, wine: bool = False) -> float:
    env = {**os.environ}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    command = [str(exe), "--db", str(db), "--first-paint"]
    if wine:
        env.setdefault("WINEQT_QPA_PLATFORM", env["QT_QPA_PLATFORM"])
        env.setdefault("WINEDEBUG", "-all")
        # Output through a pipe (capture_output): a Windows console program under Wine dies when
        # its stdout is a regular file.
        command = ["wine", windows_path(exe), "--db", windows_path(db), "--first-paint"]
    started = time.time()
    out = subprocess.run(command, env=env, capture_output=True, text=True, timeout=180)
    for line in out.stdout.splitlines():
        if line.startswith("SARING-PAINT "):
            return float(line.split()[1]) - started
    raise RuntimeError(f"no paint mark (exit {out.returncode}): {out.stderr[-500:]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exe", type=Path, default=ROOT / "dist" / "Saring" / "Saring")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--wine", action="store_true", help="a Windows .exe, started under Wine")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        launch(args.exe, Path(tmp) / "warm.db", wine=args.wine)
        times = [launch(args.exe, Path(tmp) / f"run{i}.db", wine=args.wine) for i in range(args.runs)]
    for i, t in enumerate(times):
        print(f"run {i + 1}: {t:.3f} s to first paint")
    print(f"median {statistics.median(times):.3f} s, max {max(times):.3f} s over {len(times)} launches "
          f"of {args.exe}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
