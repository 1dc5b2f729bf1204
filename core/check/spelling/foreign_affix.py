"""Indonesian affixes on an English word (EYD V, tanda hubung): an Indonesian element joined
to a foreign one is written with a hyphen, the foreign word in italics (di-upgrade, me-recall,
pen-tackle-an). The hyphenated form is a correct word; the form run together (menginput,
diupgrade) is no misspelling of an Indonesian word but a foreign word to hyphenate or to
replace by its Indonesian equivalent."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

# Prefixes written before a foreign word (the meN-/peN- forms each with their nasal).
PREFIXES = ("di", "ter", "ber", "meng", "mem", "men", "meny", "me", "peng", "pem", "pen",
            "pe", "se")
# Suffixes after it: -kan, -i and -nya (di-upgrade-kan, di-follow-i, input-nya).
SUFFIXES = ("kan", "nya", "i")
# The shortest foreign word taken as one: shorter English words (ban, dan, am) are Indonesian
# words or their slips far more often.
MIN_FOREIGN_LETTERS = 4
_VOWELS = frozenset("aeiou")


@dataclass(frozen=True, slots=True)
class ForeignAffixed:
    prefix: str    # "" when none
    foreign: str   # the English word
    suffix: str    # "" when none

    def hyphenated(self) -> str:
        """As EYD V writes it: meng-input, di-upgrade-kan."""
        return "-".join(p for p in (self.prefix, self.foreign, self.suffix) if p)


def _nasal_fits(prefix: str, first: str) -> bool:
    """Whether meN-/peN- written run together has the nasal its root's first letter takes
    (meng + input, mem + posting, men + download, meny + scan; me + recall)."""
    nasal = prefix[2:] if prefix.startswith(("me", "pe")) else None
    if nasal is None:
        return True  # di-, ter-, ber-, se-
    if first in _VOWELS or first in "ghk":
        return nasal == "ng"
    if first in "bpfv":
        return nasal == "m"
    if first in "dtcjz":
        return nasal == "n"
    if first == "s":
        return nasal in ("ny", "n")
    return nasal == ""  # l, m, n, r, w, y


def joined_foreign(lower: str, is_english: Callable[[str], bool]) -> ForeignAffixed | None:
    """``lower`` as an Indonesian prefix, an English word and maybe a suffix run together
    (menginput -> meng + input, diupgradekan -> di + upgrade + kan), or None. The longest
    English word wins; ``is_english`` says whether a word is English and no Indonesian word."""
    if "-" in lower or not lower.isalpha():
        return None
    for prefix in sorted(PREFIXES, key=len, reverse=True):
        if not lower.startswith(prefix):
            continue
        rest = lower[len(prefix):]
        for suffix in ("", *SUFFIXES):
            foreign = rest[:len(rest) - len(suffix)] if suffix else rest
            if (suffix and not rest.endswith(suffix)) or len(foreign) < MIN_FOREIGN_LETTERS:
                continue
            if _nasal_fits(prefix, foreign[0]) and is_english(foreign):
                return ForeignAffixed(prefix, foreign, suffix)
    return None


def hyphenated_foreign(word: str, is_english: Callable[[str], bool]) -> bool:
    """Whether ``word`` is an Indonesian prefix, suffix or both joined to an English word by
    hyphens as EYD V asks (mem-blacklist, di-upgrade-kan, update-nya)."""
    parts = word.lower().split("-")
    if len(parts) < 2 or len(parts) > 3 or not all(p.isalpha() for p in parts):
        return False
    prefix = parts[0] if parts[0] in PREFIXES else ""
    suffix = parts[-1] if parts[-1] in SUFFIXES else ""
    middle = parts[1 if prefix else 0:len(parts) - 1 if suffix else len(parts)]
    return (len(middle) == 1 and bool(prefix or suffix)
            and len(middle[0]) >= MIN_FOREIGN_LETTERS and is_english(middle[0]))
