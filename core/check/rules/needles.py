"""Needles: words that every match of a pattern holds, to skip a pattern a text cannot match.

A rule pack's pattern is compiled on RE2 when first used (~0.5 ms for each Unicode class in it),
though most patterns (a fraud pack's) match nothing in a given text. :func:`needles_of` reads
a pattern once, when the packs are compiled (``scripts/compile_rules.py`` writes
``resources/rules-needles.json``), and finds its needles: sets of plain ASCII strings such that
every match holds at least one string of each set (the literal runs the match must go through:
``\\bkirim\\s+(?:dana|uang)`` needs "kirim", and "dana" or "uang"). A text that lacks every
string of one set, in any case, cannot match; the pattern is then neither compiled nor run. A
rule's patterns are one alternation: it is skipped when no pattern's needles are all there.

Sound by construction, for what the needles are checked against (:func:`holds_needle`): a
needle is made only of literal ASCII characters that every match contains in that order, and
both the needle and the text are compared in lower case, where RE2's case-insensitive matching
of an ASCII letter accepts only its two cases and the signs K (Kelvin) and ſ (long s). A
pattern whose reading is in doubt (Python's parser refuses it, or it uses a POSIX class, which
Python reads differently from RE2) gets no needles and is always run.

A needle may also say where a word starts or ends (a space before or after it: " kirim" for
``\\bkirim[a-z]*``, " dana " for ``\\s(?:dana|uang)\\b``): the pattern puts, beside that end of
the run, something that is no ASCII word character (``\\b``, ``^``, ``$``, a space class, a
literal sign, or a repeat of one at least once). Such a needle is looked for among the text's
runs of ASCII word characters (``[0-9A-Za-z_]``), lower-cased and joined by single spaces
(:func:`_words`), so "kirim" in "dikirimkan" no longer counts. Runs parted only by such
characters are one needle, their words parted by one space (``tahu\\s+siapa``: "tahu siapa",
found only where the two words follow each other). A text holding K or ſ (which RE2 folds into
ASCII letters, breaking those runs) is tested without the word ends, each word on its own, as
is a search that stops before the text's end (its end may cut a word). A rule's terms
(:func:`term_needles`) are each one such needle: the whole term, as the text's words.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache, wraps
from pathlib import Path
from typing import Any, TypeVar

from core.check.text import findall_chunked

NEEDLES_NAME = "rules-needles.json"
MIN_NEEDLE = 3  # a shorter needle is in almost every text: no use
MAX_SETS = 6  # the most selective sets of one pattern kept

Clause = tuple[str, ...]  # strings one of which a match holds
Needles = tuple[Clause, ...]  # sets every one of which a match holds a string of


def needles_of(pattern: str) -> Needles | None:
    """The needles of ``pattern`` (lowercase ASCII strings, a space marking a word's end: see
    the module's docstring), or None when it has none."""
    if "[:" in pattern:  # [[:alpha:]]: a class in RE2, a class and a "]" in Python
        return None
    from re import _parser  # type: ignore[attr-defined]  # the parse tree of re itself

    try:
        tree = _parser.parse(pattern)
    except (re.error, RecursionError, OverflowError, ValueError):
        return None
    found = sorted({tuple(sorted(s)) for s in _required(list(tree), bounds=True)}, key=_rank,
                   reverse=True)
    return tuple(sorted(found[:MAX_SETS])) if found else None


def term_needles(terms: Iterable[str]) -> Needles | None:
    """The needles of a list of terms (``rules.loader``: words joined by spaces or hyphens,
    each matched as written, in any case, where no word character stands beside the term):
    the whole term as the text's words (" foto copy "), when its words are ASCII word
    characters; else its longest ASCII word. None when a term has none long enough."""
    found: set[str] = set()
    for term in terms:
        parts = [w.lower() for w in re.split(r"[\s\-]+", term.strip()) if w]
        whole = " ".join(parts)
        if parts and all(_WORDS_NEEDLE.fullmatch(w) for w in parts) and len(whole) >= MIN_NEEDLE:
            found.add(f" {whole} ")
            continue
        words = [w for w in parts if w.isascii() and len(w) >= MIN_NEEDLE]
        if not words:
            return None
        word = max(words, key=len)
        # the term's words are parted by [\s\-]+: each is a whole word of the text
        found.add(f" {word} " if _WORDS_NEEDLE.fullmatch(word) else word)
    return (tuple(sorted(found)),) if found else None


def joined_needles(parts: Sequence[Needles | None]) -> tuple[Needles, ...] | None:
    """The needles of an alternation of ``parts`` (each part's needles, or None): one part's
    must all be there."""
    if not parts or any(p is None for p in parts):
        return None
    return tuple(p for p in parts if p is not None)


def holds_needle(text: str, alternatives: tuple[Needles, ...], *, whole: bool = True) -> bool:
    """Whether ``text`` holds, in any case (see the module's docstring), a string of every set
    of one of ``alternatives``. ``whole=False``: the search ends before the text does (a
    needle's word ends are then not asked)."""
    folded = _folded(text)
    index = _word_index(text) if whole else None
    if index is None:
        return any(all(any(all(part in folded for part in _bare(n)) for n in clause)
                       for clause in needles) for needles in alternatives)
    holds = index.holds
    return any(all(any(holds(n) if _in_words(n) else (n in folded) for n in clause)
                   for clause in needles) for needles in alternatives)


# A long text's words are read once a check: the windows its rules' near/unless look at (a few
# hundred characters each) are kept apart from the whole texts, so that they do not push the
# text every pattern asks about out of the cache (on text_5000 its words were read again
# twice a check).
_WINDOW = 2_000  # characters: a text this short or shorter is kept with the windows
_R = TypeVar("_R")


def _kept(read: Callable[[str], _R]) -> Callable[[str], _R]:
    """``read`` with its last answers kept: four for short texts, four for longer ones."""
    short, longer = lru_cache(maxsize=4)(read), lru_cache(maxsize=4)(read)

    @wraps(read)
    def kept(text: str) -> _R:
        return (short if len(text) <= _WINDOW else longer)(text)

    return kept


@_kept  # every pattern of a check asks about the same text
def _folded(text: str) -> str:
    return text.lower().replace("\u017f", "s")  # str.lower already turns K (U+212A) into k


# What RE2 folds into an ASCII letter when ignoring case (K, ſ), and Python's dotted and
# dotless i: a text holding one is tested without word ends.
_ODD = "\u0130\u0131\u017f\u212a"
_ASCII_WORD = re.compile(r"[0-9A-Za-z_]+")
_WORD_CHAR = re.compile(r"[0-9a-z_]")
# A needle looked for among the text's words: ASCII word characters, single spaces between
# them, and a space at either end where a word starts or ends.
_WORDS_NEEDLE = re.compile(r" ?[0-9a-z_]+(?: [0-9a-z_]+)* ?")


@_kept
def _words(text: str) -> str | None:
    """The runs of ASCII word characters of ``text``, lower-cased, each with a space before and
    after (" kirim dana ke "); None when the text holds a character of ``_ODD``."""
    if any(ch in text for ch in _ODD):
        return None
    return " " + " ".join(findall_chunked(_ASCII_WORD, text)).lower() + " "  # a run never spans a space


class _WordIndex:
    """The words of one text (:func:`_words`) as a set and, when first asked, as sorted lists,
    so that a needle among the text's words is found by a look-up, not by scanning the whole
    text for it (a 5,000-word text was scanned ~800 times a check, ~9 ms). Each answer is the
    same as ``needle in words``: a needle with a space on both sides is a whole word of the
    text exactly when it is in the set, one with a space before only starts a word exactly
    when a word sorted at or after it starts with it (ends a word: the same over the words
    written backwards); any other needle is looked for in ``words`` itself, after its whole
    words (a space on both sides) were found in the set."""

    __slots__ = ("_ends", "_starts", "runs", "words")

    def __init__(self, words: str) -> None:
        self.words = words
        self.runs = frozenset(words.split())
        self._starts: list[str] | None = None
        self._ends: list[str] | None = None

    def holds(self, needle: str) -> bool:
        kind, key = _plan(needle)
        if kind == _WHOLE:
            return key in self.runs
        if kind == _START:
            if self._starts is None:
                self._starts = sorted(self.runs)
            return _starts_one(self._starts, key)
        if kind == _END:
            if self._ends is None:
                self._ends = sorted(run[::-1] for run in self.runs)
            return _starts_one(self._ends, key)
        runs = self.runs
        return all(word in runs for word in _whole_words(needle)) and needle in self.words


def _starts_one(ordered: list[str], prefix: str) -> bool:
    at = bisect_left(ordered, prefix)
    return at < len(ordered) and ordered[at].startswith(prefix)


_WHOLE, _START, _END, _SCAN = range(4)


@lru_cache(maxsize=8192)
def _plan(needle: str) -> tuple[int, str]:
    """How :meth:`_WordIndex.holds` looks for a needle among the text's words."""
    word = needle.strip(" ")
    if " " not in word:
        if needle == f" {word} ":
            return _WHOLE, word
        if needle == f" {word}":
            return _START, word
        if needle == f"{word} ":
            return _END, word[::-1]
    return _SCAN, needle


@lru_cache(maxsize=8192)
def _whole_words(needle: str) -> tuple[str, ...]:
    """The words of a needle with a space before and after them (all but an open first or
    last word): each a whole word of every text that holds the needle among its words."""
    parts = needle.split(" ")  # " a b " -> ["", "a", "b", ""]
    return tuple(w for i, w in enumerate(parts) if w and 0 < i < len(parts) - 1)


@_kept
def _word_index(text: str) -> _WordIndex | None:
    words = _words(text)
    return None if words is None else _WordIndex(words)


@lru_cache(maxsize=4096)
def _in_words(needle: str) -> bool:
    return _WORDS_NEEDLE.fullmatch(needle) is not None


@lru_cache(maxsize=4096)
def _bare(needle: str) -> tuple[str, ...]:
    """What the folded text holds where it holds ``needle``: a needle looked for among the
    text's words, its words one by one (the text may part them by other signs); else itself."""
    return tuple(needle.split()) if _in_words(needle) else (needle,)


def _ascii(ch: str) -> str | None:
    return ch.lower() if ch.isascii() else None


def _required(items: list[Any], literal: Callable[[str], str | None] = _ascii,
              shortest: int = MIN_NEEDLE, *, bounds: bool = False, before: bool = False,
              after: bool = False) -> list[frozenset[str]]:
    """For a sequence of parsed items: sets of strings such that every match holds one
    string of each set (none: nothing is known). ``literal``: what a literal character
    stands for (None: nothing known), for a pattern the character in lower case (ASCII only); runs
    of them are one string, kept when it has ``shortest`` characters or more. ``bounds``: mark
    a run's word ends (see the module's docstring), where ``before``/``after`` say that what
    stands before/after the sequence is no ASCII word character."""
    from re import _constants as c  # type: ignore[attr-defined]

    sets: list[frozenset[str]] = []

    def consider(found: Iterable[frozenset[str]]) -> None:
        sets.extend(s for s in found if s and min(len(n.strip(" ") if bounds else n) for n in s) >= shortest)

    run: list[str] = []
    run_before = before  # whether no ASCII word character stands before the run
    edge = before  # whether no ASCII word character stands before the current item

    def flush(end: bool) -> None:
        if run:
            needle = "".join(run)
            if bounds and _WORDS_NEEDLE.fullmatch(needle):
                needle = (" " if run_before and needle[0] != " " else "") + needle + (
                    " " if end and needle[-1] != " " else "")
            consider([frozenset({needle})])
            run.clear()

    for i, (op, av) in enumerate(items):
        known = literal(chr(av)) if op is c.LITERAL else None
        if known is not None:
            if not run:
                run_before = edge
            run.append(known)
            edge = bounds and _no_word(op, av)
            if shortest == 1:  # a tag is a needle of its own, never joined to the next
                flush(False)
            continue
        here = bounds and _no_word(op, av)
        if (here and run and _WORD_CHAR.fullmatch(run[-1]) and op is not c.AT
                and i + 1 < len(items) and items[i + 1][0] is c.LITERAL
                and items[i + 1][1] < 128 and _WORD_CHAR.fullmatch(chr(items[i + 1][1]).lower())):
            # words parted by signs or spaces (kirim\s+uang): one needle, the words parted by
            # one space, as the text's words are in _words
            run.append(" ")
            edge = True
            continue
        flush(here)
        next_edge = bounds and (_no_word(*items[i + 1]) if i + 1 < len(items) else after)
        if op is c.SUBPATTERN:
            consider(_required(list(av[-1]), literal, shortest, bounds=bounds, before=edge,
                               after=next_edge))
        elif op is getattr(c, "ATOMIC_GROUP", None):
            consider(_required(list(av), literal, shortest, bounds=bounds, before=edge,
                               after=next_edge))
        elif op is c.BRANCH:  # one set: the most selective of each branch, together
            branches = [_required(list(b), literal, shortest, bounds=bounds, before=edge,
                                  after=next_edge) for b in av[1]]
            if branches and all(branches):
                consider([frozenset().union(*(max(b, key=_rank) for b in branches))])
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT)):
            low, _high, sub = av
            if low >= 1:  # its repeats stand beside each other: no word ends known inside
                consider(_required(list(sub), literal, shortest, bounds=bounds))
        # anything else (a class, any character, an anchor, a non-ASCII letter) holds no needle
        edge = here
    flush(after)
    return sets


