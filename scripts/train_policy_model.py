"""Train the statistical layer of the policy checks (core/check/policy_model.py).

    python scripts/train_policy_model.py            # train, print the CV table, write the weights
    python scripts/train_policy_model.py --check    # exit 1 when the weights file is not what
                                                    # training gives now

Deterministic: the labelled sets are read in a fixed order, stochastic gradient descent visits
the posts in an order drawn from a fixed seed, and numbers are rounded before they are written.

Features: core/check/policy_model.py's, with the word classes of the shipped rule packs
(shipped_classes): a change to a pack's [[words]] changes the features, so retrain after it
(--check fails until then).

Data: every line of the readable labelled sets (bench/policy_blind .. policy_blind34,
bench/policy_open1 .. policy_open90 and open92, open93, open94,
tests/policy_examples and tests/policy_dev; labels as bench/policy_eval.py reads them). Each set
was written by a different writer; leave-one-set-out cross-validation trains on all sets but one
and scores the one left out, which estimates how the layer does on text by a new writer
(tests/policy_dev, the team's variants of blind-set misses, is never trained on in
cross-validation, only left out). Each category's threshold is the one where the layer's own
findings (above the threshold, where the rules gave no warning or error in that category) add
the most true findings minus false ones on the left-out sets, with the false ones at most 0.5 % of
the left-out posts not labelled with that category; a category where no threshold adds more
true findings than false ones is switched off (threshold 1.0).

The explicit act (labels ``neutrality:error``) has its own model, trained beside the five on the
same features. The layer gives a neutrality *error* where the rules gave nothing in neutrality
and both the neutrality model and the act model score above the act threshold; that threshold
is the one with the most errors on posts labelled ``neutrality:error`` where, on the left-out
sets, at least 90 % (95 % until round 8) of the errors the layer gives are on such posts and at
most 3 % on must-pass posts (label ``-``). Until round 4 it was 98 % and none: one must-pass
post (a regional-language post naming every candidate's number and asking for calm) then held
the act error to the 17 surest posts of 11,855 (round 5, bench/README.md). A nested check
beside it chooses each fold's threshold on the other folds and counts what that gives on the
fold itself. The lift
(round 6, LIFT) is the same choice over the posts where the rules give a neutrality warning and
no error: above it core/check/overlap.py raises the rules' neutrality warnings of the post to an
error (with its own nested check). The table also counts how many of the layer's errors fall on
posts labelled only a neutrality warning (over-severity, which "benar" does not count).

The veto (round 4 sources, round 6 hoax too: VETO): where the rules warn in a category without
an error and its left-out probability is below the veto, the layer lowers their warnings in it
to info (core/check/overlap.py). The veto is the cut over those posts with the most cleared false
warnings minus lost right ones, losing at most MAX_LOST (2 %) of the right ones; the table's
last column counts the posts right with it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import math
import multiprocessing
import os
import random
import sys
import time
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.policy_eval import Example, flagged, load_examples, policy_checker  # noqa: E402
from core.app.paths import resource_dir  # noqa: E402
from core.check.findings import Category, Severity  # noqa: E402
from core.check.policy_model import (  # noqa: E402
    CATEGORIES,
    FORMAT,
    MODEL_FILE,
    Featurizer,
    lexicon_featurizer,
    shipped_classes,
)
from core.check.policy_weights import compact_path, dumps_compact  # noqa: E402

# blind35 and blind36 are held out: never trained on; open91 shares blind35's setting and waits
# until blind35 is opened (its README says why).
SETS = ("bench/policy_blind", *(f"bench/policy_blind{i}" for i in range(2, 35)),
        *(f"bench/policy_open{i}" for i in (*range(1, 91), 92, 93, 94)),
        "tests/policy_examples", "tests/policy_dev")
# tests/policy_dev holds the team's variants of the blind sets' misses (written after reading
# them): a model that trains on it while one blind set is left out would see that set's
# classes. In cross-validation it is therefore only ever left out, never trained on; the
# final model trains on every set.
DEV = SETS.index("tests/policy_dev")
SEED = 12
EPOCHS = 12
RATE = 0.2
# L2 on the weights a post touches, per update (round 7: 1e-4 -> 3e-3). Stronger shrinking is what
# carried to the next writer: trained on the 58 older sets and scored on the twelve newest
# (thresholds chosen on the other half of them), 4,124 -> 4,150 of 4,492 posts right at 3e-3
# (1e-3 4,139, 1e-2 4,153); a feature a post touches often (a word every writer uses) is held
# back most, so no single word decides a post. Per-set weighting of the posts (+6), features
# in >= 3 or 5 writers' sets (-9, -1) and a name shape for unknown capitalised words (-14 at
# 1e-3) did not carry.
L2 = 3e-3
# per target (a category's value, e.g. "source", or ACT) where its L2 or the weight of its
# positive posts in the loss differs from L2 and 1
L2_CAT: dict[str, float] = {}
POS_WEIGHT: dict[str, float] = {}
MIN_POSTS = 2  # a feature seen in fewer training posts gets no weight (it says nothing general)
# nor does a feature only one writer's set holds (a village, a nickname, a writer's habit): the
# model is for the next writer (writer-level document frequency)
MIN_SETS = 2
PRUNE = 0.01  # weights smaller than this are left out (they move no post across a threshold)
MAX_FALSE = 0.005  # the layer's own false findings, share of the left-out negatives
# per category (its value, e.g. "source") where its cap differs from MAX_FALSE
MAX_FALSE_CAT: dict[str, float] = {}
# share of the layer's errors that must be on 'neutrality:error' posts (round 8: 0.95 -> 0.90).
# On the ten newest writers (blind 19-22, open 49-54; trained on the other sets, thresholds chosen
# on those sets alone: scripts/policy_model_proxy.py) the act threshold chosen at 0.95 gave 44
# errors, 40 on acts; at 0.90 53, 48 on acts: 4,234 -> 4,242 of 4,656 posts right (0.92 4,241,
# 0.85 4,243). The errors it gives on the new writers stay ~90 % on acts either way, and the
# must-pass cap (MAX_ACT_MUST_PASS) is unchanged.
MIN_ACT_PRECISION = 0.90
# the same share for the lift (a rules' neutrality warning raised to an error)
MIN_LIFT_PRECISION = 0.90
MAX_ACT_MUST_PASS = 0.03  # share of the layer's errors that may be on must-pass posts
MAX_LOST = 0.02  # a veto may clear at most this share of the rules' right warnings (left out)
# Categories where the layer may lower the rules' warning to info (a veto): sources, where a
# missed warning costs least (a claim the admin can still check) and the rules' false warnings
# are most (1.9 % of left-out negatives in round 4, against 0.1-0.6 % elsewhere); since round 6
# hoax too (on 46 folds its veto clears 20 false warnings and loses 3 right ones of 974, nested
# 16 and 5). Not neutrality: its veto would clear 10 false warnings for 5 right ones lost (nested
# 8 for 6), and a missed partisan act costs most. Fraud and provocation have no warnings of the
# rules without an error to clear.
VETO = (Category.SOURCE, Category.HOAX)
ACT = "neutrality:error"  # the act model's key beside the five categories
LIFT = "neutrality:lift"  # the thresholds' key of the act model's lift (a rules' warning raised)
TARGETS: tuple[Category | str, ...] = (*CATEGORIES, ACT)
DAY = dt.date(2026, 6, 1)  # outside every campaign period the packs carry (as a new user)
COMMAND = "python scripts/train_policy_model.py"


@dataclass(frozen=True)
class Post:
    fold: int
    example: Example
    features: frozenset[str]
    rules: frozenset[Category]        # categories the rules warn in (warning or error)
    rules_errors: frozenset[Category]  # categories the rules give an error in

    def target(self, key: Category | str) -> bool:
        """Whether the post is labelled with ``key`` (a category, or the act)."""
        if key == ACT:
            return Category.NEUTRALITY in self.example.errors
        return key in self.example.labels


def load_posts(featurizer: Featurizer, *, with_rules: bool = True) -> list[Post]:
    checker = policy_checker(campaign=None, model=False) if with_rules else None
    posts: list[Post] = []
    for fold, name in enumerate(SETS):
        for ex in load_examples(ROOT / name):
            rules: frozenset[Category] = frozenset()
            errors: frozenset[Category] = frozenset()
            if checker is not None:
                findings = checker.check(ex.text, on_date=DAY).findings
                rules = frozenset(flagged(findings) & set(CATEGORIES))
                errors = frozenset(f.category for f in findings
                                   if f.severity is Severity.ERROR and f.category in CATEGORIES)
            posts.append(Post(fold, ex, featurizer.features(ex.text), rules, errors))
    return posts


Weights = tuple[float, dict[str, float]]  # bias, weights


def train(posts: list[Post]) -> dict[Category | str, Weights]:
    """Logistic regression per category and for the act (:data:`TARGETS`), L2 on the weights a
    post touches, SGD in a seeded order with a decaying rate (each target learns on its own:
    adding one changes no other's weights)."""
    counts: dict[str, int] = {}
    sets: dict[str, set[int]] = {}
    for p in posts:
        for f in p.features:
            counts[f] = counts.get(f, 0) + 1
            sets.setdefault(f, set()).add(p.fold)
    kept = {f for f, n in counts.items() if n >= MIN_POSTS and len(sets[f]) >= MIN_SETS}
    index: dict[str, int] = {}
    rows = [[index.setdefault(f, len(index)) for f in sorted(p.features) if f in kept]
            for p in posts]
    labels = [[p.target(key) for key in TARGETS] for p in posts]
    weights = [[0.0] * len(index) for _ in TARGETS]
    bias = [0.0] * len(TARGETS)
    names_of = [getattr(key, "value", key) for key in TARGETS]
    l2s = [L2_CAT.get(name, L2) for name in names_of]
    pos_w = [POS_WEIGHT.get(name, 1.0) for name in names_of]
    order = list(range(len(posts)))
    rng = random.Random(SEED)
    for epoch in range(EPOCHS):
        rng.shuffle(order)
        rate = RATE / (1 + epoch)
        for i in order:
            row = rows[i]
            for k in range(len(TARGETS)):
                w = weights[k]
                z = bias[k] + sum(w[j] for j in row)
                p = 1 / (1 + math.exp(-z)) if z >= 0 else math.exp(z) / (1 + math.exp(z))
                g = (p - 1.0) * pos_w[k] if labels[i][k] else p
                l2 = l2s[k]
                bias[k] -= rate * g
                for j in row:
                    w[j] -= rate * (g + l2 * w[j])
    names = sorted(index, key=index.__getitem__)
    return {key: (bias[k], {names[j]: v for j, v in enumerate(weights[k]) if abs(v) >= PRUNE})
            for k, key in enumerate(TARGETS)}


def probability(bias: float, weights: dict[str, float], features: frozenset[str]) -> float:
    z = bias + sum(weights.get(f, 0.0) for f in features)
    return 1 / (1 + math.exp(-z)) if z >= 0 else math.exp(z) / (1 + math.exp(z))


Scores = dict[Category | str, list[float]]


# The posts the fold workers read (set by cross_validate; a forked worker inherits it, so the
# posts are not pickled once per fold).
_FOLD_POSTS: list[Post] = []


def _left_out(fold: int) -> list[tuple[int, list[float]]]:
    """Train without ``fold`` (and never on DEV) and score the fold's posts: (index, the
    probability of every target in TARGETS' order)."""
    posts = _FOLD_POSTS
    model = train([p for p in posts if p.fold not in (fold, DEV)])
    return [(i, [probability(*model[key], p.features) for key in TARGETS])
            for i, p in enumerate(posts) if p.fold == fold]


def cross_validate(posts: list[Post], workers: int | None = None) -> Scores:
    """The left-out probability of every post, per category and for the act (posts in their
    order). The folds are independent and each is trained deterministically, so they run in
    ``workers`` processes (default: one per CPU) with the same result as one after another."""
    global _FOLD_POSTS
    workers = workers or os.cpu_count() or 1
    _FOLD_POSTS = posts
    try:
        if workers > 1 and "fork" in multiprocessing.get_all_start_methods():
            with multiprocessing.get_context("fork").Pool(workers) as pool:
                parts = pool.map(_left_out, range(len(SETS)), chunksize=1)
        else:
            parts = [_left_out(fold) for fold in range(len(SETS))]
    finally:
        _FOLD_POSTS = []
    scores: Scores = {key: [0.0] * len(posts) for key in TARGETS}
    for part in parts:
        for i, probabilities in part:
            for key, value in zip(TARGETS, probabilities, strict=True):
                scores[key][i] = value
    return scores


@dataclass(frozen=True)
class ActChoice:
    """The act threshold of one option and what it does on the left-out posts."""

    threshold: float
    given: int      # errors the layer gives
    on_act: int     # of them on posts labelled 'neutrality:error'
    must_pass: int  # of them on must-pass posts


def act_candidates(posts: list[Post], scores: Scores, *, raise_warnings: bool) -> list[int]:
    """The posts where the layer's error would count: where the rules gave nothing in
    neutrality (its own error, the shipped option) or, with ``raise_warnings``, where they gave
    a neutrality warning and no error."""
    n = Category.NEUTRALITY
    return [i for i, p in enumerate(posts)
            if n not in p.rules_errors and (n in p.rules) is raise_warnings]


def act_score(scores: Scores, i: int) -> float:
    """A post's act score: both the neutrality and the act model must be sure."""
    return min(scores[Category.NEUTRALITY][i], scores[ACT][i])


def choose_act_threshold(posts: list[Post], scores: Scores, candidates: list[int],
                         precision: float | None = None) -> ActChoice:
    """The threshold over ``candidates`` with the most posts labelled 'neutrality:error' above
    it, where at least MIN_ACT_PRECISION of the posts above it are so labelled and at most
    MAX_ACT_MUST_PASS are must-pass posts (1.0, off, when there is none); ``precision``
    instead of MIN_ACT_PRECISION where given (the lift's MIN_LIFT_PRECISION)."""
    if precision is None:
        precision = MIN_ACT_PRECISION
    ranked = sorted(((act_score(scores, i), i) for i in candidates), key=lambda t: -t[0])
    best = ActChoice(1.0, 0, 0, 0)
    given = on_act = must_pass = 0
    for n, (s, i) in enumerate(ranked):
        post = posts[i]
        given += 1
        on_act += post.target(ACT)
        must_pass += not post.example.labels
        nxt = ranked[n + 1][0] if n + 1 < len(ranked) else 0.0
        if nxt == s:
            continue  # a threshold cannot split equal scores
        if (on_act >= precision * given and must_pass <= MAX_ACT_MUST_PASS * given
                and on_act > best.on_act):
            best = ActChoice(round((s + nxt) / 2, 6), given, on_act, must_pass)
    return best


def nested_act(posts: list[Post], scores: Scores, candidates: list[int],
               precision: float | None = None) -> ActChoice:
    """What the act error gives on each left-out set when its threshold is chosen on the other
    sets' left-out scores (an honest check of :func:`choose_act_threshold`): the errors given,
    on acts, on must-pass posts (``threshold`` is unused, 0.0)."""
    given = on_act = must_pass = 0
    for fold in range(len(SETS)):
        t = choose_act_threshold(posts, scores,
                                 [i for i in candidates if posts[i].fold != fold],
                                 precision).threshold
        for i in candidates:
            if posts[i].fold == fold and t < 1.0 and act_score(scores, i) > t:
                given += 1
                on_act += posts[i].target(ACT)
                must_pass += not posts[i].example.labels
    return ActChoice(0.0, given, on_act, must_pass)


def choose_threshold(posts: list[Post], scores: list[float], cat: Category) -> float:
    negatives = sum(cat not in p.example.labels for p in posts)
    # the layer's own candidates: posts the rules leave unflagged in this category, the most
    # sure first; a right one is a positive
    own = sorted(((s, cat in p.example.labels) for p, s in zip(posts, scores, strict=True)
                  if cat not in p.rules), key=lambda t: -t[0])
    cap = MAX_FALSE_CAT.get(cat.value, MAX_FALSE)
    return best_cut(own, math.floor(cap * negatives), end=0.0, off=1.0, places=6)


def best_cut(ranked: list[tuple[float, bool]], allowed: int, *, end: float, off: float,
             places: int) -> float:
    """The cut between two scores of ``ranked`` (score, right) after which the most right
    posts minus wrong ones lie, with at most ``allowed`` wrong ones; ``end`` is the score past
    the last, ``off`` the answer when no cut gains."""
    best, best_gain, right, wrong = off, 0, 0, 0
    for n, (s, good) in enumerate(ranked):
        right += good
        wrong += not good
        if wrong > allowed:
            break
        nxt = ranked[n + 1][0] if n + 1 < len(ranked) else end
        if nxt == s:
            continue  # a cut cannot split equal scores
        if right - wrong > best_gain:
            best, best_gain = round((s + nxt) / 2, places), right - wrong
    return best


def choose_veto(posts: list[Post], scores: list[float], cat: Category) -> float:
    """The veto of ``cat``: below it the layer lowers the rules' warnings in ``cat`` to info.
    Chosen on the left-out posts the rules warn on in ``cat`` without an error: the cut with the
    most cleared false warnings minus lost right ones, losing at most MAX_LOST of the right
    ones (0.0, off, when no cut clears more than it loses)."""
    # the least sure first; clearing a post is right when it is not labelled with ``cat``
    warned = sorted(((s, cat not in p.example.labels) for p, s in zip(posts, scores, strict=True)
                     if cat in p.rules and cat not in p.rules_errors), key=lambda t: t[0])
    allowed = math.floor(MAX_LOST * sum(not cleared for _s, cleared in warned))
    return best_cut(warned, allowed, end=1.0, off=0.0, places=9)


def vetoed(posts: list[Post], scores: Scores, thresholds: dict[Category | str, float]) -> list[Post]:
    """The posts as the rules leave them after the layer's vetoes (the categories whose
    warnings the layer lowers to info taken out of ``rules``)."""
    out = []
    for i, p in enumerate(posts):
        gone = {c for c in VETO if c in p.rules and c not in p.rules_errors
                and scores[c][i] < thresholds.get(f"veto:{c.value}", 0.0)}
        out.append(replace(p, rules=p.rules - gone) if gone else p)
    return out


def table(posts: list[Post], scores: Scores, thresholds: dict[Category | str, float]) -> list[str]:
    lines = [f"{'kategori':<12} {'ambang':>7} {'pos':>4} {'neg':>5} {'TP aturan':>9} "
             f"{'+TP model':>9} {'FP aturan':>9} {'+FP model':>9} {'recall':>15} {'alarm palsu':>15}"]
    added: dict[int, set[Category]] = {i: set() for i in range(len(posts))}
    for c in CATEGORIES:
        t = thresholds[c]
        pos = [i for i, p in enumerate(posts) if c in p.example.labels]
        neg = [i for i, p in enumerate(posts) if c not in p.example.labels]
        for i, p in enumerate(posts):
            if c not in p.rules and scores[c][i] > t:
                added[i].add(c)
        tp = sum(c in posts[i].rules for i in pos)
        fp = sum(c in posts[i].rules for i in neg)
        atp = sum(c in added[i] for i in pos)
        afp = sum(c in added[i] for i in neg)
        lines.append(f"{c.value:<12} {t:>7.3f} {len(pos):>4} {len(neg):>5} {tp:>9} {atp:>9} "
                     f"{fp:>9} {afp:>9} {tp / len(pos):>7.1%}→{(tp + atp) / len(pos):>6.1%} "
                     f"{fp / len(neg):>7.1%}→{(fp + afp) / len(neg):>6.1%}")
    # the act: the shipped option (the layer's own error where the rules gave nothing in
    # neutrality) and the other (a rules' warning raised to an error), each with its threshold
    lines.append("")
    lines.append(f"{'galat netralitas (model tindakan)':<40} {'ambang':>8} {'galat':>6} "
                 f"{'pada :error':>11} {'pada lolos':>10} {'benar':>6} {'pada peringatan':>15}")
    shipped: dict[int, set[Category]] = {}
    for name, raising in (("sendiri, aturan diam (dipakai)", False),
                          ("menaikkan peringatan aturan (dipakai)", True)):
        candidates = act_candidates(posts, scores, raise_warnings=raising)
        t = thresholds[LIFT if raising else ACT]
        errs: dict[int, set[Category]] = {i: {Category.NEUTRALITY} for i in candidates
                                          if t < 1.0 and act_score(scores, i) > t}
        given = [posts[i] for i in errs]
        right = sum(_right(p, added[i] | errs.get(i, set()), errs.get(i, set()))
                    for i, p in enumerate(posts))
        # over-severity, which 'benar' does not count: errors on posts labelled a neutrality
        # warning only
        over = sum(Category.NEUTRALITY in p.example.labels and not p.target(ACT) for p in given)
        lines.append(f"{name:<40} {t:>8.6f} {len(given):>6} {sum(p.target(ACT) for p in given):>11} "
                     f"{sum(not p.example.labels for p in given):>10} {right:>6} {over:>15}")
        shipped.update(errs)  # the two options' posts are apart (rules silent / warning)
        nested = nested_act(posts, scores, candidates,
                            MIN_LIFT_PRECISION if raising else MIN_ACT_PRECISION)
        lines.append(f"{'  bersarang (ambang dari set lain)':<40} {'':>8} {nested.given:>6} "
                     f"{nested.on_act:>11} {nested.must_pass:>10}")
    lines.append("")
    cleared = vetoed(posts, scores, thresholds)
    for c in VETO:
        t = thresholds.get(f"veto:{c.value}", 0.0)
        gone = [p for p, q in zip(posts, cleared, strict=True) if c in p.rules and c not in q.rules]
        right = sum(c in p.example.labels for p in gone)
        lines.append(f"veto {c.value:<12} ambang {t:.9f}: peringatan aturan jadi info {len(gone)}, "
                     f"{len(gone) - right} salah, {right} benar")
    lines.append("")
    lines.append(f"{'set ditinggalkan':<24} {'unggahan':>8} {'benar tanpa':>12} "
                 f"{'+ peringatan':>13} {'+ galat':>13} {'+ veto':>13}")
    total = [0, 0, 0, 0, 0]
    for fold, name in enumerate(SETS):
        idx = [i for i, p in enumerate(posts) if p.fold == fold]
        before = sum(_right(posts[i], set()) for i in idx)
        warned = sum(_right(posts[i], added[i]) for i in idx)
        after = sum(_right(posts[i], added[i] | shipped.get(i, set()), shipped.get(i, set()))
                    for i in idx)
        veto = sum(_right(cleared[i], added[i] | shipped.get(i, set()), shipped.get(i, set()))
                   for i in idx)
        total = [total[0] + len(idx), total[1] + before, total[2] + warned, total[3] + after,
                 total[4] + veto]
        lines.append(f"{name:<24} {len(idx):>8} {before:>5} {before / len(idx):>6.1%} "
                     f"{warned:>6} {warned / len(idx):>6.1%} {after:>6} {after / len(idx):>6.1%} "
                     f"{veto:>6} {veto / len(idx):>6.1%}")
    lines.append(f"{'semua':<24} {total[0]:>8} {total[1]:>5} {total[1] / total[0]:>6.1%} "
                 f"{total[2]:>6} {total[2] / total[0]:>6.1%} {total[3]:>6} {total[3] / total[0]:>6.1%} "
                 f"{total[4]:>6} {total[4] / total[0]:>6.1%}")
    return lines


def _right(post: Post, added: set[Category], errors: set[Category] | None = None) -> bool:
    """Every label met (':error' ones by the rules' or the layer's ``errors``), and no
    category flagged that the post is not labelled with."""
    got = set(post.rules) | added
    reached = set(post.rules_errors) | (errors or set())
    return (got == set(post.example.labels) & set(CATEGORIES)
            and all(c in reached for c in post.example.errors))


def inputs_hash(posts: list[Post]) -> str:
    """A hash of what the weights are trained from: the posts, their labels, their features."""
    h = hashlib.sha256()
    for p in posts:
        h.update(f"{p.fold}\t{sorted(p.example.labels)}\t{sorted(p.example.errors)}\t"
                 f"{sorted(p.features)}\n".encode())
    return h.hexdigest()


def _weights_json(weights: Weights, threshold: float, names: list[str]) -> dict[str, object]:
    """One model in format 2: its weights in the order of ``names``, 0 where it has none."""
    bias, values = weights
    return {"bias": round(bias, 4), "threshold": threshold,
            "weights": [round(values.get(name, 0.0), 4) or 0 for name in names]}


def build(posts: list[Post], thresholds: dict[Category | str, float]) -> dict[str, object]:
    model = train(posts)
    names = sorted({name for _bias, values in model.values() for name, v in values.items()
                    if round(v, 4) != 0})
    categories = {c.value: _weights_json(model[c], thresholds[c], names) for c in CATEGORIES}
    for c in VETO:
        categories[c.value]["veto"] = thresholds.get(f"veto:{c.value}", 0.0)
    act = _weights_json(model[ACT], thresholds[ACT], names)
    act["lift"] = thresholds.get(LIFT, 1.0)
    categories[Category.NEUTRALITY.value]["error"] = act
    return {
        "format": FORMAT,
        "provenance": {
            "what": "logistic regression per policy category and for the explicit neutrality act "
                    "(L2, SGD), weights rounded to 4 places",
            "trained_on": [f"{name}/*.tsv (all lines)" for name in SETS],
            "command": COMMAND,
            "seed": SEED, "epochs": EPOCHS, "min_posts": MIN_POSTS, "min_sets": MIN_SETS,
            "prune": PRUNE, "rate": RATE, "l2": L2,
            "thresholds": ("leave-one-set-out CV: most added true minus false findings, "
                           "own false findings <= 0.5% of left-out negatives"),
            "error_threshold": ("neutrality.error: leave-one-set-out CV, where the rules give "
                                "nothing in neutrality; min of the neutrality and act "
                                "probabilities; >= 90% of the layer's errors on "
                                "'neutrality:error' posts, <= 3% on must-pass posts"),
            "lift": ("neutrality.error.lift: the same rule where the rules give a neutrality "
                     "warning and no error; above it their warnings become an error"),
            "veto": ("source.veto: leave-one-set-out CV, where the rules warn in sources "
                     "without an error; below it their warnings become info; most cleared "
                     "false warnings minus lost right ones, lost <= 2% of the right ones"),
            "inputs_sha256": inputs_hash(posts),
            "third_party_data": "none",
        },
        "features": names,
        "categories": categories,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="compare the weights file with what training gives, write nothing")
    parser.add_argument("--out", type=Path, default=resource_dir() / MODEL_FILE)
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    featurizer = lexicon_featurizer(resource_dir(), shipped_classes(resource_dir()))
    if args.check:
        return _check(args.out, featurizer)
    posts = load_posts(featurizer)
    scores = cross_validate(posts)
    thresholds: dict[Category | str, float] = {
        c: choose_threshold(posts, scores[c], c) for c in CATEGORIES}
    thresholds[ACT] = choose_act_threshold(
        posts, scores, act_candidates(posts, scores, raise_warnings=False)).threshold
    thresholds[LIFT] = choose_act_threshold(
        posts, scores, act_candidates(posts, scores, raise_warnings=True),
        MIN_LIFT_PRECISION).threshold
    for c in VETO:
        thresholds[f"veto:{c.value}"] = choose_veto(posts, scores[c], c)
    print(f"{len(posts)} unggahan berlabel dari {len(SETS)} set; validasi silang tinggalkan-satu-set")
    for line in table(posts, scores, thresholds):
        print(line)
    data = build(posts, thresholds)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True) + "\n",
                        encoding="utf-8")
    compact_path(args.out).write_bytes(dumps_compact(args.out.read_bytes()))
    print(f"ditulis: {args.out} ({time.perf_counter() - t0:.1f} s)")
    return 0


