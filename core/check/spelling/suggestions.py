"""Corrections for a word the lexicon lacks: the suggester's candidates cased like the word,
a listed abbreviation's form, two words run together, region names one edit away; and the
"is a common word one slip away" questions the checks ask before calling a word a name."""

from __future__ import annotations

import re

from core.check.lexicon import Kind
from core.check.morphology import CLITICS
from core.check.spelling.lookup import WordLookup, remembered
from core.check.suggest import MAX_SUGGESTIONS, edits1
from core.check.text import MAX_WORD_CHARS, match_case

# Function words a writer runs into the word before or after (Bulukumbapada, ditiga).
SPLIT_FUNCTION_WORDS = frozenset({"pada", "dan", "yang", "untuk", "dengan", "dari", "ini", "itu",
                                   "akan", "juga", "atau", "ke", "di", "oleh", "bagi", "agar"})


_SPLIT_ZIPF = 4.5
# A capitalised word at a sentence start this long whose first suggestion is this common in
# general text (wordfreq Zipf 4.5: the few thousand commonest words) is its slip, not a name
# (Selanjutjya -> Selanjutnya, Genernur -> Gubernur): names this long rarely sit that close to
# a common word.
_LONG_WORD = 8
# A word with two neighbouring letters left out (mengatan): the common word that puts them
# back (Zipf >= 3.5) comes first when it is this much commoner than the first word one edit
# away (mengaitan, unwritten; keluhan 4.6 stays before kebutuhan 5.0 for kebuhan).
_DROPPED_PAIR_ZIPF = 3.5
_DROPPED_PAIR_MARGIN = 1.0
_DROPPED_PAIR_MIN_LETTERS = 7
_GENERAL_ZIPF = 4.5


def _undoubled(lower: str) -> str:
    return re.sub(r"(.)\1+", r"\1", lower)


def _doubled(lower: str, candidate: str, *, vowel: bool) -> bool:
    """Whether ``candidate`` is ``lower`` with one letter doubled, a vowel (``vowel``) or a
    consonant. English spellings drop a doubled consonant far more often than a doubled vowel
    (droping is dropping, not drooping); suport is support."""
    return len(candidate) == len(lower) + 1 and any(
        candidate[:i] + candidate[i + 1:] == lower and (candidate[i] in "aeiou") is vowel
        and candidate[i] == candidate[i - 1] for i in range(1, len(candidate)))


