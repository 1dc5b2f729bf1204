"""The Indonesian slip grammar read backwards: from a non-standard spelling to the standard
forms it may stand for.

Writers of Indonesian miss the standard form (KBBI) in a few regular ways, and a non-standard
word is usually several letters from its standard form although it is one *slip* away: a loan
kept in its foreign or old spelling (*kwalitas*, *photo*, *sholat*, *obyek*), a final consonant
written as it sounds (*jagad*, *bedug*, *kutup*), a loan noun with its Dutch or English ending
(*analisa*, *komoditi*, *aktuil*, *atmosfir*, *respon*), the pepet e written or dropped
(*negri*, *trampil*, *isteri*), an h added or dropped (*himbau*, *mahluk*), e for i and i for e
(*praktek*, *cidera*). :func:`standard_variants` gives every form one or two such rewrites make;
the suggester keeps the ones that are words and ranks them with the others, so the standard word
comes first although plain letter edits would put it far down (*kwalitas* -> *kualitas*, not
*kwalitas* -> nothing).

Each rewrite has a cost on the scale of :func:`core.check.suggest.edits1` (1 = as likely as a
doubled letter). The rewrites are facts of Indonesian spelling (EYD V; Pedoman Umum Pembentukan
Istilah, the loan-spelling rules; KBBI's standard forms), not a list of words.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from core.check.text import MAX_WORD_CHARS

_VOWELS = frozenset("aeiou")
# Letters that mark a word as an Arabic loan in its old or foreign spelling.
_ARABIC_MARKS = ("sh", "dh", "dz", "ts", "q", "'", "kh", "th", "gh")
# A final consonant written as it sounds, the pepet e and the h: as likely as a vowel for a
# vowel (a plain typo often looks the same: simpag is simpang, not simpak).
_SOUND = 1.5


@dataclass(frozen=True, slots=True)
class Rewrite:
    """``wrong`` written for ``right``: anywhere, or only at the word's ``end``, or only after
    a consonant."""

    wrong: str
    right: str
    cost: float
    end: bool = False
    after_consonant: bool = False
    sure: bool = True  # safe enough to call a word the guessing accepts non-standard
    arabic: bool = False  # only in a word with a letter of an Arabic loan (sh, dh, q ...)


# Non-standard spelling -> standard spelling, with the class each belongs to.
REWRITES: tuple[Rewrite, ...] = (
    # Loan letters kept from the source language or the old spelling (PUPI).
    Rewrite("kw", "ku", 1),      # kwalitas, frekwensi, kwitansi
    Rewrite("qu", "ku", 1),      # aquarium
    Rewrite("q", "k", 1),        # qurban, aqidah
    Rewrite("ph", "f", 1),       # photo, pharmasi
    Rewrite("th", "t", 1),       # methode, theater
    Rewrite("dh", "d", 1),       # wudhu, ramadhan
    Rewrite("dh", "z", 1),       # dhuhur, adhan
    Rewrite("dz", "z", 1),       # dzikir, adzan
    Rewrite("sh", "s", 1),       # sholat, musholla
    Rewrite("sh", "sy", 1),      # isha
    Rewrite("ts", "s", 1),       # hadits
    Rewrite("gh", "g", 1),       # ghaib (not peN- + h: penghajar)
    Rewrite("kh", "k", 1),       # anarkhi, kharisma
    Rewrite("k", "kh", 1),       # mahluk (kh written k), aklak
    Rewrite("ch", "k", 1),       # technik
    Rewrite("c", "k", 1, sure=False),        # clinik, fotocopy (c is a letter of its own:
    # dicurangi is no slip of dikurangi)
    Rewrite("x", "ks", 1),       # taxi, expor
    Rewrite("y", "j", 1, sure=False),        # obyek, subyek (bersahaya beside bersahaja)
    Rewrite("j", "z", 1),        # ijin, jaman, horijon
    Rewrite("z", "j", 1),        # zadwal (the other way round)
    Rewrite("z", "s", 1),        # azas, mozaik
    Rewrite("s", "z", 1),        # jenasah
    Rewrite("p", "f", 1),        # positip, tarip, hapal
    Rewrite("f", "p", 1),        # fikir, nafas, faham
    Rewrite("p", "v", 1),        # adpokat
    Rewrite("f", "v", 1),        # aktifitas, defaluasi
    Rewrite("'", "k", 1),        # da'wah, ta'jil (the hamzah as k)
    Rewrite("'", "", 1),         # do'a
    # au and o (jauhan is jauh + -an, no slip of johan): suggestions only
    Rewrite("au", "o", 1, sure=False),       # autobiografi
    Rewrite("o", "au", 1, sure=False),
    Rewrite("ao", "au", 1, sure=False),
    Rewrite("au", "ao", 1, sure=False),      # bakpau
    Rewrite("e", "i", 1.5),      # praktek, hakekat, nasehat
    Rewrite("i", "e", 1.5),      # sistim, cidera, atlit
    Rewrite("o", "u", 1.5),      # goncang, khotbah's other way
    Rewrite("u", "o", 1.5),      # khutbah
    Rewrite("o", "a", 1.5, arabic=True),  # sholat, romadhon, qodar: an Arabic a heard as o
    Rewrite("a", "e", 1.5),      # parlamen, jamaah, seksama's other way
    Rewrite("e", "a", 1.5),      # sekedar, seksama
    Rewrite("ae", "ai", 1),      # kaedah
    Rewrite("ie", "i", 1, end=True),         # mie (not di- + e...: dieratakan)
    Rewrite("ua", "wa", 1, after_consonant=True, sure=False),  # jadual (not tauan: tawan;
    # bakuan is baku + -an)
    Rewrite("uwa", "ua", 1),     # kadaluwarsa's other way
    Rewrite("e", "ia", 1.5),     # duren
    # Endings of loan nouns and final sounds (KBBI's standard forms).
    Rewrite("e", "ai", 1, end=True),     # cabe, sate (Malay -ai)
    Rewrite("e", "a", 1, end=True),      # akte, frase
    Rewrite("isa", "isis", 1, end=True),   # analisa (not basa, rasa: a vowel but a first)
    Rewrite("esa", "esis", 1, end=True),   # hipotesa
    Rewrite("osa", "osis", 1, end=True),   # diagnosa
    Rewrite("ti", "tas", 1, end=True),   # komoditi, selebriti
    Rewrite("il", "al", 1, end=True),    # aktuil, formil
    Rewrite("ir", "er", 1, end=True),    # atmosfir, karir
    Rewrite("ur", "or", 1, end=True),    # administratur
    Rewrite("ik", "ek", 1, end=True),    # apotik
    Rewrite("n", "ns", 1, end=True),     # respon, ambulan
    Rewrite("k", "ks", 1, end=True),     # komplek
    Rewrite("d", "t", _SOUND, end=True),      # jagad, baud
    Rewrite("g", "k", _SOUND, end=True),      # bedug, rembug
    Rewrite("b", "p", _SOUND, end=True),      # lembab
    Rewrite("p", "b", _SOUND, end=True),      # adap, kutup
    Rewrite("t", "d", _SOUND, end=True),      # masjit
    Rewrite("isir", "isasi", 1, end=True),   # minimalisir, legalisir
    Rewrite("ir", "asi", 1, end=True),       # koordinir, proklamir (long words only when
    # sure: dilintir is lintir, a word of its own)
    Rewrite("isirkan", "isasikan", 1, end=True),
    Rewrite("irkan", "asikan", 1, end=True),
)

# A word the guessing accepts ending in -ir is a loan verb for -asi only from this length on
# (koordinir, proklamir; dilintir, dipikir are words of their own).
_SURE_ASI_LETTERS = 9

# How much the second rewrite of a pair adds beyond its own cost: two slips in one word are
# rarer than one.
_SECOND = 0.5


def _is_vowel_swap(rule: Rewrite) -> bool:
    return len(rule.wrong) == 1 and len(rule.right) <= 2 and rule.wrong in _VOWELS and (
        rule.right[:1] in _VOWELS)


def _rewrites_once(word: str, sure: bool) -> Iterator[tuple[str, float, bool]]:
    """(form, cost, whether a vowel was written for another)."""
    arabic = any(mark in word for mark in _ARABIC_MARKS)
    for rule in REWRITES:
        swap = _is_vowel_swap(rule)
        if (sure and (swap or not rule.sure)) or (rule.arabic and not arabic):
            continue
        if rule.end:
            if sure and rule.right.endswith("asi") and len(word) < _SURE_ASI_LETTERS:
                continue
            if word.endswith(rule.wrong) and len(word) > len(rule.wrong) + 1:
                yield word[:len(word) - len(rule.wrong)] + rule.right, rule.cost, swap
            continue
        start = word.find(rule.wrong)
        while start != -1:
            if (rule.after_consonant and (start == 0 or word[start - 1] in _VOWELS)) or (
                    rule.wrong == "gh" and word[start - 1:start] == "n"):
                start = word.find(rule.wrong, start + 1)
                continue
            yield word[:start] + rule.right + word[start + len(rule.wrong):], rule.cost, swap
            start = word.find(rule.wrong, start + 1)
    if sure:
        return
    for i in range(1, len(word)):
        before, after = word[i - 1], word[i:i + 1]
        # The pepet e written between two consonants or left out (negri/negeri, trampil/
        # terampil, isteri/istri, menyebrang/menyeberang).
        if before not in _VOWELS and after and after not in _VOWELS and before.isalpha():
            yield word[:i] + "e" + word[i:], _SOUND, False
        if (word[i] == "e" and before not in _VOWELS and word[i + 1:i + 2]
                and word[i + 1] not in _VOWELS and word[i + 1].isalpha()):
            yield word[:i] + word[i + 1:], _SOUND, False
        # An h added or left out (himbau, silahkan, rapih; mahluk, mempersilahkan).
        if word[i] == "h":
            yield word[:i] + word[i + 1:], _SOUND, False
    if word[:1] == "h":
        yield word[1:], _SOUND, False  # himbau, handal, hutang


def standard_variants(word: str, *, depth: int = 2, sure: bool = False) -> dict[str, float]:
    """Every form one or two slip-grammar rewrites from ``word`` (lowercase), with its cost:
    the candidates for the standard form a non-standard spelling stands for. Not checked
    against any dictionary; the caller keeps the words. ``sure=True`` keeps only the rewrites
    that make a word non-standard whenever their result is a common word, and leaves out a
    vowel written for another (praktek, parlamen), the pepet (puteri), an h inside the word
    (mahluk), c for k and y for j: a word that differs only so from a word of the dictionary
    is as often a word of its own (afektif beside efektif, rekahan beside rekaan, dicurangi
    beside dikurangi, bereproduksi beside berproduksi). Two vowels written for others are
    never one slip (Teep is no tiap)."""
    found: dict[str, float] = {}
    if len(word) > MAX_WORD_CHARS or len(word) < 4:
        return found
    frontier = [(word, 0.0, False)]
    for step in range(depth):
        following = []
        for form, spent, swapped in frontier:
            for variant, cost, swap in _rewrites_once(form, sure):
                if swap and swapped:
                    continue
                total = spent + cost + (_SECOND if step else 0.0)
                if variant != word and total < found.get(variant, 99.0):
                    found[variant] = total
                    following.append((variant, total, swap))
        frontier = following
    return found
