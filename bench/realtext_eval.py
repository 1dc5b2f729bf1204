"""Re-score Saring's language checks on real government texts (the set in bench/realtext/).

    python -m bench.realtext_eval [--data DIR] [--split tune|heldout|heldout2|heldout3|heldout4|
                                  heldout5|heldout6|heldout7|heldout8|
                                  heldout9|heldout10|heldout11|heldout12|heldout13|
                                  heldout14|heldout15|heldout16|heldout17|heldout18|heldout19|
                                  heldout20|heldout21|heldout22|heldout23|heldout24|
                                  heldout25|heldout26|heldout27|heldout28|heldout29|
                                  heldout30|heldout31|tune2|tune3|tune4|all]
                                  [--half even|odd] [--verbose] [--json]

The texts are third-party news releases and captions, so they are not in the repository:
``bench/realtext/sources.tsv`` lists each one's URL and the sha256 of the local copy, and
``bench/realtext/labels.tsv`` holds the real errors found in them by a copy editor, labelled
before any checker ran (see bench/realtext/README.md). ``--data`` is the folder of the local
copy: ``DIR/texts/<id>.txt`` (or ``DIR/<id>.txt``, e.g. ``--data /work/realtext-data/tune-only``);
default ``$SARING_REALTEXT_DATA`` or ``/work/realtext-data``. A text that is missing or whose
sha256 differs from sources.tsv is reported and skipped, never scored.

Every finding of category spelling, standard or orthography from ``Checker.from_resources()``
counts (foreign-word advice too). A finding overlapping a labelled span is a true positive; a
label no finding overlaps is a miss; any other finding is a false alarm. Top-1: of the caught
errors, the share whose first overlapping finding's first suggestion gives the labelled
correction. Deterministic: no sampling, texts in id order, a fixed check date.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bench.language_eval import CHECK_DATE, word_count
from core.check.checker import Checker
from core.check.findings import Category, Finding

SET_DIR = Path(__file__).resolve().parent / "realtext"
SPLITS = ("tune", "heldout", "heldout2", "heldout3", "heldout4", "heldout5",
          "heldout6", "heldout7", "heldout8", "heldout9",
          "heldout10", "heldout11", "heldout12", "heldout13",
          "heldout14", "heldout15", "heldout16", "heldout17", "heldout18",
          "heldout19", "heldout20", "heldout21", "heldout22", "heldout23",
          "heldout24", "heldout25", "heldout26",
          "heldout27", "heldout28", "heldout29", "heldout30", "heldout31", "tune2",
          "tune3", "tune4")  # "all" means every split
SCORED = frozenset({Category.SPELLING, Category.STANDARD, Category.ORTHOGRAPHY})
CONTEXT = 30


@dataclass(frozen=True)
class Source:
    id: str
    url: str
    split: str
    sha256: str


@dataclass(frozen=True)
class Label:
    id: str
    start: int
    end: int
    span: str
    correction: str
    category: str
    note: str


@dataclass
class SplitScore:
    """Counts for one split; ``false_alarms``/``misses``/``wrong_top1`` keep the details."""

    texts: int = 0
    words: int = 0
    findings: int = 0
    true_positives: int = 0
    labels: int = 0
    caught: int = 0
    with_correction: int = 0
    top1: int = 0
    caught_by_category: dict[str, list[int]] = field(default_factory=dict)
    alarms_by_category: dict[str, int] = field(default_factory=dict)
    false_alarms: list[dict[str, object]] = field(default_factory=list)
    misses: list[dict[str, object]] = field(default_factory=list)
    wrong_top1: list[dict[str, object]] = field(default_factory=list)
    skipped: list[dict[str, str]] = field(default_factory=list)

    def merge(self, other: SplitScore) -> None:
        for name in ("texts", "words", "findings", "true_positives", "labels", "caught",
                     "with_correction", "top1"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for cat, (n, c) in other.caught_by_category.items():
            mine = self.caught_by_category.setdefault(cat, [0, 0])
            mine[0] += n
            mine[1] += c
        for cat, n in other.alarms_by_category.items():
            self.alarms_by_category[cat] = self.alarms_by_category.get(cat, 0) + n
        self.false_alarms += other.false_alarms
        self.misses += other.misses
        self.wrong_top1 += other.wrong_top1
        self.skipped += other.skipped

    @property
    def false_alarm_count(self) -> int:
        return self.findings - self.true_positives

    def metrics(self) -> dict[str, object]:
        ratio = lambda a, b: round(a / b, 4) if b else None  # noqa: E731
        return {
            "texts": self.texts, "words": self.words, "findings": self.findings,
            "true_positives": self.true_positives, "false_alarms": self.false_alarm_count,
            "false_alarms_per_1000_words": (round(1000 * self.false_alarm_count / self.words, 2)
                                            if self.words else None),
            "precision": ratio(self.true_positives, self.findings),
            "labels": self.labels, "caught": self.caught,
            "recall": ratio(self.caught, self.labels),
            "top1": ratio(self.top1, self.with_correction),
            "top1_right": self.top1, "caught_with_correction": self.with_correction,
            "recall_by_category": {c: {"labels": n, "caught": k, "recall": ratio(k, n)}
                                   for c, (n, k) in sorted(self.caught_by_category.items())},
            "false_alarms_by_category": dict(sorted(self.alarms_by_category.items())),
        }


# -- reading the set -----------------------------------------------------------------------

def _rows(path: Path) -> list[dict[str, str]]:
    """A TSV with a header line; fields are taken verbatim (no quoting: spans contain quotes)."""
    lines = path.read_text(encoding="utf-8").split("\n")
    header = lines[0].split("\t")
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        if not line:
            continue
        cells = line.split("\t")
        if len(cells) != len(header):
            raise SystemExit(f"{path.name} line {n}: {len(cells)} fields, want {len(header)}")
        rows.append(dict(zip(header, cells, strict=True)))
    return rows


def read_sources(path: Path = SET_DIR / "sources.tsv") -> list[Source]:
    return [Source(r["id"], r["url"], r["split"], r["sha256"]) for r in _rows(path)]


def read_labels(path: Path = SET_DIR / "labels.tsv") -> dict[str, list[Label]]:
    labels: dict[str, list[Label]] = defaultdict(list)
    for r in _rows(path):
        labels[r["id"]].append(Label(r["id"], int(r["start"]), int(r["end"]), r["span"],
                                     r["correction"], r["category"], r["note"]))
    return labels


def text_dir(data: Path) -> Path:
    return data / "texts" if (data / "texts").is_dir() else data


def load_text(source: Source, folder: Path) -> tuple[str | None, str]:
    """The verified local text, or ``None`` and why it cannot be used."""
    path = folder / f"{source.id}.txt"
    if not path.is_file():
        return None, f"missing: {path}"
    raw = path.read_bytes()
    if hashlib.sha256(raw).hexdigest() != source.sha256:
        return None, f"changed: {path} (sha256 differs from sources.tsv)"
    return raw.decode("utf-8"), ""


# -- scoring -------------------------------------------------------------------------------

def _overlaps(finding: Finding, label: Label) -> bool:
    return finding.start < label.end and label.start < finding.end


def _context(text: str, start: int, end: int) -> str:
    left = text[max(0, start - CONTEXT):start]
    right = text[end:end + CONTEXT]
    return f"{left}[{text[start:end]}]{right}".replace("\n", " ")


def first_suggestion_right(text: str, finding: Finding, label: Label) -> bool:
    """Does applying the finding's first suggestion give the labelled correction?

    Compared over the union of both spans, so a finding on a slightly different stretch
    (``Rp`` plus the space, say) still counts when the resulting text is the same."""
    if not finding.suggestions:
        return False
    lo, hi = min(finding.start, label.start), max(finding.end, label.end)
    fixed = text[lo:finding.start] + finding.suggestions[0] + text[finding.end:hi]
    wanted = text[lo:label.start] + label.correction + text[label.end:hi]
    return fixed == wanted


def score_text(tid: str, text: str, findings: Sequence[Finding],
               labels: Sequence[Label]) -> SplitScore:
    score = SplitScore(texts=1, words=word_count(text), labels=len(labels))
    kept = [f for f in findings if f.category in SCORED]
    score.findings = len(kept)
    for f in kept:
        if any(_overlaps(f, lab) for lab in labels):
            score.true_positives += 1
            continue
        cat = str(f.category)
        score.alarms_by_category[cat] = score.alarms_by_category.get(cat, 0) + 1
        score.false_alarms.append({
            "id": tid, "start": f.start, "end": f.end, "text": text[f.start:f.end],
            "class": f"{f.category}/{f.rule_id}", "suggestions": list(f.suggestions[:3]),
            "context": _context(text, f.start, f.end)})
    for lab in labels:
        counts = score.caught_by_category.setdefault(lab.category, [0, 0])
        counts[0] += 1
        hits = [f for f in kept if _overlaps(f, lab)]
        if not hits:
            score.misses.append({
                "id": tid, "start": lab.start, "end": lab.end, "text": lab.span,
                "correction": lab.correction, "class": f"{lab.category}/{lab.note}",
                "context": _context(text, lab.start, lab.end)})
            continue
        score.caught += 1
        counts[1] += 1
        if lab.correction:
            score.with_correction += 1
            if first_suggestion_right(text, hits[0], lab):
                score.top1 += 1
            else:
                score.wrong_top1.append({
                    "id": tid, "start": lab.start, "end": lab.end, "text": lab.span,
                    "correction": lab.correction, "got": list(hits[0].suggestions[:3]),
                    "class": f"{lab.category}/{lab.note}",
                    "context": _context(text, lab.start, lab.end)})
    return score


def in_half(tid: str, half: str | None) -> bool:
    """Whether text ``tid`` (rtNNN) is in the ``even`` or ``odd`` half of its split (None:
    both). Tuning may look at one half's misses and keep the other to check it generalises."""
    if half is None:
        return True
    return int(tid.lstrip("rt")) % 2 == (0 if half == "even" else 1)


