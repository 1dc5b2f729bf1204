"""Spoken Indonesian inside a direct quotation: *sampe, dapet, nyampe, ngobrol, tuh*.

A press release quotes an official as he spoke, and the writer keeps the spoken forms on
purpose. Such a form is no typo: it is a common word in its colloquial shape (final *-ai*
said *-e*, *-a-* of a last closed syllable said *-e-*, the active meN- said with its nasal
alone) or one of the few particles of speech. Outside quotation marks these stay flagged.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

# Particles and short words of spoken Indonesian that id_ID lacks (a closed class, not the
# words of one text): "nanti juga dilatih tuh", "ndak boleh", "udah selesai".
PARTICLES = frozenset({"tuh", "lho", "yo", "ndak", "nggak", "gak", "udah", "gimana",
                       "pengen", "gitu", "gini", "nggih"})

_LAST_CLOSED_E = re.compile(r"^(.*[^aeiou])e([^aeiou])$")

# How common (wordfreq Zipf) the standard word must be: spoken forms are of everyday words.
STANDARD_ZIPF = 4.0


def _shapes(lower: str) -> Iterator[str]:
    """The standard forms a colloquial ``lower`` may stand for (one rewrite each, and the
    nasal forms rewritten once more)."""
    if lower.endswith("e") and len(lower) >= 4:
        yield lower[:-1] + "ai"  # sampe: sampai, pake: pakai
    if lower.endswith("o") and len(lower) >= 4:
        yield lower[:-1] + "au"  # kalo: kalau
    match = _LAST_CLOSED_E.match(lower)
    if match is not None and len(lower) >= 5:
        yield f"{match.group(1)}a{match.group(2)}"  # dapet: dapat, bener: benar


def colloquial_of(lower: str, is_common: Callable[[str], bool]) -> str | None:
    """The common standard word ``lower`` is the spoken shape of, or ``lower`` itself for a
    particle of speech; None when it is none (``is_common``: a word of the lexicon as common
    as :data:`STANDARD_ZIPF`)."""
    if lower in PARTICLES:
        return lower
    if not lower.isalpha() or len(lower) < 4:
        return None
    for form in _shapes(lower):
        if is_common(form):
            return form
    if lower.startswith(("ng", "ny")) and len(lower) >= 6:
        if is_common("me" + lower):
            return "me" + lower  # ngobrol: mengobrol, said without me-
        if lower.startswith("ny") and lower[2] in "aeiou":
            spoken = "s" + lower[2:]  # nyampe: sampe, said with the nasal of menyampai
            for form in (spoken, *_shapes(spoken)):
                if is_common(form):
                    return form
    return None
