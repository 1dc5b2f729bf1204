"""Cues: the small data-driven recognisers behind the informativeness and ceremony checks.

A cue is a word class (:mod:`core.check.wordclass`, the same reader and the same keys as the
``[[words]]`` of the policy grammar) plus regular expressions and a little context, read from a
TOML file in ``resources/rules/informasi/``, each with the reason it is there. Words and
phrases match word by word in any case (``exact`` ones in their case); a root matches every
affixed form of the word (``daftar`` matches *mendaftar, pendaftaran, daftarkan*) through
:mod:`core.check.morphology`, limited by ``prefixes`` and ``suffix``. The format is documented
in ``resources/rules/informasi/README.md``.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from core.check.morphology import Analysis
from core.check.scan_precheck import may_match
from core.check.text import LazyPattern
from core.check.tomlcache import read_toml_checked
from core.check.wordclass import (
    LETTERS,
    WORD_CLASS_KEYS,
    TermTable,
    WordClass,
    readings,
    term_words,
    word_class,
)
from core.errors import SaringError

# A cue's keys: those of every word class, and its own (regular expressions and context).
_CUE_KEYS: dict[str, type] = {
    **WORD_CLASS_KEYS, "id": str, "patterns": list, "case_sensitive": bool, "objects": list,
    "reference": str, "after": list, "reach": int}


class CueFileError(SaringError, ValueError):
    """A cue file that cannot be used; ``str()`` names the file, the entry and the key."""

    def __init__(self, path: Path | str, message: str) -> None:
        self.path = Path(path)
        super().__init__(f"{path}: {message}")


@dataclass(frozen=True, slots=True)
class Hit:
    cue: str
    start: int
    end: int


Phrases = TermTable[None]  # terms as words, by their first word


@dataclass(frozen=True, slots=True)
class Cue:
    """One recogniser: any of its terms, patterns or roots found in a text.

    Terms are matched word by word on a :class:`Words` index (``phrases``, ``exact``), roots
    on its root index, and only ``shapes`` (the regular expressions) scan the text: a post of
    300 words is checked against some sixty cues in about a millisecond."""

    id: str
    reason: str
    # Terms and patterns together, for match-at (compiled when first used).
    pattern: re.Pattern[str] | LazyPattern | None = None
    # The patterns alone: compiled at once from a file edited since the build (to name a bad
    # one while loading), when first used from the shipped file the build checked.
    shapes: re.Pattern[str] | LazyPattern | None = None
    phrases: Phrases = field(default_factory=lambda: TermTable(()))
    exact: Phrases = field(default_factory=lambda: TermTable(()))  # in their case
    roots: frozenset[str] = frozenset()
    # The word class the cue was read as: its prefixes and suffix limit the forms of a root.
    words: WordClass = field(default_factory=lambda: WordClass(""))
    # A root match counts only when one of these words follows within three words
    # ("menerima" + kunjungan/audiensi); empty: any root match counts.
    objects: frozenset[str] = frozenset()
    # A term or root counts only right after one of these words (within ``reach`` words):
    # "di" + balai/aula/puskesmas, "untuk" + lansia/balita. Empty: anywhere.
    after: frozenset[str] = frozenset()
    reach: int = 1

    def occurs(self, text: str, words: Words) -> bool:
        """Whether the cue occurs anywhere in ``text`` (``words`` is its index)."""
        for table, case in ((self.phrases, False), (self.exact, True)):
            if table and any(self._placed(words, i) for i, _ in words.phrase_hits(table, case=case)):
                return True
        if self.roots and any(True for _ in self._root_hits(words)):
            return True
        shapes = self._shapes()
        # RE2 runs a widened copy over the text first (core/check/scan_precheck.py): most
        # cues' patterns match nowhere in a post, and Python's scan tries every character
        return shapes is not None and may_match(shapes, text) and shapes.search(text) is not None

    def _shapes(self) -> re.Pattern[str] | None:
        """The shapes' compiled pattern (a lazy one compiled on first use), or None."""
        return self.shapes.compiled if isinstance(self.shapes, LazyPattern) else self.shapes

    def find_all(self, text: str, words: Words) -> list[Hit]:
        """Every place the cue occurs in ``text``, by position."""
        hits = [Hit(self.id, words.starts[i], end)
                for table, case in ((self.phrases, False), (self.exact, True)) if table
                for i, end in words.phrase_hits(table, case=case) if self._placed(words, i)]
        hits += [Hit(self.id, words.starts[i], words.ends[i]) for i in self._root_hits(words)]
        shapes = self._shapes()
        if shapes is not None and may_match(shapes, text):  # as in occurs: RE2 first
            hits += [Hit(self.id, m.start(), m.end()) for m in shapes.finditer(text)]
        hits.sort(key=lambda h: h.start)
        return hits

    def at(self, text: str, words: Words, i: int) -> bool:
        """Whether the cue occurs starting at word ``i`` of ``words`` (of ``text``)."""
        if self.pattern is not None and self.pattern.match(text, words.starts[i]):
            return True
        if self.exact and self.exact.match(words.original, i) is not None:
            return True
        return bool(self.roots) and self._root_ok(words, i, words.lower[i])

    def _root_hits(self, words: Words) -> Iterator[int]:
        index = words.root_index()
        seen: set[int] = set()
        for root in self.roots:
            for i, reading in index.get(root, ()):
                if i in seen or not self.words.takes(reading):
                    continue
                if (not self.objects or words.followed_by(i, self.objects, 3)) and self._placed(words, i):
                    seen.add(i)
                    yield i

    def _placed(self, words: Words, i: int) -> bool:
        return not self.after or any(w in self.after for w in words.lower[max(0, i - self.reach):i])

    def _root_ok(self, words: Words, i: int, word: str) -> bool:
        if not any(a.root in self.roots and self.words.takes(a) for a in readings(word)):
            return False
        return not self.objects or words.followed_by(i, self.objects, 3)


