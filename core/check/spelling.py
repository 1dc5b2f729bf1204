"""Indonesian spelling over the compiled lexicon (core/check/lexicon.py).

The lexicon holds every form hunspell id_ID accepts (its affixes expanded at build time), the
forms Saring's morphology builds from its stems, Saring's word lists and the nationwide region
names; a check looks words up there and expands no affixes. At run time Saring adds
government abbreviations (``abbreviations.tsv``, a wrong case gets the listed form), region
names (accepted with their capital, even at a sentence start), clitics
(``-nya``, ``-lah``, ``-pun``, ...), and skips what is not a spelling matter: names inside a
sentence, all-caps acronyms, URLs, mentions, hashtags and numbers.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from core.check.findings import Category, Finding, Severity
from core.check.lexicon import LEXICON_FILE, Kind, Lexicon, LexiconError, RegionLevel
from core.check.morphology import BOUND_FORMS, CLITICS, analyses
from core.check.suggest import MAX_SUGGESTIONS, Suggester, edits1, load_frequencies
from core.check.text import (
    Token,
    TokenKind,
    finditer_chunked,
    is_abbreviation,
    link_spans,
    match_case,
    sentence_starts,
    tokenize,
)
from core.check.wordlists import load_wordlist
from core.errors import SaringError

RULE_ID = "spelling.unknown"
_CLITICS = ("nya", "lah", "kah", "pun", "ku", "mu")  # written -nya after an abbreviation
# Forms accepted as they stand; a form only Saring's morphology builds must also not be one
# slip from a common word.
_ACCEPTED = Kind.HUNSPELL | Kind.STEM | Kind.LIST


# Bound forms written with a hyphen before a capitalised word (EYD V): the capitalised part is
# a name, taken as written, like any capitalised word inside a sentence.
_HYPHENED_BOUND = frozenset({"se", *BOUND_FORMS})

class DictionaryLoadError(SaringError, RuntimeError):
    """The hunspell dictionary or a word list could not be read."""


class Speller:
    """Spelling checker over one hunspell dictionary and Saring's word lists.

    Not thread-safe: use one instance from one worker thread at a time.
    """

    def __init__(self, lexicon: Path | Lexicon, *, accept: Iterable[str] = (),
                 abbreviations: Iterable[str] = (),
                 frequencies: dict[str, int] | None = None, regions: Iterable[str] = (),
                 titles: Iterable[str] = ()) -> None:
        if isinstance(lexicon, Lexicon):
            self._lexicon = lexicon
        else:
            try:
                self._lexicon = Lexicon(lexicon)
            except LexiconError as exc:
                raise DictionaryLoadError(str(exc)) from exc
        self._accept_lower = {w.lower() for w in accept}
        self._user_lower: frozenset[str] = frozenset()
        self._abbreviations = set(abbreviations)
        # Abbreviated positions (Kabid, Kadis, Kades): a common noun in lowercase (EYD V: an
        # acronym that is no name is written in lowercase) unless a name follows.
        self._titles_lower = frozenset(t.lower() for t in titles)
        self._abbreviations_lower: dict[str, str] = {}
        for abbreviation in abbreviations:  # the first listed form wins (BUMDes, not Bumdes)
            self._abbreviations_lower.setdefault(abbreviation.lower(), abbreviation)
        # Region words given here (beside the nationwide ones compiled into the lexicon),
        # lowercase -> as written (Palembang, OKU, Ilir).
        self._extra_region_words = region_words(regions)
        self._known: dict[str, bool] = {}
        self._suggestions: dict[str, tuple[str, ...]] = {}
        self._name_typos: dict[str, bool] = {}  # capitalised word -> a slip of a common word
        self._typo_of: dict[str, str | None] = {}  # word -> the common word it is a slip of
        self._suggester = Suggester(is_known=self._is_candidate, is_plain=self._is_plain,
                                    frequencies=frequencies or {},
                                    derived_penalty=self._derived_penalty)
        # Names of provinces, regencies and cities that are no common word (Palembang, not
        # Darat): the ones to suggest. Districts are accepted but never suggested.
        majors = {**self._lexicon.major_region_words(), **self._extra_region_words}
        self._region_names = {lower: word for lower, word in majors.items()
                              if self._lexicon.entry(lower) is None}

    @classmethod
    def from_resources(cls, resources: Path) -> Speller:
        vocab = resources / "vocab"
        try:
            abbreviations = load_wordlist(vocab / "abbreviations.tsv")
            frequency_file = vocab / "frequency.tsv"
            frequencies = load_frequencies(frequency_file) if frequency_file.exists() else {}
        except (OSError, ValueError) as exc:
            raise DictionaryLoadError(f"daftar kata tidak dapat dibaca: {exc}") from exc
        # accept.tsv and regions.tsv are compiled into the lexicon (scripts/build_lexicon.py).
        titles = [a for a, meaning in abbreviations.items() if meaning.startswith(_POSITIONS)]
        return cls(resources / LEXICON_FILE, abbreviations=abbreviations,
                   frequencies=frequencies, titles=titles)

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
        self._name_typos.clear()

    def _is_known_uncached(self, word: str) -> bool:
        lower = word.lower()
        if word in self._abbreviations or lower in self._accept_lower or lower in self._user_lower:
            return True
        region = self.region_word(lower)
        if region is not None and (word == region or word.isupper() or word == lower.capitalize()):
            return True  # Palembang, PALEMBANG; not palembang (a name takes its capital)
        entry = self._lexicon.lookup(word)
        if entry is not None and entry.kind & _ACCEPTED:
            return True
        if entry is not None and self.suffix_border_fix(lower) is not None:
            return False  # memasukan: masuk + -kan keeps both k
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
        if not (entry is not None or self._clitic_ok(lower) or self._bound_form_ok(lower)
                or self._compound_ok(lower) or self._loan_derivation_ok(lower)
                or self._adapted_loan(lower)):
            return False
        # Built by the morphology only: a common word one slip away says it is a typo
        # (jalaan -> jalan, mukai -> mulai).
        return self._likely_typo_of(lower) is None

    def suffix_border_fix(self, lower: str) -> str | None:
        """A passive or active verb whose root ends in k written with -an instead of -kan
        (*memasukan*, *disemarakan*): the -kan form, when the lexicon has it."""
        if not (lower.endswith("kan") and lower.startswith(_VERB_PREFIXES)) or len(lower) < 8:
            return None
        fixed = lower[:-2] + "kan"
        root = self._lexicon.entry(lower[:-3])
        if root is not None and root.kind & Kind.HUNSPELL:
            return None  # menjajakan: menjaja + -kan, the root ends in a, not in k
        entry = self._lexicon.entry(fixed)
        in_hunspell = self._lexicon.entry(lower)
        if entry is None or (in_hunspell is not None and in_hunspell.kind & Kind.HUNSPELL):
            return None
        return fixed

    def _clitic_ok(self, lower: str) -> bool:
        """A word form + -nya, -lah, -kah, -pun, -ku, -mu: ujarnya, diumumkannya."""
        for clitic in CLITICS:
            if lower.endswith(clitic) and len(lower) > len(clitic) + 2:
                base = lower[:-len(clitic)]
                if clitic in ("ku", "mu") and len(base) < 4:
                    continue  # pelku is a typo of pelaku, not pel + -ku
                if self._lexicon.lookup(base) is not None:
                    return True
        return False

    def in_dictionary(self, word: str) -> bool:
        """Whether hunspell id_ID itself accepts ``word`` (no morphology, no word lists)."""
        entry = self._lexicon.lookup(word)
        return entry is not None and bool(entry.kind & Kind.HUNSPELL)

    def dictionary_flags(self, word: str) -> tuple[str, ...] | None:
        """The hunspell flags of the stem ``word`` (lowercase), or None when it is no stem
        (the flags of Saring's accept list are empty)."""
        entry = self._lexicon.entry(word)
        if entry is None or not entry.kind & Kind.STEM:
            return None
        flags = entry.flags
        return tuple(flags[i:i + 2] for i in range(0, len(flags), 2))

    def region_word(self, lower: str) -> str | None:
        """A word of a region name (lowercase) as written (palembang -> Palembang)."""
        extra = self._extra_region_words.get(lower)
        if extra is not None:
            return extra
        found = self._lexicon.region_word(lower)
        return None if found is None else found[0]

    def major_region_word(self, lower: str) -> str | None:
        """A word of a province, regency or city name (lowercase) as written, or None."""
        found = self._lexicon.region_word(lower)
        if found is not None and found[1] & RegionLevel.MAJOR:
            return found[0]
        return self._extra_region_words.get(lower)

    def region_names(self) -> Iterator[tuple[str, RegionLevel]]:
        """Every region name of the lexicon (provinces, regencies, cities, districts)."""
        return self._lexicon.region_names()

    def region_name(self, words: str) -> str | None:
        """The region name whose words (lowercase, hyphens as " - ", joined by spaces) are
        ``words``, as written, or None."""
        return self._lexicon.region_name(words)

    def is_english(self, word: str) -> bool:
        """Whether ``word`` is an English word (and no Indonesian one)."""
        return self._lexicon.is_english(word.lower())

    def _is_candidate(self, word: str) -> bool:
        """Whether a suggestion candidate is a word: the lexicon and a clitic only (a
        candidate is never a compound the morphology alone would build)."""
        cached = self._known.get(word)
        if cached is not None:
            return cached
        entry = self._lexicon.lookup(word)
        if entry is not None:
            return bool(entry.kind & _ACCEPTED) or (
                self.suffix_border_fix(word) is None
                and self._likely_typo_of(word) is None)
        return word in self._accept_lower or self._clitic_ok(word)

    def _is_plain(self, word: str) -> bool:
        entry = self._lexicon.entry(word)
        return (entry is not None and bool(entry.kind & Kind.STEM)) or (
            word in self._accept_lower)

    def _derived_penalty(self, word: str) -> float | None:
        """How much a derived suggestion (not a stem, never seen in the frequency list) is
        pushed down: a little when hunspell itself builds it, more when only Saring's
        morphology does, and dropped when it is a form Indonesian does not make: a peN- noun
        with the verb endings -i/-kan (*pemerintahi*, *pendidiki*) or a clitic on a form
        that is itself no word (*menyampaiku*)."""
        if self.in_dictionary(word):
            return 0.5
        for ending in ("kan", "i"):
            base = word[:-len(ending)]
            if word.endswith(ending) and base.startswith(("pem", "pen")) and len(base) > 5:
                flags = self.dictionary_flags(base)
                if not (flags and any(f[0] in "MD" for f in flags)):
                    return None  # pengaruhi, pentingkan stay: their root is a verb stem
        for clitic in ("ku", "mu", "kah", "lah", "tah"):
            base = word[:-len(clitic)]
            if (word.endswith(clitic) and not self._is_plain(base)
                    and not self._suggester.frequency(base)):
                return None
        return 1.0

    def _stem_flags(self, root: str) -> str | None:
        entry = self._lexicon.entry(root)
        return entry.flags if entry is not None and entry.kind & Kind.STEM else None

    def _compound_ok(self, lower: str) -> bool:
        """A compound joined by a circumfix (EYD V): disalahgunakan, pertanggungjawaban."""
        for analysis in analyses(lower):
            if not (analysis.prefix and analysis.suffix):
                continue
            root = analysis.root
            for i in range(4, len(root) - 3):
                if self._stem_flags(root[:i]) and self._stem_flags(root[i:]):
                    return True
        return False

    def _adapted_loan(self, lower: str) -> bool:
        """A loanword in its Indonesian spelling whose English source the word list has
        (instruksi: instruction, karakter: character, eksis: exist, hibrid: hybrid), by the
        spelling rules of Pedoman Umum Pembentukan Istilah read backwards."""
        if len(lower) < 5 or not lower.isalpha():
            return False
        return any(self.is_english(source) for source in _english_sources(lower))

    def _loan_derivation_ok(self, lower: str) -> bool:
        """A loanword derived with its own suffix from a loan stem the lexicon has (valid ->
        validasi, sinergi -> sinergitas, modern -> modernisasi, aktif -> aktivitas), and such a
        noun as a passive or active verb (divalidasi, memvalidasi, disinergikan)."""
        for prefix, before in _LOAN_PREFIXES:
            rest = lower[len(prefix):]
            if not lower.startswith(prefix) or (before and rest[:1] not in before):
                continue  # mensosialisasikan: the s drops after meN- (baku.luluh)
            if prefix and rest.endswith("kan"):
                rest = rest[:-3]
            if prefix and self._lexicon.entry(rest) is not None and rest.endswith(
                    _LOAN_SUFFIXES):
                return True  # divalidasi: the -asi noun of the lexicon as a verb
            for suffix, stem_ending in _LOAN_DERIVATIONS:
                if not rest.endswith(suffix) or len(rest) - len(suffix) < 4:
                    continue
                stem = rest[:-len(suffix)] + stem_ending
                entry = self._lexicon.entry(stem)
                if entry is not None and entry.kind & (Kind.STEM | Kind.HUNSPELL):
                    return True
        return False

    def _bound_form_ok(self, lower: str) -> bool:
        """antarwarga, pascabanjir, antinyamuk: a bound form joined to a real word."""
        for bound in BOUND_FORMS:
            rest = lower[len(bound):]
            if lower.startswith(bound) and len(rest) >= 3:
                entry = self._lexicon.entry(rest)
                if entry is not None and entry.kind & (Kind.STEM | Kind.HUNSPELL):
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
            head, _, tail = word.partition("-")
            if (tail and "-" not in tail and self.is_known(tail) and not self.is_known(head)
                    and tail.lower() in self._suggester.suggest(head.lower())):
                words.insert(0, f"{match_case(tail.lower(), head)}-{tail}")  # lembga-lembaga
            split = self.missing_space(word.lower())
            if split is not None and (not words or len(word) >= 12):
                words.insert(0 if not words else 1, match_case(split, word))  # nantimelanjutkan
            regions = self.regions_near(word)
            if regions:  # first for a capitalised word or a name without its capital, else last
                first = word[:1].isupper() or self.region_word(word.lower()) is not None
                at = 0 if first else min(MAX_SUGGESTIONS - 1, len(words))
                words[at:at] = [r for r in regions if r not in words]
            cached = self._suggestions[word] = tuple(dict.fromkeys(words))[:MAX_SUGGESTIONS]
        return cached

    def missing_space(self, lower: str) -> str | None:
        """Two words run together (nantimelanjutkan, pertamakalinya, bulukumbapada): the pair
        with the longer shorter half, when one half is a function word or both are long."""
        best: tuple[int, str] | None = None
        for i in range(2, len(lower) - 1):
            head, tail = lower[:i], lower[i:]
            if not ((head in _SPLIT_FUNCTION_WORDS or tail in _SPLIT_FUNCTION_WORDS)
                    or (len(head) >= 4 and len(tail) >= 4)):
                continue
            if not (self._whole_word(head) and self._whole_word(tail)):
                continue
            key = (min(len(head), len(tail)), f"{head} {tail}")
            best = key if best is None or key > best else best
        return best[1] if best else None

    def _whole_word(self, lower: str) -> bool:
        entry = self._lexicon.lookup(lower)
        return (entry is not None and bool(entry.kind & (Kind.HUNSPELL | Kind.STEM))) or (
            self.major_region_word(lower) is not None) or self._clitic_ok(lower)

    def regions_near(self, word: str) -> tuple[str, ...]:
        """Region names (as written) equal to ``word`` but for case, or one edit away."""
        lower = word.lower()
        exact = self.region_word(lower)
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
        # Links (cekbansos-kemensos.xyz, s.id/formpkk) and Latin phrases (ex officio) are no
        # words to spell.
        in_link = _SpanSet(sorted([*link_spans(text),
                                   *(m.span() for m in finditer_chunked(_LATIN_PHRASE_RE, text))]))
        # Words as normalised (Peme\u00adrintah -> Pemerintah); offsets into ``text`` as given.
        tokens = [Token(t.norm(), t.start, t.end, t.kind) for t in tokenize(text)
                  if t.kind is TokenKind.WORD]
        # A capitalised word the text also uses inside a sentence is a name there too.
        names = {t.text for t in tokens if t.text[:1].isupper() and t.start not in starts
                 and not self._capitalised_typo(t.text)}
        # Acronyms the text defines in parentheses (calon pengantin (catin)) and words it uses
        # more than once: a term of the text, not a typo, unless a common word is one slip away.
        defined = _defined_acronyms(text, tokens)
        uses = Counter(t.text for t in tokens)
        findings: list[Finding] = []
        for i, token in enumerate(tokens):
            if "'" in token.text and not in_link(token.start):
                finding = self._apostrophe(token)
                if finding is not None:  # Jum'at, Jum’at: a name's capital does not hide it
                    findings.append(dataclasses.replace(
                        finding, actual=text[token.start:token.end]))
                    continue
            latin = _LATIN_JOINED.get(token.text.lower())
            if latin is not None and not in_link(token.start):
                right = " ".join(match_case(w, token.text) for w in latin.split())
                findings.append(_word_finding(
                    dataclasses.replace(token, text=text[token.start:token.end]), "baku.latin",
                    f"Frasa Latin “{right}” ditulis dua kata, dengan ejaan aslinya (cetak miring).",
                    (right,), reference="EYD V: huruf miring untuk kata asing"))
                continue  # Adhok, adhoc, exofficio: a Latin phrase run together
            if in_link(token.start):
                continue  # dinkes.sukamajukab.go.id without http://
            slip = (token.text[:1].isupper() and token.start not in starts
                    and self._slip_in_common_name(tokens, i, text))
            if self._skip(token, starts) and not slip:
                continue
            word = token.text
            if word.lower() in defined:
                continue
            if (i > 0 and word[:1].isupper() and tokens[i - 1].text.lower() in _NAME_HEADS
                    and text[tokens[i - 1].end:token.start] in (" ", ". ")):
                continue  # Desa Jembayan: a name after a word that introduces one
            if text[token.end:token.end + 1] == "." and is_abbreviation(word):
                continue  # Dr., Kab., dll.
            if _not_a_word_here(text, tokens, i):
                continue
            if self.is_known(word):
                continue
            if word in self._titles_lower and not (
                    i + 1 < len(tokens) and tokens[i + 1].text[:1].isupper()):
                continue  # kabid dan kasi: positions named generically
            finding = self._case_fix(token) or self._nasal(token)
            english = self.is_english(word) or (word.islower() and self._english_compound(word))
            if finding is None and english and not _in_foreign_phrase(tokens, i, self.is_english):
                finding = self._loan_spelling(token)
            if finding is None and english:
                if _inside_foreign_name(text, tokens, i, self.is_english):
                    continue  # Association of the Indonesian Tours and Travel Agencies
                if self._likely_typo_of(word.lower()) is None:
                    finding = self._foreign(token)
            if finding is None:
                if word[:1].isupper() and not slip and (
                        word in names or _latin_binomial(tokens, i, text, self.is_known)
                        or not (self._common_word_near(word) or self.regions_near(word)
                                or self._capitalised_typo(word))):
                    continue  # a capitalised word at a sentence start: a name, unless a
                    # common word or a region name is one slip away (Pemerintahh, Palembnag)
                if _latin_binomial(tokens, i, text, self.is_known):
                    continue  # Aedes aegypti
                if (uses[word] > 1 and len(word) >= 5
                        and self._likely_typo_of(word.lower()) is None
                        and not self._near_dictionary_word(word.lower())):
                    continue  # hotmix ... hotmix: a term the text keeps using
                finding = Finding(
                    rule_id=RULE_ID, category=Category.SPELLING, severity=Severity.WARNING,
                    start=token.start, end=token.end, actual=text[token.start:token.end],
                    message=self._unknown_message(word),
                    suggestions=self._dictionary_first(word) if slip else self.suggest(word),
                    reference="Kamus hunspell id_ID (LibreOffice) dan leksikon Saring",
                )
            actual = text[token.start:token.end]
            if finding.actual != actual:  # the word held a soft hyphen or a curly apostrophe
                finding = dataclasses.replace(finding, actual=actual)
            findings.append(finding)
        return findings

    def _case_fix(self, token: Token) -> Finding | None:
        """A listed abbreviation written in the wrong case: pemkab -> Pemkab, bumdes -> BUMDes."""
        listed = self._abbreviations_lower.get(token.text.lower())
        if listed is None or listed == token.text:
            return None
        return _word_finding(
            token, "spelling.kapital-singkatan",
            f"Singkatan “{token.text}” ditulis seperti bentuk resminya: “{listed}”.",
            (listed,), reference="EYD V: singkatan dan akronim", category=Category.ORTHOGRAPHY)

    def _apostrophe(self, token: Token) -> Finding | None:
        """An apostrophe inside an Indonesian word: Jum'at, Jum’at -> Jumat; do'a -> doa."""
        word = token.text
        if "'" not in word or self.is_known(word):
            return None
        plain = word.replace("'", "")
        if len(plain) < 3 or not self.is_known(plain) or not plain.isalpha():
            return None
        return _word_finding(
            token, "baku.apostrof",
            f"“{word}” tidak baku: kata bahasa Indonesia ditulis tanpa tanda petik tunggal: "
            f"“{plain}”.", (plain,), reference="KBBI; EYD V")

    def _nasal(self, token: Token) -> Finding | None:
        """meN-/peN- before k, p, s, t + vowel: the consonant drops (mensosialisasikan ->
        menyosialisasikan, mengkampanyekan -> mengampanyekan)."""
        word = token.text
        match = _UNMERGED_NASAL.match(word.lower())
        if match is None:
            return None
        head, consonant, rest = match.groups()
        merged = head[:2] + {"k": "ng", "p": "m", "s": "ny", "t": "n"}[consonant] + rest
        if not self.is_known(merged):
            return None
        right = match_case(merged, word)
        return _word_finding(
            token, "baku.luluh",
            f"“{word}” tidak baku: pada awalan meN-/peN- huruf {consonant} di awal kata dasar "
            f"luluh: “{right}”.", (right,), reference="EYD V; KBBI")

    def _loan_spelling(self, token: Token) -> Finding | None:
        """An English spelling of a word Indonesian has taken in with its own spelling
        (staff -> staf, system -> sistem, centimeter -> sentimeter)."""
        word = token.text
        for adapted in _adaptations(word.lower()):
            entry = self._lexicon.lookup(adapted)
            if entry is not None and entry.kind & (Kind.HUNSPELL | Kind.STEM) and len(adapted) > 3:
                right = match_case(adapted, word)
                return _word_finding(
                    token, "baku.serapan",
                    f"“{word}” ejaan asing; bentuk bakunya dalam bahasa Indonesia “{right}”.",
                    (right,), reference="KBBI; Pedoman Umum Pembentukan Istilah")
        return None

    def _foreign(self, token: Token) -> Finding:
        return _word_finding(
            token, "baku.kata-asing",
            f"“{token.text}” kata asing: tulis miring atau pakai padanannya dalam bahasa "
            "Indonesia bila ada.", (), reference="EYD V: huruf miring untuk kata asing",
            severity=Severity.INFO)

    def _likely_typo_of(self, lower: str) -> str | None:
        """The suggester's ``likely_typo_of``, remembered: a post checked again asks the same."""
        if lower in self._typo_of:
            return self._typo_of[lower]
        if len(self._typo_of) > 50_000:
            self._typo_of.clear()
        found = self._typo_of[lower] = self._suggester.likely_typo_of(lower)
        return found

    def _near_dictionary_word(self, lower: str) -> bool:
        """Whether a word of id_ID itself is one likely slip (cost 2 at most) away."""
        for candidate, cost in edits1(lower).items():
            if cost <= 2:
                entry = self._lexicon.entry(candidate)
                if entry is not None and entry.kind & (Kind.HUNSPELL | Kind.STEM):
                    return True
        return False

    def _english_compound(self, lower: str) -> bool:
        """Two English words run together (hotmix, timeline): a foreign term, not a typo."""
        if (len(lower) < 6 or not lower.isalpha() or lower.startswith(_INDONESIAN_PREFIXES)
                or self._likely_typo_of(lower)):
            return False  # dispenduk: an Indonesian prefix says it is no English compound
        for i in range(3, len(lower) - 2):
            head, tail = lower[:i], lower[i:]
            english = self.is_english(head), self.is_english(tail)
            if any(english) and all(e or self.in_dictionary(p)
                                    for e, p in zip(english, (head, tail), strict=True)):
                return True  # hot (also in id_ID) + mix
        return False

    def _unknown_message(self, word: str) -> str:
        region = self.region_word(word.lower())
        if region is not None:
            return (f"“{word}” adalah nama daerah: tulis dengan huruf kapital seperti "
                    f"“{region}”.")
        return (f"“{word}” tidak ada di kamus bahasa Indonesia. Periksa ejaannya; jika kata "
                "ini benar (nama, istilah), tambahkan ke kamus.")

    def _common_word_near(self, word: str) -> bool:
        lower = word.lower()
        return (self._likely_typo_of(lower) is not None
                or any(self._common(s.lower()) for s in self.suggest(word)[:3])
                or (len(lower) >= 7 and self._near_long_dictionary_word(lower)))

    def _near_long_dictionary_word(self, lower: str) -> bool:
        """A long word of id_ID one dropped or doubled letter away (Sebalikya -> Sebaliknya,
        Detinasi -> Destinasi): names rarely sit one letter from a long dictionary word."""
        for candidate, cost in edits1(lower).items():
            if cost <= 2 and len(candidate) >= 8 and abs(len(candidate) - len(lower)) == 1:
                entry = self._lexicon.entry(candidate)
                if entry is not None and entry.kind & Kind.HUNSPELL:
                    return True
        return False

    def _common(self, lower: str) -> bool:
        """A word of the frequency list, or one with a clitic (pihaknya)."""
        if self._suggester.frequency(lower):
            return True
        return any(lower.endswith(c) and self._suggester.frequency(lower[:-len(c)])
                   for c in CLITICS)

    def _slip_in_common_name(self, tokens: list[Token], i: int, text: str) -> bool:
        """A capitalised word inside a name made of common words, one likely slip from a
        word of id_ID (Kementrian Dalam Negeri -> Kementerian): such a name is written with
        the dictionary's words, so the slip is a typo, not a personal or place name."""
        word = tokens[i].text
        lower = word.lower()
        if (len(word) < 7 or not word.istitle() or not word.isalpha() or self.is_known(word)
                or self.region_word(lower) is not None):
            return False
        # The head noun of an institution comes first and common words follow it (Kementrian
        # Dalam Negeri); a personal name follows a title, so only the next word counts.
        if i + 1 >= len(tokens) or (i > 0 and tokens[i - 1].text[:1].isupper()
                                    and text[tokens[i - 1].end:tokens[i].start] == " "):
            return False  # Dinas Perindag Provinsi: inside a name, maybe an acronym
        nxt = tokens[i + 1]
        if not (nxt.text.istitle() and text[tokens[i].end:nxt.start] == " "
                and self._plain_name_word(nxt.text.lower())):
            return False
        return self._near_dictionary_word(lower)

    def _dictionary_first(self, word: str) -> tuple[str, ...]:
        """Suggestions with the words of id_ID itself first: a name made of common words
        takes a dictionary word (Kementerian), not a form only Saring's morphology builds."""
        found = self.suggest(word)
        return tuple(sorted(found, key=lambda s: not self.in_dictionary(s)))

    def _plain_name_word(self, lower: str) -> bool:
        """A common word of the lexicon that is no region name (Dalam, Negeri, Dinas)."""
        entry = self._lexicon.entry(lower)
        return (entry is not None and bool(entry.kind & Kind.HUNSPELL) and len(lower) > 2
                and self.region_name(lower) is None)

    def _skip(self, token: Token, sentence_start_offsets: frozenset[int]) -> bool:
        word = token.text
        if len(word) < 2:
            return True
        if word.isupper() and sum(c.isalpha() for c in word) >= 2:
            return True  # acronyms: ASN, OPD, BPBD
        # A capitalised word inside a sentence is most likely a name, unless it is one likely
        # slip from a common word and no name the lexicon knows (Bupti -> Bupati).
        if word[0].isupper() and token.start not in sentence_start_offsets:
            return not self._capitalised_typo(word)
        return False

    def _capitalised_typo(self, word: str) -> bool:
        cached = self._name_typos.get(word)
        if cached is None:
            cached = self._name_typos[word] = self._capitalised_typo_uncached(word)
        return cached

    def _capitalised_typo_uncached(self, word: str) -> bool:
        lower = word.lower()
        split = self.missing_space(lower) if len(word) >= 7 and not self.is_known(word) else None
        if split is not None:
            head, tail = split.split(" ")
            if tail in _SPLIT_FUNCTION_WORDS and self.major_region_word(head) is not None:
                return True  # Bulukumbapada: a region name run into "pada"
        if not word[1:].islower() or len(word) < 5 or self.is_known(word):
            return False
        if self.region_word(lower) is not None or self._lexicon.lookup(lower) is not None:
            return False
        near = self._likely_typo_of(lower)
        return near is not None and self._suggester.frequency(near) >= _NAME_TYPO_MIN_FREQUENCY


# Loanword suffixes (Pedoman Umum Pembentukan Istilah): the derived ending and what the stem
# ends in (valid + -asi, sinergi + -tas, aktif -> aktivitas, modern + -isasi).
_LOAN_DERIVATIONS = (("isasi", ""), ("asi", ""), ("itas", ""), ("tas", ""), ("ivitas", "if"),
                     ("isme", ""), ("is", "isme"))
# What an abbreviated position stands for begins with one of these (Kabid: Kepala Bidang).
_POSITIONS = ("Kepala", "Sekretaris", "Ketua", "Wakil", "Komandan", "Direktur")
_LOAN_SUFFIXES = ("asi", "isasi", "tas", "isme")
# Function words a writer runs into the word before or after (Bulukumbapada, ditiga).
_SPLIT_FUNCTION_WORDS = frozenset({"pada", "dan", "yang", "untuk", "dengan", "dari", "ini", "itu",
                                   "akan", "juga", "atau", "ke", "di", "oleh", "bagi", "agar"})
_INDONESIAN_PREFIXES = ("di", "ke", "se", "me", "pe", "be", "te")
# Prefixes on such a noun, with the letters meN- keeps before it (p, t, k, s drop).
_LOAN_PREFIXES = (("", ""), ("di", ""), ("ter", ""), ("mem", "bfv"), ("men", "cdjz"),
                  ("meng", "aeiough"), ("me", "lmnrwy"))
# Words after which a capitalised word is a name (Desa Jembayan, Jalan Merdeka, Pak Harto).
_NAME_HEADS = frozenset({
    "desa", "kelurahan", "kecamatan", "dusun", "kampung", "kabupaten", "kota", "provinsi", "jalan",
    "jl", "gang", "sungai", "gunung", "pulau", "pantai", "danau", "bukit", "pasar", "nagari",
    "gampong", "pekon", "banjar", "lingkungan", "perumahan", "pak", "bu", "bapak", "ibu", "sdr",
    "saudara", "saudari", "kak", "mas", "mbak", "bang", "haji", "hj", "h", "dr", "drs", "ir",
})
# meN-/peN- written with the first consonant of a root that drops it (k, p, s, t + vowel).
_UNMERGED_NASAL = re.compile(r"^((?:me|pe)(?:ng|m|n))([kpst])([aeiou].{2,})$")
_VERB_PREFIXES = ("me", "di", "ter", "memper", "diper")
# How common a word must be (in frequency.tsv) for a capitalised word one slip from it inside a
# sentence to be taken as its typo rather than a name.
_NAME_TYPO_MIN_FREQUENCY = 3
_FOREIGN_GLUE = frozenset({"of", "the", "and", "for", "in", "on", "to", "at", "by", "with",
                           "a", "an", "de", "du", "van", "von", "der"})
_LATIN_ENDINGS = ("i", "ae", "us", "um", "is", "ensis", "ii", "a", "es", "ata", "ica")


# Latin phrases of official and scientific prose, written in italics (EYD V).
_LATIN_PHRASE_RE = re.compile(
    r"\b(?:ex officio|de facto|de jure|ad hoc|status quo|vice versa|per se|bona fide|et al"
    r"|in situ|ex situ|a priori|a posteriori|sine qua non|curriculum vitae|alma mater"
    r"|force majeure|in absentia|pro bono|pro forma|ad interim|ex post|ex ante)\b",
    re.IGNORECASE)
# The same phrases run together, also with k for c (adhok): each to the phrase.
_LATIN_JOINED = {
    variant: phrase
    for phrase in ("ex officio", "de facto", "de jure", "ad hoc", "status quo", "vice versa",
                   "bona fide", "ad interim", "pro bono", "in situ", "force majeure")
    for variant in {phrase.replace(" ", ""), phrase.replace(" ", "").replace("c", "k")}
}
_UNITS = frozenset({"km", "m", "cm", "mm", "kg", "g", "mg", "ha", "ton", "l", "ml", "kwh", "kw",
                    "mw", "mdpl", "knot", "gb", "mb", "mbps", "kbps", "ghz", "mhz", "ppm"})


def _in_foreign_phrase(tokens: list[Token], i: int, english: Callable[[str], bool]) -> bool:
    """A word next to an English word or an acronym (SMS center, fogging focus): part of a
    foreign phrase, not an English spelling of an Indonesian loanword."""
    for j in (i - 1, i + 1):
        if 0 <= j < len(tokens):
            left, right = sorted((tokens[i], tokens[j]), key=lambda t: t.start)
            if right.start - left.end != 1:
                continue  # sirup, biscuit: a list, not a phrase
            other = tokens[j].text
            if (other.isupper() and len(other) > 1) or (english(other) and not other.istitle()):
                return True
    return False


def _defined_acronyms(text: str, tokens: list[Token]) -> set[str]:
    """Lowercase words the text defines in parentheses after the words they shorten, their
    letters taken in order from those words (calon pengantin (catin), dapur sehat atasi
    stunting (dashat))."""
    defined: set[str] = set()
    if "(" not in text:
        return defined
    opened = {m.end() for m in re.finditer(r"\((?=\w)", text)}
    for i, token in enumerate(tokens):
        if token.start not in opened:
            continue
        word = token.text.lower()
        if i < 2 or not word.isalpha() or len(word) < 3 or text[token.end:token.end + 1] != ")":
            continue
        before = [t.text.lower() for t in tokens[max(0, i - 6):i]]
        for start in range(len(before) - 2, -1, -1):
            if before[start][0] == word[0] and _subsequence(word, "".join(before[start:])):
                defined.add(word)
                break
    return defined


def _subsequence(short: str, long: str) -> bool:
    letters = iter(long)
    return all(ch in letters for ch in short)


def _not_a_word_here(text: str, tokens: list[Token], i: int) -> bool:
    """Tokens that are no word to spell: a unit after a number (5 km), a clitic after a
    parenthesis and hyphen ((Tupoksi)-nya), an acronym defined in parentheses by the words
    before it (bahan kebutuhan pokok (bakepok))."""
    token = tokens[i]
    word = token.text
    if word.lower() in _UNITS and re.search(r"\d[ \t]?$", text[max(0, token.start - 3):token.start]):
        return True
    if word in CLITICS and text[max(0, token.start - 2):token.start] == ")-":
        return True
    if (text[token.start - 1:token.start] == "(" and text[token.end:token.end + 1] == ")"
            and i > 0):
        before = [t.text.lower() for t in tokens[max(0, i - 6):i]]
        return _acronym_of(word.lower(), before)
    return False


def _acronym_of(acronym: str, words: list[str]) -> bool:
    """Whether ``acronym`` is made of the beginnings of the last few ``words`` in order
    (bakepok: bahan kebutuhan pokok)."""
    for start in range(len(words) - 1, -1, -1):
        if _spells(acronym, words[start:]) and len(words) - start >= 2:
            return True
    return False


def _spells(acronym: str, words: list[str]) -> bool:
    if not words:
        return not acronym
    first, rest = words[0], words[1:]
    for size in range(min(len(first), len(acronym)), 0, -1):
        if first[:size] == acronym[:size] and _spells(acronym[size:], rest):
            return True
    return False


def _inside_foreign_name(text: str, tokens: list[Token], i: int,
                         english: Callable[[str], bool]) -> bool:
    """An English function word between capitalised words (Association of the Indonesian
    Tours and Travel Agencies): part of a name, not a word to translate."""
    word = tokens[i].text
    if word.lower() not in _FOREIGN_GLUE:
        return False
    if 0 < i < len(tokens) - 1 and english(tokens[i - 1].text) and english(tokens[i + 1].text):
        return True  # door to door: one foreign phrase, advised on its words
    before = next((t.text for t in reversed(tokens[max(0, i - 3):i])
                   if t.text.lower() not in _FOREIGN_GLUE), "")
    after = next((t.text for t in tokens[i + 1:i + 4] if t.text.lower() not in _FOREIGN_GLUE), "")
    return before[:1].isupper() and after[:1].isupper()


def _latin_binomial(tokens: list[Token], i: int, text: str,
                    known: Callable[[str], bool]) -> bool:
    """A species name: a capitalised genus then a lowercase epithet with a Latin ending
    (Aedes aegypti, Oryza sativa), neither of them a word of the lexicon."""
    for genus_at in (i, i - 1):
        if genus_at < 0 or genus_at + 1 >= len(tokens):
            continue
        genus, epithet = tokens[genus_at], tokens[genus_at + 1]
        if (text[genus.end:epithet.start] == " " and genus.text[:1].isupper()
                and genus.text[1:].islower() and epithet.text.isalpha() and epithet.text.islower()
                and len(epithet.text) > 4 and epithet.text.endswith(_LATIN_ENDINGS)
                and not known(genus.text) and not known(epithet.text)):
            return True
    return False


# English spellings -> Indonesian spelling of loanwords (Pedoman Umum Pembentukan Istilah):
# applied one at a time and all together.
_LOAN_RULES = ((r"tion$", "si"), (r"sion$", "si"), (r"ty$", "tas"), (r"ive$", "if"),
               (r"ism$", "isme"), (r"ph", "f"), (r"th", "t"), (r"c(?=[eiy])", "s"),
               (r"c(?=[aou]|[^aeiouy]|$)", "k"), (r"y", "i"), (r"([bdfgklmnprst])\1", r"\1"),
               (r"ou", "u"), (r"e$", ""))


# The same rules read backwards: an Indonesian spelling -> the English spellings it may come from.
_SOURCE_RULES = ((r"ksi$", ("ction", "xion")), (r"si$", ("tion", "sion")), (r"tas$", ("ty",)),
                 (r"if$", ("ive",)), (r"isme$", ("ism",)), (r"ks", ("x", "ct", "cs")),
                 (r"k(?=[aou]|[^aeiou]|$)", ("c", "ch", "ck")), (r"s(?=[ei])", ("c",)),
                 (r"f", ("ph",)), (r"i(?=[^aeiou]|$)", ("y",)), (r"t", ("th",)), (r"$", ("e", "t")))


_SOURCE_STEPS = tuple((re.compile(pattern), replacement)
                      for pattern, replacements in _SOURCE_RULES for replacement in replacements)


def _english_sources(lower: str) -> Iterator[str]:
    """English spellings ``lower`` could be adapted from: one or two of the rules applied in
    turn, each to its first or to every place (karakter -> charakter -> character)."""
    seen = {lower}
    frontier = [lower]
    for _ in range(2):
        found: list[str] = []
        for form in frontier:
            for pattern, replacement in _SOURCE_STEPS:
                if pattern.search(form) is None:
                    continue
                for count in (1, 0):
                    new = pattern.sub(replacement, form, count=count)
                    if new not in seen:
                        seen.add(new)
                        found.append(new)
                        yield new
        frontier = found


def _adaptations(lower: str) -> list[str]:
    """Indonesian spellings an English word could have taken (staff -> staf)."""
    found: list[str] = []
    everything = lower
    for pattern, replacement in _LOAN_RULES:
        one = re.sub(pattern, replacement, lower)
        everything = re.sub(pattern, replacement, everything)
        if one != lower:
            found.append(one)
    if everything != lower:
        found.append(everything)
    return list(dict.fromkeys(found))


def _word_finding(token: Token, rule_id: str, message: str, suggestions: tuple[str, ...], *,
                  reference: str, category: Category = Category.STANDARD,
                  severity: Severity = Severity.WARNING) -> Finding:
    """A finding on one word token (its ``actual`` is set to the original text by check)."""
    return Finding(rule_id=rule_id, category=category, severity=severity, start=token.start,
                   end=token.end, actual=token.text, message=message, suggestions=suggestions,
                   reference=reference)


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
