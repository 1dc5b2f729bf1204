"""Cues: the small data-driven recognisers behind the informativeness and ceremony checks.

A cue is a named set of words, phrases, word roots and regular expressions read from a TOML
file in ``resources/rules/informasi/``, each with the reason it is there. Words and phrases
match on word boundaries in any case (a space or hyphen in a phrase matches any run of spaces
or hyphens); a root matches every affixed form of the word (``daftar`` matches *mendaftar,
pendaftaran, daftarkan*) through :mod:`core.morphology`. The format is documented in
``resources/rules/informasi/README.md``.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from core.morphology import analyses
from core.text import TokenKind, tokenize

_CUE_KEYS = {"id": str, "reason": str, "terms": list, "roots": list, "patterns": list,
             "case_sensitive": bool, "objects": list, "prefixes": list, "reference": str}


class CueFileError(ValueError):
    """A cue file that cannot be used; ``str()`` names the file, the entry and the key."""

    def __init__(self, path: Path | str, message: str) -> None:
        self.path = Path(path)
        super().__init__(f"{path}: {message}")


@dataclass(frozen=True, slots=True)
class Hit:
    cue: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Cue:
    """One recogniser: any of its terms, patterns or roots found in a text."""

    id: str
    reason: str
    pattern: re.Pattern[str] | None = None
    roots: frozenset[str] = frozenset()
    # The prefixes a root may carry ("" = the bare root, "me", "ber", "di" …, as
    # core.morphology names them); empty: any.
    prefixes: frozenset[str] = frozenset()
    # A root match counts only when one of these words follows within three words
    # ("menerima" + kunjungan/audiensi); empty: any root match counts.
    objects: frozenset[str] = frozenset()

    def find(self, text: str, words: Words | None = None) -> Hit | None:
        """The first place the cue occurs in ``text``, or None."""
        hits = self.find_all(text, words)
        return hits[0] if hits else None

    def find_all(self, text: str, words: Words | None = None) -> list[Hit]:
        """Every place the cue occurs in ``text``, by position."""
        hits: list[Hit] = []
        if self.pattern is not None:
            hits += [Hit(self.id, m.start(), m.end()) for m in self.pattern.finditer(text)]
        if self.roots:
            index = words if words is not None else Words(text)
            hits += [Hit(self.id, index.tokens[i].start, index.tokens[i].end)
                     for i in range(len(index.tokens)) if self.root_at(index, i)]
        hits.sort(key=lambda h: h.start)
        return hits

    def at(self, text: str, words: Words, i: int) -> bool:
        """Whether the cue occurs starting at word ``i`` of ``words`` (of ``text``)."""
        if self.pattern is not None and self.pattern.match(text, words.tokens[i].start):
            return True
        return bool(self.roots) and self.root_at(words, i)

    def root_at(self, words: Words, i: int) -> bool:
        word = words.lower[i]
        if not any(root in self.roots and (not self.prefixes or prefix in self.prefixes)
                   for root, prefix in readings(word)):
            return False
        return not self.objects or words.followed_by(i, self.objects, 3)


class Words:
    """The word tokens of a text with their lowercase forms, built once and shared by cues."""

    def __init__(self, text: str) -> None:
        self.tokens = [t for t in tokenize(text) if t.kind is TokenKind.WORD]
        self.lower = [t.text.lower() for t in self.tokens]

    def followed_by(self, index: int, words: frozenset[str], span: int) -> bool:
        return any(w in words for w in self.lower[index + 1:index + 1 + span])


@lru_cache(maxsize=65_536)
def readings(word: str) -> tuple[tuple[str, str], ...]:
    """(root, prefix) for every way ``word`` (lowercase) could be built, ``(word, "")`` first."""
    if "-" in word:  # KTP-el, bersilaturahmi-nya: judge the first part
        word = word.split("-", 1)[0]
    found = {(word, ""): None}
    for analysis in analyses(word):
        found[(analysis.root, analysis.prefix)] = None
    return tuple(found)


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
        if kind is list and not all(isinstance(v, str) for v in value):
            raise CueFileError(path, f"{where}, kunci {key!r}: setiap isi harus string")
    cue_id = entry.get("id", where)
    if not str(entry.get("reason", "")).strip():
        raise CueFileError(path, f"{where}: 'reason' wajib diisi (mengapa entri ini ada)")
    sources = [phrase_regex(entry.get("terms", []))] if entry.get("terms") else []
    sources += list(entry.get("patterns", []))
    flags = 0 if entry.get("case_sensitive", False) else re.IGNORECASE
    try:
        pattern = re.compile("|".join(f"(?:{s})" for s in sources), flags) if sources else None
    except re.error as exc:
        raise CueFileError(path, f"{where}: ekspresi reguler tidak sah ({exc})") from exc
    roots = frozenset(r.lower() for r in entry.get("roots", []))
    if pattern is None and not roots:
        raise CueFileError(path, f"{where}: perlu 'terms', 'patterns' atau 'roots'")
    return Cue(id=str(cue_id), reason=str(entry["reason"]), pattern=pattern, roots=roots,
               prefixes=frozenset(entry.get("prefixes", [])),
               objects=frozenset(o.lower() for o in entry.get("objects", [])))


def read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
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


def first_hit(cues: Iterable[Cue], text: str, words: Words) -> Hit | None:
    hits = [h for h in (c.find(text, words) for c in cues) if h is not None]
    return min(hits, key=lambda h: h.start) if hits else None