def evaluate(checker: Checker, data: Path, splits: Sequence[str],
             half: str | None = None) -> dict[str, SplitScore]:
    labels = read_labels()
    folder = text_dir(data)
    scores = {s: SplitScore() for s in splits}
    for source in sorted(read_sources(), key=lambda s: s.id):
        if source.split not in scores or not in_half(source.id, half):
            continue
        text, why = load_text(source, folder)
        if text is None:
            scores[source.split].skipped.append({"id": source.id, "reason": why,
                                                 "url": source.url})
            continue
        report = checker.check(text, channels=(), on_date=CHECK_DATE)
        scores[source.split].merge(score_text(source.id, text, report.findings,
                                              labels.get(source.id, [])))
    return scores


# -- output --------------------------------------------------------------------------------

def _pct(value: object) -> str:
    return "n/a" if value is None else f"{100 * float(value):.1f}%"  # type: ignore[arg-type]


def summary_line(name: str, score: SplitScore) -> str:
    m = score.metrics()
    per_k = m["false_alarms_per_1000_words"]
    return (f"{name:8} {m['texts']} texts, {m['words']} words: "
            f"{m['false_alarms']} false alarms = {per_k if per_k is not None else 'n/a'} "
            f"per 1,000 words; precision {_pct(m['precision'])} "
            f"({m['true_positives']}/{m['findings']}); recall {_pct(m['recall'])} "
            f"({m['caught']}/{m['labels']}); top-1 {_pct(m['top1'])} "
            f"({m['top1_right']}/{m['caught_with_correction']})")