def _no_word(op: Any, av: Any) -> bool:
    """Whether the parsed item (``op``, ``av``) matches only characters (or a place) beside
    which no ASCII word character stands: ``\\b`` (beside a word character), ``^``, ``$``, a
    literal ASCII sign, a class of such signs and spaces (not negated: under ignore-case RE2's
    ``\\W`` takes k and s), or such an item repeated at least once."""
    from re import _constants as c  # type: ignore[attr-defined]

    if op is c.AT:
        return av in (c.AT_BOUNDARY, c.AT_BEGINNING, c.AT_BEGINNING_STRING, c.AT_END,
                      c.AT_END_STRING)
    if op is c.LITERAL:
        return _sign(av)
    if op is c.IN:
        return all((o is c.LITERAL and _sign(a))
                   or (o is c.RANGE and a[1] < 128 and all(_sign(x) for x in range(a[0], a[1] + 1)))
                   or (o is c.CATEGORY and a is c.CATEGORY_SPACE) for o, a in av)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT)):
        low, _high, sub = av
        return low >= 1 and len(sub) == 1 and _no_word(*sub[0])
    return False


def _sign(code: int) -> bool:
    """An ASCII character that is no word character (RE2 folds none of them into a letter)."""
    return code < 128 and not (chr(code).isalnum() or code == 0x5F)


