"""Indonesian spelling of a whole text (the ``spelling`` findings and the word-level ``baku``
ones: a wrong case of an abbreviation, an apostrophe, an unmerged meN-, an English spelling of
a loanword, a foreign word). It decides per token whether it is a word to spell at all (a name,
a link, a Latin phrase, a defined acronym) and asks the lookups and suggestions for the rest."""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from core.app.post_size import thousands
from core.check.findings import Category, Finding, Severity
from core.check.lexicon import LEXICON_FILE, Kind, RegionLevel
from core.check.mentions import quoted_spans
from core.check.spelling.bare_verb import bare_kan_spans
from core.check.spelling.clipped import clipped_forms, clipped_spans
from core.check.spelling.colloquial import STANDARD_ZIPF as COLLOQUIAL_STANDARD_ZIPF
from core.check.spelling.colloquial import colloquial_of
from core.check.spelling.dateline import dateline_site_span, site_name_here
from core.check.spelling.doubled_di import doubled_di_spans
from core.check.spelling.foreign_affix import joined_foreign
from core.check.spelling.latin import LATIN_JOINED, latin_binomial, latin_phrase_spans
from core.check.spelling.loans import adaptations, kbbi_respellings
from core.check.spelling.lookup import DictionaryLoadError, remembered
from core.check.spelling.names import (
    CORPS,
    NAME_HEADS,
    UNITS,
    VILLAGE_HEADS,
    after_place_head,
    defined_acronyms,
    in_foreign_phrase,
    inside_foreign_name,
    name_particle,
    name_slots,
    name_variant_slips,
    not_a_word_here,
)
from core.check.spelling.suggestions import SPLIT_FUNCTION_WORDS, Suggestions, osa_distance
from core.check.suggest import edits1, load_frequencies, one_edit
from core.check.text import (
    MAX_WORD_CHARS,
    Token,
    TokenKind,
    is_abbreviation,
    link_spans,
    match_case,
    sentence_starts,
    tokenize,
)
from core.check.wordlists import load_wordlist

RULE_ID = "spelling.unknown"
TOO_LONG_RULE_ID = "spelling.terlalu-panjang"
# A non-standard spelling of a common word (the slip grammar of core/check/spelling/variants).
NONSTANDARD_RULE_ID = "baku.ejaan"
# What an abbreviated position stands for begins with one of these (Kabid: Kepala Bidang).
_POSITIONS = ("Kepala", "Sekretaris", "Ketua", "Wakil", "Komandan", "Direktur")


_INDONESIAN_PREFIXES = ("di", "ke", "se", "me", "pe", "be", "te")


# meN-/peN- written with the first consonant of a root that drops it (k, p, s, t + vowel).
_UNMERGED_NASAL = re.compile(r"^((?:me|pe)(?:ng|m|n))([kpst])([aeiou].{2,})$")


# How common a word must be (in frequency.tsv) for a capitalised word one slip from it inside a
# sentence to be taken as its typo rather than a name.
_NAME_TYPO_MIN_FREQUENCY = 3
# How long a capitalised word must be for a typing slip of a common word to outweigh a name:
# names of seven letters and fewer often spell a common word their own way (Rakhmat, Bagenda).
_COMMON_SLIP_MIN_LETTERS = 8
# Six or seven letters are enough when the word one slip away is among the few hundred
# commonest (Zipf >= 5.5: negeri, daerah, umum): a name rarely sits that close to one.
_SHORT_SLIP_MIN_LETTERS = 6
_SHORT_SLIP_ZIPF = 5.5
# Seven letters are enough when the word one slip away is a common one (Zipf >= 4.8:
# Oktober, walaupun, kampung, istimewa) and the text writes the word once: a slip is rarely
# made twice the same way, a name is written the same each time (Ramin Bantang ... Bantang).
_SEVEN_SLIP_LETTERS = 7
_SEVEN_SLIP_ZIPF = 4.8
# A capitalised word between two lowercase words (oleh Lemaga adat, selama Ramdan dan): a
# name written alone there follows a title or a verb of saying, which name_slots knows; one
# typing slip from a common word (Zipf >= 4.0: lembaga, ramadan, tsunami) it is that slip.
_ALONE_SLIP_MIN_LETTERS = 5
_ALONE_SLIP_ZIPF = 4.0
# How common (wordfreq Zipf) the first suggestion of a capitalised word between two common
# words of a name must be for the word to be its slip (Dinas Perberdayaan Perempuan).
_MIDDLE_SLIP_ZIPF = 3.5
# The most a slip may cost (core.check.suggest.edits1) for a word the text repeats to be that
# slip rather than a term of the text: a vowel for another (2.5), not any other letter (3).
_REPEATED_SLIP_COST = 2.5
# How long an acronym written as a word must be for a word one edit from it to be its slip.
_ACRONYM_SLIP_MIN_LETTERS = 8
# How long an English word alone in Indonesian prose must be for a common Indonesian word one
# typing slip away to make it that word's slip (mauled: maulid), not a foreign word.
_ENGLISH_SLIP_MIN_LETTERS = 6
# A letter three times in a row: no Indonesian word or name writes one (Jerrry, berkooordinasi).
_TRIPLED = re.compile(r"([a-z])\1\1")
# A capitalised word with one letter doubled against a common word (Ddaerah, Assisten): how
# long it must be and how common (wordfreq Zipf) the word with the letter once.
_DOUBLED_SLIP_MIN_LETTERS = 7
_DOUBLED_SLIP_ZIPF = 4.0
# An h added after the last vowel of a common word (semogah, segerah, mengelolah): how common
# the word without it must be (wordfreq Zipf) for a capitalised word, which may be a name
# ending in -ah (Diah, Kaloh: short, so a length too), and for a repeated lowercase one.
_FINAL_H_ZIPF = 5.0
_FINAL_H_CAPITAL_LETTERS = 6
_FINAL_H_HABIT_ZIPF = 4.0
# Words after which only a region name stands (a region of that level).
_REGION_HEADS = frozenset({"kabupaten", "kota", "provinsi", "kecamatan",
                           # the government or council of a regency, city or province:
                           # Pemkab Karanagsem, DPRD Simalungu
                           "pemkab", "pemkot", "pemprov", "dprd", "dprk"})
# The level words of a region, village or district that its name follows (Kecamatan Baguala,
# Kabupaten Sinjai). A capitalised word that is no word, one edit from one of them (a letter
# struck for its neighbour, dropped, added or swapped) and followed by a capitalised word, is
# that level word mistyped before the name (Kecamatsn Baguala, Kabuapten Sinjai), not a word
# of the name before it (Desa Waiheru Kecamatsn …): no place's name is one slip from the word
# for its level. Only the long ones: a short word (kota, desa) is one edit from many names.
_LEVEL_WORDS = ("kecamatan", "kabupaten", "kelurahan", "kalurahan", "provinsi", "kapanewon",
                "kotamadya")
# Heads a district (kecamatan) name follows: its names are one edit from the word too.
_DISTRICT_HEADS = frozenset({"kecamatan"})
# Words as common as Indonesian's function words (wordfreq Zipf >= 6: dalam, sudah, akan).
_FUNCTION_ZIPF = 6.0
# A number right before a word: the word is the unit of a count (1.360 stel, 28 unit).
_COUNT_BEFORE = re.compile(r"\d(?:[\d.,]*\d)? $")
_YEAR = re.compile(r"(?:19|20)\d\d")
# A number right against the word after it, with nothing but a space, a line start or a
# bracket before it (11ribu; not P2KB, covid19, ke2).
_NUMBER_BEFORE = re.compile(r"(?<![\w.,/-])\d(?:[\d.,]*\d)?$")
# Units the punctuation check gives a space already (2kg, 5liter).
_UNIT_WORDS = frozenset({"liter", "meter"})
NUMBER_SPACE_RULE_ID = "spelling.spasi-angka"
DOUBLED_DI_RULE_ID = "spelling.di-ganda"
BARE_VERB_RULE_ID = "spelling.imbuhan-me"
CLIPPED_RULE_ID = "spelling.kata-tugas-terpotong"
# Words that introduce a name written abbreviated, so followed by a period (Jl. Merdeka).
_ABBREVIATED_HEADS = frozenset({"jl", "hj", "h", "dr", "drs", "ir", "sdr", "kel", "kec", "kab", "ds",
                                "dsn", "rd"})
