"""Indonesian spelling: hunspell id_ID read by spylls, plus Saring's own word lists.

The dictionary accepts or rejects a word form; Saring adds the words the dictionary lacks
(``resources/vocab/accept.tsv``), government abbreviations (``abbreviations.tsv``), region
names (``regions.tsv``: accepted with their capital, even at a sentence start), clitics
(``-nya``, ``-lah``, ``-pun``, ...), and skips what is not a spelling matter: names inside a
sentence, all-caps acronyms, URLs, mentions, hashtags and numbers.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from pathlib import Path

from spylls.hunspell import Dictionary

from core.errors import SaringError
from core.findings import Category, Finding, Severity
from core.morphology import BOUND_FORMS, PREFIX_FAMILIES, Analysis, analyses, possible_roots
from core.suggest import MAX_SUGGESTIONS, Suggester, edits1, load_frequencies
from core.text import (
    Token,
    TokenKind,
    is_abbreviation,
    link_spans,
    match_case,
    sentence_starts,
    tokenize,
)
from core.wordlists import load_wordlist

RULE_ID = "spelling.unknown"
_CLITICS = ("nya", "lah", "kah", "pun", "ku", "mu")  # written -nya after an abbreviation


# Bound forms written with a hyphen before a capitalised word (EYD V): the capitalised part is
# a name, taken as written, like any capitalised word inside a sentence.
_HYPHENED_BOUND = frozenset({"se", *BOUND_FORMS})

class DictionaryLoadError(SaringError, RuntimeError):
    """The hunspell dictionary or a word list could not be read."""


class Speller:
    """Spelling checker over one hunspell dictionary and Saring's word lists.

    Not thread-safe: use one instance from one worker thread at a time.
    """

    def __init__(self, dictionary_base: Path, *, accept: Iterable[str] = (),
                 abbreviations: Iterable[str] = (),
                 frequencies: dict[str, int] | None = None, regions: Iterable[str] = ()) -> None:
        try:
            self._dictionary = Dictionary.from_files(str(dictionary_base))
        except (OSError, ValueError) as exc:
            raise DictionaryLoadError(f"kamus tidak dapat dibaca: {dictionary_base}: {exc}") from exc
        self._accept_lower = {w.lower() for w in accept}
        self._user_lower: frozenset[str] = frozenset()
        self._abbreviations = set(abbreviations)
        self._abbreviations_lower = {a.lower(): a for a in self._abbreviations}
        # Each word of a region name, lowercase -> as written (Palembang, OKU, Ilir).
        self._region_words = region_words(regions)
        self._known: dict[str, bool] = {}
        self._suggestions: dict[str, tuple[str, ...]] = {}
        self._flags = self._read_stems(dictionary_base.with_suffix(".dic"))
        for word in self._accept_lower:
            self._flags.setdefault(word, "")
        self._stems = self._flags.keys()
        self._suggester = Suggester(is_known=self._is_candidate, is_plain=self._is_plain,
                                    frequencies=frequencies or {},
                                    derived_penalty=self._derived_penalty)
        # Region words that are no common word (Palembang, not Darat): the ones to suggest.
        self._region_names = {lower: word for lower, word in self._region_words.items()
                              if lower not in self._flags}

    @classmethod
    def from_resources(cls, resources: Path) -> Speller:
        vocab = resources / "vocab"
        try:
            accept = load_wordlist(vocab / "accept.tsv")
            abbreviations = load_wordlist(vocab / "abbreviations.tsv")
            frequency_file = vocab / "frequency.tsv"
            frequencies = load_frequencies(frequency_file) if frequency_file.exists() else {}
            region_file = vocab / "regions.tsv"
            regions = load_wordlist(region_file) if region_file.exists() else {}
        except (OSError, ValueError) as exc:
            raise DictionaryLoadError(f"daftar kata tidak dapat dibaca: {exc}") from exc
        return cls(resources / "dictionaries" / "id_ID", accept=accept,
                   abbreviations=abbreviations, frequencies=frequencies, regions=regions)

    @staticmethod
    def _read_stems(dic_path: Path) -> dict[str, str]:
        """Each stem of the .dic (lowercase) with its two-letter flags (``FLAG long``) run
        together, e.g. "gelar/B0DiM0" -> "B0DiM0"."""
        stems: dict[str, str] = {}
        with dic_path.open(encoding="iso-8859-1") as dic:
            next(dic, None)  # the first line holds the entry count
            for line in dic:
                stem, _, flags = line.strip().partition("/")
                key = stem.lower()
                stems[key] = stems.get(key, "") + flags
        return stems

    # -- single words ---------------------------------------------------------------------

    def is_known(self, word: str) -> bool:
        """Whether ``word`` (as written) is a correct Indonesian word form."""
        cached = self._known.get(word)
        if cached is None:
            cached = self._known[word] = self._is_known_uncached(word)
        return cached

    def set_user_words(self, words: Iterable[str]) -> None:
        """Words of the personal and office dictionary, accepted in any case from now on."""
        self._user_lower = frozenset(w.lower() for w in words)
        self._known.clear()
        self._suggestions.clear()

    def _is_known_uncached(self, word: str) -> bool:
        lower = word.lower()
        if word in self._abbreviations or lower in self._accept_lower or lower in self._user_lower:
            return True
        region = self._region_words.get(lower)
        if region is not None and (word == region or word.isupper() or word == lower.capitalize()):
            return True  # Palembang, PALEMBANG; not palembang (a name takes its capital)
        if self._dictionary.lookup(word):
            return True
        if "-" in word:
            head, _, clitic = word.rpartition("-")
            if clitic.lower() in _CLITICS and head in self._abbreviations:
                return True  # SIM-nya, KTP-mu
            bound, _, name = word.partition("-")
            if (bound.lower() in _HYPHENED_BOUND and name[:1].isupper()
                    and (name[1:].islower() or name.isupper())):
                return True  # se-Sumatra Selatan, pasca-Idulfitri, non-ASN (EYD V)
            parts = [p for p in word.split("-") if p]
            return bool(parts) and all(self.is_known(p) for p in parts)
        lower = word.lower()
        if not (any(self._derivation_ok(a) for a in analyses(lower))
                or self._bound_form_ok(lower)):
            return False
        # Built by the morphology only: a common word one slip away says it is a typo
        # (jalaan -> jalan, mukai -> mulai).
        return self._suggester.likely_typo_of(lower) is None

    def in_dictionary(self, word: str) -> bool:
        """Whether hunspell id_ID itself accepts ``word`` (no morphology, no word lists)."""
        return bool(self._dictionary.lookup(word))

    def dictionary_flags(self, word: str) -> tuple[str, ...] | None:
        """The hunspell flags of the stem ``word`` (lowercase), or None when it is no stem
        (the flags of Saring's accept list are empty)."""
        flags = self._flags.get(word)
        return None if flags is None else tuple(flags[i:i + 2] for i in range(0, len(flags), 2))

    def _is_candidate(self, word: str) -> bool:
        """``is_known`` behind a cheap filter: a suggestion candidate must be a stem or an
        affixed form of one before the (slow) dictionary lookup runs."""
        if word in self._known:
            return self._known[word]
        plausible = (word in self._flags or any(r in self._flags for r in possible_roots(word))
                     or any(word.startswith(b) and word[len(b):] in self._flags
                            for b in BOUND_FORMS))
        return plausible and self.is_known(word)

    def _is_plain(self, word: str) -> bool:
        return word in self._flags or word in self._accept_lower

    def _derived_penalty(self, word: str) -> float | None:
        """How much a derived suggestion (not a stem, never seen in the frequency list) is
        pushed down: a little when hunspell itself builds it, more when only Saring's
        morphology does, and dropped when it is a form Indonesian does not make: a peN- noun
        with the verb endings -i/-kan (*pemerintahi*, *pendidiki*) or a clitic on a form
        that is itself no word (*menyampaiku*)."""
        if self._dictionary.lookup(word):
            return 0.5
        for ending in ("kan", "i"):
            base = word[:-len(ending)]
            if word.endswith(ending) and base.startswith(("pem", "pen")) and len(base) > 5:
                flags = self._flags.get(base)
                if not (flags and any(f[0] in "MD" for f in (flags[i:i + 2]
                                                             for i in range(0, len(flags), 2)))):
                    return None  # pengaruhi, pentingkan stay: their root is a verb stem
        for clitic in ("ku", "mu", "kah", "lah", "tah"):
            base = word[:-len(clitic)]
            if (word.endswith(clitic) and not self._is_plain(base)
                    and not self._suggester.frequency(base)):
                return None
        return 1.0

    def _derivation_ok(self, analysis: Analysis) -> bool:
        """Whether a reading of a word names a real root that takes its affixes."""
        root, prefix = analysis.root, analysis.prefix
        flags = self._flags.get(root)
        if flags is None:
            return self._compound_ok(analysis)
        if not prefix and not analysis.suffix:
            return bool(self._dictionary.lookup(root))  # a word + -nya/-lah/-pun: ujarnya
        if not flags:
            return False  # the root takes no affix at all (kera, jaha): bekera is a typo
        if prefix:
            return bool(PREFIX_FAMILIES[prefix].intersection(flags[0::2]))
        return len(root) >= 4  # root + -an/-i/-kan: hubungi, tandaskan

    def _compound_ok(self, analysis: Analysis) -> bool:
        """A compound joined by a circumfix (EYD V): disalahgunakan, pertanggungjawaban."""
        if not (analysis.prefix and analysis.suffix):
            return False
        root = analysis.root
        return any(root[:i] in self._stems and root[i:] in self._stems
                   and self._flags[root[:i]] and self._flags[root[i:]]
                   for i in range(4, len(root) - 3))

    def _bound_form_ok(self, lower: str) -> bool:
        """antarwarga, pascabanjir, antinyamuk: a bound form joined to a real word."""
        for bound in BOUND_FORMS:
            rest = lower[len(bound):]
            if lower.startswith(bound) and len(rest) >= 3 and (
                    rest in self._stems or self._dictionary.lookup(rest)):
                return True
        return False

    def suggest(self, word: str) -> tuple[str, ...]:
        """Up to five corrections, best first, cased like ``word``; a region name one edit
        away (or the same name without its capital) comes first for a capitalised word and
        last otherwise."""
        cached = self._suggestions.get(word)
        if cached is None:
            words = [match_case(c, word) for c in self._suggester.suggest(word.lower())]
            listed = self._abbreviations_lower.get(word.lower())
            if listed is not None and listed != word:
                words.insert(0, listed)  # bpbd -> BPBD
            regions = self.regions_near(word)
            if regions:  # first for a capitalised word or a name without its capital, else last
                first = word[:1].isupper() or word.lower() in self._region_words
                at = 0 if first else min(MAX_SUGGESTIONS - 1, len(words))
                words[at:at] = [r for r in regions if r not in words]
            cached = self._suggestions[word] = tuple(dict.fromkeys(words))[:MAX_SUGGESTIONS]
        return cached

    def regions_near(self, word: str) -> tuple[str, ...]:
        """Region names (as written) equal to ``word`` but for case, or one edit away."""
        lower = word.lower()
        exact = self._region_words.get(lower)
        if exact is not None:
            return () if word == exact else (exact,)
        if len(lower) < 4:
            return ()
        near = sorted((cost, self._region_names[c]) for c, cost in edits1(lower).items()
                      if c in self._region_names and len(c) >= 4)
        return tuple(name for _, name in near[:2])

    # -- whole texts ----------------------------------------------------------------------

    def check(self, text: str) -> list[Finding]:
        starts = sentence_starts(text)
        in_link = _SpanSet(link_spans(text))  # cekbansos-kemensos.xyz, s.id/formpkk
        findings: list[Finding] = []
        for token in tokenize(text):
            if (token.kind is not TokenKind.WORD or self._skip(token, starts)
                    or in_link(token.start)):  # dinkes.sukamajukab.go.id without http://
                continue
            if text[token.end:token.end + 1] == "." and is_abbreviation(token.text):
                continue  # Dr., Kab., dll.
            if not self.is_known(token.text):
                if (token.text[:1].isupper() and not self._common_word_near(token.text)
                        and not self.regions_near(token.text)):
                    continue  # a capitalised word at a sentence start: a name, unless a
                    # common word or a region name is one slip away (Pemerintahh, Palembnag)
                findings.append(Finding(
                    rule_id=RULE_ID,
                    category=Category.SPELLING,
                    severity=Severity.WARNING,
                    start=token.start,
                    end=token.end,
                    actual=token.text,
                    message=self._unknown_message(token.text),
                    suggestions=self.suggest(token.text),
                    reference="Kamus hunspell id_ID (LibreOffice)",
                ))
        return findings

    def _unknown_message(self, word: str) -> str:
        region = self._region_words.get(word.lower())
        if region is not None:
            return (f"“{word}” adalah nama daerah: tulis dengan huruf kapital seperti "
                    f"“{region}”.")
        return (f"“{word}” tidak ada di kamus bahasa Indonesia. Periksa ejaannya; jika kata "
                "ini benar (nama, istilah), tambahkan ke kamus.")

    def _common_word_near(self, word: str) -> bool:
        lower = word.lower()
        return (self._suggester.likely_typo_of(lower) is not None
                or any(self._suggester.frequency(s.lower()) for s in self.suggest(word)[:3]))

    def _skip(self, token: Token, sentence_start_offsets: frozenset[int]) -> bool:
        word = token.text
        if len(word) < 2:
            return True
        letters = [c for c in word if c.isalpha()]
        if len(letters) >= 2 and all(c.isupper() for c in letters):
            return True  # acronyms: ASN, OPD, BPBD
        # A capitalised word inside a sentence is most likely a name.
        return word[0].isupper() and token.start not in sentence_start_offsets


def region_words(names: Iterable[str]) -> dict[str, str]:
    """Each word of the region names, lowercase -> as written; roman numerals and words of
    fewer than three letters (Ilir Barat I) are left to the dictionary."""
    words: dict[str, str] = {}
    for name in names:
        for part in name.replace("-", " ").split():
            if len(part) >= 3 and not set(part) <= set("IVX"):
                words.setdefault(part.lower(), part)
    return words


class _SpanSet:
    """Whether an offset lies inside one of sorted, non-overlapping spans (O(log n))."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self._starts = [a for a, _ in spans]
        self._ends = [b for _, b in spans]

    def __call__(self, offset: int) -> bool:
        i = bisect_right(self._starts, offset) - 1
        return i >= 0 and offset < self._ends[i]


_DOMAIN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-")


def _in_domain_name(text: str, token: Token) -> bool:
    """Whether ``token`` is a label of a host name (``sukamajukab`` in ``x.sukamajukab.go.id``):
    a dot joins it to letters on either side, and the dotted run ends in a known ending."""
    start, end = token.start, token.end
    joined_after = text[end:end + 1] == "." and text[end + 1:end + 2].isalnum()
    joined_before = start >= 2 and text[start - 1] == "." and text[start - 2].isalnum()
    if not (joined_after or joined_before):
        return False
    left = start
    while left > 0 and (text[left - 1].lower() in _DOMAIN_CHARS or text[left - 1] == "."):
        left -= 1
    right = end
    while right < len(text) and (text[right].lower() in _DOMAIN_CHARS or text[right] == "."):
        right += 1
    host = text[left:right].rstrip(".").lower()
    return host.endswith((".id", ".com", ".net", ".org", ".info", ".io", ".co"))
