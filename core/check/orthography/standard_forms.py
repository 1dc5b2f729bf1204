"""Non-standard forms by class, not one word at a time (category ``standard``): a KBBI
alternation the writer applied to a word no list names.

- *-ir* verbs from Dutch/English (akomodir, lokalisir, sterilisir): KBBI's standard base
  ends in *-asi* (akomodasi), with every affix kept (diakomodir -> diakomodasi,
  mengakomodirnya -> mengakomodasinya). Only when the *-asi* form is a word and the *-ir*
  form is none; an -isir form even when the dictionary takes it (minimalisir, legalisir).
- *optimis*/*pesimis* as adjectives: KBBI's *optimis* is the person (seorang optimis), the
  adjective *optimistis* (kami optimistis target tercapai).
- *-ifitas*, *-ifasi*, *-ifis*, *-ifisme* (kolektifitas, motifasi, aktifis): a loan ending
  -ivity/-ivation/-ivist/-ivism keeps its v (kolektivitas, motivasi, aktivis); KBBI has no
  word in -ifitas. Only when the v form is a word.
- letters of the source language left in a loan: *ph* (Philipina -> Filipina), *qu*/*q*
  (aquarium -> akuarium), *kw* (kwalifikasi -> kualifikasi), in a word written in lower case
  (a capitalised one is a name: Istiqlal). Only when the adapted form is a word.
- peN-...-an with a root ending in k written with -kkan (penegakkan -> penegakan): the
  noun takes -an, not -kan. Only after pen-, pem-, peng-, peny-, per-, pel- and when the
  -an form is a word.
- a final consonant heard alike (jagad -> jagat, bedug -> beduk): in a word the dictionary
  does not know, d/t, g/k or b/p at the end is swapped; when that gives an Indonesian word,
  it is the correction, unless the word is a typing slip of a common word (simpag ->
  simpang, not simpak), an h put in (menghisap) or a shortened position (kabid).
Sources: KBBI Daring (lema akomodasi, lokalisasi, optimistis, pesimistis, kolektivitas,
motivasi, aktivis, akuarium, kualifikasi, penegakan); Pedoman Umum Pembentukan Istilah
(serapan -ation -> -asi, -ive -> -if but -ivity -> -ivitas, ph -> f, q -> k); public lists in
bench/corpus/baku_pairs_public.tsv (catatankaki.net on -ivitas; radiobuku.com on peluluhan).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Iterator
from difflib import SequenceMatcher

from core.check.findings import Category
from core.check.morphology import analyses, be_allowed, nasal_prefixed
from core.check.orthography.context import Context, Hit, judged_words
from core.check.orthography.words import DAYS, HOLIDAYS, MONTHS, TITLE_WORDS
from core.check.text import Token, match_case

_IR_RE = re.compile(r"^(.{4,}?)ir(nya|lah|kan)?$")
# -isir (legalisir, minimalisir, organisir): KBBI has no standard word so ending, though the
# id_ID dictionary takes some of them.
_ISIR_RE = re.compile(r"^.{3,}isir(nya|lah|kan)?$")
_UNMERGED_NASAL = re.compile(r"^(me|pe)(ng|m|n)([kpst])([aeiou].+)$")
_MERGED = {"k": "ng", "p": "m", "s": "ny", "t": "n"}
# Adjectives KBBI writes -istis; the bare -is form is the person.
_ISTIS = {"optimis": "optimistis", "pesimis": "pesimistis"}
_PERSON_BEFORE = frozenset({"seorang", "kaum", "para", "sang", "si", "orang", "golongan"})


_IV_RE = re.compile(r"^(.{3,}?)if(itas|asi|is|isme)(nya|lah)?$")
_PE_KKAN = re.compile(r"^(pen|pem|peng|peny|per|pel)(.{2,}k)kan(nya)?$")
_ME_KKAN = re.compile(r"^(me|mem|men|meng|meny|di|ter|diper|memper)(.{2,}k)an(nya|lah)?$")
_FINAL_SWAP = {"d": "t", "t": "d", "g": "k", "k": "g", "b": "p", "p": "b"}
# Letters of the source language and their Indonesian spelling (Pedoman Umum Pembentukan
# Istilah); tried one kind at a time.
_LOAN_LETTERS: tuple[tuple[str, str], ...] = (("ph", "f"), ("qu", "ku"), ("kw", "ku"),
                                             ("q", "k"))


# Source letters of a loan and their Indonesian spelling, applied all at once.
_SOURCE_LETTERS = {"ph": "f", "ff": "f", "ll": "l", "ss": "s", "ca": "ka", "co": "ko", "cu": "ku",
                   "cl": "kl", "cr": "kr", "ct": "kt"}
_C_LETTERS_RE = re.compile(r"c[aoulrt]|c$")
_SOURCE_LETTERS_RE = re.compile(r"ph|c[aoulrt]|c$|(?:ff|ll|ss)$")


def _merged(word: str) -> str:
    """meN-/peN- with k, p, s, t merged, as KBBI writes it (mengkoordinasi -> mengoordinasi)."""
    match = _UNMERGED_NASAL.match(word)
    if match is None:
        return word
    head, _, consonant, rest = match.groups()
    return head + _MERGED[consonant] + rest


def _ir_verbs(ctx: Context) -> _Judge:
    """diakomodir -> diakomodasi: -ir loans take KBBI's -asi base with their affixes."""
    speller, standard = ctx.vocab.speller, ctx.vocab.standard

    def judge(word: str) -> _Make | None:
        lower = word.lower()
        if (not lower.endswith(("ir", "irnya", "irlah", "irkan")) or not word.isalpha()
                or not (word.islower() or word.istitle()) or lower in standard):
            return None  # (the baku pack's own pairs answer for themselves)
        match = _IR_RE.match(lower)
        if match is None or (speller.is_known(lower) and not _ISIR_RE.match(lower)):
            return None  # (a known -ir word is a word, formulir, kurir; a known -isir one is not)
        stem, tail = match.group(1), match.group(2) or ""
        right = _merged(stem + "asi" + tail)
        if not speller.is_known(right):
            return None
        return _maker("serapan-asi", match_case(right, word),
                      "“{word}” tidak baku: kata serapan bentuk -ir ditulis dengan bentuk bakunya "
                      "yang berakhiran -asi: “{right}” (KBBI).")

    return judge