# The frame of a derived noun (peN-/per-/pe-/ke- ... -an), how long such a word must be and how
# common its one-edit correction, for a capitalised slip of it to be flagged like a loan noun's.
_DERIVED_NOUN = re.compile(r"^(?:pe|ke)[a-z]{3,}an$")
_DERIVED_NOUN_MIN_LETTERS = 8
# The same frame with the n of -an struck for a key beside it (b, h, j, m): *Penyuluhah,
# Kecamatam* are penyuluhan, kecamatan; no name ends so on that frame more often than a slip.
_DERIVED_NOUN_STRUCK_N = re.compile(r"^(?:pe|ke)[a-z]{3,}a[bhjm]$")
_DERIVED_NOUN_ZIPF = 3.0
# Endings of loan nouns (KBBI): a capitalised word ending so is a term, not a personal name.
_LOAN_NOUN_ENDINGS = ("isasi", "asi", "itas", "kultura", "ologi", "isme", "ensi", "ansi",
                      "ktur", "ika",
                      # the -si of Latin -sio loans after another vowel or a consonant
                      # (instruksi, interupsi, distribusi, profesi, komisi, konsumsi)
                      "ksi", "psi", "usi", "esi", "isi", "msi")


_VERB_LIKE_LIMIT = 50_000  # words kept in Speller._verb_like