def _rank(needles: Iterable[str]) -> tuple[int, int]:
    """Longer shortest needle first, then fewer needles."""
    found = list(needles)
    return min(map(len, found)), -len(found)


def shape_needles_of(shape: str) -> Needles | None:
    """The needles of a shape (``core.check.rules.shapes``): sets of its tags (``sebar:perintah``,
    ``angka|bilangan``) such that every match holds a token of one tag of each set; None when
    it has none. A set is missed only when no token of the text is of any of its tags."""
    from core.check.rules.shapes import _TAG, ShapeError, check_shape_syntax

    try:
        check_shape_syntax(shape)
    except ShapeError:
        return None
    tags: dict[str, str] = {}

    def placeholder(m: re.Match[str]) -> str:  # one private-use character a tag
        return tags.setdefault(m.group(1), chr(0xE000 + len(tags)))

    skeleton = re.sub(r"\s+", "", _TAG.sub(placeholder, shape))
    skeleton = skeleton.replace("$", "(?:\n|$)").replace("^", "(?:^|\n)")  # no tag: none needed
    if len(tags) > 6000:
        return None
    from re import _parser  # type: ignore[attr-defined]

    try:
        tree = _parser.parse(skeleton)
    except (re.error, RecursionError, OverflowError, ValueError):
        return None
    by_char = {v: k for k, v in tags.items()}
    found = {tuple(sorted(s)) for s in _required(list(tree), lambda ch: by_char.get(ch), 1)}
    return tuple(sorted(found)) if found else None


