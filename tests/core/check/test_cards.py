"""One card per place in the text: which findings the panel shows together."""

from __future__ import annotations

from core.check.cards import cards_of
from core.check.checker import Checker
from core.check.findings import Category, Finding, Severity


def _f(start: int, end: int, *, category: Category = Category.SPELLING,
       severity: Severity = Severity.WARNING, rule: str = "r") -> Finding:
    return Finding(rule, category, severity, start, end, "pesan", "x" * (end - start))


def test_same_span_from_two_checkers_is_one_card_led_by_the_more_severe() -> None:
    findings = [_f(16, 27, category=Category.ORTHOGRAPHY),
                _f(16, 27, category=Category.SOURCE, severity=Severity.ERROR)]
    (card,) = cards_of(findings)
    assert card.members == (1, 0) and card.lead == 1
    assert (card.start, card.end, card.severity) == (16, 27, Severity.ERROR)


def test_nearly_the_same_words_share_a_card_but_a_word_inside_a_long_quote_does_not() -> None:
    phrase = [_f(10, 20), _f(12, 22), _f(11, 21)]  # one phrase, three checkers
    assert [c.members for c in cards_of(phrase)] == [(0, 1, 2)]
    quote = [_f(0, 120, category=Category.SOURCE), _f(30, 36), _f(50, 58)]
    assert [c.members for c in cards_of(quote)] == [(0,), (1,), (2,)]


def test_apart_and_touching_spans_stay_apart() -> None:
    assert len(cards_of([_f(0, 5), _f(5, 9), _f(20, 25)])) == 3


def test_findings_out_of_order_give_the_same_cards_in_the_order_of_their_first_finding() -> None:
    findings = [_f(40, 45), _f(10, 20), _f(11, 20, category=Category.SOURCE)]
    assert [c.members for c in cards_of(findings)] == [(0,), (1, 2)]


def test_post_level_findings_share_a_card_per_category() -> None:
    findings = [_f(0, 0, category=Category.INFORMASI, severity=Severity.INFO),
                _f(0, 0, category=Category.INFORMASI, severity=Severity.INFO),
                _f(0, 0, category=Category.SOURCE), _f(3, 8)]
    assert [c.members for c in cards_of(findings)] == [(0, 1), (2,), (3,)]


def test_cards_keep_every_finding_once() -> None:
    findings = sorted((_f(s, s + w) for s in range(0, 300, 7) for w in (3, 5, 40)),
                      key=lambda f: (f.start, f.end))
    members = [i for c in cards_of(findings) for i in c.members]
    assert sorted(members) == list(range(len(findings)))


def test_rupiah_with_a_point_is_one_card() -> None:
    report = Checker.from_resources().check(
        "Bantuan sebesar Rp. 500.000 akan dibagikan besok di kantor desa.")
    on_amount = [i for i, f in enumerate(report.findings) if f.actual == "Rp. 500.000"]
    assert len(on_amount) == 2  # the rupiah rule and "amount without a source"
    cards = [c for c in cards_of(report.findings) if set(on_amount) & set(c.members)]
    assert len(cards) == 1 and set(cards[0].members) == set(on_amount)