def osa_distance(a: str, b: str, limit: int) -> int:
    """Edits (letter added, dropped, changed, two neighbours swapped) from ``a`` to ``b``;
    ``limit + 1`` as soon as it is sure to exceed ``limit``."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if (i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]):
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


class Suggestions(WordLookup):
    """Word lookups plus corrections (cached per word)."""

    def suggest(self, word: str) -> tuple[str, ...]:
        """Up to five corrections, best first, cased like ``word``; a region name one edit
        away (or the same name without its capital) comes first for a capitalised word and
        last otherwise."""
        cached = self._suggestions.get(word)
        if cached is None:
            words = [match_case(c, word) for c in self._suggester.suggest(word.lower())]
            listed = self._abbreviations_lower.get(word.lower())
            if listed is not None and listed != word:
                words.insert(0, listed)  # bpbd -> BPBD
            slipped = self.abbreviation_slip(word)
            if slipped is not None:
                words.insert(0, slipped)  # Diskomnfo -> Diskominfo
            confix = (self.confix_fix(word.lower()) or self.missing_suffix_fix(word.lower())
                      or self.missing_an_fix(word.lower()))
            if confix is not None:
                words.insert(0, match_case(confix, word))  # menetapan -> penetapan
            head, _, tail = word.partition("-")
            if (tail and "-" not in tail and self.is_known(tail) and not self.is_known(head)
                    and tail.lower() in self._suggester.suggest(head.lower())):
                words.insert(0, f"{match_case(tail.lower(), head)}-{tail}")  # lembga-lembaga
            split = self.missing_space(word.lower())
            if split is not None and (not words or len(word) >= 12):
                words.insert(0 if not words else 1, match_case(split, word))  # nantimelanjutkan
            dropped = self.dropped_pair_of(word.lower())
            if dropped is not None and self._lexicon.zipf(dropped) >= self._lexicon.zipf(
                    words[0].lower() if words else "") + _DROPPED_PAIR_MARGIN:
                words.insert(0, match_case(dropped, word))  # mengatan -> mengatakan, not
                # the unwritten mengaitan
            regions = self.regions_near(word)
            if regions:  # first for a capitalised word or a name without its capital, else last
                first = word[:1].isupper() or self.region_word(word.lower()) is not None
                at = 0 if first else min(MAX_SUGGESTIONS - 1, len(words))
                words[at:at] = [r for r in regions if r not in words]
            nasal = self.nasal_g_fix(word.lower())
            if nasal is not None:  # menganti -> mengganti, before the district Menganti
                words.insert(0, match_case(nasal, word))
            foreign = self._single_consonant_loan(word.lower(), words) or (
                self.english_dropped_letter(word.lower()) if word[:1].isupper() else None)
            if foreign is not None:  # suport -> support, not sport: Indonesian spelling has
                words.insert(0, match_case(foreign, word))  # no doubled consonant; Sweping:
                # an event's name, Sweeping
            if not words:  # no word one edit away: a common word two slips away (dreanase)
                words = [match_case(c, word) for c in self._two_slips(word.lower())]
            if not words:  # nor two: an English word one slip away (droping -> dropping)
                words = [match_case(c, word) for c in self.english_slips(word.lower())]
            cached = self._suggestions[word] = tuple(dict.fromkeys(words))[:MAX_SUGGESTIONS]
        return cached

    def abbreviation_slip(self, word: str) -> str | None:
        """The listed abbreviation not in capitals (Diskominfo, Bappeda, Kesbangpol) of six
        letters or more one likely slip from ``word``, when exactly one is; a letter doubled
        or not is a spelling the abbreviation keeps (Kasubag, Kasubbag), and one letter more at
        the end another region's acronym (Disperta, Dispertan)."""
        if len(word) < 6 or not word.istitle() or not word.isalpha():
            return None
        return remembered(self._abbreviation_slips, word, self._abbreviation_slip_uncached, word)

    def _abbreviation_slip_uncached(self, word: str) -> str | None:
        found = set()
        for candidate, cost in edits1(word.lower(), max_cost=2).items():
            listed = self._abbreviations_lower.get(candidate)
            if (cost <= 2 and listed is not None and len(listed) >= 6 and not listed.isupper()
                    and _undoubled(candidate) != _undoubled(word.lower())
                    and not candidate.startswith(word.lower())):
                found.add(listed)  # Kasubag for Kasubbag is a spelling of its own; an
                # agency's acronym cut short is another region's (Disperta, Dispertan)
        return found.pop() if len(found) == 1 else None

    def _single_consonant_loan(self, lower: str, words: list[str]) -> str | None:
        """An English word that is ``lower`` with a consonant doubled (suport: support,
        suplier: supplier): writers used to Indonesian spelling, which doubles no consonant,
        drop one. Only when no Indonesian candidate puts a letter back itself (masal: massal,
        a dropped letter of Indonesian, stays first)."""
        if len(lower) < 5 or not lower.isalpha():
            return None
        if any(len(w) == len(lower) + 1 for w in words[:1]):
            return None
        for candidate in self.english_slips(lower):
            if _doubled(lower, candidate, vowel=False):
                return candidate
        return None

    def english_dropped_letter(self, lower: str) -> str | None:
        """The English word of six letters or more that ``lower`` is with one letter inside
        it dropped (*worshop*: workshop, *refresing*: refreshing, *sweping*: sweeping): a
        capitalised one in an event's name is still a slip, since names are no English
        words short of a letter. Not a plural (*Palaes*, a village, is no *palaces*) nor a
        letter missing at the end (*Marten*: martens)."""
        if len(lower) < 6 or not lower.isalpha():
            return None
        for candidate in self.english_slips(lower):
            if (len(candidate) == len(lower) + 1 and candidate[-1] == lower[-1]
                    and not (candidate.endswith("s") and self.is_english(candidate[:-1]))
                    and not (candidate.endswith("es") and self.is_english(candidate[:-2]))
                    and any(candidate[:k] + candidate[k + 1:] == lower
                            for k in range(1, len(lower)))):
                return candidate
        return None

    def english_slips(self, lower: str) -> list[str]:
        """English words (the lexicon's list) one likely slip from ``lower``, likeliest first:
        a misspelt foreign word (lauching -> launching, Worshop -> workshop)."""
        if len(lower) < 5:
            return []
        found = sorted((cost, _doubled(lower, candidate, vowel=True), candidate)
                       for candidate, cost in edits1(lower, max_cost=2).items()
                       if cost <= 2 and len(candidate) >= 5 and self.is_english(candidate))
        return [candidate for _, _, candidate in found[:2]]

    def dropped_pair_of(self, lower: str) -> str | None:
        """The common word (wordfreq Zipf >= 3.5, id_ID or Saring's lexicon) that ``lower`` is
        with two neighbouring letters left out after its first two, a syllable skipped in
        typing (*mengatan*:
        mengatakan, *kempatan*: kesempatan, *direncakan*: direncanakan), the commonest when
        several are; None when none is. One edit cannot reach it, so the suggester offers a
        rarer or unwritten word one edit away first (mengaitan, keempatan)."""
        if not _DROPPED_PAIR_MIN_LETTERS <= len(lower) <= 30 or not lower.isalpha():
            return None  # a short word sits two letters from many (Sekel: sekecil)
        # remembered: a repeated word asks each time
        return remembered(self._dropped_pairs, lower, self._dropped_pair_uncached, lower)

    def _dropped_pair_uncached(self, lower: str) -> str | None:
        # The pair is looked for after the first two letters (ke-se-mpatan, menga-ta-n): the
        # common words with those two letters first are few, read once per pair of letters.
        prefix = lower[:2]
        common = self._pair_candidates.get(prefix)
        if common is None:
            if len(self._pair_candidates) > 2_000:
                self._pair_candidates.clear()
            common = self._pair_candidates[prefix] = [
                (form, zipf) for form, zipf in self._lexicon.frequent_words(prefix)
                if zipf >= _DROPPED_PAIR_ZIPF]
        best: tuple[float, str] | None = None
        size = len(lower) + 2
        for form, zipf in common:
            if len(form) != size:
                continue
            k = 2
            while k < len(lower) and form[k] == lower[k]:
                k += 1
            if k == len(lower):
                continue  # suport + -er: an ending, no syllable skipped (support)
            if form[k + 2:] == lower[k:] and (best is None or (-zipf, form) < best):
                best = (-zipf, form)
        if best is None or not self.is_known(best[1]):
            return None
        return best[1]

    def _two_slips(self, lower: str) -> list[str]:
        """Words common in Indonesian text (wordfreq) two slips from ``lower`` with its first
        letter (dreanase -> drainase, pemuktahiran -> pemutakhiran), the commonest first."""
        if not 5 <= len(lower) <= 30 or not lower.isalpha():
            return []
        first = lower[:1]
        if first not in self._frequent_by_letter:  # read one letter's words on first need
            self._frequent_by_letter[first] = [(form, zipf, frozenset(form)) for form, zipf
                                               in self._lexicon.frequent_words(first)]
        letters = frozenset(lower)
        found = []
        for form, zipf, form_letters in self._frequent_by_letter[first]:
            # two slips bring in or take away two letters at most: a cheap test first
            if (abs(len(form) - len(lower)) <= 2 and len(form_letters - letters) <= 2
                    and len(letters - form_letters) <= 2):
                distance = osa_distance(lower, form, 2)
                if distance <= 2:
                    found.append((distance, -zipf, form))
        return [form for _, _, form in sorted(found) if self.is_known(form)][:3]

    def missing_space(self, lower: str) -> str | None:
        """Two words run together (nantimelanjutkan, pertamakalinya, bulukumbapada): the pair
        with the longer shorter half, when one half is a function word or both are long."""
        best: tuple[int, str] | None = None
        if len(lower) > MAX_WORD_CHARS:
            return None  # every split of a long run would cost the square of its length
        for i in range(2, len(lower) - 1):
            head, tail = lower[:i], lower[i:]
            if not ((head in SPLIT_FUNCTION_WORDS or tail in SPLIT_FUNCTION_WORDS)
                    or (len(head) >= 4 and len(tail) >= 4)
                    or (len(head) >= 3 and len(tail) >= 3 and self._very_common(head)
                        and self._very_common(tail))):
                continue
            if not (self._whole_word(head) and self._whole_word(tail)):
                continue
            key = (min(len(head), len(tail)), f"{head} {tail}")
            best = key if best is None or key > best else best
        return best[1] if best else None

    def _very_common(self, lower: str) -> bool:
        """One of the few thousand commonest Indonesian words (wordfreq Zipf >= 4.5): two of
        them run together are two words (minimaldua, adapula)."""
        return self._lexicon.zipf(lower) >= _SPLIT_ZIPF

    def _whole_word(self, lower: str) -> bool:
        entry = self._lexicon.lookup(lower)
        return (entry is not None and bool(entry.kind & (Kind.HUNSPELL | Kind.STEM))) or (
            self.major_region_word(lower) is not None) or self._clitic_ok(lower)

    def regions_near(self, word: str) -> tuple[str, ...]:
        """Region names (as written) equal to ``word`` but for case, or one edit away (cached:
        the region words do not change)."""
        return remembered(self._regions_near, word, self._regions_near_uncached, word)

    def _regions_near_uncached(self, word: str) -> tuple[str, ...]:
        lower = word.lower()
        exact = self.region_word(lower)
        if exact is not None:
            return () if word == exact else (exact,)
        if len(lower) < 4:
            return ()
        near = sorted((cost, self._region_names[c]) for c, cost in edits1(lower).items()
                      if c in self._region_names and len(c) >= 4)
        return tuple(name for _, name in near[:2])

    def _common_word_near(self, word: str) -> bool:
        lower = word.lower()
        suggestions = self.suggest(word)
        return (self._likely_typo_of(lower) is not None
                or any(self._common(s.lower()) for s in suggestions[:3])
                or (len(lower) >= 7 and self._near_long_dictionary_word(lower))
                or (len(lower) >= _LONG_WORD and bool(suggestions)
                    and self._lexicon.zipf(suggestions[0].lower()) >= _GENERAL_ZIPF))


    def _near_long_dictionary_word(self, lower: str) -> bool:
        """A long word of id_ID one dropped or doubled letter away (Sebalikya -> Sebaliknya,
        Detinasi -> Destinasi): names rarely sit one letter from a long dictionary word."""
        for candidate, cost in edits1(lower, max_cost=2).items():
            if cost <= 2 and len(candidate) >= 8 and abs(len(candidate) - len(lower)) == 1:
                entry = self._lexicon.entry(candidate)
                if entry is not None and entry.kind & Kind.HUNSPELL:
                    return True
        return False

    def _common(self, lower: str) -> bool:
        """A word of the frequency list, or one with a clitic (pihaknya)."""
        if self._suggester.frequency(lower) >= 1:
            return True
        return any(lower.endswith(c) and self._suggester.frequency(lower[:-len(c)]) >= 1
                   for c in CLITICS)

    def _dictionary_first(self, word: str) -> tuple[str, ...]:
        """Suggestions with the words of id_ID itself first: a name made of common words
        takes a dictionary word (Kementerian), not a form only Saring's morphology builds."""
        found = self.suggest(word)
        return tuple(sorted(found, key=lambda s: not self.in_dictionary(s)))
