"""How precise and how helpful Saring's language checks are, against plain hunspell.

    python -m bench.language_eval [--corpus DIR] [--typos N] [--seed S] [--baseline-suggest N]
                                  [--show] [--pairs FILE]

``--corpus bench/corpus/heldout`` runs the held-out set (written after the main set and never
used for tuning).

Reads the corpus in ``bench/corpus/`` (written by the Saring team, see bench/README.md):

- ``clean/*.txt``: government posts and news releases without errors. Every finding of a
  language category (spelling, standard, orthography, grammar) there is a false alarm.
- ``errors.tsv``: sentences with one labelled error each, ``[[wrong=>right]]``.
- ``baku_pairs.tsv``: non-standard -> standard pairs from the public lists.
- ``--pairs FILE`` (e.g. ``bench/corpus/baku_pairs_public.tsv``): scores only that list of
  ``non-standard<TAB>standard<TAB>sentence<TAB>source`` lines, split into even and odd data lines
  (even lines may be used for tuning, odd lines never: their figure is the honest one).
- injected typos: words of the clean texts changed by one edit (dropped, swapped, doubled or
  neighbouring-key letter), skipped when the result is itself a dictionary word.

Prints false alarms per 1,000 words, recall and top-1/top-3 suggestion accuracy, for Saring's
checker and for plain hunspell id_ID (spylls ``lookup``/``suggest``) as the baseline.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from spylls.hunspell import Dictionary

from core.app.paths import resource_dir
from core.check.checker import Checker
from core.check.findings import Category, Finding
from core.check.text import TokenKind, tokenize

DEFAULT_CORPUS = Path(__file__).resolve().parent / "corpus"
CORPUS = DEFAULT_CORPUS
CHECK_DATE = dt.date(2026, 1, 15)
LANGUAGE = frozenset({Category.SPELLING, Category.STANDARD, Category.ORTHOGRAPHY,
                      Category.GRAMMAR})
_MARK = re.compile(r"\[\[(.*?)=>(.*?)\]\]")
_KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_NEIGHBOURS = {
    ch: [row[j] for j in (i - 1, i + 1) if 0 <= j < len(row)]
    for row in _KEYBOARD_ROWS for i, ch in enumerate(row)
}


@dataclass(frozen=True)
class Case:
    """One text with one error at ``start:end`` whose correction is ``right``."""

    label: str
    text: str
    start: int
    end: int
    right: str


@dataclass(frozen=True)
class Flag:
    start: int
    end: int
    suggestions: tuple[str, ...]


Engine = Callable[[str], list[Flag]]


# -- engines ------------------------------------------------------------------------------

def saring_engine(checker: Checker) -> Engine:
    def run(text: str) -> list[Flag]:
        report = checker.check(text, channels=(), on_date=CHECK_DATE)
        return [Flag(f.start, f.end, f.suggestions) for f in report.findings
                if f.category in LANGUAGE]
    return run


def saring_findings(checker: Checker, text: str) -> list[Finding]:
    report = checker.check(text, channels=(), on_date=CHECK_DATE)
    return [f for f in report.findings if f.category in LANGUAGE]


class Hunspell:
    """The baseline: every word token spylls' ``lookup`` rejects is flagged."""

    def __init__(self) -> None:
        self.dictionary = Dictionary.from_files(str(resource_dir() / "dictionaries" / "id_ID"))
        self._known: dict[str, bool] = {}
        self.suggest_budget = 0

    def known(self, word: str) -> bool:
        if word not in self._known:
            self._known[word] = bool(self.dictionary.lookup(word))
        return self._known[word]

    def __call__(self, text: str) -> list[Flag]:
        flags = []
        for token in tokenize(text):
            if token.kind is TokenKind.WORD and not self.known(token.text):
                suggestions: tuple[str, ...] = ()
                if self.suggest_budget > 0:
                    self.suggest_budget -= 1
                    suggestions = tuple(self.dictionary.suggest(token.text))[:5]
                flags.append(Flag(token.start, token.end, suggestions))
        return flags


# -- corpus -------------------------------------------------------------------------------

def clean_texts() -> list[tuple[str, str]]:
    return [(p.name, p.read_text(encoding="utf-8"))
            for p in sorted((CORPUS / "clean").glob("*.txt"))]


def word_count(text: str) -> int:
    return sum(1 for t in tokenize(text) if t.kind is TokenKind.WORD)


