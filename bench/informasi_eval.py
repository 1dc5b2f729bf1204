"""Precision and recall of the informativeness check and the ceremony recogniser, and their speed.

    python -m bench.informasi_eval [--set DIR] [--runs N] [--verbose]

Reads ``DIR/informasi.tsv`` (KIND<TAB>PRESENT<TAB>TEXT; KIND ``pengumuman`` or ``lain``;
PRESENT = the elements the post contains, comma-separated, or ``-``) and ``DIR/seremoni.tsv``
(LABEL<TAB>TEXT; LABEL ``seremoni`` or ``-``). ``\\n`` in a text is a line break; lines starting
with ``#`` are comments. The default set is ``tests/informasi_examples/`` (the tuning set);
``bench/informasi_blind/`` is the blind set.

Scores: (a) announcement detection: a post counts as detected when the checker sees an
announcement in it (it then gets findings for what it lacks, or none when it lacks nothing);
(b) per element, on the posts labelled ``pengumuman``: the element counts as flagged missing
when the check emits its finding, and the truth is "not in PRESENT"; (c) ceremony. Then it
times the informativeness and ceremony checks of bench/samples/post_300.txt, warm, and prints
the median.
"""

from __future__ import annotations

import argparse
import statistics
import time
from dataclasses import dataclass
from pathlib import Path

from core.check.ceremony import classify_ceremony
from core.check.informativeness import ELEMENTS, RULE_PREFIX, InformativenessChecker

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SET = ROOT / "tests" / "informasi_examples"
SAMPLE = Path(__file__).resolve().parent / "samples" / "post_300.txt"


def share(hits: int, misses: int) -> float:
    """hits / (hits + misses); 1.0 when there is nothing to score."""
    return hits / (hits + misses) if hits + misses else 1.0


@dataclass(frozen=True)
class Count:
    name: str
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return share(self.tp, self.fp)

    @property
    def recall(self) -> float:
        return share(self.tp, self.fn)

    def add(self, want: bool, have: bool) -> Count:
        return Count(self.name, self.tp + (want and have), self.fp + (have and not want),
                     self.fn + (want and not have))


def read_rows(path: Path, fields: int) -> list[tuple[int, list[str]]]:
    """(line number, fields) of every case; a line with the wrong number of fields is an
    error that names the file and line."""
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.rstrip("\n").split("\t")
        if len(parts) != fields:
            raise ValueError(f"{path.name}:{number}: {fields} kolom dipisah TAB diharapkan")
        parts[-1] = parts[-1].replace("\\n", "\n")
        rows.append((number, parts))
    return rows


def score_informasi(checker: InformativenessChecker, path: Path,
                    misses: list[str]) -> tuple[Count, list[Count]]:
    detect = Count("pengumuman")
    elements = {e: Count(e) for e in ELEMENTS}
    for number, (kind, present, text) in read_rows(path, 3):
        if kind not in ("pengumuman", "lain"):
            raise ValueError(f"{path.name}:{number}: jenis {kind!r} tidak dikenal")
        truth = set() if present.strip() == "-" else {p.strip() for p in present.split(",")}
        if truth - set(ELEMENTS):
            raise ValueError(f"{path.name}:{number}: unsur tidak dikenal {truth - set(ELEMENTS)}")
        announced = checker.announcement(text)
        want = kind == "pengumuman"
        detect = detect.add(want, announced is not None)
        if want != (announced is not None):
            misses.append(f"{path.name}:{number} {'terlewat' if want else 'alarm palsu'}: "
                          f"{text[:90]!r}")
        if not want:
            continue
        flagged = {f.rule_id.removeprefix(RULE_PREFIX) for f in checker.check(text)}
        for element in ELEMENTS:
            missing, said = element not in truth, element in flagged
            elements[element] = elements[element].add(missing, said)
            if missing != said:
                what = "dianggap hilang padahal ada" if said else "tidak ditandai padahal hilang"
                misses.append(f"{path.name}:{number} {element} {what}: {text[:90]!r}")
    return detect, list(elements.values())


def score_ceremony(path: Path, misses: list[str]) -> Count:
    count = Count("seremoni")
    for number, (label, text) in read_rows(path, 2):
        if label not in ("seremoni", "-"):
            raise ValueError(f"{path.name}:{number}: label {label!r} tidak dikenal")
        want, have = label == "seremoni", classify_ceremony(text).is_ceremony
        count = count.add(want, have)
        if want != have:
            misses.append(f"{path.name}:{number} seremoni {'terlewat' if want else 'alarm palsu'}: "
                          f"{text[:90]!r}")
    return count


def time_checks(checker: InformativenessChecker, text: str, runs: int) -> list[float]:
    checker.check(text)
    classify_ceremony(text)  # warm-up: rules loaded, word readings cached
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        checker.check(text)
        classify_ceremony(text)
        times.append((time.perf_counter() - t0) * 1000)
    return times


def line(count: Count) -> str:
    return (f"{count.name:<11} {count.tp + count.fn:>5} {count.precision:>8.1%} {count.recall:>7.1%}"
            f"   (tp {count.tp}, fp {count.fp}, fn {count.fn})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, default=DEFAULT_SET, metavar="DIR",
                        help="folder with informasi.tsv and seremoni.tsv")
    parser.add_argument("--runs", type=int, default=300)
    parser.add_argument("--verbose", action="store_true", help="list every wrong call")
    args = parser.parse_args(argv)
    checker = InformativenessChecker.from_resources()
    misses: list[str] = []
    detect, elements = score_informasi(checker, args.set / "informasi.tsv", misses)
    ceremony = score_ceremony(args.set / "seremoni.tsv", misses)
    print(f"set: {args.set}")
    print(f"{'':<11} {'pos':>5} {'presisi':>8} {'recall':>7}")
    print(line(detect))
    print("unsur yang hilang (pada pengumuman):")
    for count in elements:
        print(line(count))
    total = Count("semua unsur", *(sum(getattr(c, k) for c in elements) for k in ("tp", "fp", "fn")))
    print(line(total))
    print(line(ceremony))
    if args.verbose:
        for miss in misses:
            print("  " + miss)
    text = SAMPLE.read_text(encoding="utf-8")
    times = time_checks(checker, text, args.runs)
    print(f"informativitas + seremoni {SAMPLE.name} ({len(text.split())} kata), {args.runs} kali "
          f"hangat: median {statistics.median(times):.3f} ms, "
          f"p90 {sorted(times)[int(len(times) * 0.9)]:.3f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
