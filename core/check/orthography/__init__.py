"""EYD V rules that need more than a word list: each finding carries its correction and a
one-line explanation (category ``orthography``).

Fixed pairs (compounds written apart, *walikota* -> *wali kota*) live in the rule pack
``resources/rules/eyd.toml``; the rules here compute their correction from the text or ask
the dictionary (whether *di* + word is a passive verb or a preposition glued on). Their word
lists are in ``resources/vocab/``: region names (``regions.tsv``), first words of institution
names (``institutions.tsv``) and the attributes of God after *maha* (``maha.tsv``).
Sources: EYD V (Keputusan Kepala Badan Bahasa No. 0424/I/BS.00.01/2022) as quoted in
../shared/domain/indonesian.md section 3.

The rules live by concern: ``joining`` (written together or apart), ``capitals``, ``names``
(official names, titles, degrees, abbreviations), ``punctuation``, ``numbers``,
``standard_forms`` (non-standard forms by class, category ``standard``); ``words`` holds
the word lists they share, ``vocabulary`` the resources and the speller, ``context`` what a rule
reads and yields.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

from core.check.findings import Category, Finding
from core.check.orthography import (
    capitals,
    joining,
    names,
    numbers,
    punctuation,
    standard_forms,
)
from core.check.orthography.context import REFERENCE, Context, Hit, word_tokens
from core.check.orthography.vocabulary import Vocabulary
from core.check.orthography.words import (
    BOUND_SPLIT,
    DAYS,
    DEGREES,
    HOLIDAYS,
    LEVELS,
    MONTHS,
    PLACE_WORDS,
    PUN_JOINED,
)
from core.check.spelling import Speller
from core.check.text import link_spans, sentence_starts, tokenize

__all__ = ["BOUND_SPLIT", "DAYS", "DEGREES", "HOLIDAYS", "LEVELS", "MONTHS", "PLACE_WORDS",
           "PUN_JOINED", "REFERENCE", "RULES", "Orthography"]

Rule = Callable[[Context], Iterator[Hit]]
# In this order: where two hits start at the same place with the same length, the first wins.
RULES: tuple[Rule, ...] = (
    joining.di_ke_glued, joining.di_split, joining.pun, joining.reduplication, capitals.capitals,
    numbers.rupiah, joining.bound_forms, capitals.sentence_capital, punctuation.spacing,
    names.titles, names.abbreviation_clitic, capitals.address_terms, names.official_names,
    names.maha_god, punctuation.quotes, names.degrees, punctuation.gaps, numbers.ke_number,
    joining.split_clitic, capitals.after_quote, numbers.units_and_numerals, capitals.pronouns,
    capitals.common_capitalised, capitals.name_function_words, capitals.generic_runs,
    capitals.capitalised_verbs, capitals.level_lists, capitals.determiners,
    punctuation.stray_repeats_and_quotes, names.acronym_letters, names.abbreviation_region,
    joining.rhymes_and_units, joining.hyphened_compounds, joining.ke_before_a_non_word,
    joining.affixed_reduplication,
    numbers.hyphened_number, standard_forms.word_forms, standard_forms.istis_adjectives,
    standard_forms.listed_pairs,
    names.small_unit_names, capitals.compass_directions, numbers.ke_number_word,
    names.acronym_case, punctuation.marks_and_spaces, names.position_before_name,
    names.deputy_before_a_position, names.head_before_a_body, names.office_fields,
    capitals.proper_nouns_lowercase, joining.di_ke_glued_to_a_name,
    capitals.never_in_names, capitals.date_words_after_a_date,
    capitals.sentence_capital_after_a_closer, joining.confixed_compounds,
    names.region_name_case, capitals.generic_levels, capitals.listed_common_nouns,
    capitals.ceremony_roles, capitals.commemoration_days, names.law_names,
    names.deputy_titles, names.mixed_case_expansions, capitals.capitalised_attribution,
    capitals.function_word_after_comma, capitals.never_named_function_words,
    punctuation.sentence_ends_after_attribution, punctuation.attribution_ends_paragraph,
    punctuation.comma_between_day_and_date,
    punctuation.comma_after_bahwa,
    punctuation.comma_after_a_joiner,
    capitals.determiner_lists, capitals.capitalised_reduplication,
    punctuation.quote_marks_of_sentences, names.degrees_after_degrees,
    punctuation.stray_periods_at_commas, punctuation.semicolon_opening_a_list,
    punctuation.period_after_a_quote_before_its_attribution, capitals.titles_before_se,
    capitals.common_acronyms, capitals.generic_before_a_demonstrative, capitals.person_kinds,
    capitals.activity_kinds, capitals.office_pairs, capitals.acronym_expansions,
    capitals.titles_of_many_holders, punctuation.closing_quote_marks,
)


def _inside(spans: list[tuple[int, int]], starts: list[int], start: int, end: int) -> bool:
    """Whether ``start``–``end`` lies inside one of ``spans`` (sorted, apart; ``starts`` their
    starts)."""
    at = bisect_right(starts, start) - 1
    return at >= 0 and end <= spans[at][1]


class Orthography:
    """EYD V checks over a whole post. Uses the speller to tell words from typos and
    passive verbs from glued prepositions. Not thread-safe (the speller caches)."""

    def __init__(self, *, speller: Speller, resources: Path | None = None,
                 standard: Mapping[str, str] | None = None) -> None:
        self._vocab = Vocabulary(speller=speller, resources=resources, standard=standard)

    def lowercase_word(self, lower: str) -> bool:
        """A common word written in lowercase inside a sentence: a plain word of the lexicon
        (no name, region, day, month or listed abbreviation), no acronym written as a word
        (Ranperda, Musrenbang keep their capital) and no word that opens an institution's or
        a region level's name (Lembaga, Provinsi)."""
        vocab = self._vocab
        return (vocab.plain_word(lower) and lower not in vocab.acronyms
                and not vocab.speller.acronym_word(lower) and lower not in vocab.institutions
                and lower not in LEVELS)

    def check(self, text: str) -> list[Finding]:
        tokens = tokenize(text)
        context = Context(text=text, tokens=tokens, words=word_tokens(tokens),
                          starts=sentence_starts(text), vocab=self._vocab)
        hits: list[Hit] = []
        for rule in RULES:
            hits.extend(rule(context))
        if any(hit.rule == "kapital-kata-umum" for hit in hits):
            counts = capitals.word_counts(context)
            named = capitals.names_the_text_gives(context)
            hits = [hit for hit in hits if not capitals.a_name_of_the_text(context, hit, counts)
                    and not (hit.rule == "kapital-kata-umum"
                             and (text[hit.start:hit.end] in named
                                  or capitals.a_region_named(context, hit)))]
        plain = self._vocab.plain_word
        hits = [hit for hit in hits if not punctuation.in_dateline(text, hit, plain) and not (
            hit.rule == "kapital-kata-umum" and (
                capitals.in_a_regulation_title(text, hit.start)
                or capitals.a_unit_before_a_wrapped_name(context, hit)
                or capitals.opens_the_body_after_a_dateline(text, hit.start, plain)))]
        if "." in text:  # a web address glued to a dateline (MAMASA, DIKITA.id –) is no word
            # a first label of three letters or more: M.Tech, S.Pd are degrees, not hosts
            links = [(s, e) for s, e in link_spans(text) if text.find(".", s, e) - s >= 3]
            if links:
                starts = [s for s, _e in links]
                hits = [hit for hit in hits if not _inside(links, starts, hit.start, hit.end)]
        hits = punctuation.narrow_comma_hits(hits, text)
        hits = names.degree_hits_with_their_commas(hits, text)
        findings = []
        # One finding a span: the first (longest) rule wins. Hits come by start, so a hit
        # overlaps a span already taken exactly when it starts before the furthest end taken
        # (for an empty hit: taken before its own start). Linear, not a scan of every span
        # taken: a 1 MB paste has tens of thousands of hits.
        reach = reach_before = 0
        current: int | None = None
        for hit in sorted(hits, key=lambda h: (h.start, -(h.end - h.start))):
            if hit.start != current:
                reach_before, current = reach, hit.start
            if hit.start < (reach if hit.end > hit.start else reach_before):
                continue
            reach = max(reach, hit.end)
            prefix = "baku" if hit.category is Category.STANDARD else "eyd"
            findings.append(Finding(
                rule_id=f"{prefix}.{hit.rule}", category=hit.category, severity=hit.severity,
                start=hit.start, end=hit.end, actual=text[hit.start:hit.end],
                message=hit.message, suggestions=(hit.suggestion,), reference=REFERENCE,
            ))
        return findings
