"""Whether a word is a correct Indonesian form: lookups in the compiled lexicon
(core/check/lexicon.py) plus what Saring accepts at run time (abbreviations, region names,
clitics, bound forms, circumfixed compounds, loanword derivations, the user's words). Nothing
here expands affixes; a form only the morphology builds is refused when a common word is one
slip away."""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TypeVar

from core.check.lexicon import Entry, Kind, Lexicon, LexiconError, RegionLevel, open_lexicon
from core.check.morphology import (
    BOUND_FORMS,
    CLITICS,
    PREFIX_FAMILIES,
    VOWELS,
    analyses,
    be_allowed,
    possible_roots,
)
from core.check.spelling.foreign_affix import hyphenated_foreign
from core.check.spelling.loans import (
    LOAN_DERIVATIONS,
    LOAN_PREFIXES,
    LOAN_SUFFIXES,
    adaptations,
    english_sources,
)
from core.check.spelling.names import OfficialNamePairs
from core.check.spelling.variants import standard_variants
from core.check.suggest import NEIGHBOURS, WORD_ENDINGS, Suggester, edits1
from core.check.text import MAX_WORD_CHARS
from core.errors import SaringError

CLITIC_SUFFIXES = ("nya", "lah", "kah", "pun", "ku", "mu")  # written -nya after an abbreviation


# Forms accepted as they stand; a form only Saring's morphology builds must also not be one
# slip from a common word.
_ACCEPTED = Kind.HUNSPELL | Kind.STEM | Kind.LIST
# A word no list holds that the guessing reads as a loan derivation, a bound form or a
# compound is a typo when a common word is one slip away, from this length on: 8 left out the
# short loans (kuaitas: kualitas, attensi: atensi); 5 began to refuse real words.
_GUESSED_SLIP_MIN_LETTERS = 6
# Prefixes a repeated verb keeps on its first half only (menambah-nambah, memukul-mukul).
_REDUPLICATED = frozenset({"me", "mem", "men", "meng", "meny", "ber", "be", "ter", "di"})


# Bound forms written with a hyphen before a capitalised word (EYD V): the capitalised part is
# a name, taken as written, like any capitalised word inside a sentence.
HYPHENED_BOUND = frozenset({"se", *BOUND_FORMS})


_VERB_PREFIXES = ("me", "di", "ter", "memper", "diper")
# First letters of a root after which meN-/peN- keep or take a nasal (b, c, d, g, j, k, p, s,
# t, z and the vowels): a form with bare me-/pe- before them lacks it.
_NASALISED = frozenset("bcdfgjkpstvzaeiou")


def with_nasal(lower: str) -> list[str]:
    """The meN-/peN- spellings of a form written with bare me-/pe- (pegemasan ->
    pengemasan, pebinaan -> pembinaan, pesiapan -> penyiapan)."""
    head, root = lower[:2], lower[2:]
    first, rest = root[:1], root[1:]
    nasal = {"b": ["m"], "f": ["m"], "v": ["m"], "p": ["m", "mp"], "c": ["n"], "d": ["n"],
             "j": ["n"], "z": ["n"], "t": ["n", "nt"], "s": ["ny", "ns"], "g": ["ng"],
             "k": ["ng", "ngk"]}.get(first)
    if nasal is None:  # a vowel
        return [head + "ng" + root]
    forms = []
    for n in nasal:
        if len(n) > 1 and n[-1] == first:  # the consonant kept: pempasangan, pengkajian
            forms.append(head + n[:-1] + root)
        else:  # b, c, d, g, j stay after the nasal; k, p, s, t drop
            forms.append(head + n + (root if first in "bcdfgjvz" else rest))
    return forms


# How common the right form must be for a wrong affix pair to be its slip (wordfreq Zipf).
_CONFIX_ZIPF = 3.0


# A guessed form is a non-standard spelling of a word of id_ID one rewrite of the slip grammar
# away that costs this much at most, and is at least this common (wordfreq Zipf).
_STANDARD_REWRITE_COST = 1.5
_STANDARD_ZIPF = 3.0


# How common a word must be (wordfreq Zipf: among the few thousand commonest) for itself + a
# clitic never to be taken as a slip (enak + -nya; not kara + -nya, a slip of katanya).
# A word in -n written before -nya with one n (lainya): how common the word in -n must be,
# and by how much (Zipf) commoner than the word without it.
_N_BEFORE_NYA_ZIPF = 4.0
_N_BEFORE_NYA_MARGIN = 0.8
_MISSING_AN_ZIPF = 4.0  # a peN-/per- noun in -an this common is the word meant without -an
_MISSING_AN_MARGIN = 1.5
_COMMON_BASE_ZIPF = 5.0


# How common a word must be in general Indonesian text (wordfreq's Zipf: 3.5 is about three
# uses in a million words) for a long capitalised word one typing slip from it to be its typo.
_COMMON_ZIPF = 3.5
# A correct form nobody writes (no wordfreq Zipf) one typing slip from a word this common (about
# thirty uses in a million words) is read as that word's slip when it stands once in a text in
# lowercase (kekahatan: kejahatan, bekat: berkat, lago: lagi) ...
_RARE_READING_NEAR_ZIPF = 4.5
# ... or, for a form only Saring's morphology builds on a dead root, the suggester's first
# correction when it is a written derived word of a living root (menamam: menanam).
_DEAD_ROOT_NEAR_ZIPF = 3.0
# Particles whose reading of a word nobody writes is weighed against a slip (memecahkah).
_SLIP_PARTICLES = ("kah", "lah", "tah")
# How common the word one edit from such a form must be for the form to be its slip.
_PARTICLE_SLIP_ZIPF = 4.0
# ... unless a root it is built from is itself written this often (uluran: ulur, pemacu: pacu,
# cerminkan: cermin): a rare form of a living root is a word, not a slip.
_RARE_READING_ROOT_ZIPF = 3.5
# ... or one hunspell gives more than this many affix classes (flag pairs): catut (B0M0Mk…),
# cela, pilah (M0T0) are living roots however rarely a form of them is written, while kahat
# (Ka), bekat and lago (none) are marginal words.
_RARE_READING_FLAGS = 1
# Partial reduplication (dwipurwa) with -an: a consonant, a pepet, the root beginning with
# that consonant, -an (bebatuan: batu, pepohonan: pohon).
_PARTIAL_REDUPLICATION = re.compile(r"^([bcdfghjklmnprstwy])e\1[a-z]+an$")
_REDUPLICATION_ROOT_ZIPF = 4.0
# How long a form only the morphology builds must be for a common word one dropped letter away
# to make it a slip (mengamil, penyeraan): shorter forms sit one letter from many words.
_DROPPED_MIN_LETTERS = 7
# meng-/peng- before a root in g keeps the g (menggali, penggerak): how common the form with
# gg must be for the form without it to be that word's slip, when only Saring's morphology
# builds it (mengambar) or when hunspell builds it from a rare root in k (mengali: kali).
_NASAL_G_ZIPF = 3.5
_NASAL_G_HUNSPELL_ZIPF = 4.0
# The first letters of a root meng-/peng- keep before it (menggali, menghubungkan).
_NASAL_KEPT = ("g", "h")
# A letter Indonesian names add to a common word as a spelling of their own (Rakhmat, Dharma).
_NAME_GLIDES = frozenset("h")


