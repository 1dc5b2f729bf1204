"""A quick proxy of the policy layer on the next writers (issue 12, rounds policymodel8 to 10).

    python scripts/policy_model_proxy.py [--cache DIR] [--groups K]

Trains the layer exactly as scripts/train_policy_model.py does on every set of its SETS but the
ten newest writers' (NEWEST; tests/policy_dev never, as in its cross-validation) and scores those
ten as new writers. The thresholds (category, act, lift, vetoes) are chosen with the training
script's own rules on the training part alone: its sets in K groups of writers, each group
scored by a model trained on the others (nested: no newest writer's post chooses a threshold).
Prints the posts right (rules + layer, as the training table's last column) per newest set, the
total, and per category the layer's added true and false findings on them.

The rules' findings and the features of every post are cached under --cache; delete it after
changing the features, the packs or a labelled set. ``--scores FILE`` keeps the models' scores,
and ``--reuse`` reads them back to try threshold rules without training, e.g.
``--set MIN_ACT_PRECISION=0.9`` (``--set NAME=VALUE`` sets a constant of the training script,
e.g. ``--set "L2_CAT={'source': 0.01}"``). Each target learns on its own, so ``--only source
--base FILE`` trains the source model alone and takes the other targets' scores from an earlier
--scores FILE of the same posts (a sixth of the time). ``--train-dev`` lets the model that scores
the newest writers train on tests/policy_dev too, as the shipped model does. One process by
default (``--workers``). Round policymodel9: the eleven newest writers (blind 23/24, open 63-69,
72, 73); round policymodel10: the ten newest (blind 23-26, open 66-69, 72, 73).
``--without-counts`` gives the features before round policymodel9 (use another --cache).
"""

from __future__ import annotations

import argparse
import ast
import multiprocessing
import pickle
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import train_policy_model as tpm  # noqa: E402

from core.app.paths import resource_dir  # noqa: E402
from core.check import policy_model  # noqa: E402
from core.check.findings import Category, Severity  # noqa: E402
from core.check.policy_model import CATEGORIES, lexicon_featurizer, shipped_classes  # noqa: E402

# the newest writers (session 26: nine; session 25 used blind 31/32 and open 83-90;
# session 24 used blind 29/30 and open 77-84;
# session 23 used blind 27/28 and open 70, 71, 74-79;
# policymodel10 used blind 23-26 and open 66-69, 72, 73;
# policymodel9 blind 23/24 and open 63-69, 72, 73; policymodel8 blind 19-22 and open 49-54)
NEWEST = ("bench/policy_blind33", "bench/policy_blind34",
          *(f"bench/policy_open{i}" for i in (87, 88, 89, 90, 92, 93, 94)))

_POSTS: list[tpm.Post] = []


def load(cache: Path) -> list[tpm.Post]:
    """The posts with the rules' findings and the layer's features from the cache (made once:
    delete it after changing the features, the packs or a labelled set)."""
    featurizer = lexicon_featurizer(resource_dir(), shipped_classes(resource_dir()))
    stored = cache / "rules.pkl"
    if stored.is_file():
        rules = pickle.loads(stored.read_bytes())
    else:  # as tpm.load_posts, keeping the rule ids
        checker = tpm.policy_checker(campaign=None, model=False)
        rules = []
        for fold, name in enumerate(tpm.SETS):
            for ex in tpm.load_examples(ROOT / name):
                found = checker.check(ex.text, on_date=tpm.DAY).findings
                rules.append((fold, ex, frozenset(tpm.flagged(found) & set(CATEGORIES)),
                              frozenset(f.category for f in found if f.severity is Severity.ERROR
                                        and f.category in CATEGORIES),
                              frozenset(f.rule_id for f in found if f.category in CATEGORIES
                                        and f.severity.rank >= Severity.WARNING.rank)))
        cache.mkdir(parents=True, exist_ok=True)
        stored.write_bytes(pickle.dumps(rules))
    base_file = cache / "base.pkl"
    if base_file.is_file():
        base = pickle.loads(base_file.read_bytes())
    else:
        base = [featurizer.features(ex.text) for _f, ex, _r, _e, _i in rules]
        base_file.write_bytes(pickle.dumps(base))
    # the rule ids (``ids``) are cached for features that read them (round 8 tried them)
    return [tpm.Post(fold, ex, b, r, e) for (fold, ex, r, e, _ids), b in zip(rules, base, strict=True)]


