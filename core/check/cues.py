"""Cues: the small data-driven recognisers behind the informativeness and ceremony checks.

A cue is a named set of words, phrases, word roots and regular expressions read from a TOML
file in ``resources/rules/informasi/``, each with the reason it is there. Words and phrases
match on word boundaries in any case (a space or hyphen in a phrase matches any run of spaces
or hyphens); a root matches every affixed form of the word (``daftar`` matches *mendaftar,
pendaftaran, daftarkan*) through :mod:`core.check.morphology`. The format is documented in
``resources/rules/informasi/README.md``.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from core.check.morphology import analyses
from core.check.text import LazyPattern
from core.check.tomlcache import read_toml as load_toml
from core.errors import SaringError

_CUE_KEYS: dict[str, type] = {
    "id": str, "reason": str, "terms": list, "roots": list, "patterns": list,
    "case_sensitive": bool, "objects": list, "prefixes": list, "reference": str,
    "after": list, "reach": int}


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


Phrases = Mapping[str, tuple[tuple[str, ...], ...]]  # first word -> the phrases it starts


@dataclass(frozen=True, slots=True)
class Cue:
    """One recogniser: any of its terms, patterns or roots found in a text.

    Terms are matched word by word on a :class:`Words` index (``phrases``), roots on its root
    index, and only ``shapes`` (the regular expressions) scan the text: a post of 300 words
    is checked against some sixty cues in about a millisecond."""

    id: str
    reason: str
    # Terms and patterns together, for match-at (terms alone: compiled when first used).
    pattern: re.Pattern[str] | LazyPattern | None = None
    shapes: re.Pattern[str] | None = None  # the patterns alone
    phrases: Phrases = field(default_factory=dict)
    roots: frozenset[str] = frozenset()
    # The prefixes a root may carry ("" = the bare root, "me", "ber", "di" …, as
    # core.check.morphology names them); empty: any.
    prefixes: frozenset[str] = frozenset()
    # A root match counts only when one of these words follows within three words
    # ("menerima" + kunjungan/audiensi); empty: any root match counts.
    objects: frozenset[str] = frozenset()
    # A term or root counts only right after one of these words (within ``reach`` words):
    # "di" + balai/aula/puskesmas, "untuk" + lansia/balita. Empty: anywhere.
    after: frozenset[str] = frozenset()
    reach: int = 1

    def occurs(self, text: str, words: Words) -> bool:
        """Whether the cue occurs anywhere in ``text`` (``words`` is its index)."""
        if self.phrases and any(self._placed(words, i) for i, _ in words.phrase_hits(self.phrases)):
            return True
        if self.roots and any(True for _ in self._root_hits(words)):
            return True
        return self.shapes is not None and self.shapes.search(text) is not None

    def find_all(self, text: str, words: Words) -> list[Hit]:
        """Every place the cue occurs in ``text``, by position."""
        hits = [Hit(self.id, words.starts[i], end) for i, end in words.phrase_hits(self.phrases)
                if self._placed(words, i)] if self.phrases else []
        hits += [Hit(self.id, words.starts[i], words.ends[i]) for i in self._root_hits(words)]
        if self.shapes is not None:
            hits += [Hit(self.id, m.start(), m.end()) for m in self.shapes.finditer(text)]
        hits.sort(key=lambda h: h.start)
        return hits

    def at(self, text: str, words: Words, i: int) -> bool:
        """Whether the cue occurs starting at word ``i`` of ``words`` (of ``text``)."""
        if self.pattern is not None and self.pattern.match(text, words.starts[i]):
            return True
        return bool(self.roots) and self._root_ok(words, i, words.lower[i])

    def _root_hits(self, words: Words) -> Iterator[int]:
        index = words.root_index()
        seen: set[int] = set()
        for root in self.roots:
            for i, prefix in index.get(root, ()):
                if i in seen or (self.prefixes and prefix not in self.prefixes):
                    continue
                if (not self.objects or words.followed_by(i, self.objects, 3)) and self._placed(words, i):
                    seen.add(i)
                    yield i

    def _placed(self, words: Words, i: int) -> bool:
        return not self.after or any(w in self.after for w in words.lower[max(0, i - self.reach):i])

    def _root_ok(self, words: Words, i: int, word: str) -> bool:
        if not any(root in self.roots and (not self.prefixes or prefix in self.prefixes)
                   for root, prefix in readings(word)):
            return False
        return not self.objects or words.followed_by(i, self.objects, 3)


_WORD_RE = re.compile(r"[^\W\d_]+")


class Words:
    """The words of a text (runs of letters; a hyphen or apostrophe splits them), their
    lowercase forms and, when first asked, the roots each could come from."""

    def __init__(self, text: str) -> None:
        spans = [m.span() for m in _WORD_RE.finditer(text)]
        self.starts = [a for a, _ in spans]
        self.ends = [b for _, b in spans]
        self.lower = [text[a:b].lower() for a, b in spans]
        self.original = [text[a:b] for a, b in spans]
        self._vocab: frozenset[str] | None = None
        self._positions: dict[str, list[int]] | None = None
        self._roots: dict[str, list[tuple[int, str]]] | None = None

    def __len__(self) -> int:
        return len(self.lower)

    @property
    def vocab(self) -> frozenset[str]:
        if self._vocab is None:
            self._vocab = frozenset(self.lower)
        return self._vocab

    def root_index(self) -> dict[str, list[tuple[int, str]]]:
        """root -> [(word index, prefix)] for every reading of every word."""
        if self._roots is None:
            index: dict[str, list[tuple[int, str]]] = {}
            for i, word in enumerate(self.lower):
                for root, prefix in readings(word):
                    index.setdefault(root, []).append((i, prefix))
            self._roots = index
        return self._roots

    def positions(self) -> dict[str, list[int]]:
        """word -> the indexes where it stands."""
        if self._positions is None:
            found: dict[str, list[int]] = {}
            for i, word in enumerate(self.lower):
                found.setdefault(word, []).append(i)
            self._positions = found
        return self._positions

    def phrase_hits(self, phrases: Phrases) -> Iterator[tuple[int, int]]:
        """(first word index, end offset) of every phrase of ``phrases`` in the text, in
        order of their first word's position."""
        if self.vocab.isdisjoint(phrases):
            return
        lower, positions = self.lower, self.positions()
        starts = sorted(i for word in self.vocab.intersection(phrases) for i in positions[word])
        for i in starts:
            for phrase in phrases[lower[i]]:
                n = len(phrase)
                if tuple(lower[i:i + n]) == phrase:
                    yield i, self.ends[i + n - 1]
                    break

    def followed_by(self, index: int, words: frozenset[str], span: int) -> bool:
        return any(w in words for w in self.lower[index + 1:index + 1 + span])