class Speller(Suggestions):
    """Spelling checker over one hunspell dictionary and Saring's word lists.

    Not thread-safe: use one instance from one worker thread at a time.
    """

    @classmethod
    def from_resources(cls, resources: Path) -> Speller:
        vocab = resources / "vocab"
        try:
            abbreviations = load_wordlist(vocab / "abbreviations.tsv")
            kind_heads = load_wordlist(vocab / "kind_heads.tsv")
            frequency_file = vocab / "frequency.tsv"
            frequencies = load_frequencies(frequency_file) if frequency_file.exists() else {}
            # accept.tsv and regions.tsv are compiled into the lexicon (scripts/build_lexicon.py);
            # accept.tsv is read here only for its long acronyms' slips (_acronym_word_slip)
            accept = load_wordlist(vocab / "accept.tsv")
        except (OSError, ValueError) as exc:
            raise DictionaryLoadError(f"daftar kata tidak dapat dibaca: {exc}") from exc
        titles = [a for a, meaning in abbreviations.items() if meaning.startswith(_POSITIONS)]
        speller = cls(resources / LEXICON_FILE, abbreviations=abbreviations,
                      frequencies=frequencies, titles=titles, kind_heads=kind_heads,
                      official_names=abbreviations.values())
        speller._acronym_words = frozenset(
            word.lower() for word, reason in accept.items()
            if reason.startswith("Akronim") and len(word) >= _ACRONYM_SLIP_MIN_LETTERS
            and word.isalpha())
        return speller

    # Acronyms written as words (accept.tsv: bhabinkamtibmas, musrenbang), long ones only.
    _acronym_words: frozenset[str] = frozenset()

    def acronym_word(self, lower: str) -> bool:
        """Whether ``lower`` is an acronym written as a word (bhabinkamtibmas, musrenbang)."""
        return lower in self._acronym_words

    def _acronym_word_slip(self, word: str) -> str | None:
        """The acronym written as a word (*Bhabinkamtibmas, Musrenbang*) of eight letters or
        more that ``word`` is one edit from, when exactly one is: such letter runs are no
        names, so a word one slip from one is its slip (*Bhabinkamtimas, Musrembang*)."""
        key = (word, self._acronym_words)  # the list is set once loaded: one answer a word
        return remembered(self._acronym_slips, key, self._acronym_word_slip_uncached, word)

    def _acronym_word_slip_uncached(self, word: str) -> str | None:
        lower = word.lower()
        if (len(lower) < _ACRONYM_SLIP_MIN_LETTERS or not lower.isalpha()
                or not self._acronym_words or lower in self._acronym_words):
            return None
        found = [a for a in self._acronym_words
                 if abs(len(a) - len(lower)) <= 1 and osa_distance(lower, a, 1) <= 1
                 and a.replace("h", "") != lower.replace("h", "")]  # Babinkamtibmas: a
        # spelling of its own (an h more or less, as names keep one)
        return match_case(found[0], word) if len(found) == 1 else None

    def check(self, text: str) -> list[Finding]:
        starts = sentence_starts(text)
        # Links (cekbansos-kemensos.xyz, s.id/formpkk) and Latin phrases (ex officio) are no
        # words to spell.
        in_link = _SpanSet(sorted([*link_spans(text),
                                   *latin_phrase_spans(text)]))
        # Words as normalised (Peme\u00adrintah -> Pemerintah); offsets into ``text`` as given.
        # (A token that needs no normalising is kept as it is: building 5,000 tokens again
        # cost a fifth of a long check.)
        tokens = [Token(t.normal, t.start, t.end, t.kind) if t.normal else t
                  for t in tokenize(text) if t.kind is TokenKind.WORD]
        # A capitalised word the text also uses inside a sentence is a name there too.
        names = {t.text for t in tokens if t.text[:1].isupper() and t.start not in starts
                 and not self._capitalised_typo(t.text)}
        slots = name_slots(text, tokens)
        names |= slots  # ujar Arman; Arman, S.Pd: a name, not aman
        # Acronyms the text defines in parentheses (calon pengantin (catin)) and words it uses
        # more than once: a term of the text, not a typo, unless a common word is one slip away.
        defined = defined_acronyms(text, tokens)
        uses = Counter(t.text for t in tokens)
        quoted = quoted_spans(text)  # direct quotations: spoken forms are meant there
        # Sunato beside Sunanto x3: a name the text spells another way each other time
        variants = name_variant_slips(tokens, self._unlisted_name)
        findings: list[Finding] = []
        dateline = dateline_site_span(text)
        plain = self._plain_words()
        for i, token in enumerate(tokens):
            is_plain = plain.get(token.text)
            if is_plain is None:
                is_plain = plain[token.text] = self._plain_word(token.text)
            if is_plain:  # most words: only a number run into them can be said of them
                before = text[token.start - 1:token.start]  # "" at the text's start
                if (before == "\n" or before.isdecimal()) and not in_link(token.start):
                    number = self._number_run_into(text, token)
                    if number is not None:
                        findings.append(number)
                continue
            if len(token.text) > MAX_WORD_CHARS:
                if not in_link(token.start):
                    findings.append(self._too_long(text, token))
                continue
            if "'" in token.text and not in_link(token.start):
                finding = self._apostrophe(token)
                if finding is not None:  # Jum'at, Jum’at: a name's capital does not hide it
                    findings.append(dataclasses.replace(
                        finding, actual=text[token.start:token.end]))
                    continue
            latin = LATIN_JOINED.get(token.text.lower())
            if latin is not None and not in_link(token.start):
                right = " ".join(match_case(w, token.text) for w in latin.split())
                findings.append(_word_finding(
                    dataclasses.replace(token, text=text[token.start:token.end]), "baku.latin",
                    f"Frasa Latin “{right}” ditulis dua kata, dengan ejaan aslinya (cetak miring).",
                    (right,), reference="EYD V: huruf miring untuk kata asing"))
                continue  # Adhok, adhoc, exofficio: a Latin phrase run together
            if in_link(token.start):
                continue  # dinkes.sukamajukab.go.id without http://
            if name_particle(text, tokens, i) and not self.is_known(tokens[i + 1].text.lower()):
                continue  # Yohanes de Rosari: a particle of the name (not: RT de Desa, a slip
                # of di before a common word)
            if site_name_here(token.text, token.start, dateline) and (
                    text[token.start - 1:token.start] == "."  # .com: a domain's label
                    or self.common_slip_of(token.text.lower()) is None):
                continue  # KUNINGAN, fajarsatu – ...: the site's name in the dateline (not
                # Warga dsa kecewa - ...: a slip of a common word in a first clause)
            number = self._number_run_into(text, token)
            if number is not None:
                findings.append(number)
                continue  # 11ribu, 5orang: a space missing after the number
            # Disdkbud, Banwaslu: one slip from a listed abbreviation, even when the words
            # before spell it too or the text repeats it
            listed_slip = (not self.is_known(token.text)
                           and (self.abbreviation_slip(token.text) is not None
                                or self._acronym_word_slip(token.text) is not None))
            slip = (token.text[:1].isupper() and token.start not in starts
                    and token.text not in slots  # Dr. J. Leimena Desa Poka: a surname
                    and self._slip_in_common_name(tokens, i, text)) or (
                        self._common_slip_here(tokens, i, text, uses)) or listed_slip or (
                            token.start not in starts and token.text not in slots
                            and self._slip_alone(tokens, i, uses))
            level = self._level_slip(tokens, i)
            if level is not None:
                findings.append(self._guess_finding(
                    token, text, "sebelum nama daerah ini", level,
                    "Kamus hunspell id_ID (LibreOffice) dan daftar nama daerah Kemendagri"))
                continue
            region = self._region_slip(tokens, i, text)
            if region is not None:
                findings.append(Finding(
                    rule_id=RULE_ID, category=Category.SPELLING, severity=Severity.WARNING,
                    start=token.start, end=token.end, actual=text[token.start:token.end],
                    message=(f"“{token.text}” tidak ada dalam daftar nama daerah Kemendagri; "
                             f"mungkin maksudnya “{region}”. Periksa ejaannya."),
                    suggestions=(region,), reference="Kepmendagri: kode dan nama wilayah"))
                continue
            named = (self._slip_in_listed_name(tokens, i, text)
                     if token.text[:1].isupper() else None)
            if named is not None:
                findings.append(self._guess_finding(
                    token, text, "dalam nama resmi ini", named,
                    "Kamus hunspell id_ID (LibreOffice) dan daftar singkatan Saring"))
                continue
            variant = variants.get(token.text)
            if variant is not None:
                findings.append(_word_finding(
                    dataclasses.replace(token, text=text[token.start:token.end]), RULE_ID,
                    f"“{token.text}” ditulis “{variant}” di bagian lain teks ini; periksa "
                    "ejaannya.", tuple(dict.fromkeys((variant, *self.suggest(token.text))))[:5],
                    reference="Ejaan nama ditulis sama di seluruh teks",
                    category=Category.SPELLING))
                continue
            if self._skip(token, starts) and not slip:
                continue
            word = token.text
            if word.lower() in defined and not listed_slip:
                continue
            if word[:1].isupper() and _after_name_head(tokens, i, text):
                continue  # Desa Jembayan, Serka Marvi, Lettu Inf. Yus: a name after a word
                # that introduces one
            if word[:1].isupper() and not slip and after_place_head(text, tokens, i):
                continue  # Pura Luhur Batukau, gedung Widyata Mandala: a building's name
            if (word[:1].isupper() and token.start not in starts and not slip
                    and not self._loan_noun_slip(word.lower())
                    and not self._derived_noun_slip(word.lower())
                    and not self._key_repeated(word.lower())
                    and self._beside_unknown_name(tokens, i, text)):
                continue  # Mamun Murod: a word of a name whose other word is no word at all
                # (not Holtikultura Kementan: names are not built like loan nouns)
            if text[token.end:token.end + 1] == "." and (is_abbreviation(word) or (
                    _vowelless(word) and word.lower() not in self._abbreviations_lower)):
                continue  # Dr., Kab., dll.; drg., lt. (no Indonesian word lacks a vowel);
                # a listed one in the wrong case (bpbd.) gets its listed form
            if not_a_word_here(text, tokens, i):
                continue
            if self.is_known(word):
                rare = (self.rare_reading_slip(word) if word.islower()
                        and (uses[word] == 1 or self._final_h_habit(word))
                        and not self._spoken_in_quote(text, token, quoted) else None)
                if rare is not None:  # kekahatan, bekat: a slip the morphology reads as a
                    # rare word (in lowercase: a capital makes it a name as often)
                    findings.append(_word_finding(
                        dataclasses.replace(token, text=text[token.start:token.end]), RULE_ID,
                        f"“{word}” jarang dipakai; mungkin maksudnya “{rare}”. Periksa "
                        "ejaannya.", tuple(dict.fromkeys((rare, *self.suggest(word))))[:5],
                        reference="Kamus hunspell id_ID (LibreOffice) dan leksikon Saring",
                        category=Category.SPELLING))
                continue
            if word in self._titles_lower and not (
                    i + 1 < len(tokens) and tokens[i + 1].text[:1].isupper()):
                continue  # kabid dan kasi: positions named generically
            finding = self._case_fix(token) or self._nasal(token) or self._foreign_affixed(token)
            english = self.is_english(word) or (word.islower() and self._english_compound(word))
            phrase = english and in_foreign_phrase(tokens, i, self.is_english)
            if finding is None and english and not phrase:
                finding = self._loan_spelling(token)
            if finding is None and english:
                if inside_foreign_name(text, tokens, i, self.is_english):
                    continue  # Association of the Indonesian Tours and Travel Agencies
                if phrase or (self._likely_typo_of(word.lower()) is None
                              and not self._indonesian_slip_of_english(word)):
                    # job fair: an English word beside another is English even when an
                    # Indonesian word (air) is one slip away
                    finding = self._foreign(token)
            if finding is None:
                if word[:1].isupper() and not slip and (
                        word in names or latin_binomial(tokens, i, text, self.is_known, self._epithet_slip)
                        or not (self._common_word_near(word) or self.regions_near(word)
                                or self._capitalised_typo(word))):
                    continue  # a capitalised word at a sentence start: a name, unless a
                    # common word or a region name is one slip away (Pemerintahh, Palembnag)
                if latin_binomial(tokens, i, text, self.is_known, self._epithet_slip):
                    continue  # Aedes aegypti
                if self._term_here(tokens, i, text):
                    continue  # mesin alkon, lele dumbo, 1.360 stel: a term of the trade
                if ((word.islower() or (token.start in starts and word[1:].islower()))
                        and self._spoken_in_quote(text, token, quoted)):
                    continue  # "... sampai dia dapet sertifikat": spoken, as quoted
                if (uses[word] > 1 and len(word) >= 5 and not listed_slip
                        and self._likely_typo_of(word.lower()) is None
                        and not self._near_dictionary_word(word.lower())
                        and not self._loan_noun_slip(word.lower())
                        and not self._first_suggestion_one_slip(word)):
                    continue  # hotmix ... hotmix: a term the text keeps using
                finding = self._nonstandard_finding(token) or Finding(
                    rule_id=RULE_ID, category=Category.SPELLING, severity=Severity.WARNING,
                    start=token.start, end=token.end, actual=text[token.start:token.end],
                    message=self._unknown_message(word),
                    suggestions=_with_tripled_fix(
                        word, self._dictionary_first(word) if slip else self.suggest(word)),
                    reference="Kamus hunspell id_ID (LibreOffice) dan leksikon Saring",
                )
            actual = text[token.start:token.end]
            if finding.actual != actual:  # the word held a soft hyphen or a curly apostrophe
                finding = dataclasses.replace(finding, actual=actual)
            findings.append(finding)
        for start, end, verb in doubled_di_spans(tokens, text, self.in_dictionary,
                                                    self._is_plain):
            findings.append(Finding(
                rule_id=DOUBLED_DI_RULE_ID, category=Category.SPELLING,
                severity=Severity.WARNING, start=start, end=end, actual=text[start:end],
                message=(f"Awalan di- sudah melekat pada “{verb.text}”; hapus “di” yang "
                         "ditulis terpisah di depannya."),
                suggestions=(verb.text,), reference="EYD V: awalan di- ditulis serangkai"))
        if self._verb_like is None or len(self._verb_like) > _VERB_LIKE_LIMIT:
            self._verb_like = {}
        for start, end, right in bare_kan_spans(tokens, text, self.in_dictionary,
                                                self.is_known, self._is_plain, starts,
                                                self._lexicon.zipf, self._verb_like):
            findings.append(Finding(
                rule_id=BARE_VERB_RULE_ID, category=Category.SPELLING,
                severity=Severity.WARNING, start=start, end=end, actual=text[start:end],
                message=(f"Kata kerja sesudah nama pelakunya memakai imbuhan: “{right}”."),
                suggestions=(right,), reference="KBBI: kata kerja aktif me-…-kan, me-…-i"))
        if self._clipped is None:
            self._clipped = clipped_forms(self._lexicon.zipf, self.is_known, self.is_english)
        taken = {(f.start, f.end) for f in findings}  # one finding a word: *tela* is unknown already
        for start, end, right in clipped_spans(tokens, text, self._clipped, self.is_known):
            if (start, end) in taken:
                continue
            findings.append(Finding(
                rule_id=CLIPPED_RULE_ID, category=Category.SPELLING,
                severity=Severity.WARNING, start=start, end=end, actual=text[start:end],
                message=(f"“{text[start:end]}” di tengah kalimat ini kemungkinan salah ketik "
                         f"“{right}” (huruf terakhirnya hilang)."),
                suggestions=(right,), reference="KBBI: kata tugas"))
        return _names_in_lowercase(_drop_names_taken_elsewhere(
            _drop_other_language_runs(findings, tokens, self._likely_typo_of), tokens, starts),
            tokens, text, self._lexicon.region_word)

    # The clipped function words (da -> dan), built from the frequency list on first use.
    _clipped: dict[str, str] | None = None

    # Per lowercase word: whether bare_kan_spans' dictionary test reads it as a bare -kan or
    # -i verb (id_ID and the frequencies alone: it never changes while the speller lives).
    _verb_like: dict[str, bool] | None = None

    # Per word (for the user words it was judged with): whether it is a plain word of the
    # dictionary (see _plain_word).
    _plain_memo: tuple[frozenset[str], dict[str, bool]] | None = None

    def _plain_words(self) -> dict[str, bool]:
        memo = self._plain_memo
        if memo is None or memo[0] is not self.user_words or len(memo[1]) > 50_000:
            memo = self._plain_memo = (self.user_words, {})
        return memo[1]

    def _plain_word(self, word: str) -> bool:
        """A known word without an apostrophe that is no Latin phrase run together and, if
        capitalised, no possible slip of an official name's word (most tokens of a text).
        :meth:`check` gives such a word nothing but a number run into it: every other branch
        of its loop ends in ``continue`` for a known word (each slip and region test asks
        :meth:`is_known` first; :meth:`_slip_in_listed_name` ends as below), except a rare
        reading of a slip (:meth:`rare_reading_slip`), which is therefore no plain word. A test checks
        the loop with and without this shortcut on many texts."""
        if (len(word) > MAX_WORD_CHARS or "'" in word or word.lower() in LATIN_JOINED
                or not self.is_known(word)):
            return False
        if word.islower() and self.rare_reading_slip(word) is not None:
            return False  # kekahatan: known, yet the loop may call it a slip of kejahatan
        return (not word[:1].isupper() or len(word) < 4 or not word.isalpha() or self.listed(word)
                or self.region_word(word.lower()) is not None or word in self._abbreviations)

    def _number_run_into(self, text: str, token: Token) -> Finding | None:
        """A number written against a word of the dictionary (11ribu, 5orang, 1.500peserta):
        the space between them is missing. Units (2kg) are the punctuation check's; a code
        that mixes letters and digits (P2KB, covid19) is none."""
        word = token.text
        before = text[max(0, token.start - 2):token.start]
        if not before or not (before[-1].isdecimal() or (before[-1] == "\n" and before[:1].isdecimal())):
            return None  # no digit (\d: a decimal digit) where _NUMBER_BEFORE's $ could end
        number = _NUMBER_BEFORE.search(text, max(0, token.start - 24), token.start)
        if (number is None or len(word) < 3 or not word.isalpha() or not word.islower()
                or word in UNITS or word in _UNIT_WORDS or not self.is_known(word)):
            return None
        start = number.start()
        right = f"{number.group()} {word}"
        return Finding(
            rule_id=NUMBER_SPACE_RULE_ID, category=Category.SPELLING,
            severity=Severity.WARNING, start=start, end=token.end,
            actual=text[start:token.end],
            message=f"Angka dan kata sesudahnya dipisahkan spasi: “{right}”.",
            suggestions=(right,), reference="EYD V: penulisan angka dan kata")

    def _too_long(self, text: str, token: Token) -> Finding:
        """A token longer than any word: said once, with no suggestion (it is never taken
        apart or expanded into its neighbours)."""
        letters = thousands(token.end - token.start)
        return Finding(
            rule_id=TOO_LONG_RULE_ID, category=Category.SPELLING, severity=Severity.WARNING,
            start=token.start, end=token.end, actual=text[token.start:token.end],
            message=(f"Kata ini terlalu panjang ({letters} huruf; kata terpanjang "
                     f"{MAX_WORD_CHARS} huruf) untuk diperiksa ejaannya. Periksa apakah ada "
                     "spasi yang hilang."),
            reference="Kamus hunspell id_ID (LibreOffice) dan leksikon Saring")

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
        """An apostrophe inside an Indonesian word: Jum'at, Jum’at -> Jumat; do'a -> doa. A
        place name the region list spells without it is left as written (So'a)."""
        word = token.text
        if "'" not in word or self.is_known(word):
            return None
        plain = word.replace("'", "")
        if len(plain) < 3 or not self.is_known(plain) or not plain.isalpha():
            return None
        if word[:1].isupper() and self.region_word(plain.lower()) is not None and not (
                self.in_dictionary(plain.lower())):
            return None  # So'a, Bontomate'ne: a place's own spelling of its glottal stop
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
        for adapted in adaptations(word.lower()):
            entry = self._lexicon.lookup(adapted)
            if entry is not None and entry.kind & (Kind.HUNSPELL | Kind.STEM) and len(adapted) > 3:
                right = match_case(adapted, word)
                return _word_finding(
                    token, "baku.serapan",
                    f"“{word}” ejaan asing; bentuk bakunya dalam bahasa Indonesia “{right}”.",
                    (right,), reference="KBBI; Pedoman Umum Pembentukan Istilah")
        return None

    def _nonstandard_finding(self, token: Token) -> Finding | None:
        """A non-standard spelling of a common word one sure rewrite of the slip grammar away:
        a form Saring's guessing would accept but refused so (puteri -> putri, jaman ->
        zaman: a ``baku`` finding), or a word no list has whose first correction is that form
        (pondasi -> fondasi, rejeki -> rezeki; a spelling finding that says which)."""
        word = token.text
        standard = self.nonstandard_of(word)
        if standard is not None:
            right = match_case(standard, word)
            return _word_finding(
                token, NONSTANDARD_RULE_ID, f"“{word}” tidak baku; bentuk bakunya “{right}”.",
                (right,), reference="KBBI; EYD V; Pedoman Umum Pembentukan Istilah")
        if not word.islower():
            return None
        standard = self.standard_spelling_of(word)
        suggestions = self.suggest(word)
        if standard is None or suggestions[:1] != (standard,):
            return None
        return _word_finding(
            token, RULE_ID, f"“{word}” tidak baku atau salah eja; tulis “{standard}”.",
            suggestions, reference="KBBI; EYD V; Pedoman Umum Pembentukan Istilah",
            category=Category.SPELLING)

    def _foreign(self, token: Token) -> Finding:
        return _word_finding(
            token, "baku.kata-asing",
            f"“{token.text}” kata asing: tulis miring atau pakai padanannya dalam bahasa "
            "Indonesia bila ada.", (), reference="EYD V: huruf miring untuk kata asing",
            severity=Severity.INFO)

    def _foreign_affixed(self, token: Token) -> Finding | None:
        """An Indonesian affix run into an English word (menginput, diupgrade): advice to
        hyphenate it as EYD V asks (meng-input) or to use the Indonesian word, unless the form
        is a likely slip of an Indonesian word."""
        word = token.text
        lower = word.lower()
        if self.is_english(lower):
            return None  # pending, terrace: an English word as a whole (pen + ding)
        affixed = joined_foreign(lower, self.is_english)
        if (affixed is None or self._likely_typo_of(lower) is not None
                or self.nasal_g_fix(lower) is not None):
            return None  # menganti is mengganti with a g dropped, not meng + anti
        right = match_case(affixed.hyphenated(), word)
        return _word_finding(
            token, "baku.kata-asing",
            f"“{word}”: imbuhan bahasa Indonesia pada kata asing “{affixed.foreign}” ditulis "
            f"dengan tanda hubung, “{right}” (kata asingnya dicetak miring), atau pakai "
            "padanannya dalam bahasa Indonesia.", (right,),
            reference="EYD V: tanda hubung dan huruf miring untuk unsur asing",
            severity=Severity.INFO)

    def _english_compound(self, lower: str) -> bool:
        """Two English words run together (hotmix, timeline): a foreign term, not a typo."""
        if (not 6 <= len(lower) <= MAX_WORD_CHARS or not lower.isalpha()
                or lower.startswith(_INDONESIAN_PREFIXES)
                or self._likely_typo_of(lower)):
            return False  # dispenduk: an Indonesian prefix says it is no English compound
        if self._near_dictionary_word(lower):
            return False  # negera (neg + era): a slip of negara, not two English words
        for i in range(3, len(lower) - 2):
            head, tail = lower[:i], lower[i:]
            english = self.is_english(head), self.is_english(tail)
            if any(english) and all(e or self.in_dictionary(p)
                                    for e, p in zip(english, (head, tail), strict=True)):
                return True  # hot (also in id_ID) + mix
        return False

    def _term_here(self, tokens: list[Token], i: int, text: str) -> bool:
        """A lowercase word where a term of the trade or the region stands: after a noun that
        introduces a kind or a make (mesin alkon, truk fuso, ikan lele dumbo), or as the unit
        of a count (1.360 stel, 7.250 pcs). The dictionary lacks most such terms; it is a
        misspelling only when a common word is one typing slip away (mesin pompaa)."""
        word = tokens[i].text
        if not word.isalpha() or not word.islower() or len(word) < 3:
            return False
        before = text[max(0, tokens[i].start - 24):tokens[i].start]
        after_head = (i > 0 and text[tokens[i - 1].end:tokens[i].start] == " "
                      and tokens[i - 1].text.lower() in self._kind_heads)
        count = _COUNT_BEFORE.search(before)
        if count is not None and (len(word) > 6 or _YEAR.fullmatch(count.group().strip())):
            count = None  # Tahun 2019 alhamdulilah: a year, and units are short words
        if not (after_head or count):
            return False
        lower = word.lower()
        # 1 pleton, 20 stel: the KBBI form (peleton, setel) is one respelling away. A term
        # keeps its first letter apart (truk fuso is no puso).
        # A letter typed twice (bibit ungggul, salinaan) is a slip whatever stands before it.
        if self._likely_typo_of(lower) is not None or any(
                form[:1] == lower[:1] and self.in_dictionary(form)
                for form in kbbi_respellings(lower)) or any(
                lower[k] == lower[k - 1] and self.is_known(lower[:k] + lower[k + 1:])
                for k in range(1, len(lower))):
            return False
        # A unit is short, so a common word is often one slip from it (stel, sel): only the
        # slips the team's own posts show count there.
        return not after_head or self.common_slip_of(lower) is None

    def _unknown_message(self, word: str) -> str:
        region = self.region_word(word.lower())
        if region is not None:
            return (f"“{word}” adalah nama daerah: tulis dengan huruf kapital seperti "
                    f"“{region}”.")
        return (f"“{word}” tidak ada di kamus bahasa Indonesia. Periksa ejaannya; jika kata "
                "ini benar (nama, istilah), tambahkan ke kamus.")

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
        # Dalam Negeri); a personal name follows a title, so the next word counts, and a word
        # before only when it is a common word too and the slip a sure one (below).
        if i + 1 >= len(tokens):
            return False
        nxt = tokens[i + 1]
        if not (nxt.text.istitle() and text[tokens[i].end:nxt.start] == " "
                and self._plain_name_word(nxt.text.lower())):
            return False
        if i > 0 and tokens[i - 1].text[:1].isupper() and text[
                tokens[i - 1].end:tokens[i].start] == " ":
            # Dinas Perberdayaan Perempuan, Dana Isentif Daerah: between two common words of
            # a name, a word one edit from its first suggestion, a common word, is its slip;
            # Dinas Perindag Provinsi: an acronym (its first suggestion no common word)
            before = tokens[i - 1].text
            suggestions = self.suggest(word)
            return (before.istitle() and self._plain_name_word(before.lower())
                    and bool(suggestions) and self.in_dictionary(suggestions[0].lower())
                    and self._lexicon.zipf(suggestions[0].lower()) >= _MIDDLE_SLIP_ZIPF
                    and suggestions[0].lower() in edits1(lower))  # Hotel Montana: 2 edits
        return self._near_dictionary_word(lower)

    def _slip_in_listed_name(self, tokens: list[Token], i: int, text: str) -> str | None:
        """A capitalised word no list holds, one edit from the word that stands beside its
        neighbour in an official name the abbreviation list spells out (Badan Basan
        Kepegawaian -> Kepegawaian beside Badan; Pencatatan Silpil -> Sipil; Pengerak PKK ->
        Penggerak): that word, cased like the slip, else None."""
        word = tokens[i].text
        if len(word) < 4 or not word[:1].isupper() or not word.isalpha():
            return None
        lower = word.lower()
        checked = False
        for j, partners in ((i - 1, self._name_pairs.after), (i + 1, self._name_pairs.before)):
            if not 0 <= j < len(tokens) or not tokens[j].text[:1].isupper():
                continue
            if not partners(tokens[j].text.lower()):
                continue  # the neighbour stands in no official name
            if not checked:
                if (self.listed(word) or self.region_word(lower) is not None
                        or word in self._abbreviations):
                    return None
                checked = True
            left, right = sorted((tokens[i], tokens[j]), key=lambda t: t.start)
            if text[left.end:right.start] != " ":
                continue
            found = sorted(w for w in partners(tokens[j].text.lower())
                           if one_edit(lower, w) and self.listed(w))
            if len(found) == 1 and self._name_goes_on(tokens, i, j, found[0], text):
                return match_case(found[0], word)
        return None

    def _name_goes_on(self, tokens: list[Token], i: int, j: int, right: str,
                      text: str) -> bool:
        """Whether a third word of the official name stands beyond the slip or beyond its
        neighbour (peraturan Basan Kepegawaian *Negara*, *dan* Pencatatan Silpil): two words
        one edit from a listed pair may be a personal name beside a word; three in a row
        are the name."""
        def pair(a: int, b: int, left: str, rightword: str) -> bool:
            return (0 <= a < len(tokens) and 0 <= b < len(tokens)
                    and text[tokens[min(a, b)].end:tokens[max(a, b)].start] == " "
                    and rightword in self._name_pairs.after(left))

        neighbour = tokens[j].text.lower()
        if j > i:  # the slip, then its neighbour
            beyond = i - 1 >= 0 and pair(i - 1, i, tokens[i - 1].text.lower(), right)
            return beyond or (j + 1 < len(tokens)
                              and pair(j, j + 1, neighbour, tokens[j + 1].text.lower()))
        beyond = i + 1 < len(tokens) and pair(i, i + 1, right, tokens[i + 1].text.lower())
        return beyond or (j - 1 >= 0 and pair(j - 1, j, tokens[j - 1].text.lower(), neighbour))

    def _common_slip_here(self, tokens: list[Token], i: int, text: str,
                          uses: Counter[str]) -> bool:
        """A long capitalised word one typing slip from a word common in general Indonesian
        text (Kabangsaan -> Kebangsaan, Perhubugan -> Perhubungan), with no name beside it:
        a capitalised word next to it, in the same name, is a word of the dictionary (Seminar
        Kabangsaan, Dinas Perhubugan). A personal name keeps other name words beside it
        (Mohammad Yusuf, John Darmawan) and its own spellings of common words."""
        word = tokens[i].text
        lower = word.lower()
        if (len(word) < _SHORT_SLIP_MIN_LETTERS or not word.istitle() or not word.isalpha()
                or self.is_known(word) or self.region_word(lower) is not None
                or self.is_english(lower)):
            return False
        beside_name = False
        for j in (i - 1, i + 1):
            if not 0 <= j < len(tokens):
                continue
            left, right = sorted((tokens[i], tokens[j]), key=lambda t: t.start)
            other = tokens[j].text
            if other.isupper() and len(other) >= 2:
                continue  # Kebesihan DLH: an acronym beside is neither a name nor a word
            if text[left.end:right.start] == " " and other[:1].isupper():
                if not self._plain_name_word(other.lower()):
                    if (self.region_word(other.lower()) is not None
                            or other.lower() in self._abbreviations_lower):
                        continue  # Provonsi Banten, Pencatatan Silpil Kemendagri: a region
                        # or a listed abbreviation beside is no personal name either
                    return False
                beside_name = True
        near = self.common_slip_of(lower, beside_name=beside_name)
        if near is None:
            return False
        zipf = self._lexicon.zipf(near)
        return (len(word) >= _COMMON_SLIP_MIN_LETTERS or zipf >= _SHORT_SLIP_ZIPF
                or (len(word) >= _SEVEN_SLIP_LETTERS and zipf >= _SEVEN_SLIP_ZIPF
                    and uses[word] == 1))

    def _slip_alone(self, tokens: list[Token], i: int, uses: Counter[str]) -> bool:
        """A capitalised word inside a sentence with a lowercase word on each side, one
        typing slip from a common word (oleh Lemaga adat -> Lembaga; selama Ramdan dan ->
        Ramadan): a name alone in running text stands after a title or a verb of saying
        (name_slots), and a list of names has capitalised neighbours."""
        word = tokens[i].text
        if (len(word) < _ALONE_SLIP_MIN_LETTERS or not word.istitle() or not word.isalpha()
                or not 0 < i < len(tokens) - 1):
            return False
        before = tokens[i - 1].text
        if not (before.islower() and tokens[i + 1].text.islower()):
            return False
        if before.startswith("di") and len(before) > 4 and self.is_known(before):
            return False  # dibuka Dangin: the agent of a passive verb, a name's slot
        lower = word.lower()
        if (self.is_known(word) or self.region_word(lower) is not None
                or self.is_english(lower) or self._lexicon.lookup(lower) is not None):
            return False
        if uses[word] > 1:
            return False  # Kubar ... Kubar: a slip is rarely made twice the same way
        near = self.common_slip_of(lower)
        # A letter dropped or struck for another (Lemaga, Tsumami), not one added: a name is
        # often a common word with a letter more (Kusno beside kuno, Dayak beside daya).
        return (near is not None and len(near) >= len(lower)
                and self._lexicon.zipf(near) >= _ALONE_SLIP_ZIPF)

    def _guess_finding(self, token: Token, text: str, where: str, guess: str,
                       reference: str) -> Finding:
        """A word that is no word, where the text's frame says which word it mistypes
        (``where``: before a region's name, inside an official name): ``guess`` first."""
        return _word_finding(
            dataclasses.replace(token, text=text[token.start:token.end]), RULE_ID,
            f"“{token.text}” tidak ada di kamus; {where} mungkin maksudnya “{guess}”. "
            "Periksa ejaannya.",
            tuple(dict.fromkeys((guess, *self.suggest(token.text))))[:5],
            reference=reference, category=Category.SPELLING)

    def _level_slip(self, tokens: list[Token], i: int) -> str | None:
        """The level word (Kecamatan, Kabupaten …) that token ``i`` mistypes, when it is a
        capitalised word that is no word, one edit from it, with a capitalised word (the
        name) right after it; else None."""
        word = tokens[i].text
        if (not (7 <= len(word) <= 11) or not word.istitle() or not word.isalpha()
                or i + 1 >= len(tokens) or not tokens[i + 1].text[:1].isupper()
                or tokens[i + 1].start - tokens[i].end != 1):
            return None
        lower = word.lower()
        if self.is_known(word) or self.is_known(lower) or self.region_word(lower) is not None:
            return None
        near = [w for w in _LEVEL_WORDS if osa_distance(lower, w, 1) <= 1]
        return near[0].capitalize() if len(near) == 1 else None

    def _region_slip(self, tokens: list[Token], i: int, text: str) -> str | None:
        """A capitalised word that is no word and no region name, in a place only a region
        name fits, one edit from the one that does: after Kabupaten/Kota/Provinsi (Kabupaten
        Minahsa -> Minahasa), or after the first word of a region name (Jawa Tengha ->
        Tengah). The region word as written, or None."""
        word = tokens[i].text
        lower = word.lower()
        if (i == 0 or len(word) < 4 or not word.istitle() or not word.isalpha()
                or text[tokens[i - 1].end:tokens[i].start] != " " or self.is_known(word)
                or self.region_word(lower) is not None):
            return None
        before = tokens[i - 1].text
        if before.lower() in _REGION_HEADS and before[:1].isupper():
            near = [r for r in self.regions_near(word)
                    if _without_pepet(r.lower()) != _without_pepet(lower)]
            if before.lower() in _DISTRICT_HEADS:  # Kecamatan Kanganyan -> Kangayan
                near = list(dict.fromkeys([*near, *self._districts_near(lower)]))
            return near[0] if len(near) == 1 else None  # Sumatra for Sumatera is a spelling
        if not before.istitle() or self.region_word(before.lower()) is None:
            return None
        found = self._region_names_one_edit(before.lower(), lower)
        if len(found) != 1:
            return None
        last = next(iter(found)).split()[-1]
        # a province's or regency's word (Timur, Selatan), not a village's (Lubuk Sanai)
        return last if self.major_region_word(last.lower()) is not None else None

    def _districts_near(self, lower: str) -> list[str]:
        """One-word district (kecamatan) names one likely slip (cost 2 at most) from
        ``lower``, as written, and not the same name with or without its pepet (cached: the
        lexicon does not change)."""
        found: tuple[str, ...] = remembered(self._districts, lower, self._districts_near_uncached,
                                            lower)
        return list(found)

    def _districts_near_uncached(self, lower: str) -> tuple[str, ...]:
        found = []
        for candidate, cost in edits1(lower, max_cost=2).items():
            if cost > 2 or len(candidate) < 4:
                continue
            region = self._lexicon.region_word(candidate)
            if (region is not None and region[1] & RegionLevel.DISTRICT
                    and _without_pepet(candidate) != _without_pepet(lower)):
                found.append(region[0])
        return tuple(found)

    def _region_names_one_edit(self, before: str, lower: str) -> frozenset[str]:
        """The region names "``before`` X" for every X one edit from ``lower`` (cached: the
        lexicon does not change)."""
        return remembered(self._region_edits, (before, lower), self._region_names_uncached,
                          before, lower)

    def _region_names_uncached(self, before: str, lower: str) -> frozenset[str]:
        names = (self.region_name(f"{before} {c}") for c in edits1(lower))
        return frozenset(name for name in names if name is not None)

    def _beside_unknown_name(self, tokens: list[Token], i: int, text: str) -> bool:
        """Whether a capitalised word stands, one space apart, beside a capitalised word that
        no list knows and that is no slip of a common word: a personal name's other word
        (Mamun Murod), so the two are one name, not a slip (murid)."""
        for j in (i - 1, i + 1):
            if not 0 <= j < len(tokens):
                continue
            left, right = sorted((tokens[i], tokens[j]), key=lambda t: t.start)
            other = tokens[j].text
            if (text[left.end:right.start] == " " and len(other) >= 3 and other.istitle()
                    and other.isalpha() and self._lexicon.lookup(other) is None
                    and self.region_word(other.lower()) is None
                    and not self._capitalised_typo(other)):
                return True
        return False

    def _unlisted_name(self, word: str) -> bool:
        """A capitalised word no list knows: no word, region name or abbreviation."""
        return (not self.is_known(word) and self.region_word(word.lower()) is None
                and word not in self._abbreviations)

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
        if len(word) > MAX_WORD_CHARS:
            return False
        lower = word.lower()
        split = self.missing_space(lower) if len(word) >= 7 and not self.is_known(word) else None
        if split is not None:
            head, tail = split.split(" ")
            if ((tail in SPLIT_FUNCTION_WORDS or self._lexicon.zipf(tail) >= _FUNCTION_ZIPF)
                    and self.major_region_word(head) is not None):
                return True  # Bulukumbapada, Utaradalam: a region name run into a common word
        if not word[1:].islower() or len(word) < 5 or self.is_known(word):
            return False
        if self.region_word(lower) is not None:
            return False
        if self._derived_noun_slip(lower):
            return True  # Penyampaikan: a form id_ID's table builds but no one writes
        if self._lexicon.lookup(lower) is not None:
            return False
        near = self._likely_typo_of(lower)
        if near is not None and self._suggester.frequency(near) >= _NAME_TYPO_MIN_FREQUENCY:
            return True
        if self._key_repeated(lower):
            return True  # Jerrry, Ddaerah, Assisten: a key struck once too often
        if len(lower) >= _FINAL_H_CAPITAL_LETTERS and self._final_h_slip(lower):
            return True  # "Semogah di hari jadi ...: an h spoken after a common word's vowel
        return self._loan_noun_slip(lower) or self.english_dropped_letter(lower) is not None

    def _final_h_slip(self, lower: str) -> bool:
        """Whether ``lower`` is a word of id_ID written with an h after its last vowel, as
        some writers say it (*semogah, segerah, mengelolah*): no word of id_ID itself and
        never written (no frequency), and the word without the h is one of the few thousand
        commonest (Zipf >= 5 for a capitalised word, which may be a name: see callers)."""
        return (len(lower) >= 4 and not self.in_dictionary(lower)
                and self._final_h_added(lower, _FINAL_H_ZIPF))

    def _final_h_habit(self, word: str) -> bool:
        """Whether a lowercase word the morphology accepts only by a rare reading is a
        common word with an h added after its last vowel (*mengelolah*: mengelola): a habit
        of spelling, made the same way each time, so a word the text repeats is flagged all
        the same (a typing slip is rarely repeated; this is no typing slip)."""
        return self._final_h_added(word.lower(), _FINAL_H_HABIT_ZIPF)

    def _final_h_added(self, lower: str, zipf: float) -> bool:
        """Whether ``lower`` is never written (no frequency) and is a word of id_ID at least
        ``zipf`` common with an h added after its last vowel."""
        return (len(lower) >= 2 and lower[-1] == "h" and lower[-2] in "aeiou"
                and self._lexicon.zipf(lower) == 0 and self.in_dictionary(lower[:-1])
                and self._lexicon.zipf(lower[:-1]) >= zipf)

    def _key_repeated(self, lower: str) -> bool:
        """A letter three times in a row, or a letter doubled against a common word: a slip
        even in a name or beside one (Jerrry Kalalo, Keuangan Ddaerah Tolitoli)."""
        return bool(_TRIPLED.search(lower)) or self._doubled_letter_slip(lower) is not None

    def _doubled_letter_slip(self, lower: str) -> str | None:
        """The common word (id_ID, Zipf >= 4) that ``lower`` is with one letter of a pair
        written once (*ddaerah*: daerah, *assisten*: asisten, *distriik*: distrik), for a
        word of seven letters or more that is no English word: a name that doubles a letter
        (Effendi, Ummi, Anna) is short or doubles it against a rare word."""
        if len(lower) < _DOUBLED_SLIP_MIN_LETTERS or self.is_english(lower):
            return None
        for k in range(1, len(lower)):
            if lower[k] == lower[k - 1] and lower[k].isalpha():
                single = lower[:k] + lower[k + 1:]
                if (self.in_dictionary(single)
                        and self._lexicon.zipf(single) >= _DOUBLED_SLIP_ZIPF):
                    return single
        return None

    def _spoken_in_quote(self, text: str, token: Token, quoted: list[tuple[int, int]]) -> bool:
        """Whether ``token`` stands inside a direct quotation as the spoken shape of a
        common word or a particle of speech (:mod:`core.check.spelling.colloquial`)."""
        lower = token.text.lower()
        if colloquial_of(lower, self._common_standard) is None:
            return False
        return any(start <= token.start and token.end <= end for start, end in quoted)

    def _common_standard(self, lower: str) -> bool:
        return (self._lexicon.zipf(lower) >= COLLOQUIAL_STANDARD_ZIPF
                and self.in_dictionary(lower))

    def _indonesian_slip_of_english(self, word: str) -> bool:
        """Whether a word the English list holds, alone in Indonesian prose, is rather a
        typing slip of a common Indonesian word (wordfreq Zipf >= 3.5; see
        :meth:`common_slip_of`): six letters or more, lowercase (*mauled*: maulid, *linkup*:
        lingkup). Short English words sit one slip from many Indonesian ones (door: donor,
        tour: tur) and are left as foreign words."""
        return (len(word) >= _ENGLISH_SLIP_MIN_LETTERS and word.islower() and word.isalpha()
                and self.common_slip_of(word) is not None)

    def _first_suggestion_one_slip(self, word: str) -> bool:
        """Whether the first correction of ``word`` is one slip away: a letter dropped,
        added, doubled or swapped, a neighbouring key or a vowel for another (*defenitif*:
        definitif, *perehapan*: perehaban) in a word of eight letters or more. A writer
        repeats a slip of spelling as readily as a term (a slip of habit, not of typing); a
        long term of the text (*siskamling, piodalan*) sits no single slip from a word of the
        lexicon, while short ones often do."""
        if len(word) < _COMMON_SLIP_MIN_LETTERS:
            return False  # short regional words sit one slip from many words (tempek: tempe)
        suggestions = self.suggest(word)
        if not suggestions:
            return False
        lower = word.lower()
        first = suggestions[0].lower()
        if " " in first or "-" in first:
            return False  # two words run together: the orthography check's, not a slip
        return (edits1(lower).get(first, 99.0) <= _REPEATED_SLIP_COST
                or first == self.dropped_pair_of(lower))  # mengatan ... mengatan: a syllable
        # skipped the same way twice

    def _epithet_slip(self, word: str) -> bool:
        """Whether a lowercase word after a capitalised one is a typing slip of a common
        Indonesian word (*bersmaa*: bersama, *berserta*: beserta, *menjelaskna*: menjelaskan)
        rather than the epithet of a species name. A Latin epithet may sit one slip from a
        common word too (papaya: pepaya), but it never starts with an Indonesian prefix."""
        lower = word.lower()
        return self._likely_typo_of(lower) is not None or (
            lower.startswith(_INDONESIAN_PREFIXES) and self.common_slip_of(lower) is not None)

    def _loan_noun_slip(self, lower: str) -> bool:
        """A long word with the ending of a loan noun (-asi, -itas, -kultura, -ologi …) one
        edit from an id_ID word with the same ending: names are not built that way, so
        *Holtikultura* is a slip of *hortikultura*, capital or not."""
        if len(lower) < 8 or not lower.endswith(_LOAN_NOUN_ENDINGS):
            return False
        for candidate in self.suggest(lower)[:1]:
            ending = next(e for e in _LOAN_NOUN_ENDINGS if lower.endswith(e))
            if candidate.endswith(ending) and self.in_dictionary(candidate):
                return True
        return False

    def _derived_noun_slip(self, lower: str) -> bool:
        """A long word no list holds with the frame of an Indonesian derived noun (peN-/per-/
        pe-/ke- ... -an) whose first correction is one edit away, has the same frame, and is
        written (Zipf >= 3.0): *Penyelenggraan, Penyampaikan, Perdeasaan* are slips of
        penyelenggaraan, penyampaian, perdesaan, capital or not. Personal and place names are
        not built on that frame; the ones that look so stand after a name's head (Desa
        Penundan), which keeps them. Like :meth:`_loan_noun_slip` for loan nouns."""
        if len(lower) < _DERIVED_NOUN_MIN_LETTERS or self.is_known(lower):
            return False
        if _DERIVED_NOUN_STRUCK_N.match(lower):
            candidate = lower[:-1] + "n"
            return (self.in_dictionary(candidate)
                    and self._lexicon.zipf(candidate) >= _DERIVED_NOUN_ZIPF)
        if not _DERIVED_NOUN.match(lower):
            return False
        for candidate in self.suggest(lower)[:1]:
            candidate = candidate.lower()
            if (_DERIVED_NOUN.match(candidate) and self.in_dictionary(candidate)
                    and self._lexicon.zipf(candidate) >= _DERIVED_NOUN_ZIPF
                    and candidate in edits1(lower)):
                return True
        return False


