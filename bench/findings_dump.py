"""Every finding (rule, span, severity, category) of every labelled post, one line a post.

    python -m bench.findings_dump OUT.txt

Covers tests/policy_examples (in the campaign period, as ``bench.policy_eval`` checks them) and
every bench/policy_blind* set and tests/policy_dev (no campaign period, a fixed day), with
the policy checker (no speller). Then, with the full checker (``Checker.from_resources()``:
speller, word lists, every pack), every finding of the texts in bench/samples, bench/corpus
(clean, heldout) and the local copy of the real texts (``$SARING_REALTEXT_DATA`` or
/work/realtext-data, ``texts/*.txt``; skipped when absent), with its message and suggestions.
Run it before and after a change to the rule engine, its loading or the checker and ``diff``
the two files: a change that should not alter behaviour must leave them identical (stronger
than equal scores).
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

from bench.policy_eval import DAY, ROOT, load_examples, policy_checker
from core.check.checker import Checker

# The team examples in the campaign period, then every blind set (policy_blind, policy_blind2, …)
# and the dev set outside it.
SETS = (("tests/policy_examples", True),
        *((f"bench/{p.name}", False) for p in sorted(
            ROOT.glob("bench/policy_blind*"), key=lambda p: int(p.name[12:] or 1)) if p.is_dir()),
        ("tests/policy_dev", False))
FIXED_DAY = dt.date(2026, 12, 6)  # outside any campaign period; fixed so that runs compare
REALTEXT = Path(os.environ.get("SARING_REALTEXT_DATA", "/work/realtext-data")) / "texts"
TEXT_FOLDERS = (ROOT / "bench" / "samples", ROOT / "bench" / "corpus" / "clean",
                ROOT / "bench" / "corpus" / "heldout", REALTEXT)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print(__doc__)
        return 2
    lines = []
    for folder, in_campaign in SETS:
        path = ROOT / folder
        if not path.is_dir():
            continue
        checker = policy_checker() if in_campaign else policy_checker(None)
        day = DAY if in_campaign else FIXED_DAY
        for ex in load_examples(path):
            found = sorted((f.rule_id, f.start, f.end, f.severity.value, f.category.value)
                           for f in checker.check(ex.text, on_date=day).findings)
            lines.append(f"{folder}:{ex.file}:{ex.line}\t{found}")
    posts = len(lines)
    full = Checker.from_resources()
    for folder in TEXT_FOLDERS:
        for path in sorted(folder.glob("*.txt")) if folder.is_dir() else ():
            text = path.read_text(encoding="utf-8")
            found = sorted((f.rule_id, f.start, f.end, f.severity.value, f.category.value,
                            f.message, f.suggestions)
                           for f in full.check(text, on_date=FIXED_DAY).findings)
            name = path.name if folder == REALTEXT else path.relative_to(ROOT).as_posix()
            lines.append(f"{'realtext:' if folder == REALTEXT else ''}{name}\t{found}")
    Path(args[0]).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{posts} unggahan, {len(lines) - posts} teks -> {args[0]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
