"""Indonesian affixation: the possible roots of a word form.

hunspell id_ID lacks many valid affixed forms (*digelar*, *hubungi*, *ujarnya*,
*kependudukan*). This module undoes prefixes (with the meN-/peN- sound changes), suffixes,
confixes (ke-an, per-an, ketidak-an) and clitics, and yields each root a form could come
from together with the prefixes it took. The speller accepts the form only when the root is
a dictionary word that takes a prefix of that family (its hunspell flags say so), so a typo
is not "rescued": *mengunakan* is not men- + guna + -kan (men- never stands before g), and
*bekera* is not be- + kera (be- goes before r or a first syllable in -er, and *kera* takes no
prefix at all).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

VOWELS = frozenset("aeiou")
CLITICS = ("nya", "lah", "kah", "pun", "ku", "mu")
_SUFFIXES = ("kan", "an", "i")
# Prefixes that attach without sound change.
_PLAIN_PREFIXES = ("memper", "diper", "ber", "be", "ter", "di", "se", "per", "pe")
# Bound forms written joined to the next word (EYD V): antarwarga, pascabanjir, nonformal.
BOUND_FORMS = ("antar", "anti", "pasca", "pra", "non", "multi", "swa", "tuna", "purna",
               "pro", "kontra", "sub", "super", "ultra", "inter", "mega", "mini", "semi",
               "eks", "lintas", "ekstra", "infra", "intra", "maha", "panca", "tri", "dwi",
               "catur", "poli", "mono", "pseudo", "re")

# Which hunspell id_ID flag families (first letter of a flag) show that a root takes a
# prefix: B ber-, D di-, K ke-, M meN-, P peN-/pe-, R per-, S se-, T ter-.
PREFIX_FAMILIES: dict[str, frozenset[str]] = {
    "me": frozenset("MD"), "di": frozenset("DM"), "pe": frozenset("PM"),
    # ber- makes verbs of almost any noun (berbahan, berisiko): any affix flag will do.
    "per": frozenset("RPM"), "ber": frozenset("BDKMPRST"), "be": frozenset("BDKMPRST"),
    "ter": frozenset("TM"), "se": frozenset("S"), "ke": frozenset("KMPB"),
    "memper": frozenset("RMD"), "diper": frozenset("RMD"), "ketidak": frozenset("KMBDPT"),
}


@dataclass(frozen=True, slots=True)
class Analysis:
    """One way to read a word form: ``prefix`` + ``root`` + ``suffix`` + ``clitic``.

    ``prefix`` is the outer prefix as written in :data:`PREFIX_FAMILIES` ("" for none).
    """

    root: str
    prefix: str = ""
    suffix: str = ""
    clitic: str = ""


def _nasal_roots(rest: str, nasal: str) -> Iterator[str]:
    """Roots behind me-/pe- + ``nasal`` + ``rest`` (``nasal`` is "", "m", "n", "ng" or "ny")."""
    first = rest[:1]
    if not first:
        return
    if nasal == "":
        if first in "lmnrwy" or rest.startswith(("ng", "ny")):
            yield rest
    elif nasal == "m":
        if first in "bfv" or (first == "p" and rest[1:2] in ("r", "l")):
            yield rest  # a cluster keeps its consonant: memproduksi, memprovokasi
        if first in VOWELS:
            yield "p" + rest
    elif nasal == "n":
        if first in "cdjz" or rest.startswith(("sy", "tr", "st", "sp", "sk", "sl", "sw")):
            yield rest
        if first in VOWELS:
            yield "t" + rest
    elif nasal == "ng":
        if first in VOWELS or first in "gh" or rest.startswith(("kh", "kr", "kl")):
            yield rest  # mengkritik, mengklaim
        if first in VOWELS:
            yield "k" + rest
        if rest.startswith("e") and len(rest) <= 5:  # menge-/penge- before one-syllable roots
            yield rest[1:]
    elif nasal == "ny" and first in VOWELS:
        yield "s" + rest


def be_allowed(root: str) -> bool:
    """be- (not ber-) stands before r and before a first syllable ending in -er (bekerja)."""
    return root.startswith("r") or (len(root) > 3 and root[0] not in VOWELS
                                    and root[1:3] == "er" and root[3] not in VOWELS)


def nasal_prefixed(head: str, root: str) -> str | None:
    """meN-/peN- (``head`` "me" or "pe") before ``root``, with KBBI's sound changes
    (imbau -> mengimbau, tekad -> menekad, sebrang -> menyebrang), or None before a root of one
    syllable (menge-: not told)."""
    if sum(1 for i, c in enumerate(root) if c in VOWELS and (i == 0 or root[i - 1] not in VOWELS)) < 2:
        return None
    first, second = root[0], root[1:2]
    if first in VOWELS or first in "gh" or (first == "k" and second not in VOWELS):
        return head + "ng" + root
    if first == "k":
        return head + "ng" + root[1:]
    if first in "bfv" or (first == "p" and second not in VOWELS):
        return head + "m" + root
    if first == "p":
        return head + "m" + root[1:]
    if first == "t" and second in VOWELS:
        return head + "n" + root[1:]
    if first == "s" and second in VOWELS:
        return head + "ny" + root[1:]
    if first in "cdjzst":
        return head + "n" + root
    return head + root  # l, m, n, r, w, y, ng-, ny-


def _without_prefix(word: str, *, suffix: str) -> Iterator[tuple[str, str]]:
    """(root, prefix) pairs, the prefix "" for the word itself."""
    yield word, ""
    for head in ("me", "pe"):
        if word.startswith(head):
            rest = word[len(head):]
            for nasal in ("ng", "ny", "m", "n", ""):
                if rest.startswith(nasal):
                    for root in _nasal_roots(rest[len(nasal):], nasal):
                        yield root, head
    for prefix in _PLAIN_PREFIXES:
        if word.startswith(prefix) and len(word) > len(prefix) + 2:
            root = word[len(prefix):]
            if prefix == "be" and not be_allowed(root):
                continue
            if prefix == "ber" and be_allowed(root):
                continue  # written be-: berencana, bekerja (not berrencana, berkerja)
            yield root, prefix
    if suffix == "an" and word.startswith("ke") and len(word) > 4:  # the ke-an confix
        inner = word[2:]
        if inner.startswith("tidak") and len(inner) > 7:
            yield inner[5:], "ketidak"
        yield inner, "ke"
        # ke + peN-/ber-/ter-/se- + root + an: kependudukan, keberhasilan, keterbukaan,
        # kesepahaman
        for root, prefix in _without_prefix(inner, suffix=""):
            if prefix in ("pe", "ber", "be", "ter", "per", "se"):
                yield root, "ke"


def _without_suffix(word: str) -> Iterator[tuple[str, str]]:
    """(stem, suffix) pairs, the suffix "" for the word itself."""
    yield word, ""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            if suffix == "i" and stem.endswith("i"):
                continue  # -i never doubles a root's final i
            yield stem, suffix


def _without_clitic(word: str) -> Iterator[tuple[str, str]]:
    yield word, ""
    for clitic in CLITICS:
        if word.endswith(clitic) and len(word) > len(clitic) + 2:
            base = word[: -len(clitic)]
            if clitic in ("ku", "mu") and len(base) < 4:
                continue  # pelku is a typo of pelaku, not pel + -ku
            yield base, clitic


def analyses(word: str) -> list[Analysis]:
    """Every reading of ``word`` (lowercase) as root + affixes, the bare word excluded."""
    found: dict[Analysis, None] = {}
    for base, clitic in _without_clitic(word):
        for stem, suffix in _without_suffix(base):
            for root, prefix in _without_prefix(stem, suffix=suffix):
                if root != word and len(root) >= 2:
                    found[Analysis(root, prefix, suffix, clitic)] = None
    return list(found)


def possible_roots(word: str) -> list[str]:
    """Every root ``word`` (lowercase) could be built from, the word itself excluded."""
    return list(dict.fromkeys(a.root for a in analyses(word)))


def stem_root(word: str, is_stem: Callable[[str], bool]) -> str:
    """The root of ``word`` (lowercase) the policy layer counts it under: the word when
    ``is_stem`` says it is a dictionary stem, else the first root of :func:`possible_roots`
    of three letters or more that is one (memilih, dipilih, pilihlah -> pilih), else the
    word. scripts/build_lexicon.py stores it for every frequent word form, so a check
    reads it there instead of analysing those forms."""
    if is_stem(word):
        return word
    for root in possible_roots(word):
        if len(root) >= 3 and is_stem(root):
            return root
    return word
