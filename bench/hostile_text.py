"""Hostile texts through the checker: seconds and peak memory per input, each in its own
process (issue 15 item 1).

    python -m bench.hostile_text [--only NAME ...] [--timeout S] [--json]

Each input is generated (nothing is read from outside the repository) and run twice:

- ``cli``: ``main.py check FILE``, the whole input, as an admin or a script would run it. Texts
  longer than a post may be (core/app/post_size.py, 100,000 characters) are refused up front
  with exit status 2 and a message;
- ``core``: ``Checker.check`` on the first 1,000,000 characters of the input in a child
  process, past the post limit: what the checker itself costs (issue 15: linear time).

Every child runs under a 3 GB address-space limit and the ``--timeout`` (default 60 s). Per
run: seconds (wall, process start to exit), peak RSS (``wait4``), the exit status, and what
happened (checked / findings / refused / timeout / traceback / killed). Targets (issue 15):
no traceback, no run over 30 s, peak RSS at most 1 GB; 10 MB of prose checked in 20 s and
500 MB at most, or refused up front. Numbers, no judgement: see bench/README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORE_CHARS = 1_000_000  # the core run checks this much of each input
MEMORY_LIMIT = 3_000_000 * 1024  # bytes of address space for each child (ulimit -v 3000000)
_PROSE_WORDS = ("dinas", "warga", "publik", "kabupaten", "melaksanakan", "di", "masyarakat",
                "posyandu", "kesehatan", "pemerintah", "pelayanan", "kegiatan", "desa",
                "kecamatan", "bantuan", "sosial")


def _prose(size: int) -> str:
    rng = random.Random(15)
    words, total = [], 0
    while total < size:
        word = rng.choice(_PROSE_WORDS)
        words.append(word)
        total += len(word) + 1
    return " ".join(words)[:size]


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


# name -> the text. The first eight are the attack run's inputs of issue 15 (sizes as there);
# the rest are corners found while making the checks linear.
INPUTS: dict[str, Callable[[], str]] = {
    "word30k": lambda: "ab" * 15_000,
    "word1m": lambda: "ab" * 500_000,
    "amounts": lambda: "Rp 500.000 " * 150_000,
    "anak2": lambda: "anak2 " * 200_000,
    "lines": lambda: "ok\n" * 1_500_000,
    "prose10m": lambda: _prose(10_000_000),
    "punct": lambda: "!?.,;:" * 85_000,
    "url": lambda: "https://example.com/" + "a" * 500_000,
    "quotes": lambda: _repeat('kata,"Ab ', 1_000_000),
    "title_quotes": lambda: _repeat('"Ab" Cd ', 1_000_000),
    "vote_100k": lambda: _repeat("Ayo pilih nomor 2 ", 100_000),
    "dotted_100k": lambda: _repeat("ab.", 100_000),
    "hyphens_100k": lambda: _repeat("ab-", 100_000),
}

_CORE_CHILD = """
import sys
from core.check.checker import Checker
text = open(sys.argv[1], encoding="utf-8").read()[:int(sys.argv[2])]
report = Checker.from_resources().check(text)
print(len(report.findings))
"""


@dataclass(frozen=True)
class Run:
    input: str
    mode: str  # cli | core
    chars: int
    seconds: float
    peak_rss_mb: float
    exit_status: int | None
    outcome: str  # checked | findings | refused | timeout | traceback | killed | failed


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def run_child(argv: Sequence[str], timeout: float) -> tuple[float, float, int | None, str, bool]:
    """Seconds, peak RSS in MB, exit status (None when killed), stderr, timed out."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as err:
        child = subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=err,
                                 preexec_fn=_limit_memory)
        timed_out = threading.Event()

        def kill() -> None:
            timed_out.set()
            child.kill()

        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            _, status, usage = os.wait4(child.pid, 0)
        finally:
            timer.cancel()
        child.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.perf_counter() - start
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    code = child.returncode if child.returncode >= 0 else None
    return seconds, usage.ru_maxrss / 1024, code, stderr, timed_out.is_set()


def measure(name: str, path: Path, chars: int, mode: str, timeout: float) -> Run:
    if mode == "cli":
        argv = [sys.executable, str(ROOT / "main.py"), "check", str(path)]
    else:
        argv = [sys.executable, "-c", _CORE_CHILD, str(path), str(CORE_CHARS)]
        chars = min(chars, CORE_CHARS)
    seconds, rss, code, stderr, timed_out = run_child(argv, timeout)
    if timed_out:
        outcome = "timeout"
    elif "Traceback" in stderr:
        outcome = "traceback"
    elif code is None:
        outcome = "killed"
    elif mode == "cli" and code == 2 and "terlalu panjang" in stderr:
        outcome = "refused"
    elif code in (0, 1):
        outcome = "checked" if mode == "core" or code == 0 else "findings"
    else:
        outcome = "failed"
    return Run(name, mode, chars, round(seconds, 2), round(rss, 1), code, outcome)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--only", nargs="+", choices=sorted(INPUTS), help="these inputs only")
    parser.add_argument("--mode", choices=("cli", "core", "both"), default="both")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per run (60)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    modes = ("cli", "core") if args.mode == "both" else (args.mode,)
    runs: list[Run] = []
    with tempfile.TemporaryDirectory() as folder:
        for name in args.only or INPUTS:
            text = INPUTS[name]()
            path = Path(folder) / f"{name}.txt"
            path.write_text(text, encoding="utf-8")
            for mode in modes:
                run = measure(name, path, len(text), mode, args.timeout)
                runs.append(run)
                if not args.json:
                    print(f"{run.input:<13} {run.mode:<4} {run.chars:>10,} chars {run.seconds:7.2f} s "
                          f"{run.peak_rss_mb:8.1f} MB  {run.outcome}", flush=True)
            path.unlink()
    worst = {
        "tracebacks": sum(r.outcome == "traceback" for r in runs),
        "over_30_s": sum(r.seconds > 30 or r.outcome == "timeout" for r in runs),
        "peak_rss_mb": max((r.peak_rss_mb for r in runs), default=0.0),
    }
    if args.json:
        print(json.dumps({"runs": [asdict(r) for r in runs], **worst}, ensure_ascii=False))
    else:
        print(f"tracebacks {worst['tracebacks']}, runs over 30 s {worst['over_30_s']}, "
              f"peak RSS {worst['peak_rss_mb']:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
