"""Indonesian affixation: the possible roots of a word form.

hunspell id_ID lacks many valid affixed forms (*digelar*, *hubungi*, *ujarnya*). This module
undoes prefixes (with the meN-/peN- sound changes), suffixes and clitics, and yields the roots
a form could come from; the speller accepts the form only when such a root is a dictionary
word, so a typo is not "rescued" (*mengunakan* is not men- + guna + -kan: men- never stands
before g).
"""

from __future__ import annotations

from collections.abc import Iterator

VOWELS = frozenset("aeiou")
_CLITICS = ("nya", "lah", "kah", "pun", "ku", "mu")
_SUFFIXES = ("kan", "an", "i")
# Prefixes that attach without sound change.
_PLAIN_PREFIXES = ("memper", "diper", "ber", "be", "ter", "di", "se", "per", "pe")


def _nasal_roots(rest: str, nasal: str) -> Iterator[str]:
    """Roots behind me-/pe- + ``nasal`` + ``rest`` (``nasal`` is "", "m", "n", "ng" or "ny")."""
    first = rest[:1]
    if not first:
        return
    if nasal == "":
        if first in "lmnrwy" or rest.startswith(("ng", "ny")):
            yield rest
    elif nasal == "m":
        if first in "bfv":
            yield rest
        if first in VOWELS:
            yield "p" + rest
    elif nasal == "n":
        if first in "cdjz" or rest.startswith("sy"):
            yield rest
        if first in VOWELS:
            yield "t" + rest
    elif nasal == "ng":
        if first in VOWELS or first in "gh" or rest.startswith("kh"):
            yield rest
        if first in VOWELS:
            yield "k" + rest
        if rest.startswith("e") and len(rest) <= 5:  # menge-/penge- before one-syllable roots
            yield rest[1:]
    elif nasal == "ny" and first in VOWELS:
        yield "s" + rest


def _without_prefix(word: str, *, had_an: bool) -> Iterator[str]:
    yield word
    for head in ("me", "pe"):
        if word.startswith(head):
            rest = word[len(head):]
            for nasal in ("ng", "ny", "m", "n", ""):
                if rest.startswith(nasal):
                    yield from _nasal_roots(rest[len(nasal):], nasal)
    for prefix in _PLAIN_PREFIXES:
        if word.startswith(prefix) and len(word) > len(prefix) + 2:
            yield word[len(prefix):]
    if had_an and word.startswith("ke") and len(word) > 4:  # the ke-an confix
        yield word[2:]


def _without_suffix(word: str) -> Iterator[tuple[str, str]]:
    """(stem, suffix) pairs, the suffix "" for the word itself."""
    yield word, ""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            yield word[: -len(suffix)], suffix


def _without_clitic(word: str) -> Iterator[str]:
    yield word
    for clitic in _CLITICS:
        if word.endswith(clitic) and len(word) > len(clitic) + 2:
            yield word[: -len(clitic)]


def possible_roots(word: str) -> list[str]:
    """Every root ``word`` (lowercase) could be built from, the word itself excluded."""
    roots: dict[str, None] = {}
    for base in _without_clitic(word):
        for stem, suffix in _without_suffix(base):
            for root in _without_prefix(stem, had_an=suffix == "an"):
                if root != word and len(root) >= 2:
                    roots[root] = None
    return list(roots)