def _data_lines(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def labelled_cases() -> list[Case]:
    cases = []
    for line in _data_lines(CORPUS / "errors.tsv"):
        label, _, marked = line.partition("\t")
        match = _MARK.search(marked)
        if match is None:
            raise SystemExit(f"errors.tsv: no [[wrong=>right]] in {line!r}")
        text = marked[:match.start()] + match.group(1) + marked[match.end():]
        cases.append(Case(label, text, match.start(), match.start() + len(match.group(1)),
                          match.group(2)))
    return cases


def baku_cases() -> list[Case]:
    cases: list[Case] = []
    if not (CORPUS / "baku_pairs.tsv").exists():
        return cases
    for line in _data_lines(CORPUS / "baku_pairs.tsv"):
        wrong, _, right = line.partition("\t")
        prefix = "Menurut petugas, "
        text = f"{prefix}{wrong} itu sudah dibahas dalam rapat."
        cases.append(Case("baku", text, len(prefix), len(prefix) + len(wrong), right.strip()))
    return cases


def pair_file_cases(path: Path) -> list[Case]:
    """Cases from a ``non-standard<TAB>standard<TAB>sentence[<TAB>source]`` file.

    Data lines are numbered from 1; the label says whether the line is even (tuning) or odd
    (held out). A line without a sentence gets the same frame as ``baku_pairs.tsv``.
    """
    cases: list[Case] = []
    for number, line in enumerate(_data_lines(path), start=1):
        fields = line.split("\t")
        wrong, right = fields[0].strip(), fields[1].strip()
        text = fields[2] if len(fields) > 2 and fields[2].strip() else (
            f"Menurut petugas, {wrong} itu sudah dibahas dalam rapat.")
        match = re.search(rf"(?<!\w){re.escape(wrong)}(?!\w)", text)
        if match is None:
            raise SystemExit(f"{path.name}:{number}: {wrong!r} is not in its sentence")
        label = "even" if number % 2 == 0 else "odd"
        cases.append(Case(label, text, match.start(), match.end(), right))
    return cases


def _typo(word: str, rng: random.Random) -> tuple[str, str]:
    kind = rng.choice(("drop", "swap", "double", "neighbour"))
    i = rng.randrange(1, len(word) - 1)  # keep the first letter: it is rarely mistyped
    if kind == "drop":
        return word[:i] + word[i + 1:], kind
    if kind == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2:], kind
    if kind == "double":
        return word[:i] + word[i] + word[i:], kind
    near = _NEIGHBOURS.get(word[i]) or ["e"]
    return word[:i] + rng.choice(near) + word[i + 1:], kind


def typo_cases(hunspell: Hunspell, count: int, seed: int) -> list[Case]:
    """``count`` texts of the clean corpus, each with one common word changed by one edit."""
    rng = random.Random(seed)
    slots = []
    for _, text in clean_texts():
        for token in tokenize(text):
            word = token.text
            if (token.kind is TokenKind.WORD and word.isalpha() and word.islower()
                    and len(word) >= 4 and hunspell.known(word)):
                slots.append((text, token))
    cases: list[Case] = []
    seen: set[tuple[int, str]] = set()
    while len(cases) < count and slots:
        text, token = rng.choice(slots)
        typo, kind = _typo(token.text, rng)
        if typo == token.text or hunspell.known(typo) or (token.start, typo) in seen:
            continue  # a real word is not a spelling error
        seen.add((token.start, typo))
        # The sentence around the word is enough context and keeps the run fast.
        left = max(text.rfind("\n", 0, token.start), text.rfind(". ", 0, token.start)) + 1
        right_end = [p for p in (text.find("\n", token.end), text.find(". ", token.end))
                     if p != -1]
        end = min(right_end) + 1 if right_end else len(text)
        sentence = text[left:token.start] + typo + text[token.end:end]
        cases.append(Case(kind, sentence, token.start - left,
                          token.start - left + len(typo), token.text))
    return cases


# -- scoring ------------------------------------------------------------------------------