def istis_adjectives(ctx: Context) -> Iterator[Hit]:
    words = ctx.words
    for i, token in enumerate(words):
        standard = _ISTIS.get(token.text.lower())
        if standard is None or (i > 0 and words[i - 1].text.lower() in _PERSON_BEFORE):
            continue
        right = match_case(standard, token.text)
        yield Hit("sifat-istis", token.start, token.end, right,
                  f"“{token.text}” sebagai kata sifat tidak baku; KBBI: “{right}” "
                  f"(“{token.text.lower()}” adalah orangnya).", category=Category.STANDARD)


def _plain_unlisted(word: str, standard: Container[str]) -> bool:
    """A word of letters in lower case or with a capital first, not in the standard list."""
    return word.isalpha() and (word.islower() or word.istitle()) and word.lower() not in standard


def _iv_loans(ctx: Context) -> _Judge:
    """kolektifitas -> kolektivitas, motifasi -> motivasi, aktifis -> aktivis."""
    speller, standard = ctx.vocab.speller, ctx.vocab.standard

    def judge(word: str) -> _Make | None:
        if not _plain_unlisted(word, standard):
            return None  # (the baku pack's own pairs answer for themselves)
        match = _IV_RE.match(word.lower())
        if match is None:
            return None
        right = match.group(1) + "iv" + match.group(2) + (match.group(3) or "")
        if not speller.is_known(right):
            return None
        return _maker("serapan-iv", match_case(right, word),
                      "“{word}” tidak baku: serapan berakhiran -itas, -asi, -is, -isme dari kata "
                      "ber-v (activity, motivation) tetap memakai v: “{right}” (KBBI).")

    return judge


def _loan_letters(ctx: Context) -> _Judge:
    """aquarium -> akuarium, kwalifikasi -> kualifikasi (lower case only: Istiqlal is a name)."""
    speller, standard = ctx.vocab.speller, ctx.vocab.standard

    def judge(word: str) -> _Make | None:
        """The adapted word of the first kind of letters that makes a word."""
        lower = word.lower()
        if (len(word) < 5 or not word.isalpha() or not (word.islower() or word.istitle())
                or lower in standard):
            return None
        if word.islower() and any(letters in lower for letters, _ in _LOAN_LETTERS):
            for letters, adapted in _LOAN_LETTERS:
                if letters not in lower:
                    continue
                right = lower.replace(letters, adapted)
                if right == lower or not speller.is_known(right):
                    continue
                return _maker("serapan-huruf", match_case(right, word),
                              "“{word}” tidak baku: huruf “" + letters + "” kata serapan ditulis “"
                              + adapted + "”: “{right}” (KBBI; Pedoman Umum Pembentukan Istilah).")
        # The source spelling of a loan the dictionary holds adapted (locus -> lokus, staff ->
        # staf, Fotographer -> Fotografer): c before a back vowel or a consonant is k, a doubled
        # final consonant is single, ph is f. Only where the word as written is no Indonesian
        # word (cari stays) and the adapted one is; capitalised too (Staff Ahli, Lomba
        # Fotographer), since a name rarely adapts to a dictionary word.
        if speller.in_dictionary(lower) or speller.region_word(lower) is not None:
            return None
        adapted = _SOURCE_LETTERS_RE.sub(lambda m: _SOURCE_LETTERS.get(m.group(), "k"), lower)
        if adapted == lower or not speller.in_dictionary(adapted):
            return None
        if word.istitle() and _C_LETTERS_RE.search(lower):
            return None  # Desa Cicadas: a Sundanese place (Ci-) that is also an English
            # word; capitalised, only ph and a doubled final letter are told (Staff Ahli)
        return _maker("serapan-huruf", match_case(adapted, word),
                      "“{word}” tidak baku: kata serapan ditulis dengan ejaan bahasa Indonesia: "
                      "“{right}” (KBBI; Pedoman Umum Pembentukan Istilah).")

    return judge