def typing_slips(lower: str, *, beside_name: bool = False) -> Iterator[str]:
    """The forms one typing slip from ``lower``: two letters swapped, a letter dropped or
    added (not a doubled one), a vowel for another or a neighbouring key. The first letter
    stays, and the spelling variants names keep are no slips here: doubled letters, an h more
    than the common word has (Rakhmat, Dharma), kh/k, tj/c, j/z (Muhamad, Tjatur, Rejeki),
    and ``beside_name`` (a capitalised word next to it) iya for ia (Budi Setiyawan). A
    dropped h stays a slip (Pemerintaan)."""
    vowels = "aeiou"
    for i in range(1, len(lower)):
        left, char, right = lower[:i], lower[i], lower[i + 1:]
        if right and right[0] != char:
            yield left + right[0] + char + right[1:]
        if (left[-1] != char and right[:1] != char and char not in _NAME_GLIDES
                and not (beside_name and char == "y" and left[-1] == "i"
                         and right[:1] in vowels)):
            yield left + right
        others = vowels if char in vowels else NEIGHBOURS.get(char, frozenset())
        for letter in others:
            if letter != char:
                yield left + letter + right
    for i in range(1, len(lower) + 1):
        left, right = lower[:i], lower[i:]
        for letter in string.ascii_lowercase:
            if letter != left[-1] and letter != right[:1]:
                yield left + letter + right




K = TypeVar("K")
V = TypeVar("V")
MEMO_LIMIT = 50_000  # a memo of per-word answers is emptied past this many (a long session)


def remembered(memo: dict[K, V], key: K, compute: Callable[..., V], *args: object) -> V:
    """``memo[key]``, computed by ``compute(*args)`` the first time: the answers that read
    only the fixed lexicon and lists, asked again for every repeated word and every re-check
    of an edited post."""
    if key in memo:
        return memo[key]
    if len(memo) > MEMO_LIMIT:
        memo.clear()
    found = memo[key] = compute(*args)
    return found


class DictionaryLoadError(SaringError, RuntimeError):
    """The hunspell dictionary or a word list could not be read."""


