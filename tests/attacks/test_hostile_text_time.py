"""Checking is linear in the text (issue 15): the time per character stays flat from 1 KB to
1 MB for any mix of the hostile texts of the attack run (a word of 30,000 letters, amounts,
"anak2", short lines, punctuation, a long URL, quotes, prose, …).

Time is the checking thread's CPU time (other processes on the machine do not count), the
best of several runs for the small sizes, less what any check costs whatever its text (the
best time of checking one letter: ~1.5 ms of rule packs and set-up, which is no step in the
text's length but on a 1 KB text of cheap words was most of the time and made it look dearer
per character than 16 KB); "flat" allows a factor of 4 between the cheapest and the dearest
character, where a quadratic step gives 4 for each fourfold size.
Slow by design: each example checks a 1 MB text (~10-40 s).
"""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.check.checker import Checker

PIECES = (
    "Warga dihimbau datang ke kantor kelurahan pada hari senin. ",
    "Rp 500.000 ", "anak2 ", "ok\n", "!?.,;:", "ab" * 40 + " ",
    "https://example.com/" + "a" * 300 + " ", 'kata,"Ab ', '"Ab" Cd ', "“abc ", "Ab ",
    "Pemerintahh mengunakan data BPS 2024 sebanyak 1.234 orang (BPS). ",
    "ke 166 Km SH ", "di kantor di himbau ",
    "ab.", "ab-",  # runs of dotted or hyphened letters: host names and e-mail addresses
    "…", "kata,", "60 -",  # a run of ellipses with no space (sentence ends), commas, ranges
)
# Growing by four, each size held against the cheapest so far: a quadratic step fails at a
# modest size instead of running for an hour at 1 MB.
RUNS = {1_000: 7, 4_000: 5, 16_000: 3, 64_000: 2, 256_000: 1, 1_000_000: 1}


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker.from_resources()


def _best_time(checker: Checker, text: str, runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.thread_time()
        checker.check(text)
        best = min(best, time.thread_time() - start)
    return best


@settings(max_examples=2, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=5))
def test_time_per_character_stays_flat_from_1_kb_to_1_mb(checker: Checker, pieces: list[str]) -> None:
    unit = "".join(pieces)
    checker.check(unit)  # caches warm, as in the window
    fixed = _best_time(checker, "a", 7)  # what a check costs before its text's length counts
    costs: dict[int, float] = {}
    for size, runs in RUNS.items():
        text = (unit * (size // len(unit) + 1))[:size]
        costs[size] = max(_best_time(checker, text, runs) - fixed, 1e-9) / size
        spread = max(costs.values()) / min(costs.values())
        assert spread <= 4, {n: f"{cost * 1e6:.1f} µs/char" for n, cost in costs.items()}