def _kk_forms(ctx: Context) -> _Judge:
    """Both sides of a root that ends in k: penegakkan -> penegakan, pengelompokkan ->
    pengelompokan (peN-...-an takes one k), and menggerakan -> menggerakkan, menunjukan ->
    menunjukkan (meN-, di-, ter- take -kan whole; KBBI)."""
    speller, standard = ctx.vocab.speller, ctx.vocab.standard

    def judge(word: str) -> _Make | None:
        lower = word.lower()
        if not lower.endswith(("kan", "kannya", "kanlah", "an", "annya")) or not _plain_unlisted(
                word, standard):
            return None
        match = _PE_KKAN.match(lower)
        if match is not None:
            right = match.group(1) + match.group(2) + "an" + (match.group(3) or "")
            if not speller.is_known(right):
                return None
            return _maker("pe-an", match_case(right, word),
                          "“{word}” tidak baku: kata benda peN-...-an dari kata dasar berakhiran k "
                          "ditulis dengan satu k sebelum -an: “{right}” (KBBI).")
        match = _ME_KKAN.match(lower)
        if match is None or speller.in_dictionary(lower):
            return None  # diberikan: beri + -kan, a word of its own
        right = match.group(1) + match.group(2) + "kan" + (match.group(3) or "")
        slip = speller.common_slip_of(lower)
        if not speller.in_dictionary(right) or (slip is not None and slip != right):
            return None  # menambakan: a slip of the common menambahkan, not menambakkan
        return _maker("me-kkan", match_case(right, word),
                      "“{word}” kurang satu huruf k: kata kerja dari kata dasar berakhiran k "
                      "dengan akhiran -kan ditulis dengan dua k: “{right}” (KBBI).")

    return judge


def _final_consonant(ctx: Context) -> _Judge:
    """jagad -> jagat, bedug -> beduk: a final d/t, g/k, b/p heard alike, in an unknown word."""
    speller, standard = ctx.vocab.speller, ctx.vocab.standard

    def judge(word: str) -> _Make | None:
        lower = word.lower()
        if (len(lower) < 4 or not word.isalpha() or not word.islower() or lower in standard
                or lower[-1] not in _FINAL_SWAP or speller.is_known(lower)
                or lower in TITLE_WORDS or lower in ctx.vocab.abbreviations):
            return None  # (kabid, kadis: a position shortened, not a word misspelt)
        right = lower[:-1] + _FINAL_SWAP[lower[-1]]
        if not speller.is_known(right) or any(
                speller.is_known(lower[:i] + lower[i + 1:]) for i, c in enumerate(lower) if c == "h"):
            return None  # (men)hisap: an h put into (meng)isap, not a final consonant
        if speller.is_english(right) and not speller.in_dictionary(right):
            return None  # breat: not bread
        slip = speller.common_slip_of(lower)
        if slip is not None and slip not in (right, lower[:-1]):
            return None  # simpag: a slip of the common simpang sooner than the rare simpak
        return _maker("konsonan-akhir", right,
                      "“{word}” tidak baku: huruf akhirnya ditulis “" + right[-1]
                      + "”: “{right}” (KBBI).")

    return judge


_Make = Callable[[Token], Hit]
_Judge = Callable[[str], "_Make | None"]


def _maker(rule: str, right: str, explain: str) -> _Make:
    """What makes the hit of a judged word at each place it stands (``explain`` takes the
    word as written there and its standard form)."""
    def make(token: Token) -> Hit:
        return Hit(rule, token.start, token.end, right,
                   explain.format(word=token.text, right=right), category=Category.STANDARD)
    return make


