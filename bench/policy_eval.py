"""Precision and recall of the policy checks on the labelled examples, and their speed.

    python -m bench.policy_eval [--runs N] [--verbose]
    python -m bench.policy_eval --set DIR [--verbose]

Reads every ``*.tsv`` of ``tests/policy_examples/`` (or of DIR): LABELS<TAB>TEXT, LABELS = the
policy categories that must be flagged, comma-separated, or "-". A label written
``neutrality:error`` must be met with severity *error*. A post counts as flagged for a category
when it has a finding of that category with severity warning or error.

Default run: the posts are checked on a day inside the campaign period, as a user who set that
period would check them; the neutrality line also gives the share of partisan examples flagged as
*error* there. Then it times the policy checks (rule packs and sources: no spelling, no limits)
of bench/samples/post_300.txt, warm, and prints the median.

``--no-model``: the rules alone, without the statistical layer (core/check/policy_model.py).

``--set DIR``: the posts are checked as a new user checks them: no campaign period configured,
today's date. ``--half even|odd`` keeps only the posts on even or odd line numbers of each file
(tuning looks at the misses of one half; the other half shows whether the change generalises).
Besides precision/recall it prints the share of ``:error`` labels reached and the posts right
(every label met, and no warning or error in a policy category the post is not labelled with),
as a count and a percentage.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from core.check.checker import Checker
from core.check.findings import Category, Finding, Severity
from core.check.rules import Campaign

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "tests" / "policy_examples"
SAMPLE = Path(__file__).resolve().parent / "samples" / "post_300.txt"
POLICY = (Category.NEUTRALITY, Category.SOURCE, Category.HOAX, Category.FRAUD, Category.PROVOCATION)
CAMPAIGN = Campaign(dt.date(2024, 9, 25), dt.date(2024, 11, 23))
DAY = dt.date(2024, 10, 15)


@dataclass(frozen=True)
class Example:
    file: str
    line: int
    labels: frozenset[Category]
    text: str
    errors: frozenset[Category] = frozenset()  # labels written "category:error"


@dataclass(frozen=True)
class Score:
    category: Category
    tp: int
    fp: int
    fn: int
    tn: int
    errors_on_positives: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def false_alarm_rate(self) -> float:
        return self.fp / (self.fp + self.tn) if self.fp + self.tn else 0.0


def load_examples(folder: Path = EXAMPLES) -> list[Example]:
    examples: list[Example] = []
    for path in sorted(folder.glob("*.tsv")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            labels, _, text = line.partition("\t")
            if not text:
                raise ValueError(f"{path.name}:{number}: baris tanpa TAB")
            cats: set[Category] = set()
            errors: set[Category] = set()
            for label in ([] if labels.strip() == "-" else labels.split(",")):
                name, _, level = label.strip().partition(":")
                try:
                    cat = Category(name.strip())
                except ValueError:
                    raise ValueError(f"{path.name}:{number}: label tidak dikenal {label!r}") from None
                if level and level.strip() != Severity.ERROR.value:
                    raise ValueError(f"{path.name}:{number}: hanya ':error' yang boleh, bukan {label!r}")
                cats.add(cat)
                if level:
                    errors.add(cat)
            examples.append(Example(path.name, number, frozenset(cats), text.replace("\\n", "\n"),
                                    frozenset(errors)))
    return examples


def policy_checker(campaign: Campaign | None = CAMPAIGN, *, model: bool = True) -> Checker:
    """The default packs and (unless ``model`` is False: the rules alone) the policy model,
    with no speller, and ``campaign`` as the settings' campaign period."""
    full = Checker.from_resources(campaign=campaign)
    return Checker(speller=None, packs=full.packs, campaign=campaign,
                   policy_model=full.policy_model if model else None)


def flagged(findings: Iterable[Finding]) -> set[Category]:
    return {f.category for f in findings if f.severity.rank >= Severity.WARNING.rank}


@dataclass(frozen=True)
class SetResult:
    """What ``--set`` reports beyond precision and recall."""

    posts: int
    right: int
    error_labels: int
    errors_reached: int


def post_is_right(ex: Example, findings: Iterable[Finding]) -> bool:
    """Every label met (``:error`` ones with an error), and no warning or error in a policy
    category the post is not labelled with."""
    findings = list(findings)
    return flagged(findings) & set(POLICY) == set(ex.labels) & set(POLICY) and all(
        _has_error(findings, cat) for cat in ex.errors)


def _has_error(findings: Iterable[Finding], cat: Category) -> bool:
    return any(f.category is cat and f.severity is Severity.ERROR for f in findings)


