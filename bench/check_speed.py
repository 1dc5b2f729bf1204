"""How long Checker.check() takes on a typical post and on a long text, in-process.

    python -m bench.check_speed [--cold-runs N]

Prints the checker load time, warm timings (median and p90 over repeated checks of the same
text, after one unmeasured warm-up check) and cold timings (the first check on a freshly
loaded checker, whose speller caches are empty). See bench/README.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import math
import platform
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from core.check.checker import Checker
from core.check.findings import CheckReport
from core.publish.channels import Channel

SAMPLES = Path(__file__).resolve().parent / "samples"
# Fixed so that date-dependent rules behave the same on every run.
CHECK_DATE = dt.date(2026, 1, 15)
CHANNELS = tuple(Channel)  # every channel: the length limits run too


@dataclass(frozen=True)
class Case:
    file: str
    warm_runs: int


CASES = (Case("post_300.txt", 30), Case("text_5000.txt", 10))


def read_sample(name: str) -> str:
    return (SAMPLES / name).read_text(encoding="utf-8")


def word_count(text: str) -> int:
    return len(text.split())


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of a non-empty sequence."""
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[rank - 1]


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    """Seconds ``fn()`` took, and its result."""
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def ms(seconds: float) -> str:
    value = seconds * 1000
    return f"{value:.1f} ms" if value >= 10 else f"{value:.2f} ms"


def load_checker() -> tuple[float, Checker]:
    gc.collect()
    start = time.perf_counter()
    checker = Checker.from_resources()
    return time.perf_counter() - start, checker


def check(checker: Checker, text: str) -> CheckReport:
    return checker.check(text, channels=CHANNELS, on_date=CHECK_DATE)


def bench_warm(checker: Checker, text: str, runs: int) -> tuple[list[float], int]:
    report = check(checker, text)  # warm-up: fills the speller caches, not measured
    gc.collect()
    times = [timed(lambda: check(checker, text))[0] for _ in range(runs)]
    return times, len(report.findings)


def bench_cold(texts: Sequence[str], runs: int) -> tuple[list[float], list[list[float]]]:
    """For each run, load a fresh checker and time its first check of every text (each text
    gets its own fresh checker, so no text warms the caches for another)."""
    loads: list[float] = []
    firsts: list[list[float]] = [[] for _ in texts]
    for _ in range(runs):
        for i, text in enumerate(texts):
            load_seconds, checker = load_checker()
            loads.append(load_seconds)
            firsts[i].append(timed(lambda c=checker, t=text: check(c, t))[0])
            del checker
    return loads, firsts


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.check_speed", description=__doc__.split("\n")[0])
    parser.add_argument("--cold-runs", type=int, default=5, metavar="N",
                        help="fresh checkers per text for the cold case (0 skips it; each costs one "
                             "checker load, ~0.2-0.3 s); default 5")
    args = parser.parse_args(argv)

    print(f"python {platform.python_version()} on {platform.system()} {platform.machine()}, "
          f"check date {CHECK_DATE}, channels: {len(CHANNELS)}")

    first_load, checker = load_checker()
    print(f"checker load (Checker.from_resources, first in process): {ms(first_load)}")

    texts = [read_sample(case.file) for case in CASES]
    for case, text in zip(CASES, texts, strict=True):
        times, n_findings = bench_warm(checker, text, case.warm_runs)
        print(f"check {word_count(text)} words: median {ms(statistics.median(times))}, "
              f"p90 {ms(percentile(times, 90))} ({case.warm_runs} runs, warm; "
              f"{n_findings} findings; {case.file})")
    del checker

    if args.cold_runs > 0:
        loads, firsts = bench_cold(texts, args.cold_runs)
        print(f"checker load: median {ms(statistics.median(loads))}, "
              f"p90 {ms(percentile(loads, 90))} ({len(loads)} loads)")
        for case, text, times in zip(CASES, texts, firsts, strict=True):
            print(f"check {word_count(text)} words, cold caches: median {ms(statistics.median(times))}, "
                  f"max {ms(max(times))} ({len(times)} runs, first check on a fresh checker; {case.file})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