def _grouped(title: str, items: list[dict[str, object]]) -> list[str]:
    by_class: dict[str, list[dict[str, object]]] = defaultdict(list)
    for item in items:
        by_class[str(item["class"])].append(item)
    lines = [f"  {title} ({len(items)}):"]
    for cls, group in sorted(by_class.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        lines.append(f"    {cls} ({len(group)})")
        for item in group:
            extra = ""
            if "correction" in item:
                extra = f" want {item['correction']!r}"
            if "got" in item:
                extra += f" got {item['got']}"
            elif "suggestions" in item:
                extra = f" -> {item['suggestions']}"
            lines.append(f"      {item['id']} {item['start']}-{item['end']} "
                         f"{item['text']!r}{extra} | {item['context']}")
    return lines


def report_text(scores: dict[str, SplitScore], *, verbose: bool) -> str:
    lines = []
    for name, score in scores.items():
        for skip in score.skipped:
            lines.append(f"SKIPPED {skip['id']} ({name}): {skip['reason']}")
        lines.append(summary_line(name, score))
        m = score.metrics()
        by_cat = ", ".join(f"{c} {v['caught']}/{v['labels']}"
                           for c, v in m["recall_by_category"].items())  # type: ignore[union-attr]
        alarms = ", ".join(f"{c} {n}" for c, n in m["false_alarms_by_category"].items())  # type: ignore[union-attr]
        lines.append(f"         recall by category: {by_cat or 'n/a'}; "
                     f"false alarms by category: {alarms or 'none'}")
        if verbose:
            lines += _grouped("false alarms", score.false_alarms)
            lines += _grouped("misses", score.misses)
            lines += _grouped("caught, first suggestion not the correction", score.wrong_top1)
    if len(scores) > 1:
        total = SplitScore()
        for score in scores.values():
            total.merge(score)
        lines.append(summary_line("all", total))
    return "\n".join(lines)


def report_json(scores: dict[str, SplitScore], data: Path) -> str:
    out: dict[str, object] = {"data": str(data), "check_date": CHECK_DATE.isoformat(),
                              "categories": sorted(str(c) for c in SCORED), "splits": {}}
    for name, score in scores.items():
        out["splits"][name] = {  # type: ignore[index]
            **score.metrics(), "skipped": score.skipped, "false_alarm_list": score.false_alarms,
            "miss_list": score.misses, "wrong_top1_list": score.wrong_top1}
    if len(scores) > 1:
        total = SplitScore()
        for score in scores.values():
            total.merge(score)
        out["all"] = total.metrics()
    return json.dumps(out, ensure_ascii=False, indent=1)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path,
                        default=Path(os.environ.get("SARING_REALTEXT_DATA", "/work/realtext-data")),
                        help="folder of the local copy (texts/<id>.txt or <id>.txt)")
    parser.add_argument("--split", choices=(*SPLITS, "all"), default="all")
    parser.add_argument("--half", choices=("even", "odd"),
                        help="only the texts with an even (or odd) id number in each split")
    parser.add_argument("--verbose", action="store_true",
                        help="list every false alarm and miss with its context, by class")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    splits = SPLITS if args.split == "all" else (args.split,)
    checker = Checker.from_resources()
    try:
        scores = evaluate(checker, args.data, splits, args.half)
    finally:
        checker.close()
    print(report_json(scores, args.data) if args.json
          else report_text(scores, verbose=args.verbose))
    for score in scores.values():
        for skip in score.skipped:
            print(f"skipped {skip['id']}: {skip['reason']} (get it again from {skip['url']})",
                  file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
