"""Fast, ranked spelling suggestions.

spylls' own ``suggest`` takes about 70 ms a word. This suggester generates the forms one edit
away (plus the letter swaps Indonesian writers actually make: f/p, v/f, kh/k, sy/s, x/ks, z/j,
doubled letters), keeps those the speller accepts, and ranks them by how likely the slip is
and how common the word is: in texts the Saring team wrote (``resources/vocab/frequency.tsv``)
and in general Indonesian text (wordfreq's Zipf values, compiled into the lexicon).
"""

from __future__ import annotations

import math
import string
from collections.abc import Callable, Mapping
from pathlib import Path

from core.check.text import MAX_WORD_CHARS
from core.errors import SaringError

_LETTERS = string.ascii_lowercase
_KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
NEIGHBOURS: dict[str, frozenset[str]] = {
    ch: frozenset(row[j] for j in (i - 1, i + 1) if 0 <= j < len(row))
    for row in _KEYBOARD_ROWS for i, ch in enumerate(row)
}
# Spelling slips of Indonesian writers: loanword letters and old spellings (cost 1).
_SOUND_SWAPS = (("f", "p"), ("p", "f"), ("v", "f"), ("f", "v"), ("kh", "k"), ("k", "kh"),
                ("sy", "s"), ("s", "sy"), ("x", "ks"), ("ks", "x"), ("z", "j"), ("j", "z"),
                ("q", "k"), ("th", "t"), ("ph", "f"), ("dz", "z"), ("tj", "c"), ("dj", "j"),
                ("oe", "u"), ("ch", "k"))
_VOWEL_SWAPS = (("y", "i"), ("e", "a"), ("a", "e"), ("i", "e"), ("u", "o"), ("o", "u"))
MAX_SUGGESTIONS = 5
# How much a candidate's commonness in general Indonesian text (Zipf above 3.0, once per
# million words) lowers its score: a slip is more likely of a word people write often
# (pelanar -> pelajar, not pelamar; menambakan -> menambahkan, not the unwritten menambakkan).
ZIPF_WEIGHT = 0.4
# A vowel for another (sehu -> suhu) is a likelier slip than any other letter for another.
_VOWEL_FOR_VOWEL = 2.5
# Writers rarely get the first letter wrong: a candidate that changes it ranks a little lower
# (kerambah -> keramba, not jerambah).
_FIRST_LETTER = 0.5
# A letter left out is the commonest slip of real typing: the slip with a letter put back
# (doubled or not) ranks this much above a substitution or a deletion of the same cost.
DROPPED_LETTER_BONUS = 0.5
# A candidate nobody writes (no frequency in wordfreq's list nor in the team's samples) ranks
# this much lower than its cost says, stem or derived form alike: a slip is likelier of a
# written word (longor: longsor, not the doubled g of the rare stem longgor).
UNWRITTEN_PENALTY = 0.6
WORD_ENDINGS = frozenset({"i", "an", "kan", "nya", "lah", "kah", "pun", "ku", "mu"})


def _one_letter_more(word: str, candidate: str) -> bool:
    """Whether ``candidate`` is ``word`` with one letter put in (the slip dropped it), and
    that letter no vowel doubled (*sebahagiaan* is no likelier for *sebahagian*)."""
    if len(candidate) != len(word) + 1:
        return False
    k = next((k for k, (a, b) in enumerate(zip(word, candidate, strict=False)) if a != b),
             len(word))
    letter = candidate[k]
    doubled = letter == candidate[k + 1:k + 2] or letter == candidate[k - 1:k]
    return candidate[k + 1:] == word[k:] and not (doubled and letter in "aeiou")


class FrequencyFileError(SaringError, ValueError):
    """A frequency list line that is not ``word<TAB>count``."""


def load_frequencies(path: Path) -> dict[str, int]:
    counts: dict[str, int] = {}
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip() or raw.startswith("#"):
            continue
        word, _, count = raw.partition("\t")
        if not count.strip().isdigit():
            raise FrequencyFileError(f"{path}:{number}: expected 'word<TAB>count', got {raw!r}")
        counts[word.strip().lower()] = int(count)
    return counts