def _check(path: Path, featurizer: Featurizer) -> int:
    """The weights (not the thresholds, which depend on the rules' findings) must be what
    training on the labelled sets gives now."""
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        print(f"{path}: tidak terbaca: {exc}")
        return 1
    posts = load_posts(featurizer, with_rules=False)
    try:
        stored_cats = stored["categories"]
        thresholds: dict[Category | str, float] = {
            c: float(stored_cats[c.value]["threshold"]) for c in CATEGORIES}
        thresholds[ACT] = float(stored_cats[Category.NEUTRALITY.value]["error"]["threshold"])
        thresholds[LIFT] = float(stored_cats[Category.NEUTRALITY.value]["error"]["lift"])
        for c in VETO:
            thresholds[f"veto:{c.value}"] = float(stored_cats[c.value]["veto"])
    except (KeyError, TypeError, ValueError) as exc:
        print(f"{path} tidak sesuai dengan data latih ({exc}): jalankan {COMMAND}")
        return 1
    fresh = json.loads(json.dumps(build(posts, thresholds), ensure_ascii=False, sort_keys=True))
    if fresh != stored:
        print(f"{path} tidak sesuai dengan data latih: jalankan {COMMAND}")
        return 1
    compact = compact_path(path)
    if not compact.is_file() or compact.read_bytes() != dumps_compact(path.read_bytes()):
        print(f"{compact} tidak sesuai dengan {path.name}: jalankan {COMMAND}")
        return 1
    print(f"{path}: sesuai")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
