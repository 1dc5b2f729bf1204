"""The compiled lexicon: every accepted word form in one memory-mapped trie.

``scripts/build_lexicon.py`` builds ``resources/lexicon/lexicon.marisa`` from the sources in
``resources/`` (hunspell id_ID with its affixes expanded, the forms Saring's morphology builds,
Saring's word lists, an English word list and the nationwide list of
region names). A check looks words up here and expands no affixes.

Keys carry a namespace: ``w:`` a word form as written in its source (case matters: a
lowercase entry also stands for its Capitalised and ALL-CAPS forms, a Capitalised one for
its ALL-CAPS form, as in hunspell), ``f:`` a common word form (lowercase) with its frequency,
``e:`` an English word, ``o:`` a lowercase form only an open word list holds (apertium-ind),
``r:`` one word of a region name
(lowercase), ``n:`` a whole region name (its words lowercase, a hyphen as " - ").
Values: for ``w:`` one byte of
:class:`Kind` bits followed by the hunspell flags of a stem (``FLAG long``, run together); for
``r:`` and ``n:`` a level byte and the name as written; for ``f:`` one byte, ten times the
word's Zipf frequency (wordfreq's Indonesian list: 30 = once per million words), followed by
the form's root (:func:`core.check.morphology.stem_root`, UTF-8) when it is not the form
itself: the build reads the frequent forms once, so a first check does not analyse them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import IntFlag
from functools import lru_cache
from pathlib import Path

import marisa_trie

from core.errors import SaringError

LEXICON_FILE = Path("lexicon") / "lexicon.marisa"


class Kind:
    """The bits of a ``w:`` value's kind byte. Plain ints, not an ``IntFlag``: the speller tests
    them ~12,000 times in a first check, and ``IntFlag & IntFlag`` (or ``|``) made a new
    ``IntFlag`` each time (1.3 µs against 0.03 µs for ints)."""

    HUNSPELL = 1   # hunspell id_ID accepts the form (stem or affix expansion)
    STEM = 2       # a stem of the .dic or a word of Saring's accept list ("plain")
    MORPH = 4      # built only by Saring's morphology (a root hunspell lacks an affix for)
    LIST = 16      # Saring's accept list


class RegionLevel(IntFlag):
    MAJOR = 1      # a province, regency or city (suggested when one edit away)
    DISTRICT = 2   # a district (kecamatan): accepted with its capital, never suggested


@dataclass(frozen=True, slots=True)
class Entry:
    kind: int  # Kind bits
    flags: str  # hunspell flags of a stem, run together ("B0DiM0"); "" otherwise


# The values read so far, each made once (immutable, so shared by every lexicon).
_ENTRIES: dict[bytes, Entry] = {}
_REGION_WORDS: dict[bytes, tuple[str, RegionLevel]] = {}


class LexiconError(SaringError, RuntimeError):
    """The compiled lexicon is missing or cannot be read."""


class Lexicon:
    """Read-only lookups in the compiled lexicon (memory-mapped; thread-safe)."""

    def __init__(self, path: Path) -> None:
        self._trie = marisa_trie.BytesTrie()
        try:
            self._trie.mmap(str(path))
        except Exception as exc:  # marisa raises its own error types
            raise LexiconError(f"leksikon tidak dapat dibaca: {path}: {exc} "
                               "(buat dengan: python scripts/build_lexicon.py)") from exc

    def entry(self, form: str) -> Entry | None:
        """The entry of ``form`` exactly as written, or None."""
        values = self._trie.get("w:" + form)
        if not values:
            return None
        value = values[0]
        # One Entry per stored value (a kind byte and a stem's flags: a few thousand in all),
        # shared: a check looks up ~20,000 forms, and making a frozen dataclass each time cost
        # more than the look-up.
        found = _ENTRIES.get(value)
        if found is None:
            found = _ENTRIES[value] = Entry(value[0], value[1:].decode("ascii"))
        return found

    def lookup(self, word: str) -> Entry | None:
        """The entry that accepts ``word`` with hunspell's casing rules, or None."""
        found = self.entry(word)
        if found is not None or not word[:1].isupper():
            return found
        lower = word.lower()
        found = self.entry(lower)
        if found is None and word.isupper() and len(word) > 1:
            found = self.entry(lower[:1].upper() + lower[1:])
        return found

    def zipf(self, lower: str) -> float:
        """How common the word form ``lower`` is in Indonesian text: its Zipf frequency (log10
        of occurrences per billion words; 3.0 = once per million), 0.0 when it is rarer or no
        word."""
        values = self._trie.get("f:" + lower)
        return values[0][0] / 10 if values else 0.0

    def frequent_root(self, lower: str) -> str | None:
        """The root of the common word form ``lower`` as :func:`core.check.morphology.stem_root`
        reads it over this lexicon's stems (stored by the build), or None when ``lower`` has
        no frequency (then it is not stored: read it with ``stem_root``)."""
        values = self._trie.get("f:" + lower)
        if not values:
            return None
        value = values[0]
        return value[1:].decode("utf-8") if len(value) > 1 else lower

    def frequent_words(self, prefix: str = "") -> Iterator[tuple[str, float]]:
        """Every word form with a frequency (``f:`` keys) beginning with ``prefix``, and its
        Zipf value."""
        for key, value in self._trie.iteritems("f:" + prefix):
            yield key[2:], value[0] / 10

    def is_open_form(self, lower: str) -> bool:
        """Whether only an open word list (apertium-ind) holds ``lower``: no source the
        speller trusts as it stands, so :class:`WordLookup` tests it first."""
        return ("o:" + lower) in self._trie

    def is_english(self, lower: str) -> bool:
        return ("e:" + lower) in self._trie

    def region_word(self, lower: str) -> tuple[str, RegionLevel] | None:
        """One word of a region name (lowercase) -> (as written, level)."""
        values = self._trie.get("r:" + lower)
        if not values:
            return None
        found = _REGION_WORDS.get(values[0])
        if found is None:
            found = _REGION_WORDS[values[0]] = (values[0][1:].decode("utf-8"),
                                                RegionLevel(values[0][0]))
        return found

    def region_name(self, words: str) -> str | None:
        """A whole region name by its words (lowercase, a hyphen as " - ", single spaces),
        as written: "ogan komering ulu timur" -> "Ogan Komering Ulu Timur"."""
        values = self._trie.get("n:" + words)
        return values[0][1:].decode("utf-8") if values else None

    def region_names(self) -> Iterator[tuple[str, RegionLevel]]:
        """Every whole region name as written, with its level."""
        for _key, value in self._trie.iteritems("n:"):
            yield value[1:].decode("utf-8"), RegionLevel(value[0])

    def major_region_words(self) -> dict[str, str]:
        """Region words of provinces, regencies and cities: lowercase -> as written."""
        major = int(RegionLevel.MAJOR)  # an int: `int & IntFlag` makes an IntFlag each time
        return {key[2:]: value[1:].decode("utf-8") for key, value in self._trie.iteritems("r:")
                if value[0] & major}


def open_lexicon(path: Path) -> Lexicon:
    """The lexicon at ``path``, mapped once per process and shared by the speller, the policy
    grammar's name test and the policy model's roots (read-only, so sharing is safe). A file
    rebuilt in place (another size or time) is mapped afresh."""
    try:
        stat = path.stat()
    except OSError as exc:
        raise LexiconError(f"leksikon tidak dapat dibaca: {path}: {exc.strerror or exc} "
                           "(buat dengan: python scripts/build_lexicon.py)") from exc
    return _mapped(str(path.resolve()), stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=4)
def _mapped(path: str, _mtime_ns: int, _size: int) -> Lexicon:
    return Lexicon(Path(path))