def word_forms(ctx: Context) -> Iterator[Hit]:
    """The standard-form classes judged on a word alone (-ir verbs, -if- loans, loan letters,
    k before -an/-kan, a final consonant), in that order, in one pass over the words: each
    distinct word is judged once a check by every class."""
    judges = (_ir_verbs(ctx), _iv_loans(ctx), _loan_letters(ctx), _kk_forms(ctx),
              _final_consonant(ctx))

    def judge(word: str) -> tuple[_Make, ...] | None:
        makers = tuple(make for make in (j(word) for j in judges) if make is not None)
        return makers or None

    for token, makers in judged_words(ctx, judge):
        for make in makers:
            yield make(token)


# -- the dictionary-scale pair list (rules/baku-kamus.tsv) and the baku pack's roots --------

# Standard words always written with a capital (Pebruari -> Februari): their non-standard
# forms are told in Title Case anywhere, not only at a sentence start.
_CAPITAL_WORDS = frozenset((*DAYS, *MONTHS, *HOLIDAYS))
# How alike a non-standard root and its standard one are (himbau/imbau 0.91, tekat/tekad
# 0.8): below it a pair is a word put for another (member -> anggota), not a spelling.
_SAME_WORD = 0.7
_PLAIN_AFFIXES = ("memper", "diper", "ketidak", "ter", "di", "se", "per", "ke")


def _built(prefix: str, root: str, suffix: str, clitic: str) -> str | None:
    """The word form ``prefix`` + ``root`` + ``suffix`` + ``clitic`` as it is written, or None."""
    if prefix in ("me", "pe"):
        head = nasal_prefixed(prefix, root)
        if head is None:
            return None
    elif prefix in ("ber", "be"):
        head = ("be" if be_allowed(root) else "ber") + root
    elif prefix == "" or prefix in _PLAIN_AFFIXES:
        head = prefix + root
    else:
        return None
    return head + suffix + clitic


def listed_pairs(ctx: Context) -> Iterator[Hit]:
    """A non-standard word of the pair list (pondasi -> fondasi) and the affixed forms of its
    root and of the baku pack's roots that the pack lists with affixes (dipondasikan ->
    difondasikan, menghimbaukan -> mengimbaukan), rebuilt by the morphology with the standard
    root: the prefix's sound change follows the new root (menghisap -> mengisap). In lower
    case; in Title Case at a sentence
    start, or when the standard word is a day, month or holiday (Pebruari); never a region
    word (Senen, Goa)."""
    vocab = ctx.vocab
    pairs, speller = vocab.pairs, vocab.speller
    standard, roots = vocab.standard, vocab.affixed_roots
    if not pairs and not roots:
        return

    def judge(lower: str) -> str | None:
        if lower in standard or not lower.isalpha():
            return None  # (the baku pack answers for its own forms)
        right = pairs.get(lower)
        if right is not None:
            return right
        found: str | None = None
        for reading in analyses(lower):
            root = reading.root
            if _built(reading.prefix, root, reading.suffix, reading.clitic) != lower:
                continue  # a reading the spelling does not bear out (kependudukan's ke-)
            new = pairs.get(root) or roots.get(root)
            if new is None:
                if len(root) >= 3 and root not in standard and speller.in_dictionary(root):
                    return None  # perubahan is per- + ubah + -an, not peN- + rubah + -an
                continue
            if (found is not None or len(root) < 4 or not new.isalpha()
                    or SequenceMatcher(None, root, new).ratio() < _SAME_WORD):
                continue  # member -> anggota, nggak -> tidak: a word put for another
            built = _built(reading.prefix, new, reading.suffix, reading.clitic)
            if built is not None and built != lower and speller.is_known(built):
                found = built
        return found

    memo: dict[str, str | None] = vocab.judged(judge)
    for token in ctx.words:
        word = token.text
        if not word.isalpha() or not (word.islower() or word.istitle()):
            continue
        lower = word.lower()
        if lower in memo:
            right = memo[lower]
        else:
            right = memo[lower] = judge(lower)
        if right is None:
            continue
        if word.istitle() and (speller.region_word(lower) is not None or not (
                right in _CAPITAL_WORDS or token.start in ctx.starts)):
            continue  # a name (Putera, Rizki, Plasa), not the word misspelt
        shown = match_case(right, word)
        yield Hit("kamus", token.start, token.end, shown,
                  f"“{word}” tidak baku; yang baku “{shown}”.", category=Category.STANDARD)