# Unknown lowercase words side by side (no known word between them), this many of them: a
# passage in another language, not typos.
_RUN_LENGTH = 3


def _drop_other_language_runs(findings: list[Finding], tokens: list[Token],
                              typo_of: Callable[[str], str | None]) -> list[Finding]:
    """The findings without runs of unknown words: three or more lowercase words in a row that
    no list knows (a quoted sentence in Javanese, Balinese or Sundanese: "... ndelehe sakpenake
    dewe ...") are a passage in a regional language, which the writer means, not a run of
    typos; a typist's slips are scattered between correct words. (Allowing one or two known
    words between them caught more of such passages but also dropped a labelled typo of the
    tune3 check set.) A word that is a likely slip of a common word (dsn for dan) is a typo
    all the same: it stays flagged and does not count towards a run."""
    unknown = [f for f in findings if f.rule_id == RULE_ID and f.actual.islower()
               and typo_of(f.actual.lower()) is None]
    if len(unknown) < _RUN_LENGTH:
        return findings
    index = {t.start: k for k, t in enumerate(tokens)}
    positions = sorted(index[f.start] for f in unknown if f.start in index)
    dropped: set[int] = set()
    run = positions[:1]
    for k in [*positions[1:], None]:
        if k is not None and k == run[-1] + 1:
            run.append(k)
            continue
        if len(run) >= _RUN_LENGTH:
            dropped.update(tokens[j].start for j in run)
        if k is not None:
            run = [k]
    if not dropped:
        return findings
    return [f for f in findings if not (f.rule_id == RULE_ID and f.start in dropped)]