class WordLookup:
    """Judges single words over one compiled lexicon and Saring's word lists, with caches.

    Not thread-safe: use one instance from one worker thread at a time.
    """

    def __init__(self, lexicon: Path | Lexicon, *, accept: Iterable[str] = (),
                 abbreviations: Iterable[str] = (),
                 frequencies: dict[str, int] | None = None, regions: Iterable[str] = (),
                 titles: Iterable[str] = (), kind_heads: Iterable[str] = (),
                 official_names: Iterable[str] = ()) -> None:
        if isinstance(lexicon, Lexicon):
            self._lexicon = lexicon
        else:
            try:
                self._lexicon = open_lexicon(lexicon)
            except LexiconError as exc:
                raise DictionaryLoadError(str(exc)) from exc
        self._accept_lower = {w.lower() for w in accept}
        self._user_lower: frozenset[str] = frozenset()
        self._abbreviations = set(abbreviations)
        # Abbreviated positions (Kabid, Kadis, Kades): a common noun in lowercase (EYD V: an
        # acronym that is no name is written in lowercase) unless a name follows.
        self._titles_lower = frozenset(t.lower() for t in titles)
        # Nouns after which a lowercase word names a kind or a make (mesin alkon, lele dumbo).
        self._kind_heads = frozenset(h.lower() for h in kind_heads)
        # The words side by side in the official names the abbreviations stand for (Badan
        # Kepegawaian Negara, Tim Penggerak PKK).
        self._name_pairs = OfficialNamePairs(official_names)
        self._abbreviations_lower: dict[str, str] = {}
        for abbreviation in abbreviations:  # the first listed form wins (BUMDes, not Bumdes)
            self._abbreviations_lower.setdefault(abbreviation.lower(), abbreviation)
        # Region words given here (beside the nationwide ones compiled into the lexicon),
        # lowercase -> as written (Palembang, OKU, Ilir).
        self._extra_region_words = region_words(regions)
        self._known: dict[str, bool] = {}
        self._nonstandard: dict[str, str] = {}  # word refused as a non-standard spelling
        self._standard_of: dict[str, str | None] = {}  # lowercase -> its sure standard form
        self._suggestions: dict[str, tuple[str, ...]] = {}
        self._name_typos: dict[str, bool] = {}  # capitalised word -> a slip of a common word
        self._typo_of: dict[str, str | None] = {}  # word -> the common word it is a slip of
        self._common_slips: dict[tuple[str, bool], str | None] = {}  # (word, beside a name)
        self._abbreviation_slips: dict[str, str | None] = {}  # Diskomnfo -> Diskominfo
        # (region word, word after it) -> the region names one edit of the second makes
        self._region_edits: dict[tuple[str, str], frozenset[str]] = {}
        # Answers that read only the lexicon's region words, per word (they never change):
        # regions_near, the district names near a word, a long acronym's slip.
        self._regions_near: dict[str, tuple[str, ...]] = {}
        self._districts: dict[str, tuple[str, ...]] = {}
        self._acronym_slips: dict[tuple[str, frozenset[str]], str | None] = {}
        # Frequent word forms by first letter, each letter read from the lexicon on the first
        # suggestion that needs two slips.
        self._frequent_by_letter: dict[str, list[tuple[str, float, frozenset[str]]]] = {}
        # Per two first letters: the common words (Zipf >= 3.5) a skipped pair of letters is
        # looked for among (Suggestions.dropped_pair_of).
        self._pair_candidates: dict[str, list[tuple[str, float]]] = {}
        self._dropped_pairs: dict[str, str | None] = {}
        self._suggester = Suggester(is_known=self._is_candidate, is_plain=self._is_plain,
                                    frequencies=frequencies or {},
                                    derived_penalty=self._derived_penalty,
                                    zipf=self._lexicon.zipf, variants=self._standard_forms)
        # Names of provinces, regencies and cities that are no common word (Palembang, not
        # Darat): the ones to suggest. Districts are accepted but never suggested.
        # Built on first use (a suggestion near a region): reading every region word of the
        # lexicon is a quarter of the speller's start-up, and most checks need none.
        self._majors: dict[str, str] | None = None

    @property
    def _region_names(self) -> dict[str, str]:
        if self._majors is None:
            majors = {**self._lexicon.major_region_words(), **self._extra_region_words}
            self._majors = {lower: word for lower, word in majors.items()
                            if self._lexicon.entry(lower) is None}
        return self._majors

    def is_known(self, word: str) -> bool:
        """Whether ``word`` (as written) is a correct Indonesian word form."""
        cached = self._known.get(word)
        if cached is None:
            cached = self._known[word] = self._is_known_uncached(word)
        return cached

    @property
    def user_words(self) -> frozenset[str]:
        """The personal and office words (lowercase): the only words :meth:`is_known` learns
        after loading (a cache of answers built on it is good while this stays equal)."""
        return self._user_lower

    def set_user_words(self, words: Iterable[str]) -> None:
        """Words of the personal and office dictionary, accepted in any case from now on."""
        self._user_lower = frozenset(w.lower() for w in words)
        self._known.clear()
        self._suggestions.clear()
        self._name_typos.clear()

    def _is_known_uncached(self, word: str) -> bool:
        if len(word) > MAX_WORD_CHARS:
            return False  # no word (Speller.check says so once), never taken apart
        lower = word.lower()
        if word in self._abbreviations or lower in self._accept_lower or lower in self._user_lower:
            return True
        region = self.region_word(lower)
        if region is not None and (word == region or word.isupper() or word == lower.capitalize()):
            return True  # Palembang, PALEMBANG; not palembang (a name takes its capital)
        entry = self._lexicon.lookup(word)
        if entry is not None and self.nasal_g_fix(lower) is not None:
            return False  # mengali, mengambar: menggali, menggambar with one g dropped
        if (entry is not None and entry.kind & Kind.HUNSPELL and word[1:] == lower[1:]
                and self.hunspell_confix_fix(lower) is not None):
            return False  # meningkatan, penyampaikan: id_ID's table builds them, nobody
            # writes them, Indonesian has no meN-...-an or peN-...-kan
        if entry is not None and entry.kind & _ACCEPTED:
            return True
        if (entry is None and word == lower and self._lexicon.is_open_form(lower)
                and self._open_form_ok(lower)):
            return True  # individu, akuntabilitas: only apertium-ind holds them (lowercase)
        if entry is not None and self.suffix_border_fix(lower) is not None:
            return False  # memasukan: masuk + -kan keeps both k
        if entry is not None:
            licensed = self._bare_suffix_licence(lower)
            if licensed is False:
                return False  # dinasi: dinas takes -kan (mendinaskan), never -i
            if licensed:
                return True  # salurkan: salur takes -kan (Mk, Dk), so no slip of saluran
        if "-" in word:
            head, _, clitic = word.rpartition("-")
            if clitic.lower() in CLITIC_SUFFIXES and head in self._abbreviations:
                return True  # SIM-nya, KTP-mu
            bound, _, name = word.partition("-")
            if (bound.lower() in HYPHENED_BOUND and name[:1].isupper()
                    and (name[1:].islower() or name.isupper())):
                return True  # se-Sumatra Selatan, pasca-Idulfitri, non-ASN (EYD V)
            if hyphenated_foreign(word, self.is_english):
                return True  # mem-blacklist, di-upgrade: an affix on a foreign word (EYD V)
            parts = [p for p in word.split("-") if p]
            if (len(parts) == 2 and len(parts[1]) >= 3 and parts[0].lower().endswith(
                    parts[1].lower()) and parts[0].lower()[:-len(parts[1])] in _REDUPLICATED
                    and self.is_known(parts[0])):
                return True  # menambah-nambah, memukul-mukul: a verb repeated on its base
            return bool(parts) and all(self.is_known(p) for p in parts)
        if word == lower and self.missing_an_fix(lower) is not None:
            return False  # perjalan, pemanfaatnya: perjalanan, pemanfaatannya without -an;
            # not PT Pertani: a capitalised one may be a name
        guessed = self._guessed_ok(lower, entry)
        if guessed:
            standard = self.standard_spelling_of(lower)
            if standard is not None:  # puteri, jaman, frase: a guessed form whose standard
                self._nonstandard[word] = standard  # form is common
                return False
        return guessed

    def nonstandard_of(self, word: str) -> str | None:
        """The standard form (lowercase) of ``word`` when :meth:`is_known` refused it only as
        a non-standard spelling of a common word of id_ID (puteri -> putri), else None."""
        return self._nonstandard.get(word) if not self.is_known(word) else None

    def _guessed_ok(self, lower: str, entry: Entry | None) -> bool:
        """Whether a word no list holds as it stands is a form Saring's guessing accepts: a
        form the morphology builds, a clitic, a bound form or compound, a loan derivation or a
        loan read back to its English source, and no slip of a common word."""
        if self._ber_noun_ok(lower) or self._partial_reduplication_ok(lower):
            return True
        with_clitic = self._clitic_ok(lower)
        if entry is None and self._active_of_passive(lower):
            return True  # diberdayakan: id_ID has memberdayakan
        if entry is None and self._bare_of_active(lower):
            return True  # kedepankan: id_ID has mengedepankan
        if entry is None and self._open_root_derivation_ok(lower):
            return True  # berkarakter: ber- + karakter, a word only apertium-ind holds
        if entry is None and with_clitic and self.n_dropped_before_nya(lower) is not None:
            return False  # lainya, berjalanya: lain, berjalan + -nya with one n written
        if entry is None and with_clitic and self._common_base(lower):
            return True  # enaknya: enak + -nya, whatever word is one slip away
        if not (entry is not None or with_clitic or self._bound_form_ok(lower)
                or self._compound_ok(lower) or self._loan_derivation_ok(lower)
                or self._adapted_loan(lower)):
            return False
        if entry is None and (not with_clitic or self._unlisted_clitic_base(lower)) and len(
                lower) >= _GUESSED_SLIP_MIN_LETTERS and (
                self.common_slip_of(lower) is not None or self._respelt_loan(lower)):
            return False  # subtansi (sub + tansi), kuaitas (kuai + -tas), attensi: one slip
            # from the common substansi, kualitas, atensi; a clitic on a base no list holds
            # and nobody writes is read the same way
        # Built by the morphology only: a common word one slip away says it is a typo
        # (jalaan -> jalan, mukai -> mulai).
        if entry is not None and self.confix_fix(lower) is not None:
            return False  # menetapan, penyalurkan: meN- never takes -an, peN- never -kan
        if entry is not None and self.missing_suffix_fix(lower) is not None:
            return False  # disalur: salur makes di-...-kan only
        if entry is not None and not with_clitic and self.dropped_letter_of(lower) is not None:
            return False  # mengamil (meng + amil): mengambil with its b dropped
        return self._likely_typo_of(lower) is None

    def nasal_g_fix(self, lower: str) -> str | None:
        """meng-/peng- on a root in g with the root's g dropped: the form with both g
        (*mengambar* -> *menggambar*, *pengerak* -> *penggerak*, *menganti* -> *mengganti*),
        when that form is common (Zipf >= 3.5) and clearly commoner than this one. A form
        hunspell itself builds (from a root in k: *mengali* from *kali*) is refused only when
        nobody writes it (no frequency) and the gg form is among the common words (Zipf >=
        4.0): *mengemaskan* (kemas) and *pengalian* (kali) stay. Checked over every meng-/
        peng- form of the lexicon: the 32 it refuses are all slips but for those two, which
        the stricter test for hunspell's forms keeps.

        The same for a root in h, which meng-/peng- keep too (EYD V, KBBI: menghubungkan,
        penghasilan): *mengubungkan* (hunspell builds it from the rare ubung), *mengilangkan*,
        *pengalang* are slips of the common h forms. Checked over every meng-/peng- form of
        the lexicon: the 27 it matches (*mengasilkan, mengadiri, pengubung, mengemat* …; 12
        of them accepted before) are all slips of a common h form; the h-less KBBI forms
        (mengimbau, mengisap, mengembuskan) are written or have no common h form in id_ID."""
        if (len(lower) < 6 or not lower.startswith(("meng", "peng"))
                or lower[4] not in VOWELS or not lower.isalpha()):
            return None
        own = self._lexicon.zipf(lower)
        accepted = (entry := self._lexicon.entry(lower)) is not None and entry.kind & _ACCEPTED
        for kept in _NASAL_KEPT:
            fixed = lower[:4] + kept + lower[4:]
            zipf = self._lexicon.zipf(fixed)
            if zipf < max(_NASAL_G_ZIPF, own + 1.0):
                continue
            if kept == "h" and not self.in_dictionary(fixed):
                continue  # menghimbau: common but refused as non-standard (imbau)
            if accepted and (own or zipf < _NASAL_G_HUNSPELL_ZIPF):
                continue
            return fixed
        return None

    def dropped_letter_of(self, lower: str) -> str | None:
        """A common word (wordfreq Zipf >= 3.5) that ``lower`` is with one letter dropped,
        when ``lower`` is a form only Saring's morphology builds that nobody writes (no
        frequency) and every root it could be read from is rarer than that word: *mengamil*
        (meng + the rare *amil*) is *mengambil*, *penyeraan* is *penyerahan*. Left out: a
        doubled letter dropped (a name's own spelling), a root commoner than that word
        (*takutan*: *takut*), and a root whose hunspell flags give it the prefix read
        (*digaungkan*: *gaung* takes meN-, so it is no *digabungkan*)."""
        if len(lower) < _DROPPED_MIN_LETTERS or not lower.isalpha() or self._lexicon.zipf(lower):
            return None
        best: tuple[float, str] | None = None
        for i in range(1, len(lower) + 1):
            left, right = lower[:i], lower[i:]
            for letter in string.ascii_lowercase:
                if letter == left[-1] or letter == right[:1]:
                    continue
                candidate = left + letter + right
                zipf = self._lexicon.zipf(candidate)
                if zipf >= _COMMON_ZIPF and (best is None or (-zipf, candidate) < best):
                    best = (-zipf, candidate)
        if best is None:
            return None
        for analysis in analyses(lower):
            if self._lexicon.zipf(analysis.root) >= -best[0]:
                return None  # takutan: takut is commoner than takutkan
            flags = self._stem_flags(analysis.root)
            families = PREFIX_FAMILIES.get(analysis.prefix, frozenset())
            if flags and any(flags[k] in families for k in range(0, len(flags), 2)):
                return None  # digaungkan: gaung takes meN- (M0), so not digabungkan
        return best[1]

    def missing_suffix_fix(self, lower: str) -> str | None:
        """A bare di- or meN- verb only Saring's morphology builds from a root whose hunspell
        flags give that prefix with a suffix but never alone (salur: Dk and Mk, no D0 or M0):
        the suffixed form people write (*disalur* -> *disalurkan*, *menyampai* ->
        *menyampaikan*), the commoner of -kan and -i, or None."""
        if len(lower) < 6 or not lower.startswith(("di", "me")) or self._lexicon.zipf(lower):
            return None
        entry = self._lexicon.entry(lower)
        if entry is None or entry.kind & (Kind.HUNSPELL | Kind.STEM | Kind.LIST):
            return None
        for analysis in analyses(lower):
            if analysis.prefix not in ("di", "me") or analysis.suffix or analysis.clitic:
                continue
            flags = self.dictionary_flags(analysis.root)
            family = "D" if analysis.prefix == "di" else "M"
            if not flags or family + "0" in flags:
                continue
            suffixed = [(self._lexicon.zipf(lower + suffix), lower + suffix)
                        for suffix, kind in (("kan", "k"), ("i", "i")) if family + kind in flags]
            best = max(suffixed, default=(0.0, ""))
            if best[0] >= _CONFIX_ZIPF:
                return best[1]
        return None

    def confix_fix(self, lower: str) -> str | None:
        """A form Saring's morphology alone builds with an affix pair Indonesian does not
        use, whose right pair gives a common word: meN-...-an for peN-...-an (*menetapan* ->
        *penetapan*), peN-...-kan for peN-...-an (*penyalurkan* -> *penyaluran*), bare me-/pe-
        before a root that takes the nasal (*pegemasan* -> *pengemasan*, *mebangun* ->
        *membangun*) or pe- for per- (*pesiapan* -> *persiapan*). Forms people write
        (wordfreq knows them) are left."""
        if len(lower) < 8 or self._lexicon.zipf(lower):
            return None
        entry = self._lexicon.entry(lower)
        if entry is None or entry.kind & (Kind.HUNSPELL | Kind.STEM | Kind.LIST):
            return None
        if lower.startswith("me") and lower.endswith("an") and not lower.endswith("kan"):
            fixed = "pe" + lower[2:]
        elif lower.startswith(("pem", "pen", "peng", "peny")) and lower.endswith("kan"):
            fixed = lower[:-3] + "an"
        elif lower.startswith(("pe", "me")) and lower[2:3] in _NASALISED:
            forms = [*with_nasal(lower), *(["per" + lower[2:]] if lower[:2] == "pe" else [])]
            # pegemasan: peN- + g is peng-; pesiapan: per- (persiapan)
            fixed = max(forms, key=lambda f: (self._lexicon.zipf(f), f))
        else:
            return None
        return fixed if self._lexicon.zipf(fixed) >= _CONFIX_ZIPF else None

    def hunspell_confix_fix(self, lower: str) -> str | None:
        """A form hunspell id_ID accepts with an affix pair Indonesian does not use, that
        nobody writes (no wordfreq Zipf): meN-...-an (*meningkatan*: meningkatkan, the -kan
        verb, or peningkatan, the peN-...-an noun, whichever is commoner) and peN-...-kan
        (*penyampaikan*: penyampaian). Not when the -an or -kan belongs to a stem
        (*menawan*: tawan; *pemukan* would need a stem *mukan*), nor a stem of id_ID itself."""
        if len(lower) < 9 or not lower.isalpha() or self._lexicon.zipf(lower):
            return None
        entry = self._lexicon.entry(lower)
        if entry is None or not entry.kind & Kind.HUNSPELL or entry.kind & (Kind.STEM | Kind.LIST):
            return None
        if lower.startswith("me") and lower.endswith("an") and not lower.endswith("kan"):
            suffix, fixes = "an", ["pe" + lower[2:], lower[:-2] + "kan"]
        elif lower.startswith(("pem", "pen", "peng", "peny")) and lower.endswith("kan"):
            suffix, fixes = "kan", [lower[:-3] + "an"]
        else:
            return None
        rooted = [a for a in analyses(lower) if a.prefix and not a.clitic
                  and self._stem_flags(a.root) is not None]
        if not rooted or any(a.suffix != suffix for a in rooted):
            return None  # no root of id_ID under the pair, or a reading without it
        fixed = max(fixes, key=lambda f: (self._lexicon.zipf(f), f))
        return fixed if self._lexicon.zipf(fixed) >= _CONFIX_ZIPF else None

    def _partial_reduplication_ok(self, lower: str) -> bool:
        """A collective noun of partial reduplication (dwipurwa): the root's first
        consonant with a pepet before the root, and -an (*bebatuan, pepohonan, dedaunan,
        rerumputan, sesayuran*), on a common root of id_ID (Zipf >= 4.0) of four letters or
        more that takes neither ke-...-an nor ter- (hunspell flag families K and T), as
        adjectives and verbs do (*baru, panas, mati, jalan*): a noun's. Not when a common
        word is one typing slip away."""
        match = _PARTIAL_REDUPLICATION.match(lower)
        if match is None:
            return False
        root = lower[2:-2]
        entry = self._lexicon.entry(root)
        return (entry is not None and bool(entry.kind & Kind.STEM) and len(root) >= 4
                and self._lexicon.zipf(root) >= _REDUPLICATION_ROOT_ZIPF
                and not any(flag[:1] in "KT" for flag in _flag_pairs(entry.flags))
                and self.common_slip_of(lower) is None)

    def _ber_noun_ok(self, lower: str) -> bool:
        """ber- before a derived noun of id_ID in ke-...-an or peN-...-an: having it
        (berkebutuhan, berkebudayaan, berpenghasilan), as KBBI lists many such forms."""
        inner = lower[3:]
        return (lower.startswith("ber") and len(inner) >= 7 and inner.endswith("an")
                and inner.startswith(("ke", "pe")) and self.in_dictionary(inner))

    def _bare_suffix_licence(self, lower: str) -> bool | None:
        """For a form only the morphology builds, read as a root of id_ID with a bare -i or
        -kan (an imperative or object-focus verb: *kita salurkan*): True when the root's
        hunspell flags give it that suffix (Mk/Dk for -kan, Mi/Di for -i), False when they do
        not and the root is a common word (*dinasi* is *dinas* with a stray letter), None when
        the form is no such reading."""
        for suffix, family in (("kan", "k"), ("i", "i")):
            root = lower[:-len(suffix)]
            if not lower.endswith(suffix) or len(root) < 4:
                continue
            entry = self._lexicon.entry(root)
            if entry is None or not entry.flags or not entry.kind & Kind.HUNSPELL:
                continue
            pairs = [entry.flags[i:i + 2] for i in range(0, len(entry.flags), 2)]
            if any(p[:1] in "MD" and p[1:] == family for p in pairs):
                return True
            if self._lexicon.zipf("di" + lower) >= _CONFIX_ZIPF:
                return True  # lombakan: people write dilombakan, so the root takes -kan
            if self._suggester.frequency(root) >= 2:
                return False
        return None

    def suffix_border_fix(self, lower: str) -> str | None:
        """A passive or active verb whose root ends in k written with -an instead of -kan
        (*memasukan*, *disemarakan*): the -kan form, when the lexicon has it."""
        if not (lower.endswith("kan") and lower.startswith(_VERB_PREFIXES)) or len(lower) < 8:
            return None
        fixed = lower[:-2] + "kan"
        root = self._lexicon.entry(lower[:-3])
        if root is not None and root.kind & Kind.HUNSPELL and not (
                self._lexicon.zipf(fixed) >= max(_CONFIX_ZIPF, self._lexicon.zipf(lower),
                                                 self._lexicon.zipf(lower[:-3]) + 1)):
            return None  # menjajakan: menjaja + -kan, the root ends in a, not in k; but
            # menggerakan is the common menggerakkan, not the rare menggera + -kan
        entry = self._lexicon.entry(fixed)
        in_hunspell = self._lexicon.entry(lower)
        if entry is None or (in_hunspell is not None and in_hunspell.kind & Kind.HUNSPELL):
            return None
        return fixed

    def _active_of_passive(self, lower: str) -> bool:
        """A di- verb whose meN- form id_ID lists (diberdayakan: memberdayakan): hunspell
        gives many verbs only one voice, and Indonesian makes both of every transitive verb."""
        rest = lower[2:]
        if not lower.startswith("di") or len(rest) < 6 or not rest.isalpha():
            return False
        return any(self.in_dictionary(form) for form in with_nasal("me" + rest))

    def _bare_of_active(self, lower: str) -> bool:
        """A verb in -kan or -i written without meN-, whose meN- form id_ID lists: the
        object-focus and imperative forms (*kedepankan* beside *mengedepankan*, *kita
        haturkan*), which Indonesian makes of every such verb. Not when a common word is one
        typing slip away (the form is then read as that word's slip)."""
        if not lower.endswith(("kan", "i")) or len(lower) < 7 or not lower.isalpha():
            return False
        if lower.startswith(("me", "di", "pe", "ber", "ter")):
            return False  # a prefixed form: its own rules read it
        return (any(self.in_dictionary(form) for form in with_nasal("me" + lower))
                and self.common_slip_of(lower) is None)

    def _open_root_derivation_ok(self, lower: str) -> bool:
        """ber- or -nya on a root only apertium-ind holds and :meth:`_open_form_ok` accepts
        (*berkarakter, berwirausaha, karakternya*): ber- makes a verb of having of almost any
        noun, and -nya goes on any word. The root must be five letters or more and the form
        no typing slip of a common word."""
        if not lower.isalpha():
            return False
        roots = []
        if lower.startswith("ber"):
            roots.append(lower[3:])
        if lower.startswith("be") and be_allowed(lower[2:]):
            roots.append(lower[2:])  # berencana (be- + rencana), bekerja
        if lower.endswith("nya"):
            roots.append(lower[:-3])
        return any(len(root) >= 5 and self._lexicon.is_open_form(root)
                   and self._open_form_ok(root) for root in roots) and (
                       self.common_slip_of(lower) is None)

    def missing_an_fix(self, lower: str) -> str | None:
        """A peN- or per- form only Saring's morphology builds, written without the -an of a
        common noun of id_ID (Zipf >= 4.0, and 1.5 above the bare form): *perjalan* ->
        *perjalanan*, *penangan* -> *penanganan*, *pemanfaatnya* -> *pemanfaatannya*. The
        agent nouns id_ID lists (*pembangun, pemantau, penandatangan*) are words and stay."""
        base, clitic = (lower[:-3], "nya") if lower.endswith("nya") else (lower, "")
        if len(base) < 6 or not base.startswith("pe"):
            return None
        entry = self._lexicon.entry(base)
        if entry is None or entry.kind & (Kind.HUNSPELL | Kind.STEM | Kind.LIST):
            return None
        fixed = base + "an"
        zipf = self._lexicon.zipf(fixed)
        if (zipf < _MISSING_AN_ZIPF or zipf < self._lexicon.zipf(base) + _MISSING_AN_MARGIN
                or not self.in_dictionary(fixed)):
            return None
        return fixed + clitic

    def n_dropped_before_nya(self, lower: str) -> str | None:
        """The word + -nya meant when ``lower`` is a word in -n + -nya written with one n
        (*lainya* -> *lainnya*, *berjalanya* -> *berjalannya*, *lilinya* -> *lilinnya*): the
        word without its n is a word too (*lai, berjala, lili*), so the clitic reading
        accepted it, but the word in -n is common (Zipf >= 4.0) and clearly commoner (0.8).
        Not the se-...-nya of "as far as" (*setahunya, semampunya*). Over every such pair of
        the frequency list, 23 forms, all slips but *setahunya*, which se- leaves alone."""
        base = lower[:-3]
        if not lower.endswith("nya") or len(base) < 3 or base.endswith("n"):
            return None
        fixed = base + "n"
        zipf = self._lexicon.zipf(fixed)
        if (zipf < _N_BEFORE_NYA_ZIPF or zipf < self._lexicon.zipf(base) + _N_BEFORE_NYA_MARGIN
                or not self.in_dictionary(fixed)
                or (base.startswith("se") and self.in_dictionary(base[2:]))):
            return None
        return fixed + "nya"

    def _common_base(self, lower: str) -> bool:
        """A word of id_ID very common in general text (Zipf >= 5) with -nya, -lah, -kah, -pun
        (enaknya): a clitic on a common word is no slip, even one letter from another word
        with the same clitic (anaknya)."""
        for clitic in ("nya", "lah", "kah", "pun"):
            base = lower[:-len(clitic)]
            if (lower.endswith(clitic) and len(base) >= 3 and self.in_dictionary(base)
                    and self._lexicon.zipf(base) >= _COMMON_BASE_ZIPF):
                return True
        return False

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

    def _unlisted_clitic_base(self, lower: str) -> bool:
        """Whether every base ``lower`` is read as (a form + -nya, -lah, -kah, -pun, -ku, -mu)
        is a form only the morphology builds and nobody writes (no frequency): then the clitic
        reading is no evidence against a slip of a common word."""
        for clitic in CLITICS:
            if lower.endswith(clitic) and len(lower) > len(clitic) + 2:
                base = lower[:-len(clitic)]
                entry = self._lexicon.lookup(base)
                if entry is not None and (entry.kind & _ACCEPTED or self._lexicon.zipf(base) > 0):
                    return False
        return True

    def in_dictionary(self, word: str) -> bool:
        """Whether hunspell id_ID itself accepts ``word`` (no morphology, no word lists)."""
        entry = self._lexicon.lookup(word)
        return entry is not None and bool(entry.kind & Kind.HUNSPELL)

    def listed(self, word: str) -> bool:
        """Whether hunspell id_ID or Saring's accept list has ``word`` (no morphology)."""
        entry = self._lexicon.lookup(word)
        return entry is not None and bool(entry.kind & (Kind.HUNSPELL | Kind.LIST))

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

    def is_place_name(self, word: str) -> bool:
        """Whether ``word`` is one word of a region name written as the name is (Pagelaran,
        a district: not the non-standard *pagelaran*)."""
        return word[:1].isupper() and word.isalpha() and self.region_word(word.lower()) == word

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

    def standard_spelling_of(self, lower: str) -> str | None:
        """The standard form of a word only Saring's guessing accepts (a form the morphology
        builds, a loan read back to its English source, a loan derivation), when one rewrite
        of the slip grammar gives a word of id_ID more common than it: *puteri* -> *putri*,
        *jaman* -> *zaman*, *frase* -> *frasa*, *anarkhi* -> *anarki*. None for the words of
        id_ID and the accept list themselves (their non-standard forms are listed in
        baku.toml), and for forms people write more than the word it would stand for."""
        return remembered(self._standard_of, lower, self._standard_spelling_uncached, lower)

    def _standard_spelling_uncached(self, lower: str) -> str | None:
        if len(lower) < 4 or not lower.isalpha():
            return None
        entry = self._lexicon.lookup(lower)
        if entry is not None and entry.kind & _ACCEPTED:
            return None
        own = self._lexicon.zipf(lower)
        best: tuple[float, str] | None = None
        for form, cost in standard_variants(lower, depth=1, sure=True).items():
            if cost > _STANDARD_REWRITE_COST or not self.in_dictionary(form):
                continue
            zipf = self._lexicon.zipf(form)
            if zipf >= _STANDARD_ZIPF and zipf > own and (best is None or zipf > best[0]):
                best = (zipf, form)
        return best[1] if best else None

    def _standard_forms(self, lower: str) -> dict[str, float]:
        """The forms the slip grammar reads a non-standard spelling as (kwalitas ->
        kualitas, sholat -> salat) that id_ID or Saring's accept list hold: a standard form
        is a word of the dictionary, never one only the morphology builds (*raspun*)."""
        return {form: cost for form, cost in standard_variants(lower).items()
                if self.listed(form)}

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
        return any(self.is_english(source) for source in english_sources(lower))

    def _loan_derivation_ok(self, lower: str) -> bool:
        """A loanword derived with its own suffix from a loan stem the lexicon has (valid ->
        validasi, sinergi -> sinergitas, modern -> modernisasi, aktif -> aktivitas), and such a
        noun as a passive or active verb (divalidasi, memvalidasi, disinergikan)."""
        for prefix, before in LOAN_PREFIXES:
            rest = lower[len(prefix):]
            if not lower.startswith(prefix) or (before and rest[:1] not in before):
                continue  # mensosialisasikan: the s drops after meN- (baku.luluh)
            if prefix and rest.endswith("kan"):
                rest = rest[:-3]
            if prefix and self._lexicon.entry(rest) is not None and rest.endswith(
                    LOAN_SUFFIXES):
                return True  # divalidasi: the -asi noun of the lexicon as a verb
            if prefix and len(rest) >= 6 and rest.endswith("si") and self._adapted_loan(rest):
                return True  # diinstruksikan: a loan noun in -si (instruction) as a verb
            for suffix, stem_ending in LOAN_DERIVATIONS:
                if not rest.endswith(suffix) or len(rest) - len(suffix) < 4:
                    continue
                stem = rest[:-len(suffix)] + stem_ending
                entry = self._lexicon.entry(stem)
                if entry is not None and entry.kind & (Kind.STEM | Kind.HUNSPELL):
                    return True
        return False

    def _respelt_loan(self, lower: str) -> bool:
        """A foreign spelling of a loanword id_ID has in its Indonesian spelling
        (reconsiliasi -> rekonsiliasi, by the spelling rules of core.check.spelling.loans)."""
        return any(self.in_dictionary(adapted) for adapted in adaptations(lower))

    def _bound_form_ok(self, lower: str) -> bool:
        """antarwarga, pascabanjir, antinyamuk: a bound form joined to a real word."""
        for bound in BOUND_FORMS:
            rest = lower[len(bound):]
            if lower.startswith(bound) and len(rest) >= 3:
                entry = self._lexicon.entry(rest)
                if entry is not None and entry.kind & (Kind.STEM | Kind.HUNSPELL):
                    return True
        return False

    def common_slip_of(self, lower: str, *, beside_name: bool = False) -> str | None:
        """A word common in general Indonesian text (wordfreq's Zipf >= 3.5, about three uses
        in a million words) one typing slip from ``lower`` (see :func:`typing_slips`), the
        commonest first; a word of its own with a suffix (waspadai: waspada + -i) is no slip.
        Remembered: a name comes back in every post that mentions it."""
        return remembered(self._common_slips, (lower, beside_name), self._common_slip_uncached,
                          lower, beside_name)

    def _common_slip_uncached(self, lower: str, beside_name: bool) -> str | None:
        if len(lower) > MAX_WORD_CHARS:
            return None
        best: tuple[float, str] | None = None
        for candidate in typing_slips(lower, beside_name=beside_name):
            if lower.startswith(candidate) and lower[len(candidate):] in WORD_ENDINGS:
                continue
            zipf = self._lexicon.zipf(candidate)
            if zipf >= _COMMON_ZIPF and (best is None or (-zipf, candidate) < best):
                best = (-zipf, candidate)
        return best[1] if best else None

    def rare_reading_slip(self, lower: str) -> str | None:
        """The common word ``lower`` (a lowercase form the lexicon accepts) is most likely a
        slip of: a form no frequency list holds, not on Saring's accept or user lists, whose
        roots are rare too (kahat in *kekahatan*) or which is a rare stem itself (*bekat*,
        *lago*), one typing slip (:func:`typing_slips`) from a word of Zipf 4.5 or more
        (kejahatan, berkat, lagi). Odds of a slip against the rare word: the common word is
        written tens of thousands of times as often, and one typing slip in a few thousand
        words is usual in these texts. None when the form is a word of its own."""
        if (len(lower) < 4 or not lower.isalpha() or self._lexicon.zipf(lower) > 0
                or lower in self._accept_lower or lower in self._user_lower):
            return None
        entry = self._lexicon.entry(lower)
        if entry is None:
            return self._particle_reading_slip(lower)
        if entry.kind & Kind.LIST:
            return None
        near = self.common_slip_of(lower)
        if near is None or self._lexicon.zipf(near) < _RARE_READING_NEAR_ZIPF:
            near = None
            if not entry.kind & _ACCEPTED:
                near = self._dead_root_derivation_slip(lower)
            if near is None:
                return None
        if entry.kind & Kind.STEM and len(_flag_pairs(entry.flags)) > _RARE_READING_FLAGS:
            return None  # pilah (M0T0), renteng: a root id_ID derives verbs from is alive
        if self._living_root(lower):
            return None  # uluran (ulur), mencatut (catut), celaan (cela), pemilahan
            # (pilah): a form of a living root
        return near

    def _living_root(self, lower: str) -> bool:
        """Whether a root ``lower`` could be built from is a stem written often (Zipf >= 3.5)
        or one hunspell gives more than one affix class: a rare form of it is a word."""
        for root in possible_roots(lower):
            stem = self._lexicon.entry(root) if len(root) >= 3 else None
            if stem is None or not stem.kind & Kind.STEM:
                continue
            if (self._lexicon.zipf(root) >= _RARE_READING_ROOT_ZIPF
                    or len(_flag_pairs(stem.flags)) > _RARE_READING_FLAGS):
                return True
        return False

    def _dead_root_derivation_slip(self, lower: str) -> str | None:
        """The attested derived word a form only Saring's morphology builds is a slip of, when
        the form's own roots are dead (checked by the caller) and the suggester's first
        correction is one edit away, written (Zipf >= 3.0) and a form of a living root:
        *menamam* (tamam, nowhere written) -> menanam (tanam), *keterbukan* -> keterbukaan,
        *pengataran* -> pengantaran. The morphology puts affixes on every root of id_ID, rare
        ones too, so a slip inside a derived word of a common root lands on such a form; a
        common word one edit away is far likelier than a derivation nobody writes of a root
        nobody writes."""
        suggestions = self.suggest(lower)
        if not suggestions:
            return None
        first = suggestions[0]
        if (not first.isalpha() or not first.islower()
                or self._lexicon.zipf(first) < _DEAD_ROOT_NEAR_ZIPF
                or (lower.startswith(first) and lower[len(first):] in WORD_ENDINGS)
                or (first.startswith(lower) and first[len(lower):] in WORD_ENDINGS)
                or first not in edits1(lower, max_cost=3)):
            return None
        entry = self._lexicon.entry(first)
        if entry is None or not entry.kind & _ACCEPTED or not self._living_root(first):
            return None
        return first

    def suggest(self, word: str) -> tuple[str, ...]:
        """Corrections of ``word``, best first: spelling.suggestions.Suggestions gives them
        (the only class these lookups are made as); a bare lookup has none."""
        return ()

    def _particle_reading_slip(self, lower: str) -> str | None:
        """The common word a form accepted only as a word + the particle -kah, -lah or -tah
        is a slip of: a form nobody writes (no frequency), whose first correction is a common
        word of id_ID (Zipf >= 4) one edit away, not the same word with another particle (*memecahkah*:
        memecahkan, *menyangkah*: menyangka, *maslah*: masalah). A particle on a word is
        written often enough to be counted (inilah, haruskah, tetaplah); -nya and the
        pronouns are judged on their base as before (tegasnya)."""
        particle = next((p for p in _SLIP_PARTICLES if lower.endswith(p)), None)
        if particle is None or not self._clitic_ok(lower):
            return None
        suggestions = self.suggest(lower)
        if not suggestions:
            return None
        first = suggestions[0].lower()
        if ((first.endswith(particle) and first[:-3] == lower[:-3]) or not first.isalpha()
                or not self.in_dictionary(first) or self._lexicon.zipf(first) < _PARTICLE_SLIP_ZIPF
                or edits1(lower).get(first, 99.0) > 3):
            return None
        return first

    def _open_form_ok(self, lower: str) -> bool:
        """Whether a form only apertium-ind holds is accepted: no word of id_ID or of the
        accept list is one edit of any kind away (nomer: nomor, ustad: ustaz, serba: serta)
        and the slip grammar reads no standard form in it (komoditi: komoditas, frase:
        frasa)."""
        for candidate in edits1(lower, max_cost=3):
            entry = self._lexicon.entry(candidate)
            if entry is not None and entry.kind & _ACCEPTED:
                return False
        return not self._standard_forms(lower) and self.standard_spelling_of(lower) is None

    def _near_dictionary_word(self, lower: str) -> bool:
        """Whether a word of id_ID itself is one likely slip (cost 2 at most) away."""
        for candidate, cost in edits1(lower, max_cost=2).items():
            if cost <= 2:
                entry = self._lexicon.entry(candidate)
                if entry is not None and entry.kind & (Kind.HUNSPELL | Kind.STEM):
                    return True
        return False

    def _likely_typo_of(self, lower: str) -> str | None:
        """The suggester's ``likely_typo_of``, remembered: a post checked again asks the same."""
        return remembered(self._typo_of, lower, self._suggester.likely_typo_of, lower)


def _flag_pairs(flags: str) -> list[str]:
    """The hunspell flags of a stem (FLAG long: two characters each)."""
    return [flags[i:i + 2] for i in range(0, len(flags), 2)]


def region_words(names: Iterable[str]) -> dict[str, str]:
    """Each word of the region names, lowercase -> as written; roman numerals and words of
    fewer than three letters (Ilir Barat I) are left to the dictionary."""
    words: dict[str, str] = {}
    for name in names:
        for part in name.replace("-", " ").split():
            if len(part) >= 3 and not set(part) <= set("IVX"):
                words.setdefault(part.lower(), part)
    return words