class Words:
    """The words of a text (runs of letters; a hyphen or apostrophe splits them), their
    lowercase forms and, when first asked, the roots each could come from."""

    def __init__(self, text: str) -> None:
        spans = [m.span() for m in LETTERS.finditer(text)]
        self.starts = [a for a, _ in spans]
        self.ends = [b for _, b in spans]
        self.lower = [text[a:b].lower() for a, b in spans]
        self.original = [text[a:b] for a, b in spans]
        self._vocab: frozenset[str] | None = None
        self._positions: dict[str, list[int]] | None = None
        self._cased: dict[str, list[int]] | None = None  # positions by the word as written
        self._roots: dict[str, list[tuple[int, Analysis]]] | None = None

    def __len__(self) -> int:
        return len(self.lower)

    @property
    def vocab(self) -> frozenset[str]:
        if self._vocab is None:
            self._vocab = frozenset(self.lower)
        return self._vocab

    def root_index(self) -> dict[str, list[tuple[int, Analysis]]]:
        """root -> [(word index, reading)] for every reading of every word."""
        if self._roots is None:
            index: dict[str, list[tuple[int, Analysis]]] = {}
            for i, word in enumerate(self.lower):
                for reading in readings(word):
                    index.setdefault(reading.root, []).append((i, reading))
            self._roots = index
        return self._roots

    def positions(self, *, case: bool = False) -> dict[str, list[int]]:
        """word (lowercase, or as written with ``case``) -> the indexes where it stands."""
        found = self._cased if case else self._positions
        if found is None:
            found = {}
            for i, word in enumerate(self.original if case else self.lower):
                found.setdefault(word, []).append(i)
            if case:
                self._cased = found
            else:
                self._positions = found
        return found

    def phrase_hits(self, phrases: Phrases, *, case: bool = False) -> Iterator[tuple[int, int]]:
        """(first word index, end offset) of every phrase of ``phrases`` in the text (in
        their case, with ``case``), in order of their first word's position."""
        positions = self.positions(case=case)
        if positions.keys().isdisjoint(phrases.firsts):
            return
        seq = self.original if case else self.lower
        starts = sorted(i for word in positions.keys() & set(phrases.firsts) for i in positions[word])
        for i in starts:
            found = phrases.match(seq, i)
            if found is not None:
                yield i, self.ends[i + found[0] - 1]

    def followed_by(self, index: int, words: frozenset[str], span: int) -> bool:
        return any(w in words for w in self.lower[index + 1:index + 1 + span])


def phrase_index(terms: Iterable[str], *, case: bool = False) -> Phrases:
    """Terms as word tuples (split like :class:`Words` splits a text), by first word,
    longest first; lowercase unless ``case``."""
    return TermTable((term_words(t if case else t.lower(), LETTERS), None) for t in dict.fromkeys(terms))


