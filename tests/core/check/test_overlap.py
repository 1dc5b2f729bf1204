"""Where the findings of different checkers meet (core/check/overlap.py)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from core.check.findings import Category, Finding, Severity
from core.check.overlap import Source, drop_covered, lone_capital_lowered, present, resolve


def finding(rule: str, start: int, end: int, severity: Severity = Severity.WARNING,
            category: Category = Category.NEUTRALITY, actual: str = "") -> Finding:
    return Finding(rule, category, severity, start, end, "m", actual=actual)


def test_drop_covered_keeps_one_explanation_per_act() -> None:
    act = finding("netralitas.ajakan", 0, 20, Severity.ERROR)
    same = finding("netralitas.nomor", 0, 20, Severity.ERROR)
    inside = finding("kampanye.nomor-urut", 10, 20, Severity.WARNING)
    office = finding("lokal.nama", 0, 20, Severity.WARNING)
    office_error = finding("lokal.paslon", 5, 15, Severity.ERROR)
    spelling = Finding("spelling.unknown", Category.SPELLING, Severity.WARNING, 12, 15, "m")
    kept = drop_covered([act, same, inside, office, office_error, spelling])
    assert set(kept) == {act, office, office_error, spelling}


def _drop_covered_by_definition(findings: list[Finding]) -> list[Finding]:
    """The rule of drop_covered written as its definition reads: every finding kept so far
    compared with each one (quadratic; the module's version answers in constant time)."""
    policy = {Category.NEUTRALITY, Category.HOAX, Category.FRAUD, Category.PROVOCATION}
    ordered = sorted((f for f in findings if f.category in policy),
                     key=lambda f: (f.start, -f.end, -f.severity.rank))
    kept: list[Finding] = []
    for f in ordered:
        family = f.rule_id.partition(".")[0]
        if not f.is_post_level and any(
                k.category is f.category and k.start <= f.start and f.end <= k.end
                and k.end > f.start
                and ((k.severity.rank > f.severity.rank and (k.start, k.end) != (f.start, f.end))
                     or (k.severity.rank >= f.severity.rank
                         and k.rule_id.partition(".")[0] == family))
                for k in kept):
            continue
        kept.append(f)
    return [f for f in findings if f.category not in policy] + kept


_findings = st.lists(st.builds(
    lambda rule, category, severity, start, length: finding(rule, start, start + length,
                                                            severity, category),
    st.sampled_from(["a.x", "a.y", "b.z", "c.q"]),
    st.sampled_from([Category.NEUTRALITY, Category.HOAX, Category.SPELLING]),
    st.sampled_from(list(Severity)), st.integers(0, 12), st.integers(0, 6)), max_size=12)


@settings(max_examples=300, deadline=None)
@given(_findings)
def test_drop_covered_keeps_what_its_definition_keeps(findings: list[Finding]) -> None:
    assert drop_covered(findings) == _drop_covered_by_definition(findings)


def test_an_orthography_finding_on_a_pack_language_finding_is_said_once() -> None:
    pack = finding("baku.himbau", 3, 9, category=Category.STANDARD)
    same_words = finding("eyd.kapital", 3, 9, category=Category.ORTHOGRAPHY)
    elsewhere = finding("eyd.kapital", 12, 16, category=Category.ORTHOGRAPHY)
    merged = resolve({Source.PACKS: [pack], Source.ORTHOGRAPHY: [same_words, elsewhere]}, "x" * 20)
    assert merged == [pack, elsewhere]


def test_a_glued_passive_fix_replaces_the_baku_finding_inside_it() -> None:
    baku = finding("baku.himbau", 3, 9, category=Category.STANDARD)
    joined = finding("eyd.di-awalan", 0, 9, category=Category.ORTHOGRAPHY)
    assert resolve({Source.PACKS: [baku], Source.ORTHOGRAPHY: [joined]}, "x" * 20) == [joined]


def test_spelling_under_a_language_finding_or_on_a_flagged_word_is_dropped() -> None:
    eyd = finding("eyd.kapital", 0, 10, category=Category.ORTHOGRAPHY)
    slur = finding("provokasi.hinaan", 12, 16, Severity.ERROR, Category.PROVOCATION)
    quote = finding("hoaks.kutipan", 11, 30, Severity.WARNING, Category.HOAX)
    spelled = [finding("spelling.unknown", 2, 6, category=Category.SPELLING),
               finding("spelling.unknown", 12, 16, category=Category.SPELLING),
               finding("spelling.unknown", 20, 24, category=Category.SPELLING)]
    merged = resolve({Source.PACKS: [slur, quote], Source.ORTHOGRAPHY: [eyd],
                      Source.SPELLING: spelled}, "x" * 40)
    # the typo inside the quoted claim stays: the claim is about something else
    assert [f for f in merged if f.category is Category.SPELLING] == [spelled[2]]


def test_present_orders_by_place_and_gives_advice_once_outside_quotes() -> None:
    text = 'stunting lagi, “stunting” kata dia, stunting'
    advice = [finding("baku.kata-asing", m, m + 8, Severity.INFO, Category.STANDARD, "stunting")
              for m in (36, 16, 0)]
    error = finding("hoaks.x", 0, 8, Severity.ERROR, Category.HOAX)
    shown = present([*advice, error], text)
    assert shown == [error, advice[2]]


def test_name_case_titles_a_compound_inside_a_sentence_but_not_after_an_opening_quote() -> None:
    from core.check.overlap import name_case
    text = 'Hadir pula Wakil Walikota Tanjung. "Terimakasih atas kehadirannya."'
    inside = Finding("eyd.gabungan-terpisah", Category.ORTHOGRAPHY, Severity.WARNING, 17, 25,
                     "m", actual="Walikota", suggestions=("Wali kota",))
    quoted = Finding("eyd.gabungan-terpisah", Category.ORTHOGRAPHY, Severity.WARNING, 36, 47,
                     "m", actual="Terimakasih", suggestions=("Terima kasih",))
    assert text[17:25] == "Walikota" and text[36:47] == "Terimakasih"
    fixed = name_case([inside, quoted], text)
    assert fixed[0].suggestions == ("Wali Kota",)
    assert fixed[1].suggestions == ("Terima kasih",)


def _spelled(text: str, word: str, *suggestions: str) -> Finding:
    start = text.index(word)
    return Finding("spelling.unknown", Category.SPELLING, Severity.WARNING, start,
                   start + len(word), "m", suggestions=suggestions, actual=word)


def test_a_lone_capitalised_slip_of_a_common_word_is_corrected_in_lowercase() -> None:
    common = {"musim", "lembaga", "program", "hujan"}.__contains__
    text = "Panen tertunda karena Musin hujan datang lebih awal. Tim Progam Desa hadir."
    found = lone_capital_lowered([_spelled(text, "Musin", "Musim", "Mesin"),
                                  _spelled(text, "Progam", "Program")], text, common)
    assert found[0].suggestions == ("musim", "Musim", "Mesin")
    # beside another capitalised word: a name or a title may own the capital
    assert found[1].suggestions == ("Program",)
    # after a comma too (a capital there has no ground), but not at a sentence's start,
    # after an opening quote, or when the correction is no plain lowercase word
    text = "Ia bilang, Musin hujan tiba. Musin hujan tiba. Ia bilang “Musin hujan tiba.”"
    at = [m for m in range(len(text)) if text.startswith("Musin", m)]
    findings = [Finding("spelling.unknown", Category.SPELLING, Severity.WARNING, s, s + 5, "m",
                        suggestions=("Musim",), actual="Musin") for s in at]
    assert [f.suggestions[0] for f in lone_capital_lowered(findings, text, common)] == [
        "musim", "Musim", "Musim"]
    text = "Acara dibuka oleh Lemaga adat setempat."
    kept = lone_capital_lowered([_spelled(text, "Lemaga", "Lembaga")], text,
                                {"adat"}.__contains__)
    assert kept[0].suggestions == ("Lembaga",)