def _scores(job: tuple[list[int], list[int]]) -> list[tuple[int, list[float]]]:
    """Train on the posts of ``train_idx``, score those of ``score_idx``."""
    train_idx, score_idx = job
    model = tpm.train([_POSTS[i] for i in train_idx])
    return [(i, [tpm.probability(*model[key], _POSTS[i].features) for key in tpm.TARGETS])
            for i in score_idx]


def run(posts: list[tpm.Post], groups: int, workers: int = 2,
        saved: Path | None = None, reuse: bool = False,
        only: tuple[str, ...] = (), base: Path | None = None,
        train_dev: bool = False) -> dict[str, object]:
    """``only``: train just these targets (a category's value or the act's key) and take the
    others' scores from ``base`` (a --scores file of the same posts): each target learns on its
    own, so the others' scores are what a full run would give. ``train_dev``: the model that
    scores the newest writers trains on tests/policy_dev too (as the shipped model does); the
    groups' scores (thresholds) come from ``base``."""
    global _POSTS
    newest = {tpm.SETS.index(name) for name in NEWEST}
    train_idx = [i for i, p in enumerate(posts) if p.fold not in newest and p.fold != tpm.DEV]
    test_idx = [i for i, p in enumerate(posts) if p.fold in newest]
    train_folds = sorted({posts[i].fold for i in train_idx})
    group_of = {fold: k % groups for k, fold in enumerate(train_folds)}
    jobs = [(train_idx, test_idx)]
    for g in range(groups):
        jobs.append(([i for i in train_idx if group_of[posts[i].fold] != g],
                     [i for i in train_idx if group_of[posts[i].fold] == g]))
    full = tpm.TARGETS
    if train_dev:
        jobs = [(train_idx + [i for i, p in enumerate(posts) if p.fold == tpm.DEV], test_idx)]
    if reuse and saved is not None:
        parts = pickle.loads(saved.read_bytes())
    else:
        _POSTS = posts
        if only:
            tpm.TARGETS = tuple(k for k in full if getattr(k, "value", k) in only)
        if workers > 1:
            with multiprocessing.get_context("fork").Pool(workers) as pool:
                parts = pool.map(_scores, jobs, chunksize=1)
        else:
            parts = [_scores(job) for job in jobs]
        _POSTS = []
        if only:
            assert base is not None, "--only needs --base"
            trained = tpm.TARGETS
            tpm.TARGETS = full
            old = {i: dict(zip(full, v, strict=True))
                   for part in pickle.loads(base.read_bytes()) for i, v in part}
            parts = [[(i, [dict(zip(trained, v, strict=True)).get(k, old[i][k]) for k in full])
                      for i, v in part] for part in parts]
        if train_dev:
            assert base is not None, "--train-dev needs --base"
            parts = parts[:1] + pickle.loads(base.read_bytes())[1:]
        if saved is not None:
            saved.write_bytes(pickle.dumps(parts))
    scores: tpm.Scores = {key: [0.0] * len(posts) for key in tpm.TARGETS}
    for part in parts:
        for i, values in part:
            for key, v in zip(tpm.TARGETS, values, strict=True):
                scores[key][i] = v
    # thresholds on the training part's out-of-group scores, with the training script's rules
    tr = [posts[i] for i in train_idx]
    trs: tpm.Scores = {key: [scores[key][i] for i in train_idx] for key in tpm.TARGETS}
    th: dict[Category | str, float] = {c: tpm.choose_threshold(tr, trs[c], c) for c in CATEGORIES}
    th[tpm.ACT] = tpm.choose_act_threshold(
        tr, trs, tpm.act_candidates(tr, trs, raise_warnings=False)).threshold
    th[tpm.LIFT] = tpm.choose_act_threshold(
        tr, trs, tpm.act_candidates(tr, trs, raise_warnings=True), tpm.MIN_LIFT_PRECISION).threshold
    for c in tpm.VETO:
        th[f"veto:{c.value}"] = tpm.choose_veto(tr, trs[c], c)
    # the newest writers as the shipped layer would treat them
    te = [posts[i] for i in test_idx]
    tes: tpm.Scores = {key: [scores[key][i] for i in test_idx] for key in tpm.TARGETS}
    added: list[set[Category]] = [set() for _ in te]
    for c in CATEGORIES:
        for j, p in enumerate(te):
            if c not in p.rules and tes[c][j] > th[c]:
                added[j].add(c)
    errs: list[set[Category]] = [set() for _ in te]
    for raising, key in ((False, tpm.ACT), (True, tpm.LIFT)):
        for j in tpm.act_candidates(te, tes, raise_warnings=raising):
            if th[key] < 1.0 and tpm.act_score(tes, j) > th[key]:
                errs[j].add(Category.NEUTRALITY)
    cleared = tpm.vetoed(te, tes, th)
    per_set: dict[str, list[int]] = {}
    for j, p in enumerate(te):
        row = per_set.setdefault(tpm.SETS[p.fold], [0, 0, 0])
        row[0] += 1
        row[1] += tpm._right(p, set())
        row[2] += tpm._right(cleared[j], added[j] | errs[j], errs[j])
    per_cat = {}
    for c in CATEGORIES:
        pos = [j for j, p in enumerate(te) if c in p.example.labels]
        neg = [j for j, p in enumerate(te) if c not in p.example.labels]
        got = [c in cleared[j].rules or c in added[j] for j in range(len(te))]
        per_cat[c.value] = (sum(got[j] for j in pos), len(pos), sum(got[j] for j in neg), len(neg),
                            sum(c in added[j] for j in pos), sum(c in added[j] for j in neg))
    return {"thresholds": th, "per_set": per_set, "per_cat": per_cat,
            "act": (sum(bool(e) for e in errs),
                    sum(bool(e) and p.target(tpm.ACT) for e, p in zip(errs, te, strict=True)),
                    sum(p.target(tpm.ACT) and (Category.NEUTRALITY in p.rules_errors or bool(e))
                        for e, p in zip(errs, te, strict=True)),
                    sum(p.target(tpm.ACT) for p in te))}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=Path("/tmp/policy_model_proxy"))
    parser.add_argument("--groups", type=int, default=6)
    parser.add_argument("--workers", type=int, default=1, help="processes (1: the machine is shared)")
    parser.add_argument("--scores", type=Path, help="save the scores here (or read them)")
    parser.add_argument("--reuse", action="store_true", help="read --scores, train nothing")
    parser.add_argument("--only", action="append", default=[],
                        help="train only this target (e.g. source, neutrality:error); the "
                             "others' scores come from --base")
    parser.add_argument("--base", type=Path, help="a --scores file for the targets not trained")
    parser.add_argument("--set", action="append", default=[],
                        help="NAME=VALUE: a constant of the training script (a number or a dict)")
    parser.add_argument("--train-dev", action="store_true",
                        help="the newest writers' model trains on tests/policy_dev too")
    parser.add_argument("--without-counts", action="store_true",
                        help="the featurizer as before round policymodel9 (no source cue, no "
                             "counts: policy_model.COUNT_FEATURES off; use its own --cache)")
    args = parser.parse_args(argv)
    if args.without_counts:
        policy_model.COUNT_FEATURES = False
    for item in args.set:
        name, _, value = item.partition("=")
        setattr(tpm, name, type(getattr(tpm, name))(ast.literal_eval(value)))
    t0 = time.perf_counter()
    posts = load(args.cache)
    t1 = time.perf_counter()
    out = run(posts, args.groups, workers=args.workers, saved=args.scores, reuse=args.reuse,
              only=tuple(args.only), base=args.base, train_dev=args.train_dev)
    th = out["thresholds"]
    print("thresholds:", {str(getattr(k, "value", k)): v for k, v in th.items()})
    total = [0, 0, 0]
    for name, (n, before, after) in out["per_set"].items():
        total = [total[0] + n, total[1] + before, total[2] + after]
        print(f"{name:<24} {n:>5} rules {before:>5} layer {after:>5}")
    print(f"{'TOTAL':<24} {total[0]:>5} rules {total[1]:>5} layer {total[2]:>5}")
    print("category     recall        false alarms   +TP layer +FP layer")
    for c, (tp, pos, fp, neg, atp, afp) in out["per_cat"].items():
        print(f"{c:<12} {tp:>4}/{pos:<4} {tp / pos:6.1%} {fp:>4}/{neg:<5} {fp / neg:5.1%} "
              f"{atp:>6} {afp:>6}")
    given, on_act, reached, acts = out["act"]
    print(f"layer errors {given} ({on_act} on acts); :error reached {reached}/{acts}")
    print(f"load {t1 - t0:.0f} s, train+score {time.perf_counter() - t1:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