def phrase_regex(terms: Iterable[str]) -> str:
    """One alternation of ``terms`` on word boundaries, spaces and hyphens folded."""
    parts = []
    for term in sorted(set(terms), key=len, reverse=True):
        pieces = [re.escape(p) for p in re.split(r"[\s\-]+", term.strip()) if p]
        parts.append(r"[\s\-]+".join(pieces))
    return r"(?<![\w])(?:" + "|".join(parts) + r")(?![\w])" if parts else ""


def _joined(terms: tuple[str, ...], patterns: tuple[str, ...]) -> str:
    """The terms' alternation and the patterns as one expression (a cue's match-at)."""
    both = ([phrase_regex(terms)] if terms else []) + list(patterns)
    return "|".join(f"(?:{s})" for s in both)


def build_cue(entry: Mapping[str, Any], path: Path, where: str, *, checked: bool = False) -> Cue:
    """A :class:`Cue` from one TOML table, checked key by key. ``checked``: the entry comes
    from a file the build checked (``scripts/compile_rules.py``; :func:`read_checked`), so its
    regular expressions are compiled when first used; otherwise at once, and a bad one raises
    :class:`CueFileError` here."""
    for key, value in entry.items():
        kind = _CUE_KEYS.get(key)
        if kind is None:
            raise CueFileError(path, f"{where}: kunci tidak dikenal {key!r}")
        if not isinstance(value, kind):
            raise CueFileError(path, f"{where}, kunci {key!r}: harus bertipe {kind.__name__}")
        if isinstance(value, list) and not all(isinstance(v, str) for v in value):
            raise CueFileError(path, f"{where}, kunci {key!r}: setiap isi harus string")
    cue_id = entry.get("id", where)
    if not str(entry.get("reason", "")).strip():
        raise CueFileError(path, f"{where}: 'reason' wajib diisi (mengapa entri ini ada)")
    terms = entry.get("terms", [])
    patterns = list(entry.get("patterns", []))
    flags = 0 if entry.get("case_sensitive", False) else re.IGNORECASE
    try:
        # The patterns are compiled (and so checked) once, alone; terms with them are escaped
        # text that cannot fail, so the joined expression (and the terms' alternation in it)
        # waits until match-at needs it.
        shapes: re.Pattern[str] | LazyPattern | None = None
        if patterns:
            alone = _joined((), tuple(patterns))
            shapes = LazyPattern(alone, flags) if checked else re.compile(alone, flags)
        pattern: re.Pattern[str] | LazyPattern | None = (
            LazyPattern(partial(_joined, tuple(terms), tuple(patterns)), flags)
            if terms or patterns else None)
    except re.error as exc:
        raise CueFileError(path, f"{where}: ekspresi reguler tidak sah ({exc})") from exc
    if terms and entry.get("case_sensitive", False):
        raise CueFileError(path, f"{where}: 'terms' selalu tanpa beda huruf besar/kecil; "
                                 "pakai 'patterns' untuk huruf besar")
    words = word_class(str(cue_id), entry)
    roots = frozenset(words.roots)
    if pattern is None and not roots and not words.exact:
        raise CueFileError(path, f"{where}: perlu 'terms', 'exact', 'patterns' atau 'roots'")
    return Cue(id=str(cue_id), reason=str(entry["reason"]), pattern=pattern, shapes=shapes,
               phrases=phrase_index(terms), exact=phrase_index(words.exact, case=True),
               roots=roots, words=words,
               objects=frozenset(o.lower() for o in entry.get("objects", [])),
               after=frozenset(w.lower() for w in entry.get("after", [])),
               reach=int(entry.get("reach", 1)))


def read_checked(path: Path) -> tuple[dict[str, Any], bool]:
    """The content of a cue file, and whether the build checked it: True when it is read from
    the build-time JSON copy (core.check.tomlcache), i.e. unchanged since
    ``scripts/compile_rules.py`` compiled its regular expressions."""
    try:
        return read_toml_checked(path)
    except OSError as exc:
        raise CueFileError(path, f"berkas tidak dapat dibaca ({exc.strerror or exc})") from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise CueFileError(path, f"bukan TOML UTF-8 yang sah: {exc}") from exc


def cue_list(data: Mapping[str, Any], key: str, path: Path, *,
             checked: bool = False) -> tuple[Cue, ...]:
    """The cues of the array of tables ``key`` (``[[key]]``); ``checked`` as in :func:`build_cue`."""
    entries = data.get(key, [])
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise CueFileError(path, f"'{key}' harus berupa [[{key}]]")
    return tuple(build_cue(e, path, f"[[{key}]] #{n}", checked=checked)
                 for n, e in enumerate(entries, 1))


