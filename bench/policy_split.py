"""Rules alone over the open sets split by writer: DERIVE (read for rules) and CHECK (totals only).

    python -m bench.policy_split [--save FILE] [--compare FILE] [--misses FILE]

Issue 12, round 24: rules derived from the failures a tuner reads carry over little to writers
nobody read, so the open sets are split by writer. DERIVE (every open set but those below) is
read for failures; CHECK (blind15, blind16, open21 … open28, ten writers; from session 26 also
blind34 and open87 … open90, five writers no rule tuner has read) is scored as totals only:
posts right per set, and per category precision, recall and must-pass posts with a finding.
A change is kept only if it lowers no CHECK total and no must-pass post there.

``--save`` writes which posts are right (ids only) to FILE; ``--compare`` reads such a file and
prints how many posts changed per group: for DERIVE the posts themselves, for CHECK only counts
(posts gained, lost, must-pass posts lost). ``--misses`` writes the wrong calls of DERIVE (never
of CHECK) to FILE. Rules alone, no campaign period, today's date, as a new user checks.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path

from bench.policy_eval import POLICY, flagged, load_examples, policy_checker, post_is_right
from bench.policy_rules import SETS
from core.check.findings import Severity

CHECK_NAMES = (["policy_blind15", "policy_blind16"] + [f"policy_open{i}" for i in range(21, 29)]
               + ["policy_blind34"] + [f"policy_open{i}" for i in range(87, 91)])
ALL = SETS  # every open writer's set, as bench.policy_rules counts them
CHECK = [p for p in ALL if p.name in CHECK_NAMES]
DERIVE = [p for p in ALL if p.name not in CHECK_NAMES]


def run(folders: list[Path], *, misses_out: list[str] | None) -> tuple[dict[str, bool], dict]:
    """Per post id whether it is right; and the group's totals. One check per post."""
    checker = policy_checker(campaign=None, model=False)
    today = dt.date.today()
    right: dict[str, bool] = {}
    per_set: dict[str, tuple[int, int]] = {}
    cats = {c: [0, 0, 0, 0] for c in POLICY}  # tp fp fn must-pass-with-finding
    err_labels = err_reached = 0
    for folder in folders:
        examples = load_examples(folder)
        n_right = 0
        for ex in examples:
            findings = list(checker.check(ex.text, on_date=today).findings)
            ok = post_is_right(ex, findings)
            right[f"{folder.name}/{ex.file}:{ex.line}"] = ok
            n_right += ok
            got = flagged(findings)
            for cat in POLICY:
                want, have = cat in ex.labels, cat in got
                cats[cat][0] += want and have
                cats[cat][1] += have and not want
                cats[cat][2] += want and not have
                cats[cat][3] += have and not ex.labels
            for cat in ex.errors:
                err_labels += 1
                err_reached += any(f.category is cat and f.severity is Severity.ERROR for f in findings)
            if misses_out is not None and not ok:
                hits = [f"{f.category.value}:{f.rule_id}:{f.severity.value}:“{f.actual}”" for f in findings
                        if f.category in POLICY and f.severity.rank >= Severity.WARNING.rank]
                labels = ",".join(sorted(c.value + (":error" if c in ex.errors else "")
                                         for c in ex.labels)) or "-"
                misses_out.append(f"{folder.name}/{ex.file}:{ex.line}\t{labels}\t{hits}\t{ex.text!r}")
        per_set[folder.name] = (n_right, len(examples))
    return right, {"sets": per_set, "cats": {c.value: v for c, v in cats.items()},
                   "errors": (err_reached, err_labels)}


def report(name: str, totals: dict) -> None:
    sets = totals["sets"]
    r = sum(a for a, _ in sets.values())
    n = sum(b for _, b in sets.values())
    reached, labels = totals["errors"]
    print(f"== {name}: {r}/{n} posts right ({r / n:.2%}); ':error' reached {reached}/{labels}")
    print("   " + " · ".join(f"{k.removeprefix('policy_')} {a}/{b}" for k, (a, b) in sets.items()))
    for cat, (tp, fp, fn, mp) in totals["cats"].items():
        p = tp / (tp + fp) if tp + fp else 1.0
        rc = tp / (tp + fn) if tp + fn else 1.0
        print(f"   {cat:<12} P {p:6.1%} R {rc:6.1%}  tp {tp:4} fp {fp:3} fn {fn:4}  must-pass flagged {mp}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--save", type=Path)
    parser.add_argument("--compare", type=Path)
    parser.add_argument("--misses", type=Path, help="write DERIVE's wrong calls (never CHECK's)")
    args = parser.parse_args(argv)
    misses: list[str] = []
    d_right, d_tot = run(DERIVE, misses_out=misses)
    c_right, c_tot = run(CHECK, misses_out=None)
    report("DERIVE", d_tot)
    report("CHECK", c_tot)
    if args.misses:
        args.misses.write_text("\n".join(misses) + "\n", encoding="utf-8")
    if args.compare:
        old = json.loads(args.compare.read_text(encoding="utf-8"))
        for name, now in (("DERIVE", d_right), ("CHECK", c_right)):
            gained = [k for k, v in now.items() if v and not old.get(k, False)]
            lost = [k for k, v in now.items() if not v and old.get(k, False)]
            print(f"{name}: +{len(gained)} / -{len(lost)} posts right")
            if name == "DERIVE":
                for k in gained:
                    print(f"   + {k}")
                for k in lost:
                    print(f"   - {k}")
            else:
                mp_lost = sum(1 for k in lost if k in old.get("_must_pass", []))
                print(f"   CHECK must-pass posts lost: {mp_lost}")
    if args.save:
        must_pass = []
        for folder in CHECK:
            must_pass += [f"{folder.name}/{ex.file}:{ex.line}"
                          for ex in load_examples(folder) if not ex.labels]
        args.save.write_text(json.dumps({**d_right, **c_right, "_must_pass": must_pass}), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
