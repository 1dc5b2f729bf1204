"""Latin in Indonesian prose: the phrases of official and scientific writing (ex officio, ad
hoc), those phrases run together (adhok), and species names (Aedes aegypti): no words to spell
as Indonesian."""

from __future__ import annotations

import re
from collections.abc import Callable

from core.check.text import Token, finditer_chunked

LATIN_ENDINGS = ("i", "ae", "us", "um", "is", "ensis", "ii", "a", "es", "ata", "ica")
# An epithet never ends in an Indonesian clitic: Dinda sapaanya is a name and a slip of
# sapaannya, not a species.
_INDONESIAN_CLITICS = ("nya", "lah", "kah")


# Latin phrases of official and scientific prose, written in italics (EYD V).
LATIN_PHRASES = ("ex officio", "de facto", "de jure", "ad hoc", "status quo", "vice versa",
                 "per se", "bona fide", "et al", "in situ", "ex situ", "a priori", "a posteriori",
                 "sine qua non", "curriculum vitae", "alma mater", "force majeure", "in absentia",
                 "pro bono", "pro forma", "ad interim", "ex post", "ex ante")
LATIN_PHRASE_RE = re.compile(r"\b(?:" + "|".join(LATIN_PHRASES) + r")\b", re.IGNORECASE)


def latin_phrase_spans(text: str) -> list[tuple[int, int]]:
    """Where the Latin phrases are (ex officio, de facto). The regex only runs when one of
    them occurs at all: a substring test per phrase is far cheaper than the scan."""
    lowered = text.lower()
    if not any(phrase in lowered for phrase in LATIN_PHRASES):
        return []
    return [m.span() for m in finditer_chunked(LATIN_PHRASE_RE, text)]


# The same phrases run together, also with k for c (adhok): each to the phrase.
LATIN_JOINED = {
    variant: phrase
    for phrase in ("ex officio", "de facto", "de jure", "ad hoc", "status quo", "vice versa",
                   "bona fide", "ad interim", "pro bono", "in situ", "force majeure")
    for variant in {phrase.replace(" ", ""), phrase.replace(" ", "").replace("c", "k")}
}


def latin_binomial(tokens: list[Token], i: int, text: str,
                    known: Callable[[str], bool],
                    slip: Callable[[str], bool] | None = None) -> bool:
    """A species name: a capitalised genus then a lowercase epithet with a Latin ending
    (Aedes aegypti, Oryza sativa), neither of them a word of the lexicon, and the epithet no
    typing slip of a common Indonesian word (``slip``): after a name, *Surono bersmaa* and
    *Parman menjelaskna* are a name and a slip (bersama, menjelaskan), not a species."""
    for genus_at in (i, i - 1):
        if genus_at < 0 or genus_at + 1 >= len(tokens):
            continue
        genus, epithet = tokens[genus_at], tokens[genus_at + 1]
        if (text[genus.end:epithet.start] == " " and genus.text[:1].isupper()
                and genus.text[1:].islower() and epithet.text.isalpha() and epithet.text.islower()
                and len(epithet.text) > 4 and epithet.text.endswith(LATIN_ENDINGS)
                and not epithet.text.endswith(_INDONESIAN_CLITICS)
                and not known(genus.text) and not known(epithet.text)
                and not (slip is not None and slip(epithet.text))):
            return True
    return False
