"""Words written together or apart (EYD V): di/ke as a preposition or a prefix, pun,
reduplication, bound forms (antar-, pasca-, se-), clitics written apart, rhyming reduplication
and unit prefixes (kilo meter).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from core.check.morphology import analyses
from core.check.orthography.context import LETTER, Context, Hit, capitalised, judged_words
from core.check.orthography.words import (
    ANTAR_VERB_NEXT,
    AUXILIARIES,
    BOUND_SPLIT,
    FUNCTION_WORDS,
    HYPHENED_COMPOUNDS,
    KE_NOT_PREPOSITION,
    NATURAL_FEATURES,
    NEVER_REDUPLICATED,
    NOT_A_BASE,
    NUMBER_WORDS,
    PLACE_WORDS,
    PUN_JOINED,
    RHYME_PAIRS,
    RHYMES,
)
from core.check.spelling import Speller
from core.check.text import finditer_chunked

_PUN_SPLIT_RE = re.compile(r"\b(ada|andai|atau|bagaimana|biar|kalau|kendati|mau|meski|sungguh"
                           r"|walau)[ \t]+pun\b", re.IGNORECASE)
_RHYME_RE = re.compile(r"\b(" + "|".join(a for a, _ in RHYMES) + r")[ \t]+("
                       + "|".join(b for _, b in RHYMES) + r")\b", re.IGNORECASE)
_RHYME_SECONDS = frozenset(b.lower() for _, b in RHYMES)
_UNIT_SPLIT_RE = re.compile(r"\b(kilo|senti|centi|mili|hekto)[ \t]+(meter|gram|liter|watt|are)\b",
                            re.IGNORECASE)


def di_ke_glued(ctx: Context) -> Iterator[Hit]:
    speller = ctx.vocab.speller

    def judge(word: str) -> str | None:
        """The preposition of ``word`` when it is glued to a place (di, ke), else None."""
        lower = word.lower()
        head, rest = lower[:2], lower[2:]
        if head not in ("di", "ke") or len(rest) < 3:
            return None
        if "-" in rest:
            first, _, second = rest.partition("-")
            if first != second or first not in PLACE_WORDS:
                return None  # ditempat-tempat: the preposition before a plural place noun
            rest = first
        if head == "ke" and rest in KE_NOT_PREPOSITION:
            return None
        glued = (rest in PLACE_WORDS or (rest.endswith("nya") and rest[:-3] in PLACE_WORDS)
                 or (head == "di" and rest in NUMBER_WORDS))
        if not glued and head == "di" and not speller.in_dictionary(word):
            # A noun with -nya is judged as the noun (diruangannya: di ruangannya).
            noun = rest[:-3] if rest.endswith("nya") and len(rest) >= 7 else rest
            flags = speller.dictionary_flags(noun)
            # A root with no verb flags at all (kantor, sawah) after a glued di is a
            # place: dikantor. A root that takes any meN-/di- affix may be a passive verb
            # the dictionary lacks (divaksin): the speller judges that one.
            glued = (flags is not None and bool(flags) and not any(
                f[0] in "MD" for f in flags)) or _noun_in_an(speller, noun)
        return head if glued else None

    text = ctx.text
    for token, head in judged_words(ctx, judge):
        word = token.text
        if word[:1].isupper() and _after_natural_feature(text, token.start):
            continue  # sungai Ketaman: the river's name, not ke + taman
        yield Hit(f"{head}-terpisah", token.start, token.end,
                  f"{word[:2]} {word[2:]}",
                  f"“{word}”: “{head}” sebagai kata depan ditulis terpisah dari kata "
                  f"yang mengikutinya (“{head} {word.lower()[2:]}”).")


def _noun_in_an(speller: Speller, rest: str) -> bool:
    """``rest`` is a listed noun in -an made from a listed root (tahapan, kesempatan,
    lapangan): a passive di- never takes -an alone (only -kan or -i), so di + such a noun
    is the preposition glued on (ditahapan -> di tahapan)."""
    if not rest.endswith("an") or rest.endswith("kan") or len(rest) < 6:
        return False
    if not speller.listed(rest) or speller.listed("di" + rest):
        return False
    word = "di" + rest
    if any(speller.listed(word[:k] + word[k + 1:]) for k in range(2, len(word))):
        return False  # ditekaan: a letter typed twice in a passive (ditekan), the speller's
    root = rest[:-2]
    for prefix in ("", "ke", "pe", "per", "pen", "pem", "peng", "peny"):
        if root.startswith(prefix) and speller.listed(root[len(prefix):]):
            return True
    return False


_FEATURE_BEFORE_RE = re.compile(r"(?:^|\W)(" + "|".join(sorted(NATURAL_FEATURES)) + r")[ \t]$")


def _after_natural_feature(text: str, at: int) -> bool:
    """Whether a natural feature in lowercase (sungai, gunung) stands just before ``at``."""
    return _FEATURE_BEFORE_RE.search(text, max(0, at - 14), at) is not None


# After these, di + a verb root is the passive prefix (yang di vaksin, untuk di suntik).
_PASSIVE_BEFORE = AUXILIARIES | {"yang", "minta", "takut", "antusias", "ketika"}


# Place words that are nouns: after "di X" they show X is a noun too (di operasi pasar). The
# relational ones (di bawa dalam forum, di angkut ke atas) say nothing about X.
_PLACE_NOUNS = PLACE_WORDS - {"atas", "bawah", "dalam", "luar", "antara", "sekitar", "seluruh",
                              "sini", "sana", "situ", "mana", "beberapa", "sejumlah", "berbagai",
                              "setiap", "tiap"}


def _passive_of(speller: Speller, root: str) -> bool:
    """di + ``root`` is a passive verb: a listed word (divaksin, diperoleh) or a root that
    takes meN- or di- with no suffix in id_ID (suntik, konfirmasi)."""
    if speller.listed("di" + root):
        return True
    flags = speller.dictionary_flags(root) or ()
    return "M0" in flags or "D0" in flags


def _passive_with_suffix(speller: Speller, rest: str) -> bool:
    """di + ``rest`` (a -kan or -i form) is a passive verb. A word in -i that is itself a
    listed word of its own (petani, kami) joins only where the dictionary lists the passive
    (disukai): the morphology would also read di-petan-i, di-kam-i. An -i form no list holds
    (di awali) is judged by the morphology."""
    if rest.endswith("i") and speller.listed(rest) and not speller.listed("di" + rest):
        return False
    return speller.is_known("di" + rest)


def di_split(ctx: Context) -> Iterator[Hit]:
    text = ctx.text
    words = ctx.words
    for i, (first, second) in enumerate(itertools.pairwise(words)):
        if first.text.lower() != "di" or text[first.end:second.start].strip(" \t"):
            continue
        rest = second.text
        if (i > 0 and words[i - 1].text.lower() in _PASSIVE_BEFORE and rest.isalpha()
                and (rest.islower() or rest.istitle()) and len(rest) >= 3
                and rest.lower() not in PLACE_WORDS
                and _passive_of(ctx.vocab.speller, rest.lower())
                and text[words[i - 1].end:first.start] == " "):
            # sudah di vaksin, mau di Vaksin, yang di peroleh: after an auxiliary or "yang",
            # di + a listed passive verb or a meN- root is the prefix (sudah di rumah stays:
            # dirumah is no listed word and rumah takes no plain meN-).
            joined = "di" + rest.lower()
            yield Hit("di-awalan", first.start, second.end, joined,
                      f"“di” sebagai awalan kata kerja pasif ditulis serangkai: “{joined}”.")
            continue
        if not rest.islower() or rest in PLACE_WORDS or len(rest) < 3:
            continue
        if i + 2 < len(words) and words[i + 2].text.lower() in _PLACE_NOUNS and (
                text[second.end:words[i + 2].start] == " ") and not (
                rest.endswith(("kan", "i")) and ctx.vocab.speller.dictionary_flags(rest) is None
                and ctx.vocab.speller.listed("di" + rest)):
            continue  # di operasi pasar: a noun phrase after the preposition (di ikuti
            # berbagai unsur: a listed passive in -kan or -i on no stem is a verb all the same)
        flags = ctx.vocab.speller.dictionary_flags(rest) or ()
        if (ctx.vocab.speller.listed("di" + rest) and rest[:-3] not in PLACE_WORDS
                and not re.search(r"(?<!k)an(?:nya)?$", rest)):
            pass  # di peroleh, di vaksin, di adakannya: the dictionary lists the passive (a
            # passive never ends in -an alone: di bangunan, di bagian are nouns)
        elif (i + 2 < len(words) and words[i + 2].text == "oleh"
                and any(f[0] in "MD" for f in flags)):
            pass  # di gelar oleh panitia: the agent after oleh makes it a passive verb
        elif {"M0", "M1", "D0", "D1"} & set(flags):
            if not (ctx.vocab.speller.in_dictionary("di" + rest)
                    or ctx.vocab.speller.listed("di" + rest)):
                continue  # di acara: no listed passive; di gelar: digelar is listed
        elif not ((rest.endswith(("kan", "i")) and flags == ()
                   and _passive_with_suffix(ctx.vocab.speller, rest))
                  or (rest.endswith("isasi") and ctx.vocab.speller.is_known(rest))):
            continue  # not a verb: di is the preposition (di kantor, di jalan)
        joined = ctx.vocab.standard.get((first.text + rest).lower(), first.text + rest)
        yield Hit("di-awalan", first.start, second.end, joined,
                  f"“di” sebagai awalan kata kerja pasif ditulis serangkai: “{joined}”.")


def pun(ctx: Context) -> Iterator[Hit]:
    text, speller = ctx.text, ctx.vocab.speller

    def judge(word: str) -> str | None:
        """The word before a glued "pun" meaning 'also', else None."""
        lower = word.lower()
        if not lower.endswith("pun") or lower in PUN_JOINED or len(lower) < 5:
            return None
        base = word[:-3]
        if speller.in_dictionary(lower) or not speller.is_known(base):
            return None
        return base

    for token, base in judged_words(ctx, judge):
        yield Hit("pun-terpisah", token.start, token.end, f"{base} pun",
                  f"“pun” yang berarti ‘juga’ ditulis terpisah: “{base} pun”.")
    # A scan only when "pun" is there at all (most texts): a cheap guard before the regex.
    for match in finditer_chunked(_PUN_SPLIT_RE, text if "pun" in text.lower() else ""):
        joined = match.group(1) + "pun"
        yield Hit("pun-serangkai", match.start(), match.end(), joined,
                  f"“{joined}” adalah kata penghubung yang ditulis serangkai.")


def reduplication(ctx: Context) -> Iterator[Hit]:
    text = ctx.text
    for match in finditer_chunked(rf"(?<![\w-])({LETTER}{{2,}})2(?!\w|[.,]\d)", text):
        word = match.group(1)
        if word.isupper():
            continue  # SP2, MT2: an acronym numbered 2 (musim tanam 2), no doubled word
        yield Hit("ulang-angka", match.start(), match.end(), f"{word}-{word.lower()}",
                  f"Kata ulang ditulis lengkap dengan tanda hubung: “{word}-{word.lower()}”.")
    words = ctx.words
    for i, (first, second) in enumerate(itertools.pairwise(words)):
        gap = text[first.end:second.start]
        dashed = _spaced_dash(gap)
        if (not dashed and second.text[:3].lower() not in first.text.lower()
                and not second.text.lower().endswith(first.text.lower()[1:])):
            continue  # no reduplication shares no root (a cheap test for most word pairs;
            # the second may carry a prefix: baris berbaris, tolong menolong)
        if dashed or first.text.lower() != second.text.lower():
            right = _reduplication_written_apart(ctx, first.text, second.text, gap, dashed)
            if right is not None:
                yield Hit("ulang-hubung", first.start, second.end, right,
                          f"Kata ulang ditulis dengan tanda hubung tanpa spasi: “{right}”.")
            continue
        if gap in ("–", "—") and first.text.isalpha() and len(first.text) >= 2:
            # benar–benar: a dash typed (or autocorrected) for the hyphen of a kata ulang
            right = f"{first.text}-{second.text.lower() if first.text.istitle() else second.text}"
            yield Hit("ulang-hubung", first.start, second.end, right,
                      f"Kata ulang ditulis dengan tanda hubung, bukan tanda pisah: “{right}”.")
            continue
        if gap not in (" ", "  "):
            continue
        same = first.text.lower()
        if (i > 0 and words[i - 1].text.lower() == same) or (
                i + 2 < len(words) and words[i + 2].text.lower() == same):
            continue  # a run of three or more is a list or filler, not a reduplication
        doubled_name = (first.text[:1].isupper() and len(same) >= 3 and first.text.isalpha()
                        and not ctx.vocab.plain_word(same)
                        and (same in ctx.vocab.abbreviations or first.text.isupper()
                             or ctx.vocab.speller.region_name(same) is not None)
                        and not ctx.vocab.speller.listed(f"{first.text}-{second.text}"))
        # Satlantas Satlantas Polres, Manggarai Manggarai Barat: a listed acronym or a region
        # has no plural reduplication, so twice is a slip (a level or head word such as Desa,
        # Nagori may open the place's own name: Nagori Nagori Tani, below; a person's name
        # may be doubled: Lom Lom Suwondo)
        if (not doubled_name and first.text.istitle() and second.text.istitle()
                and i + 2 < len(words)
                and text[second.end:words[i + 2].start] == " "
                and words[i + 2].text.istitle() and words[i + 2].text.isalpha()
                and not ctx.vocab.speller.listed(f"{same}-{same}")):
            continue  # di Nagori Nagori Tani: a place's head word before a name that opens
            # with the same word, not a reduplication (Undang Undang Nomor is one: listed)
        if (first.text.lower() in FUNCTION_WORDS or len(first.text) < 2 or doubled_name
                or (same in NEVER_REDUPLICATED
                    and not ctx.vocab.speller.listed(f"{same}-{same}"))
                or (same.endswith("nya") and len(same) >= 6
                    and not ctx.vocab.speller.listed(f"{same}-{same}"))
                or (same.startswith(("me", "di", "ber", "ter")) and len(same) >= 7
                    and not ctx.vocab.speller.listed(f"{same}-{same}"))):
            # mendapatkan mendapatkan: a verb with its prefix is never repeated whole (its
            # reduplication repeats the root: berlari-lari), so one of the two is a slip; nor
            # is a word with -nya (pihaknya pihaknya: anak-anaknya repeats before -nya)
            yield Hit("kata-ganda", first.start, second.end, first.text,
                      f"“{first.text}” tertulis dua kali.")
        else:
            yield Hit("ulang-hubung", first.start, second.end,
                      f"{first.text}-{second.text}",
                      "Kata ulang ditulis dengan tanda hubung: "
                      f"“{first.text}-{second.text}”.")


_REDUPLICATING_PREFIXES = ("ber", "ter", "se", "di")
# Bound forms that are words of their own too (ikan tuna, tri- only in terms): joined only
# where the dictionary lists the joined word (tunawisma, ekstrakurikuler, dwibahasa).
_BOUND_IF_LISTED = frozenset({"tuna", "ekstra", "dwi", "tri", "panca", "eka", "ultra", "inter",
                              "kontra", "mega", "lintas"})
_REDUPLICATING_SUFFIXES = ("an", "nya", "kan", "i")


def _spaced_dash(gap: str) -> bool:
    """A hyphen or dash with a space on at least one side (mudah - mudahan, siswa -siswi)."""
    return gap.strip(" \t") in ("-", "–", "—") and gap != gap.strip(" \t")


def _reduplication_written_apart(ctx: Context, first: str, second: str, gap: str,
                                 dashed: bool) -> str | None:
    """The hyphenated form of a reduplication written with a space or a spaced dash, or None.

    EYD V writes every kata ulang with a bare hyphen: the same word around a spaced dash
    (nilai – nilai), an affixed reduplication written apart (berduyun duyun, mudah mudahan,
    sebaik baiknya) when the dictionary lists its hyphenated form, and, with a dash spaced
    on one side only (siswa -siswi), any two lowercase words whose hyphenated form is a word.
    Two words after each other that are no reduplication stay: makan makanan (the second is
    a word of its own), seorang orang tua (no listed seorang-orang), Senin - Jumat."""
    lower_first, lower_second = first.lower(), second.lower()
    if not (first.isalpha() and second.isalpha()) or len(lower_first) < 2:
        return None
    if (dashed and lower_first == lower_second and first.istitle() and second.istitle()
            and len(lower_first) >= 3 and not ctx.vocab.speller.listed(f"{first}-{second}")):
        return f"{first}-{lower_second}"  # Fraksi – Fraksi: a kata ulang in a sentence's
        # or a title's capitals (Undang – Undang, listed in capitals, is read elsewhere)
    if not (second.islower() and (first.islower() or first.istitle())):
        return None
    right = f"{first}-{lower_second}"
    if dashed and lower_first == lower_second:
        return right
    speller = ctx.vocab.speller
    for prefix in ("", *_REDUPLICATING_PREFIXES):
        if not lower_first.startswith(prefix):
            continue
        root = lower_first[len(prefix):]
        for suffix in ("", *_REDUPLICATING_SUFFIXES):
            if (prefix or suffix) and lower_second == root + suffix and len(root) >= 3:
                if not speller.listed(f"{lower_first}-{lower_second}"):
                    return None
                if not prefix and not dashed and speller.listed(lower_second):
                    return None  # makan makanan, minum minuman: a verb and its noun (with a
                    # dash between them the writer meant the reduplication: satu – satunya)
                return right
    if (lower_second.startswith(("ber", "me")) and lower_second.endswith(lower_first[1:])
            and len(lower_first) >= 4 and speller.listed(f"{lower_first}-{lower_second}")):
        return right  # baris berbaris, tolong menolong: the root, then its ber-/meN- verb
    if (_gender_pair(lower_first, lower_second)
            and speller.listed(lower_first) and speller.listed(lower_second)):
        return right  # siswa siswi, putra putri, karyawan karyawati
    if (dashed and gap.strip(" \t") == "-" and (gap[0] == "-" or gap[-1] == "-")
            and first.islower() and speller.is_known(f"{lower_first}-{lower_second}")
            and speller.listed(lower_first) and speller.listed(lower_second)):
        return right  # siswa -siswi, putra- putri: a hyphen pulled off one of its words
    return None


def _gender_pair(first: str, second: str) -> bool:
    """``first`` and ``second`` are the male and female forms of one loanword (siswa siswi,
    putra putri, pemuda pemudi, karyawan karyawati): a pair KBBI writes with a hyphen."""
    if len(first) >= 4 and first[:-1] == second[:-1]:
        return first[-1] == "a" and second[-1] == "i"
    return len(first) >= 6 and first.endswith("wan") and second == first[:-3] + "wati"


# antar- joined to a common word inside a name in Title Case (Hubungan Antarlembaga,
# Pengganti Antarwaktu, Ras Antaretnis). Over the twelve open real-text parts: 4 hits on 4
# sites, no false alarm. Left: non- (1 hit; id_ID lists names such as indonesia and islam in
# lowercase, so Non Indonesia cannot be told from Non Pemerintah: non-Indonesia), anti- (2
# hits, 1 false alarm on a part the class did not come from: Desa Anti Politik Uang), sub-,
# purna- and pasca- (0 hits, 6 false alarms: Sub Bagian, Sub Pekan Imunisasi, Purna
# Kecamatan, a former member).
_BOUND_IN_NAMES = frozenset({"antar"})


def bound_forms(ctx: Context) -> Iterator[Hit]:
    text = ctx.text
    words = ctx.words
    for first, second in itertools.pairwise(words):
        head, gap, word = first.text, text[first.end:second.start], second.text
        lower = head.lower()
        if head in ("se", "Se") and gap.strip(" \t") == "" and word[:1].isupper():
            se = head if first.start in ctx.starts else "se"  # Se Kalimantan mid-sentence
            yield Hit("bentuk-terikat", first.start, second.end, f"{se}-{word}",
                      f"“se-” ditulis dengan tanda hubung sebelum huruf kapital: "
                      f"“{se}-{word}”.")
            continue
        if (lower in _BOUND_IF_LISTED and head.islower() and gap == " " and word.islower()
                and ctx.vocab.speller.listed(lower + word)):
            # tuna wisma, ekstra kurikuler: the joined word is in the dictionary (ikan tuna
            # segar is no *tunasegar*)
            right = lower + word
            yield Hit("bentuk-terikat", first.start, second.end, right,
                      f"Bentuk terikat “{lower}” ditulis serangkai dengan kata yang "
                      f"mengikutinya: “{right}”.")
            continue
        if (lower in _BOUND_IN_NAMES and head.istitle() and gap == " " and word.istitle()
                and word.isalpha() and word.lower() not in ANTAR_VERB_NEXT | NOT_A_BASE
                and ctx.vocab.plain_word(word.lower())):
            right = head + word.lower()  # Hubungan Antar Lembaga, Pengganti Antar Waktu
            yield Hit("bentuk-terikat", first.start, second.end, right,
                      f"Bentuk terikat “{lower}” ditulis serangkai dengan kata yang "
                      f"mengikutinya, juga dalam nama: “{right}”.")
            continue
        if lower not in BOUND_SPLIT or not head.islower() or gap.strip(" \t-") != "":
            continue
        if lower == "antar" and word.lower() in ANTAR_VERB_NEXT:
            continue
        if word.lower() in NOT_A_BASE:
            continue  # antar para pihak: a bound form joins a base word, not a determiner
        if word[:1].isupper():
            if "-" in gap:
                continue  # non-Muslim is right
            right = f"{head}-{word}"
            why = "sebelum huruf kapital ditulis dengan tanda hubung"
        elif ctx.vocab.speller.is_known(word):
            right = head + word
            why = "ditulis serangkai dengan kata yang mengikutinya"
        else:
            continue
        yield Hit("bentuk-terikat", first.start, second.end, right,
                  f"Bentuk terikat “{lower}” {why}: “{right}”.")


def split_clitic(ctx: Context) -> Iterator[Hit]:
    """-nya, -lah, -kah written apart from their word: meningkat nya -> meningkatnya."""
    text = ctx.text
    words = ctx.words
    for first, second in itertools.pairwise(words):
        if second.text not in ("nya", "lah", "kah") or text[first.end:second.start] != " ":
            continue
        if not first.text.isalpha():
            continue
        right = first.text + second.text
        yield Hit("klitik-serangkai", first.start, second.end, right,
                  f"“-{second.text}” ditulis serangkai dengan kata di depannya: “{right}”.")


_HYPHENED_COMPOUND_RE = re.compile(
    r"\b(?:ber|be)?(" + "|".join(sorted({a for a, _ in HYPHENED_COMPOUNDS})) + r")-("
    + "|".join(sorted({b for _, b in HYPHENED_COMPOUNDS})) + r")\b", re.IGNORECASE)


def hyphened_compounds(ctx: Context) -> Iterator[Hit]:
    """A compound KBBI writes apart joined by a hyphen (gotong-royong, bergotong-royong):
    written apart. A heading's Title Case (Gotong-Royong) is left. Issue 13, round 16: 16
    labelled errors in 8 open real texts on 8 sites; no editor left the hyphen in prose."""
    text = ctx.text
    for match in finditer_chunked(_HYPHENED_COMPOUND_RE, text if "-" in text else ""):
        first, second = match.group(1), match.group(2)
        if (first.lower(), second.lower()) not in HYPHENED_COMPOUNDS or second[:1].isupper():
            continue
        right = match.group().replace("-", " ")
        yield Hit("gabungan-terpisah", match.start(), match.end(), right,
                  f"“{match.group()}” adalah gabungan kata yang ditulis terpisah tanpa tanda "
                  f"hubung: “{right}”.")


def rhymes_and_units(ctx: Context) -> Iterator[Hit]:
    """A rhyming reduplication written apart (lauk pauk -> lauk-pauk) and a unit prefix
    written apart from its unit (kilo meter -> kilometer), as KBBI writes them."""
    text = ctx.text
    lowered = text.lower()
    # The scans only when a second word (balik, warni) or a unit prefix is there at all.
    rhymes = any(_spaced_word_in(lowered, second) for second in _RHYME_SECONDS if second in lowered)
    for match in finditer_chunked(_RHYME_RE, text if rhymes else ""):
        if (match.group(1).lower(), match.group(2).lower()) not in RHYME_PAIRS:
            continue
        right = f"{match.group(1)}-{match.group(2)}"
        yield Hit("ulang-hubung", match.start(), match.end(), right,
                  f"Kata ulang berubah bunyi ditulis dengan tanda hubung: “{right}”.")
    units = any(prefix + " " in lowered or prefix + "\t" in lowered
                for prefix in ("kilo", "senti", "centi", "mili", "hekto"))
    for match in finditer_chunked(_UNIT_SPLIT_RE, text if units else ""):
        right = (match.group(1) + match.group(2)).replace("centi", "senti")
        yield Hit("satuan-serangkai", match.start(), match.end(), right,
                  f"Nama satuan dengan awalan ukuran ditulis serangkai: “{right}”.")


def _spaced_word_in(lowered: str, word: str) -> bool:
    """Whether ``word`` stands in ``lowered`` as a whole word after a space or tab (the second
    half of a pair written apart), found by plain searches: mandir inside mandiri is not."""
    at = lowered.find(word)
    while at >= 0:
        end = at + len(word)
        if lowered[at - 1:at] in (" ", "\t") and not lowered[end:end + 1].isalpha():
            return True
        at = lowered.find(word, end)
    return False


def ke_before_a_non_word(ctx: Context) -> Iterator[Hit]:
    """ke written apart before what neither id_ID nor the accept list has as a word (at most a
    form the morphology builds), where the joined form is a word of id_ID: the prefix, not the
    preposition (ke akuratan -> keakuratan; ke lapangan stays)."""
    text, words, speller = ctx.text, ctx.words, ctx.vocab.speller
    for first, second in itertools.pairwise(words):
        rest = second.text
        if (first.text not in ("ke", "Ke") or text[first.end:second.start] != " "
                or not rest.isalpha() or not rest.islower() or len(rest) < 4
                or speller.listed(rest) or not speller.in_dictionary("ke" + rest)):
            continue
        joined = first.text + rest
        yield Hit("ke-awalan", first.start, second.end, joined,
                  f"“{rest}” bukan kata: “ke” di sini awalan dan ditulis serangkai: “{joined}”.")


def affixed_reduplication(ctx: Context) -> Iterator[Hit]:
    """A word repeated with meN- on the second part takes a hyphen (bahu membahu ->
    bahu-membahu, tolong menolong -> tolong-menolong): EYD V, kata ulang berimbuhan."""
    text, words = ctx.text, ctx.words
    for first, second in itertools.pairwise(words):
        root, form = first.text.lower(), second.text.lower()
        if (text[first.end:second.start] != " " or not form.startswith("me") or len(root) < 3
                or not form.endswith(root[1:]) or len(form) - len(root) > 4
                or not root.isalpha() or not form.isalpha()):
            continue  # (the root's tail ends the form: membahu, menolong; a cheap test first)
        if any(a.root == root and a.prefix == "me" and not a.suffix and not a.clitic
               for a in analyses(form)):
            right = f"{first.text}-{second.text}"
            yield Hit("ulang-hubung", first.start, second.end, right,
                      f"Kata ulang berimbuhan ditulis dengan tanda hubung: “{right}”.")



def di_ke_glued_to_a_name(ctx: Context) -> Iterator[Hit]:
    """di or ke glued to a capitalised name (diJakarta, keBandung): the preposition is
    written apart (EYD V), and a name never takes the prefix; se- inside a sentence is
    lowercase before a name (dari Se-Kabupaten Sleman -> se-Kabupaten)."""
    for token in ctx.words:
        word = token.text
        if (len(word) >= 5 and word[:2] in ("di", "ke") and word[2].isupper()
                and word[3:].isalpha() and (word[3:].islower() or word[3:].isupper())):
            right = f"{word[:2]} {word[2:]}"
            yield Hit("di-terpisah", token.start, token.end, right,
                      f"“{word[:2]}” sebagai kata depan ditulis terpisah dari nama: “{right}”.")
    for match in finditer_chunked(r"(?<=[a-z,] )Se-(?=[A-Z])", ctx.text if "Se-" in ctx.text else ""):
        yield Hit("bentuk-terikat", match.start(), match.end(), "se-",
                  "Awalan “se-” di tengah kalimat ditulis dengan huruf kecil: “se-”.")
    yield from _se_joined_to_a_named_unit(ctx)


_SE_UNITS = frozenset({"kabupaten", "kota", "provinsi", "kecamatan", "kelurahan", "desa"})


def _se_joined_to_a_named_unit(ctx: Context) -> Iterator[Hit]:
    """se- joined to a unit before its name (Camat sekabupaten Batanghari, Sekecamatan
    Tanjung Pura): the unit heads a name, so se- takes a hyphen and the unit its capital
    (se-Kabupaten Batanghari). A unit with no name after it (sekabupaten) stays joined."""
    text, words = ctx.text, ctx.words
    speller = ctx.vocab.speller
    for token, nxt in itertools.pairwise(words):
        lower = token.text.lower()
        if (not lower.startswith("se") or lower[2:] not in _SE_UNITS or not token.text[2:].isalpha()
                or text[token.end:nxt.start] != " "):
            continue
        name = nxt.text
        if not (name.istitle() or name.isupper() or speller.region_name(name.lower())):
            continue
        head = "Se" if token.start in ctx.starts else "se"
        right = f"{head}-{capitalised(lower[2:])}"
        yield Hit("bentuk-terikat", token.start, token.end, right,
                  f"Awalan “se-” di depan nama ditulis dengan tanda hubung, dan nama itu "
                  f"dengan huruf kapital: “{right} {name}”.")
    # se-kabupaten Lingga, se kabupaten Siak: hyphened or apart, the unit before its name
    # takes its capital all the same (se-Kabupaten Lingga)
    for match in finditer_chunked(_SE_UNIT_APART_RE, text if "se" in text.lower() else ""):
        name = match.group("name")
        if not (name.istitle() or name.isupper()) or name in ("Dan", "Atau", "Serta"):
            continue
        head = "Se" if match.start() in ctx.starts else "se"
        right = f"{head}-{capitalised(match.group('unit'))}"
        yield Hit("bentuk-terikat", match.start(), match.end("unit"), right,
                  f"Awalan “se-” di depan nama ditulis dengan tanda hubung, dan nama itu "
                  f"dengan huruf kapital: “{right} {name}”.")


_SE_UNIT_APART_RE = re.compile(
    r"(?<![\w-])[Ss]e(?:-|[ \t]+)(?P<unit>kabupaten|kota|provinsi|kecamatan|kelurahan|desa)"
    r"[ \t]+(?P<name>[A-Z][\w-]*)")


_CONFIX_HEADS = ("di", "me", "pe", "ber", "ter")


def confixed_compounds(ctx: Context) -> Iterator[Hit]:
    """A compound that takes a prefix and a suffix at once is written as one word (EYD V:
    gabungan kata yang mendapat awalan dan akhiran sekaligus): disalah gunakan ->
    disalahgunakan, menyebar luaskan -> menyebarluaskan. Only where the dictionary lists the
    joined word, or builds it while the first half is no word of its own (disalah)."""
    text, speller = ctx.text, ctx.vocab.speller
    for first, second in itertools.pairwise(ctx.words):
        head, tail = first.text, second.text
        if (text[first.end:second.start] != " " or not head.islower() or not tail.islower()
                or not head.startswith(_CONFIX_HEADS) or not tail.endswith(("kan", "i", "an"))
                or len(head) < 5 or len(tail) < 4 or not head.isalpha() or not tail.isalpha()):
            continue
        joined = head + tail
        # The head first: it is a word of the text (known already, nearly always a word),
        # while the joined pair is new and mostly no word, the dearest thing is_known reads.
        if not (speller.listed(joined) or (not speller.is_known(head)
                                            and speller.is_known(joined))):
            continue
        yield Hit("gabungan-serangkai", first.start, second.end, joined,
                  f"Gabungan kata yang mendapat awalan dan akhiran sekaligus ditulis serangkai: "
                  f"“{joined}”.")