@lru_cache(maxsize=65_536)
def readings(word: str) -> tuple[tuple[str, str], ...]:
    """(root, prefix) for every way ``word`` (lowercase) could be built, ``(word, "")`` first."""
    found = {(word, ""): None}
    for analysis in analyses(word):
        found[(analysis.root, analysis.prefix)] = None
    return tuple(found)


def phrase_index(terms: Iterable[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Terms as word tuples (split like :class:`Words` splits a text), by first word,
    longest first."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for term in terms:
        phrase = tuple(_WORD_RE.findall(term.lower()))
        if phrase:
            index.setdefault(phrase[0], []).append(phrase)
    return {k: tuple(sorted(set(v), key=len, reverse=True)) for k, v in index.items()}


def phrase_regex(terms: Iterable[str]) -> str:
    """One alternation of ``terms`` on word boundaries, spaces and hyphens folded."""
    parts = []
    for term in sorted(set(terms), key=len, reverse=True):
        pieces = [re.escape(p) for p in re.split(r"[\s\-]+", term.strip()) if p]
        parts.append(r"[\s\-]+".join(pieces))
    return r"(?<![\w])(?:" + "|".join(parts) + r")(?![\w])" if parts else ""


def build_cue(entry: Mapping[str, Any], path: Path, where: str) -> Cue:
    """A :class:`Cue` from one TOML table, checked key by key."""
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
        both = ([phrase_regex(terms)] if terms else []) + patterns
        joined = "|".join(f"(?:{s})" for s in both)
        pattern: re.Pattern[str] | LazyPattern | None = (
            None if not both else re.compile(joined, flags) if patterns
            else LazyPattern(joined, flags))
        shapes = re.compile("|".join(f"(?:{s})" for s in patterns), flags) if patterns else None
    except re.error as exc:
        raise CueFileError(path, f"{where}: ekspresi reguler tidak sah ({exc})") from exc
    if terms and entry.get("case_sensitive", False):
        raise CueFileError(path, f"{where}: 'terms' selalu tanpa beda huruf besar/kecil; "
                                 "pakai 'patterns' untuk huruf besar")
    roots = frozenset(r.lower() for r in entry.get("roots", []))
    if pattern is None and not roots:
        raise CueFileError(path, f"{where}: perlu 'terms', 'patterns' atau 'roots'")
    return Cue(id=str(cue_id), reason=str(entry["reason"]), pattern=pattern, shapes=shapes,
               phrases=phrase_index(terms), roots=roots,
               prefixes=frozenset(entry.get("prefixes", [])),
               objects=frozenset(o.lower() for o in entry.get("objects", [])),
               after=frozenset(w.lower() for w in entry.get("after", [])),
               reach=int(entry.get("reach", 1)))


def read_toml(path: Path) -> dict[str, Any]:
    try:
        return load_toml(path)  # the build-time JSON copy when it is current (core.check.tomlcache)
    except OSError as exc:
        raise CueFileError(path, f"berkas tidak dapat dibaca ({exc.strerror or exc})") from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise CueFileError(path, f"bukan TOML UTF-8 yang sah: {exc}") from exc


def cue_list(data: Mapping[str, Any], key: str, path: Path) -> tuple[Cue, ...]:
    """The cues of the array of tables ``key`` (``[[key]]``)."""
    entries = data.get(key, [])
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise CueFileError(path, f"'{key}' harus berupa [[{key}]]")
    return tuple(build_cue(e, path, f"[[{key}]] #{n}") for n, e in enumerate(entries, 1))