def _drop_names_taken_elsewhere(findings: list[Finding], tokens: list[Token],
                                starts: frozenset[int]) -> list[Finding]:
    """The findings without an unknown capitalised word the same text writes unflagged inside a
    sentence elsewhere: a name its context showed once (Kordiv Hardi Munthe, Buleleng Nyoman
    Darta) is the same name where it stands alone later (Hardi menambahkan, Menurut Darta)."""
    flagged = {f.start for f in findings if f.rule_id == RULE_ID}
    if not flagged:
        return findings
    taken = {t.text for t in tokens if t.start not in flagged and t.start not in starts
             and t.text[:1].isupper() and not t.text.isupper()}
    dropped = {t.start for t in tokens if t.start in flagged and t.text in taken}
    return [f for f in findings if f.start not in dropped] if dropped else findings


def _names_in_lowercase(findings: list[Finding], tokens: list[Token], text: str,
                        region_word: Callable[[str], tuple[str, RegionLevel] | None],
                        ) -> list[Finding]:
    """The findings, with the capitalised form first for a lowercase word that is a name
    written without its capital (EYD V: huruf kapital pada nama orang dan geografi): the same
    text writes it capitalised elsewhere and lets it stand (Bendu ... Pulau bendu; Safri
    menyebutkan ... safri menguraikan), or it is a listed region word right after a word that a place's name
    follows (sungai kayan: Kayan). A typing slip of a common word is the likelier reading of a
    lowercase word only when nothing says it is a name."""
    flagged = {f.start for f in findings if f.rule_id == RULE_ID}
    if not flagged:
        return findings
    # At a sentence start too: the lowercase form is no word (it is flagged), so the
    # capitalised one the checker let stand there is a name (Safri menyebutkan ...).
    taken = {t.text for t in tokens if t.start not in flagged
             and t.text[:1].isupper() and t.text[1:].islower()}
    index = {t.start: k for k, t in enumerate(tokens)}
    out: list[Finding] = []
    for f in findings:
        word = f.actual
        if (f.rule_id != RULE_ID or not (word.isalpha() and word.islower()) or len(word) < 3
                or f.start not in index):
            out.append(f)
            continue
        title = word[:1].upper() + word[1:]
        k = index[f.start]
        if title in taken:
            why = f"“{title}” ditulis dengan huruf kapital di bagian lain teks ini"
        else:
            head = tokens[k - 1] if k > 0 else None
            region = region_word(word)
            if (head is None or region is None or head.text.lower() not in VILLAGE_HEADS
                    or text[head.end:f.start] != " "):
                out.append(f)
                continue
            why = f"“{title}” adalah nama wilayah yang mengikuti “{head.text}”"
        out.append(dataclasses.replace(
            f, message=(f"{why}: nama diawali huruf kapital. Tulis “{title}” (atau periksa "
                        "ejaannya)."),
            suggestions=(title, *(s for s in f.suggestions if s != title))[:5],
            reference="EYD V: huruf kapital pada nama orang dan nama geografi"))
    return out