@dataclass
class Score:
    cases: int = 0
    caught: int = 0
    top1: int = 0
    top3: int = 0

    def add(self, case: Case, flags: Sequence[Flag]) -> bool:
        self.cases += 1
        hits = [f for f in flags if f.start < case.end and case.start < f.end]
        if not hits:
            return False
        self.caught += 1
        want = case.right.lower()
        suggestions = [s.lower() for f in hits for s in f.suggestions]
        self.top1 += bool(suggestions) and suggestions[0] == want
        self.top3 += want in suggestions[:3]
        return True

    def line(self) -> str:
        if not self.cases:
            return "no cases"
        pct = lambda n: f"{100 * n / self.cases:5.1f}%"  # noqa: E731
        return (f"recall {pct(self.caught)} ({self.caught}/{self.cases}), "
                f"top-1 {pct(self.top1)}, top-3 {pct(self.top3)}")


def false_alarms(engine: Engine, *, show: bool) -> tuple[int, int]:
    flags = words = 0
    for name, text in clean_texts():
        found = engine(text)
        words += word_count(text)
        flags += len(found)
        if show:
            for f in found:
                print(f"    false alarm {name}: {text[f.start:f.end]!r} -> {f.suggestions[:3]}")
    return flags, words


def main(argv: Sequence[str] | None = None) -> int:
    global CORPUS
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS,
                        help="folder with clean/*.txt, errors.tsv and optionally baku_pairs.tsv")
    parser.add_argument("--typos", type=int, default=300, help="injected typos (default 300)")
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--baseline-suggest", type=int, default=60,
                        help="at most this many spylls suggest() calls (~70 ms each)")
    parser.add_argument("--show", action="store_true", help="print every miss and false alarm")
    parser.add_argument("--pairs", type=Path, default=None,
                        help="score only this pair list (even/odd lines reported apart)")
    args = parser.parse_args(argv)
    CORPUS = args.corpus.resolve()

    started = time.perf_counter()
    checker = Checker.from_resources()
    hunspell = Hunspell()
    saring = saring_engine(checker)
    print(f"corpus: {CORPUS}")
    if args.pairs is not None:
        return _score_pair_file(args.pairs, saring, show=args.show, started=started)

    for name, engine in (("saring", saring), ("hunspell", hunspell)):
        flags, words = false_alarms(engine, show=args.show and name == "saring")
        print(f"{name:9} clean text: {flags} false alarms in {words} words = "
              f"{1000 * flags / words:.1f} per 1,000 words")

    groups = {
        "labelled errors": labelled_cases(),
        "public non-standard list": baku_cases(),
        "injected typos": typo_cases(hunspell, args.typos, args.seed),
    }
    for title, cases in groups.items():
        if not cases:
            continue
        by_label: dict[str, Score] = {}
        total, base = Score(), Score()
        hunspell.suggest_budget = args.baseline_suggest
        for case in cases:
            flags = saring(case.text)
            caught = total.add(case, flags)
            by_label.setdefault(case.label, Score()).add(case, flags)
            base.add(case, hunspell(case.text))
            if args.show and (not caught or case.right.lower() not in
                              [s.lower() for f in flags for s in f.suggestions[:3]]):
                hit = [f.suggestions[:3] for f in flags
                       if f.start < case.end and case.start < f.end]
                print(f"    miss [{case.label}] {case.text[case.start:case.end]!r} "
                      f"want {case.right!r} got {hit}")
        print(f"{title}:")
        print(f"  saring   {total.line()}")
        for label, score in sorted(by_label.items()):
            print(f"    {label:12} {score.line()}")
        note = (f" (suggestions only for the first {args.baseline_suggest} flags)"
                if args.baseline_suggest < len(cases) else "")
        print(f"  hunspell {base.line()}{note}")
    print(f"done in {time.perf_counter() - started:.1f} s")
    return 0


def _score_pair_file(path: Path, saring: Engine, *, show: bool, started: float) -> int:
    cases = pair_file_cases(path)
    total = Score()
    by_label: dict[str, Score] = {}
    for case in cases:
        flags = saring(case.text)
        caught = total.add(case, flags)
        by_label.setdefault(case.label, Score()).add(case, flags)
        if show and (not caught or case.right.lower() not in
                     [s.lower() for f in flags for s in f.suggestions[:3]]):
            hit = [f.suggestions[:3] for f in flags if f.start < case.end and case.start < f.end]
            print(f"    miss [{case.label}] {case.text[case.start:case.end]!r} "
                  f"want {case.right!r} got {hit}")
    print(f"{path.name}:")
    print(f"  saring   {total.line()}")
    for label, score in sorted(by_label.items()):
        print(f"    {label:12} {score.line()}")
    print(f"done in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
