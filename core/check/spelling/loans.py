"""How Indonesian spells the words it took from English (Pedoman Umum Pembentukan Istilah):
the spelling rules both ways, and the loanword suffixes a loan stem takes (valid -> validasi)."""

from __future__ import annotations

import re
from collections.abc import Iterator

# Loanword suffixes (Pedoman Umum Pembentukan Istilah): the derived ending and what the stem
# ends in (valid + -asi, sinergi + -tas, aktif -> aktivitas, modern + -isasi).
LOAN_DERIVATIONS = (("isasi", ""), ("asi", ""), ("itas", ""), ("tas", ""), ("ivitas", "if"),
                    ("isme", ""), ("is", "isme"))
LOAN_SUFFIXES = ("asi", "isasi", "tas", "isme")
# Prefixes on such a noun, with the letters meN- keeps before it (p, t, k, s drop).
LOAN_PREFIXES = (("", ""), ("di", ""), ("ter", ""), ("mem", "bfv"), ("men", "cdjz"),
                 ("meng", "aeiough"), ("me", "lmnrwy"))


# English spellings -> Indonesian spelling of loanwords (Pedoman Umum Pembentukan Istilah):
# applied one at a time and all together.
LOAN_RULES = ((r"tion$", "si"), (r"sion$", "si"), (r"ty$", "tas"), (r"ive$", "if"),
              (r"ism$", "isme"), (r"ph", "f"), (r"th", "t"), (r"c(?=[eiy])", "s"),
              (r"c(?=[aou]|[^aeiouy]|$)", "k"), (r"y", "i"), (r"([bdfgklmnprst])\1", r"\1"),
              (r"ou", "u"), (r"e$", ""))


# The same rules read backwards: an Indonesian spelling -> the English spellings it may come from.
SOURCE_RULES = ((r"ksi$", ("ction", "xion")), (r"si$", ("tion", "sion")), (r"tas$", ("ty",)),
                (r"if$", ("ive",)), (r"isme$", ("ism",)), (r"ks", ("x", "ct", "cs")),
                (r"k(?=[aou]|[^aeiou]|$)", ("c", "ch", "ck")), (r"s(?=[ei])", ("c",)),
                (r"f", ("ph",)), (r"i(?=[^aeiou]|$)", ("y",)), (r"t", ("th",)), (r"$", ("e", "t")))


SOURCE_STEPS = tuple((re.compile(pattern), replacement)
                      for pattern, replacements in SOURCE_RULES for replacement in replacements)


def english_sources(lower: str) -> Iterator[str]:
    """English spellings ``lower`` could be adapted from: one or two of the rules applied in
    turn, each to its first or to every place (karakter -> charakter -> character)."""
    seen = {lower}
    frontier = [lower]
    for _ in range(2):
        found: list[str] = []
        for form in frontier:
            for pattern, replacement in SOURCE_STEPS:
                if pattern.search(form) is None:
                    continue
                for count in (1, 0):
                    new = pattern.sub(replacement, form, count=count)
                    if new not in seen:
                        seen.add(new)
                        found.append(new)
                        yield new
        frontier = found


def adaptations(lower: str) -> list[str]:
    """Indonesian spellings an English word could have taken (staff -> staf)."""
    found: list[str] = []
    everything = lower
    for pattern, replacement in LOAN_RULES:
        one = re.sub(pattern, replacement, lower)
        everything = re.sub(pattern, replacement, everything)
        if one != lower:
            found.append(one)
    if everything != lower:
        found.append(everything)
    return list(dict.fromkeys(found))


# The respellings that separate a non-standard form from its KBBI form (penasehat/penasihat,
# pondasi/fondasi, milyar/miliar, mujizat/mukjizat, silahkan/silakan, menelpon/menelepon,
# respon/respons): (written, standard) letter swaps tried one at a time.
KBBI_RESPELLINGS = (("e", "i"), ("i", "e"), ("p", "f"), ("f", "p"), ("v", "f"), ("p", "v"),
                    ("z", "j"), ("j", "z"), ("h", "kh"), ("h", ""), ("y", "i"), ("o", "u"),
                    ("u", "o"), ("k", "kh"), ("j", "kj"), ("c", "k"), ("q", "k"), ("ph", "f"),
                    ("th", "t"), ("dh", "d"), ("sy", "s"), ("s", "sy"), ("ts", "s"), ("au", "o"),
                    ("isa", "isis"), ("iti", "itas"), ("iy", "i"), ("uw", "u"))
_CONSONANTS = frozenset("bcdfghjklmnpqrstvwxyz")


def kbbi_respellings(word: str) -> Iterator[str]:
    """Every form one KBBI respelling away from ``word`` (KBBI_RESPELLINGS), a final s added
    (respon -> respons, komplek -> kompleks) and an e put between two consonants (menelpon
    -> menelepon, membludak -> membeludak, stel -> setel)."""
    for written, standard in KBBI_RESPELLINGS:
        start = word.find(written)
        while start >= 0:
            yield word[:start] + standard + word[start + len(written):]
            start = word.find(written, start + 1)
    yield word + "s"
    for i in range(1, len(word)):
        if word[i - 1] in _CONSONANTS and word[i] in _CONSONANTS:
            yield word[:i] + "e" + word[i:]
