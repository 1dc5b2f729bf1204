"""How much can one rule pack slow a check? Packs built at every limit of the loader, timed.

    python -m bench.pack_budget [--runs N]

Builds, in a temporary folder, packs that sit at the limits of ``core.check.rules.loader``
(rules, terms, patterns, window) and are made to be slow: every rule's words occur in the text,
patterns with nested repetition that Python's ``re`` would backtrack on, near/unless windows of
2,000 characters around matches that occur everywhere. For each it prints the time to load it
(every pattern compiled, as ``packs import`` does) and the time it adds to the policy checks
(the shipped packs, no speller) of bench/samples/post_300.txt, text_5000.txt and a 100,000-
character text, median over the runs. The budget stated in bench/README.md is the largest of
these numbers, rounded up.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import tempfile
import time
from pathlib import Path

from core.check.checker import Checker
from core.check.rules import RulePack, load_pack
from core.check.rules.loader import (
    MAX_PATTERN_CHARS,
    MAX_PATTERN_LISTS,
    MAX_PATTERNS,
    MAX_PROGRAM_SIZE,
    MAX_RULES,
    MAX_TERMS,
)
from core.check.rules.safe_regex import SafePattern, join_alternatives

SAMPLES = Path(__file__).resolve().parent / "samples"
DAY = dt.date(2024, 10, 15)
HEADER = '[pack]\nid = "{id}"\nname = "Paket batas"\nversion = "1"\n'
# Words that occur in every sample, so that no rule is skipped for want of its words.
COMMON = ["dan", "di", "yang", "untuk", "dengan", "ini", "pada", "dari", "dalam", "kepada"]


def _rule(rule_id: str, body: str) -> str:
    return (f'\n[[rule]]\nid = "{rule_id}"\ncategory = "hoax"\nseverity = "info"\n'
            f'message = "uji {{text}}"\n{body}\n')


def _many_rules() -> str:
    """MAX_RULES rules sharing MAX_TERMS terms, each rule holding common words."""
    per_rule = MAX_TERMS // MAX_RULES
    return "".join(_rule(f"batas.r{i}", "terms = [" + ", ".join(
        [f"'{COMMON[i % len(COMMON)]}'"] + [f"'kata{i}x{j}'" for j in range(per_rule - 1)]) + "]")
        for i in range(MAX_RULES))


def _fits(lists: list[list[str]], used: list[int]) -> bool:
    """Whether these pattern lists still fit the pack's RE2 size limit (``used`` adds up)."""
    size = sum(SafePattern(join_alternatives(items), ignore_case=True).program_size for items in lists)
    if used[0] + size > MAX_PROGRAM_SIZE * 0.98:
        return False
    used[0] += size
    return True


def _many_patterns() -> str:
    """Patterns with nested repetition, matching often, in as many rules as the limits allow
    (pattern count, list count, RE2 size)."""
    per_rule = MAX_PATTERNS // MAX_PATTERN_LISTS
    rules, used = [], [0]
    for i in range(MAX_PATTERN_LISTS):
        items = []
        for j in range(per_rule):
            word = COMMON[(i + j) % len(COMMON)]
            pattern = rf"(?:\w+[\s,.]+){{0,3}}?\b{word}\b(?:[\s,.]+\w+){{0,3}}(?:(?:\w|\s)+)*{i}?{j}?"
            items.append(pattern[:MAX_PATTERN_CHARS])
        if not _fits([items], used):
            break
        rules.append(_rule(f"batas.p{i}", "patterns = [" + ", ".join(f"'{x}'" for x in items) + "]"))
    return "".join(rules)


def _wide_windows() -> str:
    """Rules whose terms match everywhere, each with near and unless over 2,000 characters."""
    rules, used = [], [0]
    for i in range(MAX_PATTERN_LISTS // 2):
        near, unless = rf"(?:\w+\s+){{2,6}}\w*{i % 10}?", rf"(?:\w+\s+){{3,9}}zzz{i}"
        if not _fits([[near], [unless]], used):
            break
        rules.append(_rule(f"batas.w{i}", f"terms = ['{COMMON[i % len(COMMON)]}']\n"
                           f"near = ['{near}']\nunless = ['{unless}']\nwindow = 2000"))
    return "".join(rules)


KINDS = {"aturan+istilah": _many_rules, "pola": _many_patterns, "jendela": _wide_windows}


def _median_ms(checker: Checker, text: str, runs: int) -> float:
    checker.check(text, on_date=DAY)  # warm-up: lazily compiled patterns, caches
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        checker.check(text, on_date=DAY)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    post = (SAMPLES / "post_300.txt").read_text(encoding="utf-8")
    long = (SAMPLES / "text_5000.txt").read_text(encoding="utf-8")
    texts = {"post_300 (2,3 KB)": post, "text_5000 (38 KB)": long,
             "100.000 karakter": (long * 3)[:100_000]}
    shipped = Checker.from_resources().packs
    base = Checker(speller=None, packs=shipped)
    baseline = {name: _median_ms(base, text, args.runs) for name, text in texts.items()}
    print("tanpa paket tambahan: " + ", ".join(f"{n} {ms:.1f} ms" for n, ms in baseline.items()))
    with tempfile.TemporaryDirectory() as tmp:
        for kind, build in KINDS.items():
            path = Path(tmp) / f"{kind}.toml"
            path.write_text(HEADER.format(id="batas-" + kind.replace("+", "-")) + build(),
                            encoding="utf-8")
            start = time.perf_counter()
            pack: RulePack = load_pack(path)
            load_ms = (time.perf_counter() - start) * 1000
            checker = Checker(speller=None, packs=[*shipped, pack])
            added = {name: _median_ms(checker, text, args.runs) - baseline[name]
                     for name, text in texts.items()}
            print(f"paket {kind} ({path.stat().st_size:,} bita, {len(pack.rules)} aturan): "
                  f"dimuat {load_ms:.0f} ms; menambah " +
                  ", ".join(f"{n} +{ms:.1f} ms" for n, ms in added.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