def evaluate(checker: Checker, examples: list[Example], *, day: dt.date = DAY,
             result: list[SetResult] | None = None) -> tuple[list[Score], list[str]]:
    """Scores per category, and one line per wrong call (for --verbose and the tests).
    ``result``, when given, receives the posts-right and ``:error`` counts."""
    counts = {c: [0, 0, 0, 0, 0] for c in POLICY}
    misses: list[str] = []
    right = error_labels = errors_reached = 0
    for ex in examples:
        findings = checker.check(ex.text, on_date=day).findings
        got = flagged(findings)
        right += post_is_right(ex, findings)
        for cat in ex.errors:
            error_labels += 1
            if _has_error(findings, cat):
                errors_reached += 1
            else:
                hits = [f"{f.rule_id}:{f.severity}:“{f.actual}”" for f in findings if f.category is cat]
                misses.append(f"{ex.file}:{ex.line} {cat} bukan galat: {ex.text[:70]!r} {hits}")
        for cat in POLICY:
            want, have = cat in ex.labels, cat in got
            slot = {(True, True): 0, (False, True): 1, (True, False): 2, (False, False): 3}[(want, have)]
            counts[cat][slot] += 1
            if want and any(f.category is cat and f.severity is Severity.ERROR for f in findings):
                counts[cat][4] += 1
            if want != have:
                hits = [f"{f.rule_id}:{f.severity}:“{f.actual}”" for f in findings if f.category is cat]
                kind = "terlewat" if want else "alarm palsu"
                misses.append(f"{ex.file}:{ex.line} {cat} {kind}: {ex.text[:70]!r} {hits}")
    if result is not None:
        result.append(SetResult(len(examples), right, error_labels, errors_reached))
    return [Score(c, *counts[c]) for c in POLICY], misses


def time_policy(checker: Checker, text: str, runs: int) -> list[float]:
    checker.check(text, on_date=DAY)  # warm-up
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        checker.check(text, on_date=DAY)
        times.append((time.perf_counter() - t0) * 1000)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--verbose", action="store_true", help="list every wrong call")
    parser.add_argument("--set", type=Path, metavar="DIR",
                        help="evaluate the *.tsv of DIR with no campaign period, today's date")
    parser.add_argument("--no-model", action="store_true",
                        help="the rules alone, without the statistical layer (policy_model)")
    parser.add_argument("--half", choices=("even", "odd"),
                        help="with --set: only the posts on even (or odd) line numbers of each file")
    args = parser.parse_args(argv)
    if args.set is not None:
        return _main_set(args.set, verbose=args.verbose, half=args.half, model=not args.no_model)
    checker = policy_checker(model=not args.no_model)
    examples = load_examples()
    scores, misses = evaluate(checker, examples)
    print(f"{len(examples)} contoh berlabel dari {EXAMPLES.relative_to(ROOT)}/ "
          f"(tanggal {DAY}, dalam masa kampanye)")
    _print_scores(scores)
    if args.verbose:
        for line in misses:
            print("  " + line)
    text = SAMPLE.read_text(encoding="utf-8")
    times = time_policy(checker, text, args.runs)
    words = len(text.split())
    print(f"pemeriksaan kebijakan {SAMPLE.name} ({words} kata), {args.runs} kali hangat: "
          f"median {statistics.median(times):.2f} ms, p90 {sorted(times)[int(len(times) * 0.9)]:.2f} ms")
    return 0


def _main_set(folder: Path, *, verbose: bool, half: str | None = None, model: bool = True) -> int:
    if not folder.is_dir() or not any(folder.glob("*.tsv")):
        print(f"{folder}: bukan folder berisi berkas *.tsv")
        return 2
    examples = load_examples(folder)
    if half is not None:
        examples = [ex for ex in examples if ex.line % 2 == (half == "odd")]
    today = dt.date.today()
    result: list[SetResult] = []
    scores, misses = evaluate(policy_checker(campaign=None, model=model), examples, day=today, result=result)
    which = f", baris {'genap' if half == 'even' else 'ganjil'}" if half else ""
    print(f"{len(examples)} contoh berlabel dari {folder}/{which} (tanggal {today}, tanpa masa kampanye)")
    _print_scores(scores)
    r = result[0]
    if r.error_labels:
        print(f"label ':error' tercapai: {r.errors_reached}/{r.error_labels} "
              f"({r.errors_reached / r.error_labels:.1%})")
    print(f"unggahan benar: {r.right}/{r.posts} ({r.right / r.posts:.1%})" if r.posts else
          "unggahan benar: 0/0")
    if verbose:
        for line in misses:
            print("  " + line)
    return 0


def _print_scores(scores: list[Score]) -> None:
    print(f"{'kategori':<12} {'pos':>4} {'neg':>4} {'presisi':>8} {'recall':>7} "
          f"{'alarm palsu':>12} {'galat/pos':>10}")
    for s in scores:
        pos = s.tp + s.fn
        neg = s.fp + s.tn
        err = f"{s.errors_on_positives}/{pos}"
        print(f"{s.category.value:<12} {pos:>4} {neg:>4} {s.precision:>8.1%} {s.recall:>7.1%} "
              f"{s.false_alarm_rate:>12.1%} {err:>10}")


if __name__ == "__main__":
    raise SystemExit(main())
