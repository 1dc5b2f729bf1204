"""Per-rule tally of Saring's language findings on the open real-text parts.

    python -m bench.realtext_rules [--data DIR] [--split S ...] [--min-fa N] [--branches]

For every rule id of the scored categories (spelling, standard, orthography): how many findings
overlap a labelled error (hits), how many overlap none (false alarms), and how many sites
(``site`` column of bench/realtext/sources.tsv) each comes from. Same matching as
``bench.realtext_eval``. By default every part open for tuning is read (tune, heldout …
heldout31, tune2 … tune5; heldout14 and heldout15 were opened in session 18, when the local copies
of rt001–rt666 were lost: a part with no local texts is skipped; heldout16 and heldout17 were opened
in session 19, heldout18 and heldout19 in session 20, heldout20 and heldout21 in session 21,
heldout22 and heldout23 in session 22,
heldout24 and heldout25 in session 23, heldout26 and heldout27 in session 24,
heldout28 and heldout29 in session 25, heldout30 and heldout31 in session 26, when the local copies of
rt667–rt1452 were lost with session 25's machine); heldout32 and heldout33 are held out and cannot be
chosen here. ``--branches`` splits each rule by its message (the quoted words blanked), so the separable
branches of one rule (one ``Hit`` each in the code) are counted apart.
"""

from __future__ import annotations

import argparse
import os
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bench.language_eval import CHECK_DATE
from bench.realtext_eval import (
    SCORED,
    SET_DIR,
    _overlaps,
    _rows,
    load_text,
    read_labels,
    read_sources,
    text_dir,
)
from core.check.checker import Checker

OPEN_SPLITS = ("tune", "heldout", "heldout2", "heldout3", "heldout4", "heldout5",
               "heldout6", "heldout7", "heldout8", "heldout9", "heldout10", "heldout11",
               "heldout12", "heldout13", "heldout14", "heldout15", "heldout16", "heldout17",
               "heldout18", "heldout19", "heldout20", "heldout21", "heldout22", "heldout23",
               "heldout24", "heldout25", "heldout26", "heldout27", "heldout28", "heldout29",
               "heldout30", "heldout31", "tune2", "tune3", "tune4", "tune5")


@dataclass
class RuleTally:
    hits: int = 0
    false_alarms: int = 0
    hit_sites: set[str] = field(default_factory=set)
    alarm_sites: set[str] = field(default_factory=set)
    alarm_texts: list[str] = field(default_factory=list)


_QUOTED_RE = re.compile(r"“[^”]*”|\"[^\"]*\"")


def branch_of(message: str) -> str:
    """A finding's message with its quoted words blanked: the branch of its rule."""
    return _QUOTED_RE.sub("“…”", message)[:70]


def tally(checker: Checker, data: Path, splits: Sequence[str], *,
          branches: bool = False) -> dict[str, RuleTally]:
    """Each scored rule's (or, with ``branches``, each rule branch's) hits and false alarms on
    the texts of ``splits``."""
    labels = read_labels()
    site = {r["id"]: r["site"] for r in _rows(SET_DIR / "sources.tsv")}
    folder = text_dir(data)
    rules: dict[str, RuleTally] = defaultdict(RuleTally)
    for source in sorted(read_sources(), key=lambda s: s.id):
        if source.split not in splits:
            continue
        text, _ = load_text(source, folder)
        if text is None:
            continue
        report = checker.check(text, channels=(), on_date=CHECK_DATE)
        for f in report.findings:
            if f.category not in SCORED:
                continue
            name = f"{f.category}/{f.rule_id}"
            row = rules[f"{name} | {branch_of(f.message)}" if branches else name]
            if any(_overlaps(f, lab) for lab in labels.get(source.id, [])):
                row.hits += 1
                row.hit_sites.add(site[source.id])
            else:
                row.false_alarms += 1
                row.alarm_sites.add(site[source.id])
                row.alarm_texts.append(f"{source.id}:{text[f.start:f.end]}")
    return rules


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path,
                        default=Path(os.environ.get("SARING_REALTEXT_DATA", "/work/realtext-data")))
    parser.add_argument("--split", nargs="*", choices=OPEN_SPLITS, default=list(OPEN_SPLITS))
    parser.add_argument("--min-fa", type=int, default=0,
                        help="only rules with at least this many false alarms")
    parser.add_argument("--words", action="store_true", help="list each false alarm's text")
    parser.add_argument("--branches", action="store_true",
                        help="count each message of a rule (its quoted words blanked) apart")
    args = parser.parse_args(argv)
    rules = tally(Checker.from_resources(), args.data, args.split, branches=args.branches)
    print(f"{'rule':55} {'hits':>5} {'sites':>5} {'FA':>5} {'sites':>5}")
    for name, row in sorted(rules.items(), key=lambda kv: (kv[1].hits - kv[1].false_alarms, kv[0])):
        if row.false_alarms < args.min_fa:
            continue
        print(f"{name:55} {row.hits:>5} {len(row.hit_sites):>5} {row.false_alarms:>5} "
              f"{len(row.alarm_sites):>5}")
        if args.words and row.alarm_texts:
            print("    " + ", ".join(row.alarm_texts))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
