"""Saring's check against plain hunspell, end to end, each in its own process.

    python -m bench.lexicon_speed [--runs N] [--file PATH]

Prints, for ``bench/samples/text_5000.txt`` (or ``--file``), the median wall and CPU time
(user + system of the child process: steadier than wall time on a loaded machine) of
``hunspell -d resources/dictionaries/id_ID -l FILE`` (the Debian ``hunspell`` program, the same
id_ID files Saring compiles its lexicon from) and of a cold ``python main.py check FILE`` (a new
process each run: interpreter, imports, checker load, check, output), their ratio, the peak RSS
of ``main.py check``, and from one more process: the time to import the checker and load it
(``Checker.from_resources``: "checker ready"), a warm check of the same file and of
``bench/samples/post_300.txt`` (median of repeated checks after one unmeasured check). See
bench/README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "bench" / "samples"
DICTIONARY = ROOT / "resources" / "dictionaries" / "id_ID"

_WARM_CHILD = r"""
import json, statistics, sys, time
t0, c0 = time.perf_counter(), time.process_time()
from core.check.checker import Checker
checker = Checker.from_resources()
out = {"ready": time.perf_counter() - t0, "ready_cpu": time.process_time() - c0}
for name, path, runs in (("long", sys.argv[1], 10), ("post", sys.argv[2], 30)):
    text = open(path, encoding="utf-8").read()
    checker.check(text)
    times, cpu = [], []
    for _ in range(runs):
        t, c = time.perf_counter(), time.process_time()
        checker.check(text)
        times.append(time.perf_counter() - t); cpu.append(time.process_time() - c)
    out[name] = statistics.median(times)
    out[name + "_cpu"] = statistics.median(cpu)
print(json.dumps(out))
"""


# An installed Saring (the PyInstaller bundle) runs from compiled bytecode; a shell that sets
# PYTHONDONTWRITEBYTECODE would make every cold run compile ~60 modules from source again.
_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
_ENV["QT_QPA_PLATFORM"] = "offscreen"


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed_run(argv: list[str]) -> tuple[float, float]:
    """(wall, CPU) seconds of one run of ``argv`` in its own process."""
    start, cpu = time.perf_counter(), _children_cpu()
    subprocess.run(argv, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   check=False, env=_ENV)
    return time.perf_counter() - start, _children_cpu() - cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.lexicon_speed",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="runs of each command (default 7)")
    parser.add_argument("--file", type=Path, default=SAMPLES / "text_5000.txt")
    args = parser.parse_args(argv)
    hunspell = shutil.which("hunspell")
    if hunspell is None:
        print("hunspell is not installed (Debian: apt-get install hunspell)", file=sys.stderr)
        return 2
    text_file = args.file.resolve()
    words = len(text_file.read_text(encoding="utf-8").split())
    hun_cmd = [hunspell, "-d", str(DICTIONARY), "-l", str(text_file)]
    check_cmd = [sys.executable, "main.py", "check", str(text_file)]
    timed_run(hun_cmd)  # fill the OS file cache for both, unmeasured
    timed_run(check_cmd)  # and write the bytecode the runs below read
    hun, cold = [], []
    for _ in range(args.runs):  # interleaved, so both see the same machine load
        hun.append(timed_run(hun_cmd))
        cold.append(timed_run(check_cmd))
    rss_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # Linux: KiB
    child = subprocess.run([sys.executable, "-c", _WARM_CHILD, str(text_file),
                            str(SAMPLES / "post_300.txt")], cwd=ROOT, capture_output=True,
                           text=True, check=True, env=_ENV)
    warm = json.loads(child.stdout)
    h, c = (statistics.median(t for t, _ in hun), statistics.median(t for t, _ in cold))
    hc, cc = (statistics.median(t for _, t in hun), statistics.median(t for _, t in cold))
    print(f"{text_file.name}: {words} words; medians of {args.runs} runs (wall | CPU)")
    print(f"hunspell -l (cold process):          {h * 1000:7.1f} | {hc * 1000:7.1f} ms")
    print(f"python main.py check (cold process): {c * 1000:7.1f} | {cc * 1000:7.1f} ms = "
          f"{c / h:.2f}x | {cc / hc:.2f}x hunspell")
    print(f"warm check of the same text:         {warm['long'] * 1000:7.1f} | "
          f"{warm['long_cpu'] * 1000:7.1f} ms = {warm['long'] / h:.2f}x | "
          f"{warm['long_cpu'] / hc:.2f}x hunspell")
    print(f"warm check of post_300.txt:          {warm['post'] * 1000:7.1f} | "
          f"{warm['post_cpu'] * 1000:7.1f} ms")
    print(f"checker ready (import + load):       {warm['ready'] * 1000:7.1f} | "
          f"{warm['ready_cpu'] * 1000:7.1f} ms")
    print(f"peak RSS of the child processes:    {rss_kib / 1024:7.1f} MB (main.py check is the "
          "largest)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
