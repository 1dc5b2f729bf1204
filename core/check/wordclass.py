"""Word classes: the one reader of classes of words behind the policy grammar and the cues.

A word class is a named set of terms (words or phrases), exact-case terms and word roots, read
from a TOML table of ``resources/rules/`` (``[[words]]`` in a rule pack, a cue in
``resources/rules/informasi/``), each with the reason it is there. Both the policy grammar
(:mod:`core.check.rules.shapes`) and the informativeness and ceremony cues
(:mod:`core.check.cues`) use this module to

* split a term into words the way a text is split (:func:`term_words`),
* find the longest term that starts at a word of a text (:class:`TermTable`), and
* read a word as the affixed forms of a root through :mod:`core.check.morphology`
  (:func:`readings`), so that a root matches every form nobody listed (*daftar*: *mendaftar,
  pendaftaran*; *pilih*: *memilih, dipilih, pilihlah*), limited by the class's ``prefixes``
  and ``suffix`` (:meth:`WordClass.takes`).

The keys every word-class table understands are :data:`WORD_CLASS_KEYS`; they mean the same
in a rule pack and in a cue file (see ``resources/rules/README.md``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any, Generic, TypeVar

from core.check.morphology import Analysis, analyses

# The keys of a word-class table, with their types, in rule packs and cue files alike.
WORD_CLASS_KEYS: dict[str, type] = {
    "terms": list,  # words or phrases, any case
    "exact": list,  # words or phrases, this case only
    "roots": list,  # roots: every affixed form of each
    "prefixes": list,  # with roots: only forms with these prefixes ("" = no prefix)
    "suffix": str,  # with roots: only forms carrying this suffix (menang -> menangkan)
    "reason": str,  # why the class is there (required)
    "source": str,  # where its members come from
}

LETTERS = re.compile(r"[^\W\d_]+")  # a word of letters: the cues read texts in these
LETTERS_OR_DIGITS = re.compile(r"[^\W\d_]+|\d+")  # the grammar reads numbers as words too


@dataclass(frozen=True, slots=True)
class WordClass:
    """One word-class table: terms and roots, or (in a rule pack) a union of classes or a
    named piece of shape."""

    name: str
    terms: tuple[str, ...] = ()  # words or phrases, any case
    exact: tuple[str, ...] = ()  # words or phrases, this case only
    roots: tuple[str, ...] = ()  # roots, every affixed form (lowercase)
    suffix: str = ""  # with roots: only forms carrying this suffix (menang → menangkan)
    union: tuple[str, ...] = ()  # a class made of other classes
    shape: str = ""  # a named piece of shape, used in other shapes as <name>
    reason: str = ""
    source: str = ""
    # With roots: only forms with one of these prefixes, as core.check.morphology names them
    # ("" = no prefix, "me", "di", "ber", "pe" …); empty: any.
    prefixes: tuple[str, ...] = ()

    def takes(self, reading: Analysis) -> bool:
        """Whether ``reading`` (of a word, with a root of this class) is a form the class
        admits: its prefix among ``prefixes`` and its suffix ``suffix`` (when they are set)."""
        return ((not self.prefixes or reading.prefix in self.prefixes)
                and (not self.suffix or reading.suffix == self.suffix))


def word_class(name: str, table: Mapping[str, Any]) -> WordClass:
    """A :class:`WordClass` from a table whose word-class keys were already checked."""
    return WordClass(
        name=name, terms=tuple(table.get("terms", ())), exact=tuple(table.get("exact", ())),
        roots=tuple(r.lower() for r in table.get("roots", ())), suffix=table.get("suffix", ""),
        union=tuple(table.get("union", ())), shape=table.get("shape", ""),
        reason=table.get("reason", ""), source=table.get("source", ""),
        prefixes=tuple(table.get("prefixes", ())))


def merged(old: WordClass, new: WordClass) -> WordClass:
    """``new``'s members added to the class ``old`` of the same name (a local pack adds names
    to a shipped class); the first definition keeps its reason and its other settings."""
    return WordClass(
        old.name, old.terms + new.terms, old.exact + new.exact, old.roots + new.roots,
        old.suffix or new.suffix, old.union + new.union, old.shape or new.shape,
        old.reason, old.source, old.prefixes or new.prefixes)


def term_words(term: str, pattern: re.Pattern[str] = LETTERS_OR_DIGITS) -> tuple[str, ...]:
    """The words of a term as a reader using ``pattern`` sees them in a text (a hyphen or an
    apostrophe separates words: PDI-P, jum'at)."""
    return tuple(pattern.findall(term))


T = TypeVar("T")


class TermTable(Generic[T]):
    """Terms as word tuples, each with a value, by their first word, longest first."""

    def __init__(self, entries: Iterable[tuple[tuple[str, ...], T]]) -> None:
        by_first: dict[str, list[tuple[tuple[str, ...], T]]] = {}
        for words, value in entries:
            if words:
                by_first.setdefault(words[0], []).append((words, value))
        for found in by_first.values():
            if len(found) > 1:
                found.sort(key=lambda e: -len(e[0]))  # stable: equal lengths keep their order
        self._by_first = {k: tuple(v) for k, v in by_first.items()}
        # What only the packs' reader asks (the cue files' ~150 tables never do): made when
        # first asked.
        self._longest_from: dict[str, int] | None = None
        self._seconds_from: dict[str, frozenset[str]] = {}

    @cached_property
    def words(self) -> frozenset[str]:
        """Every word of every term."""
        return frozenset(w for found in self._by_first.values() for words, _ in found for w in words)

    @cached_property
    def longest(self) -> int:
        """How many words the longest term has (1 when there is none)."""
        return max((len(w) for found in self._by_first.values() for w, _ in found), default=1)

    def __contains__(self, first: object) -> bool:
        return first in self._by_first

    def __bool__(self) -> bool:
        return bool(self._by_first)

    @property
    def firsts(self) -> Iterable[str]:
        return self._by_first.keys()

    def longest_from(self, first: str) -> int:
        """How many words the longest term that starts with ``first`` has (0: none starts so)."""
        if self._longest_from is None:
            self._longest_from = {k: len(v[0][0]) for k, v in self._by_first.items()}
        return self._longest_from.get(first, 0)

    def seconds_from(self, first: str) -> frozenset[str]:
        """The second words of the terms of two words or more that start with ``first``."""
        found = self._seconds_from.get(first)
        if found is None:
            found = frozenset(w[1] for w, _ in self._by_first.get(first, ()) if len(w) > 1)
            self._seconds_from[first] = found
        return found

    def match(self, words: Sequence[str], i: int = 0) -> tuple[int, T] | None:
        """(length, value) of the longest term that ``words[i:]`` begins with, or None."""
        if i >= len(words):
            return None
        for entry, value in self._by_first.get(words[i], ()):
            if tuple(words[i:i + len(entry)]) == entry:
                return len(entry), value
        return None


@lru_cache(maxsize=65_536)
def readings(word: str) -> tuple[Analysis, ...]:
    """Every way ``word`` (lowercase) could be built from a root, the bare word first."""
    return (Analysis(word), *analyses(word))