def compile_needles(packs: Iterable[dict[str, Any]]) -> dict[str, dict[str, list[list[str]]]]:
    """What ``scripts/compile_rules.py`` writes: under "patterns", pattern -> its needles, for
    every ``patterns``/``near``/``unless`` item of ``packs`` (parsed TOML) that has some; under
    "shapes", shape -> its needles (tags), for every shape of a rule or a word class."""
    patterns: dict[str, list[list[str]]] = {}
    shapes: dict[str, list[list[str]]] = {}
    for pack in packs:
        tables = [t for key in ("rule", "words") for t in pack.get(key, []) if isinstance(t, dict)]
        for table in tables:
            for key in ("patterns", "near", "unless"):
                for item in table.get(key, []):
                    found = needles_of(item) if isinstance(item, str) else None
                    if found:
                        patterns[item] = [list(clause) for clause in found]
            shape = table.get("shape")
            found = shape_needles_of(shape) if isinstance(shape, str) and shape else None
            if found:
                shapes[str(shape)] = [list(clause) for clause in found]
    return {"patterns": dict(sorted(patterns.items())), "shapes": dict(sorted(shapes.items()))}


def dumps(needles: dict[str, dict[str, list[list[str]]]]) -> str:
    return json.dumps(needles, ensure_ascii=False, sort_keys=True, separators=(",", ":")).replace(
        ']],"', ']],\n"') + "\n"


@lru_cache(maxsize=4)
def load_needles(resources: Path, kind: str = "patterns") -> dict[str, Needles]:
    """The needles of the patterns (or, ``kind="shapes"``, of the shapes) that
    ``scripts/compile_rules.py`` wrote (none if the file is missing or bad: everything then
    simply runs). Keyed by the pattern or shape itself, so one changed without recompiling
    finds none, and never wrong ones; a malformed entry is no entry."""
    part = _needles_file(resources).get(kind)
    if not isinstance(part, dict):
        return {}
    return {k: tuple(tuple(clause) for clause in v) for k, v in part.items()
            if isinstance(k, str) and isinstance(v, list) and v and all(
                isinstance(clause, list) and clause and all(isinstance(n, str) for n in clause)
                for clause in v)}


@lru_cache(maxsize=2)
def _needles_file(resources: Path) -> dict[str, Any]:
    """The needles file, parsed once for the patterns and the shapes."""
    try:
        raw = json.loads((resources / NEEDLES_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return raw if isinstance(raw, dict) else {}
