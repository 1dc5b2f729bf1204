"""The vocabulary the EYD V rules read (regions, institutions, abbreviations, the attributes
of God after maha, the baku swaps) over the speller, and the questions they ask of a word
(a plain word? a common form? a name word as written?)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from functools import cached_property
from pathlib import Path
from types import CodeType
from typing import Any

from core.app.paths import resource_dir
from core.check.lexicon import LEXICON_FILE, Lexicon, LexiconError, open_lexicon
from core.check.orthography.context import capitalised
from core.check.orthography.words import DAYS, DERIVING_PREFIXES, HOLIDAYS, MONTHS
from core.check.spelling import Speller
from core.check.text import Token
from core.check.wordlists import load_wordlist

# The dictionary-scale list of non-standard roots (resources/rules/).
PAIRS_FILE = "baku-kamus.tsv"

# Words a rule's answers are kept for (a few hundred bytes each); past it they are judged again.
_JUDGED_LIMIT = 50_000


class Vocabulary:
    """The word lists of resources/vocab/ and the speller, shared by every rule of a check."""

    def __init__(self, *, speller: Speller, resources: Path | None = None,
                 standard: Mapping[str, str] | None = None) -> None:
        self.speller = speller
        self._resources = resources or resource_dir()
        # Non-standard word -> standard form (the baku pack's swaps): a joined passive takes
        # its standard form at once (di himbau -> diimbau, not dihimbau).
        self.standard = dict(standard or {})
        # Non-standard root -> standard root at dictionary scale (rules/baku-kamus.tsv, the
        # pairs of a public list judged against KBBI): standard_forms.listed_pairs flags them
        # and their affixed forms, as it does the affixed forms of the baku pack's roots.
        self.pairs = {k.lower(): v.lower() for k, v in _optional_list(
            (resources or resource_dir()) / "rules" / PAIRS_FILE).items()}
        self.affixed_roots = _affixed_roots(self.standard)
        vocab = (resources or resource_dir()) / "vocab"
        # Nationwide names from the lexicon (not a one-word district that is a common word:
        # Kota, Baru; scripts/build_lexicon.py leaves those out).
        listed_regions = _optional_list(vocab / "regions.tsv")
        self.regions = RegionNames(listed_regions, speller.region_name)
        # Provinces named in one word (Aceh, Riau, Jambi, Bali): no everyday word besides.
        self.provinces = frozenset(name for name, kind in listed_regions.items()
                                   if kind == "Provinsi" and " " not in name)
        self.institutions = frozenset(w.lower() for w in _optional_list(vocab / "institutions.tsv"))
        # Government abbreviations as they are written (kominfo -> Kominfo, pupr -> PUPR).
        listed = _optional_list(vocab / "abbreviations.tsv")
        self.abbreviations = {w.lower(): w for w in listed if w != w.lower()}
        # What those abbreviations stand for, lowercased and padded (" kartu tanda penduduk "):
        # official names whose words are all capitalised.
        self.official_names = tuple(f" {' '.join(name.lower().split())} "
                                    for name in listed.values())
        # Syllable acronyms written as words (Puskesmas, Kades, Jatim; perda, forkopimda):
        # the listed abbreviations in Title Case and the words accept.tsv accepts as acronyms.
        accepted = _optional_list(vocab / "accept.tsv")
        self.acronyms = frozenset(
            {w for w, written in self.abbreviations.items() if written.istitle()}
            | {w.lower() for w, why in accepted.items() if why.startswith("Akronim")})
        # Acronyms that became common nouns (accept.tsv "Akronim umum": kamtibmas, posyandu,
        # sembako), apart from the abbreviations of bodies and titles (Pemkab, Polri, Sekda).
        self.common_acronyms = frozenset(w.lower() for w, why in accepted.items()
                                         if why.startswith("Akronim umum"))
        # What each word-alone rule said of each word (judged): rule code -> word -> answer.
        self._judged: dict[CodeType, dict[str, Any]] = {}
        self._judged_for: frozenset[str] = speller.user_words
        maha = sorted(_optional_list(vocab / "maha.tsv"), key=len, reverse=True)
        self.maha_re = re.compile(
            r"\b(?:(?P<yang>yang)[ \t]+)?(?P<maha>maha)(?P<gap>[ \t-]?)(?P<word>"
            + "|".join(map(re.escape, maha)) + r")\b", re.IGNORECASE) if maha else None

    def judged(self, judge: Callable[[str], Any]) -> dict[str, Any]:
        """What ``judge`` said of each word so far (``context.judged_words``; a rule's judge is
        a new closure each check, so its code says which rule it is). Kept while the speller's
        user words stay the same (the only words it learns after loading), at most
        :data:`_JUDGED_LIMIT` words a rule."""
        user_words = self.speller.user_words
        if user_words != self._judged_for:
            self._judged.clear()
            self._judged_for = user_words
        memo = self._judged.get(judge.__code__)
        if memo is None or len(memo) > _JUDGED_LIMIT:
            memo = self._judged[judge.__code__] = {}
        return memo

    @cached_property
    def _lexicon(self) -> Lexicon | None:
        try:  # the speller's own file, mapped once per process (open_lexicon shares it)
            return open_lexicon(self._resources / LEXICON_FILE)
        except LexiconError:
            return None

    def zipf(self, lower: str) -> float | None:
        """How common ``lower`` is (the lexicon's Zipf value, 0.0 when rare or unknown), or
        None when no lexicon is there to say."""
        lexicon = self._lexicon
        return None if lexicon is None else lexicon.zipf(lower)

    def in_official_name(self, words: str) -> bool:
        """Whether ``words`` (a run of whole words) is part of a listed official name."""
        wanted = f" {' '.join(words.lower().split())} "
        return any(wanted in name for name in self.official_names)

    def plain_word(self, lower: str) -> bool:
        """A word of the lexicon that is no name, region, day, month or listed abbreviation."""
        return (self.speller.is_known(lower) and self.speller.region_name(lower) is None
                and self.speller.dictionary_flags(lower[:1].upper() + lower[1:]) is None
                and lower not in self.abbreviations and lower not in DAYS
                and lower not in MONTHS and lower not in HOLIDAYS and lower != "minggu")

    def common_form(self, lower: str) -> bool:
        """A common word, one with -nya (Kantornya), or an affixed form the dictionary has in
        lowercase only (Pengerasan, Perekaman): never a name by itself."""
        if self.common_word(lower):
            return True
        if lower.endswith("nya") and len(lower) > 6 and self.common_form(lower[:-3]):
            return True
        if lower in self.abbreviations or self.speller.region_word(lower) is not None:
            return False
        return (self.speller.in_dictionary(lower) and lower[:1] != lower[:1].upper()
                and self.speller.dictionary_flags(lower[:1].upper() + lower[1:]) is None
                and (lower.startswith(DERIVING_PREFIXES) or (
                    lower.endswith("an") and self.speller.dictionary_flags(lower[:-2]) is not None)))

    def common_word(self, lower: str) -> bool:
        """A lowercase word of id_ID (or an English one) that is no name: never written
        capitalised in the dictionary, no region, no listed abbreviation."""
        if lower in self.abbreviations or self.speller.region_word(lower) is not None:
            return False
        if self.speller.dictionary_flags(lower[:1].upper() + lower[1:]) is not None:
            return False  # Indonesia, Rabu: the dictionary lists it as a name
        return (self.speller.in_dictionary(lower) and self.speller.dictionary_flags(
            lower) is not None) or self.speller.is_english(lower)

    def name_word(self, word: str) -> str:
        """A word of an official name as written there: an abbreviation as listed (PUPR,
        Kominfo), any other word with its capital."""
        return self.abbreviations.get(word.lower()) or capitalised(word)


class RegionNames:
    """Region names of regions.tsv and of the lexicon (``more``: the words of a name,
    lowercase, joined by spaces -> the name), matched word by word in any case."""

    def __init__(self, names: Iterable[str], more: Callable[[str], str | None] | None = None,
                 *, more_longest: int = 6) -> None:
        self._by_words: dict[tuple[str, ...], str] = {}
        for name in names:
            self._by_words[tuple(name.replace("-", " - ").lower().split())] = name
        self._more = more
        self._longest = max([*(len(k) for k in self._by_words), more_longest if more else 0],
                            default=0)

    def match(self, text: str, words: list[Token], i: int) -> tuple[int, str] | None:
        """The longest region name starting at ``words[i]``: (index of its last word, the name
        as written in the list), or None."""
        best = None
        parts: list[str] = []
        for j in range(i, min(len(words), i + self._longest)):
            if j > i and text[words[j - 1].end:words[j].start].strip(" \t-"):
                break
            gap = text[words[j - 1].end:words[j].start] if j > i else ""
            if "-" in gap:
                parts.append("-")
            parts.append(words[j].text.lower())
            name = self._by_words.get(tuple(parts))
            if name is None and self._more is not None:
                name = self._more(" ".join(parts))
            if name is not None:
                best = (j, name)
        return best


def _affixed_roots(standard: Mapping[str, str]) -> dict[str, str]:
    """The baku pack's one-word roots that it lists with an affix too (himbau, whose rule has
    menghimbau -> mengimbau): their other affixed forms are built by the morphology. A root
    listed alone (pungkir, jamaah) is left as the pack has it."""
    words = {k: v for k, v in standard.items() if k.isalpha() and k.islower() and v.isalpha()}
    return {k: v for k, v in words.items() if len(k) >= 4 and any(
        k in other and other != k and v in words[other] for other in words)}


def _optional_list(path: Path) -> dict[str, str]:
    return load_wordlist(path) if path.exists() else {}
