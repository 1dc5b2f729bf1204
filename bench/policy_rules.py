"""Per rule id: right and false firings of the policy checks over the open labelled sets.

    python -m bench.policy_rules [--false] [--derive]

Checks every post of the open sets (bench/policy_blind … blind30, policy_open1 … open84,
tests/policy_examples, tests/policy_dev: 116 writers; never a held-out set) with the
rules alone, as a new user checks them (no campaign period, today's date). For every rule id
with a warning or an error on a post (``sumber.klaim-tanpa-sumber`` split by claim kind, its
separable branches), it counts the posts where the finding's category is among the post's
labels (right) and where it is not (false; on must-pass posts separately), and in how many
writers' sets each occurs. ``--false`` lists every false firing. The rules with the lowest
right − false come first: a rule whose false firings outnumber its right ones across several
writers is a net loss for a new writer (issue 12, precision pass by rule). ``--derive`` counts
only the DERIVE sets of ``bench.policy_split`` (round 24: CHECK's writers are scored as totals).
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from bench.policy_eval import POLICY, ROOT, load_examples, policy_checker
from core.check import sources
from core.check.findings import Finding, Severity

SETS = ([ROOT / "bench" / "policy_blind"] + [ROOT / "bench" / f"policy_blind{i}" for i in range(2, 35)]
        + [ROOT / "bench" / f"policy_open{i}" for i in range(1, 91)]
        + [ROOT / "tests" / "policy_examples", ROOT / "tests" / "policy_dev"])
_KINDS = {f" adalah {what} tanpa sumber": kind for kind, what in sources._MESSAGES.items()}


@dataclass
class Tally:
    category: str = ""
    right: int = 0
    false: int = 0
    false_must_pass: int = 0
    right_sets: set[str] = field(default_factory=set)
    false_sets: set[str] = field(default_factory=set)


def rule_key(finding: Finding) -> str:
    """The rule id; for a claim without a source, the id and the claim's kind."""
    if finding.rule_id == sources.RULE_ID:
        for phrase, kind in _KINDS.items():
            if phrase in finding.message:
                return f"{finding.rule_id}:{kind.name}"
    return finding.rule_id


def count(folders: list[Path]) -> tuple[dict[str, Tally], list[str]]:
    checker = policy_checker(campaign=None, model=False)
    today = dt.date.today()
    tallies: dict[str, Tally] = defaultdict(Tally)
    wrong: list[str] = []
    for folder in folders:
        for ex in load_examples(folder):
            fired: dict[str, Finding] = {}
            for f in checker.check(ex.text, on_date=today).findings:
                if f.category in POLICY and f.severity.rank >= Severity.WARNING.rank:
                    fired[rule_key(f)] = f
            for key, f in fired.items():
                tally = tallies[key]
                tally.category = f.category.value
                if f.category in ex.labels:
                    tally.right += 1
                    tally.right_sets.add(folder.name)
                else:
                    tally.false += 1
                    tally.false_sets.add(folder.name)
                    tally.false_must_pass += not ex.labels
                    wrong.append(f"{key}\t{folder.name}/{ex.file}:{ex.line}\t“{f.actual}”\t{ex.text[:120]!r}")
    return tallies, wrong


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--false", action="store_true", help="list every false firing")
    parser.add_argument("--derive", action="store_true",
                        help="only the DERIVE sets of bench.policy_split (never CHECK's ten writers)")
    args = parser.parse_args(argv)
    if args.derive:
        from bench.policy_split import DERIVE
        tallies, wrong = count(DERIVE)
    else:
        tallies, wrong = count(SETS)
    print(f"{'aturan':<44} {'kategori':<11} {'benar':>5} {'set':>3} {'palsu':>5} {'lolos':>5} {'set':>3}")
    for key, t in sorted(tallies.items(), key=lambda kv: (kv[1].right - kv[1].false, kv[0])):
        print(f"{key:<44} {t.category:<11} {t.right:>5} {len(t.right_sets):>3} {t.false:>5} "
              f"{t.false_must_pass:>5} {len(t.false_sets):>3}")
    if args.false:
        for line in wrong:
            print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
