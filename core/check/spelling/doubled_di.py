"""The preposition *di* written before a passive verb that already has its *di-*.

*perda yang di dibuat*, *awalnya di diusulkan*, *Mtq ini di dilaksanakan*: the writer put the
passive prefix twice, once apart and once joined. The word after *di* is a di- verb when its
meN- form is a word of id_ID (*dibuat*: *membuat*); a place noun that begins with the same two
letters (*di dinas sosial*, *di distrik*, *di dinding*) is a stem of id_ID, and stays.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import pairwise

from core.check.spelling.lookup import with_nasal
from core.check.text import Token

# me- before these first letters takes no nasal (melaksanakan, merawat, meyakini).
_NO_NASAL = frozenset("lmnrwy")
_DI = frozenset({"di", "Di", "DI"})


def active_forms(passive: str) -> list[str]:
    """The meN- forms a di- verb (lowercase) stands beside: dibuat -> membuat, diusulkan ->
    mengusulkan, dilaksanakan -> melaksanakan, disampaikan -> menyampaikan."""
    rest = passive[2:]
    if not passive.startswith("di") or len(rest) < 3 or not rest.isalpha():
        return []
    if rest[0] in _NO_NASAL:
        return ["me" + rest]
    return with_nasal("me" + rest)


def doubled_di_spans(tokens: Sequence[Token], text: str, in_dictionary: Callable[[str], bool],
                     is_stem: Callable[[str], bool]) -> list[tuple[int, int, Token]]:
    """(start, end, the di- verb) of every *di* written apart before a di- verb: a form of
    id_ID that is no stem of its own (*dinding, dinas* are) beside a meN- form of id_ID."""
    found = []
    for before, word in pairwise(tokens):
        if before.text not in _DI:
            continue
        lower = word.text
        if (not lower.islower() or not lower.startswith("di")
                or text[before.end:word.start].strip() or not in_dictionary(lower)
                or is_stem(lower)):
            continue
        if any(in_dictionary(form) for form in active_forms(lower)):
            found.append((before.start, word.end, word))
    return found
