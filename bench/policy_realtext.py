"""Policy findings on real government prose: how often the policy checks speak up on texts that
agencies really published.

    python -m bench.policy_realtext [--split S|all] [--verbose] [--no-model] [--data DIR]

The texts are the local copy of ``bench/realtext/`` (news releases, captions and announcements of
Pemkab, Pemkot, Dinas, Bawaslu, KPU, … sites; see its README). They were collected for the
language checks, not picked for policy, and none of them is an agency's partisan post, hoax, scam
or provocation: a neutrality, hoax, fraud or provocation warning or error on one is a false alarm a
real admin would meet. ``source`` is reported apart: a release that gives a figure without naming
where it comes from does earn the source advice by the label semantics of the blind sets, so those
findings are to be judged, not counted as wrong.

The checks run as a new user runs them: no campaign period, a fixed day outside every period the
packs carry. Splits tune … heldout5 have been read for tuning; newer splits are held out.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from bench.policy_eval import policy_checker
from bench.realtext_eval import SPLITS, load_text, read_sources, text_dir
from core.check.findings import Category, Severity

POLICY = (Category.NEUTRALITY, Category.HOAX, Category.FRAUD, Category.PROVOCATION)
DAY = dt.date(2026, 6, 1)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path,
                        default=Path(os.environ.get("SARING_REALTEXT_DATA", "/work/realtext-data")))
    parser.add_argument("--split", choices=(*SPLITS, "all"), default="all")
    parser.add_argument("--no-model", action="store_true", help="the rules alone")
    parser.add_argument("--verbose", action="store_true", help="list every finding")
    args = parser.parse_args(argv)
    splits = SPLITS if args.split == "all" else (args.split,)
    folder = text_dir(args.data)
    checker = policy_checker(campaign=None, model=not args.no_model)
    print(f"{'split':10} {'teks':>5} {'salah':>6}  per kategori (teks; galat)          sumber")
    try:
        for split in splits:
            texts = wrong = with_source = 0
            per: Counter[str] = Counter()
            errors: Counter[str] = Counter()
            for source in (s for s in read_sources() if s.split == split):
                text, why = load_text(source, folder)
                if text is None:
                    print(f"skipped {source.id}: {why}", file=sys.stderr)
                    continue
                texts += 1
                found = [f for f in checker.check(text, on_date=DAY).findings
                         if f.severity.rank >= Severity.WARNING.rank]
                cats = {f.category for f in found if f.category in POLICY}
                wrong += bool(cats)
                with_source += any(f.category is Category.SOURCE for f in found)
                for cat in cats:
                    per[cat.value] += 1
                for f in found:
                    if f.category in POLICY and f.severity is Severity.ERROR:
                        errors[f.category.value] += 1
                    if args.verbose and (f.category in POLICY or f.category is Category.SOURCE):
                        span = " ".join(text[f.start:f.end].split())[:70]
                        print(f"  {source.id} {f.severity.value:7} {f.rule_id}: {span!r}")
            detail = ", ".join(f"{c} {per[c]}; {errors[c]}" for c in sorted(per)) or "-"
            share = f"{100 * wrong / texts:4.1f}%" if texts else "  -"
            print(f"{split:10} {texts:5} {wrong:3} {share}  {detail:36} {with_source} teks")
    finally:
        checker.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