def _with_tripled_fix(word: str, suggestions: tuple[str, ...]) -> tuple[str, ...]:
    """``suggestions``, or when there are none, the word with its letter run of three cut
    to two (Jerrry -> Jerry: a name the lexicon cannot know; paaar keeps pasar first)."""
    match = _TRIPLED.search(word.lower())
    if match is None or suggestions:
        return suggestions
    return (word[:match.start()] + word[match.start() + 1:],)


def _vowelless(word: str) -> bool:
    """A short run of letters with no vowel (drg, lt, md): every Indonesian syllable has one,
    so before a period it is an abbreviation, not a word to spell."""
    return 2 <= len(word) <= 4 and word.isalpha() and not set(word.lower()) & set("aeiou")


def _after_name_head(tokens: list[Token], i: int, text: str) -> bool:
    """Whether token ``i`` follows a word that introduces a name (Desa, Bapak, a rank), maybe
    with a corps between (Lettu Inf. Yus)."""
    if i > 0 and tokens[i - 1].text.lower() in CORPS and text[tokens[i - 1].end:
                                                             tokens[i].start] == ". ":
        i -= 1
        return (i > 0 and tokens[i - 1].text.lower() in NAME_HEADS
                and text[tokens[i - 1].end:tokens[i].start] == " ")
    if i == 0:
        return False
    head = tokens[i - 1].text.lower()
    gap = text[tokens[i - 1].end:tokens[i].start]
    if (i > 1 and gap == " " and tokens[i - 1].text[:1].isupper()
            and tokens[i - 1].text[1:].islower() and tokens[i - 2].text.lower() in VILLAGE_HEADS
            and text[tokens[i - 2].end:tokens[i - 1].start] == " "):
        return True  # Desa Batu Belubang, Kampung Tanjung Kelor: a place's name of two words
    # A period after a word ends its sentence (gerak jalan. Kegitan ini ...); only an
    # abbreviated head is followed by one (Jl. Merdeka, Hj. Siti, Dr. Budi).
    return head in NAME_HEADS and (gap == " " or (gap == ". " and head in _ABBREVIATED_HEADS))


def _without_pepet(lower: str) -> str:
    """A name without the e between consonants that spellings add or leave out (Sumatera,
    Sumatra)."""
    return re.sub(r"(?<=[^aeiou])e(?=[^aeiou])", "", lower)


def _word_finding(token: Token, rule_id: str, message: str, suggestions: tuple[str, ...], *,
                  reference: str, category: Category = Category.STANDARD,
                  severity: Severity = Severity.WARNING) -> Finding:
    """A finding on one word token (its ``actual`` is set to the original text by check)."""
    return Finding(rule_id=rule_id, category=category, severity=severity, start=token.start,
                   end=token.end, actual=token.text, message=message, suggestions=suggestions,
                   reference=reference)


class _SpanSet:
    """Whether an offset lies inside one of sorted, non-overlapping spans (O(log n))."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self._starts = [a for a, _ in spans]
        self._ends = [b for _, b in spans]

    def __call__(self, offset: int) -> bool:
        if not self._starts:
            return False
        i = bisect_right(self._starts, offset) - 1
        return i >= 0 and offset < self._ends[i]