def _substitutions(char: str, near: frozenset[str], letters: str) -> tuple[tuple[str, float], ...]:
    """The letters ``letters`` holds other than ``char``, each with the cost of writing it for
    ``char``: 2 for a keyboard neighbour, 2.5 for a vowel for another, 3 otherwise."""
    return tuple((letter, 2 if letter in near else (
        _VOWEL_FOR_VOWEL if letter in "aeiou" and char in "aeiou" else 3))
        for letter in letters if letter != char)


# Per lowercase letter: every other letter with its cost, and its keyboard neighbours alone
# (what ``max_cost`` below 3 tries).
_ANY_LETTER = {ch: _substitutions(ch, NEIGHBOURS.get(ch, frozenset()), _LETTERS)
               for ch in _LETTERS}
_NEAR_LETTER = {ch: _substitutions(ch, near, "".join(near)) for ch, near in NEIGHBOURS.items()}


def one_edit(a: str, b: str) -> bool:
    """Whether ``b`` is ``a`` with one letter changed, dropped, added, or two neighbours
    swapped (Basan/Badan, Silpil/Sipil, Pengerak/Penggerak)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) < len(b):
        return a[i:] == b[i + 1:]
    return a[i + 1:] == b[i + 1:] or (
        i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2:] == b[i + 2:])


def edits1(word: str, *, max_cost: float = 3) -> dict[str, float]:
    """Every form one edit away from ``word`` (lowercase) with the cost of that slip: 1 for
    swapped, doubled or undoubled letters and the Indonesian sound swaps, 2 for keyboard
    neighbours, dropped and extra letters, 2.5 for a vowel for another, 3 for any other
    substitution. ``max_cost`` below 3
    leaves out the substitutions of any letter (most of the forms: a word's likely slips are
    found in a fraction of the time). A form reached by several slips keeps the cheapest, in
    the place where it was first reached."""
    scored: dict[str, float] = {}
    if len(word) > MAX_WORD_CHARS:
        return scored  # no word: its neighbours would cost the square of its length
    # Each form is tested and stored inline, not through a helper: a call per form (~500 for
    # a word of ten letters) was a third of the time, and a first check makes ~200 such sets.
    get = scored.get
    any_cost = max_cost >= 3
    table = _ANY_LETTER if any_cost else _NEAR_LETTER
    for i in range(len(word)):
        left, char, right = word[:i], word[i], word[i + 1:]
        if right:
            form = left + right[0] + char + right[1:]
            if form != word and get(form, 99) > 1:
                scored[form] = 1  # swapped
        form = left + right  # dropped: always shorter than word
        cost: float = 1 if (right[:1] == char) or (left[-1:] == char) else 2
        if form and cost < get(form, 99):
            scored[form] = cost
        substitutions = table.get(char)
        if substitutions is None:  # no lowercase letter: no neighbours, no vowel
            substitutions = _substitutions(char, frozenset(), _LETTERS if any_cost else "")
        for letter, cost in substitutions:  # never char itself, so never word
            form = left + letter + right
            if cost < get(form, 99):
                scored[form] = cost
    for i in range(len(word) + 1):
        left, right = word[:i], word[i:]
        before, after = left[-1:], right[:1]
        for letter in _LETTERS:  # an extra letter: always longer than word
            form = left + letter + right
            cost = 1 if letter in (after, before) else 2
            if cost < get(form, 99):
                scored[form] = cost
    for wrong, right_letters in _SOUND_SWAPS:
        start = word.find(wrong)
        while start != -1:
            form = word[:start] + right_letters + word[start + len(wrong):]
            if form != word and get(form, 99) > 1:
                scored[form] = 1
            start = word.find(wrong, start + 1)
    for wrong, right_letters in _VOWEL_SWAPS:
        start = word.find(wrong)
        while start != -1:
            form = word[:start] + right_letters + word[start + 1:]
            if form != word and get(form, 99) > 1.5:
                scored[form] = 1.5
            start = word.find(wrong, start + 1)
    return scored


class Suggester:
    """Ranks the accepted forms one edit away from a misspelt word.

    ``is_known`` decides whether a candidate is a correct word; ``is_plain`` whether it is a
    form the dictionary lists directly (preferred over derived forms); ``zipf`` how common a
    word is in general Indonesian text (a derived form with a frequency is written, so it gets
    no penalty). ``derived_penalty``, when given, rates a derived form nobody has written yet:
    a number added to its score (more for a form only Saring's morphology builds), or None to
    drop it (*pemerintahi*). ``variants``, when given, adds the forms a non-standard
    spelling stands for with their costs (the slip grammar of
    :mod:`core.check.spelling.variants`), beside the forms one letter edit away.
    """

    def __init__(self, *, is_known: Callable[[str], bool], is_plain: Callable[[str], bool],
                 frequencies: Mapping[str, int],
                 derived_penalty: Callable[[str], float | None] | None = None,
                 zipf: Callable[[str], float] | None = None,
                 variants: Callable[[str], Mapping[str, float]] | None = None) -> None:
        self._is_known = is_known
        self._variants = variants
        self._is_plain = is_plain
        self._freq = frequencies
        self._derived_penalty = derived_penalty
        self._zipf = zipf

    def frequency(self, word: str) -> int:
        """How often ``word`` occurs in the team's samples (the words they use most)."""
        return self._freq.get(word, 0)

    def zipf(self, word: str) -> float:
        """How common ``word`` is in general Indonesian text (Zipf; 0.0 when rare or unknown)."""
        return self._zipf(word) if self._zipf is not None else 0.0

    def suggest(self, word: str, *, limit: int = MAX_SUGGESTIONS) -> list[str]:
        """Up to ``limit`` corrections of ``word`` (lowercase), best first."""
        ranked: list[tuple[float, str]] = []
        scored = edits1(word)
        if self._variants is not None:
            for variant, cost in self._variants(word).items():
                if cost < scored.get(variant, 99.0):
                    scored[variant] = cost  # kwalitas -> kualitas: one slip, three letters
        for candidate, cost in scored.items():
            freq = self._freq.get(candidate, 0)
            if freq == 0 and not self._is_known(candidate):
                continue
            zipf = self.zipf(candidate)  # only words have one: looked up after is_known
            score = cost - 0.6 * math.log10(1 + freq) - ZIPF_WEIGHT * max(0.0, zipf - 3.0)
            if candidate[:1] != word[:1]:
                score += _FIRST_LETTER
            if cost <= 2 and _one_letter_more(word, candidate):
                score -= DROPPED_LETTER_BONUS  # instansi for intansi, not intensi; massal
                # for masal, not masa
            if not freq and not zipf and not self._is_plain(candidate):
                # a derived form nobody has written yet
                penalty = 0.5 if self._derived_penalty is None else self._derived_penalty(candidate)
                if penalty is None:
                    continue
                score += penalty
            if not freq and not zipf and self._zipf is not None:
                score += UNWRITTEN_PENALTY  # longgor, a stem nobody writes, after longsor
            ranked.append((score, candidate))
        ranked.sort()
        return [c for _, c in ranked[:limit]]

    def likely_typo_of(self, word: str) -> str | None:
        """A common word one likely slip away from ``word``, if there is one: evidence that a
        form the morphology would accept (*jalaan*, *mukai*) is a typo of it."""
        best: tuple[float, str] | None = None
        for candidate, cost in edits1(word, max_cost=2).items():
            freq = self._freq.get(candidate, 0)
            if word.startswith(candidate) and word[len(candidate):] in WORD_ENDINGS:
                continue  # waspadai is waspada + -i, not a slip
            if cost <= 2 and freq >= 2:
                key = (cost - math.log10(freq), candidate)
                best = key if best is None or key < best else best
        return best[1] if best else None
