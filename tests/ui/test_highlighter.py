"""The underlines of a long post: a finding longer than LONG code points (a platform limit's
excess, from character 281 to the end) is kept apart from the short ones, so each block looks
at the findings near it only, and the long one is still drawn and found on every line."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument

from core.check.findings import Category, Finding, Severity
from ui.highlighter import LONG, FindingHighlighter, HighlightIndex

LINES = 400
TEXT = "ok\n" * LINES


def _findings() -> list[Finding]:
    words = [Finding("spelling.unknown", Category.SPELLING, Severity.WARNING, 3 * i, 3 * i + 2,
                     "m", actual="ok") for i in range(LINES)]
    excess = Finding("platform.length.x", Category.PLATFORM, Severity.ERROR, 280, len(TEXT), "m",
                     actual=TEXT[280:])
    return [*words, excess]


def test_a_long_finding_is_kept_apart_and_the_short_ones_stay_near() -> None:
    index = HighlightIndex.build(TEXT, _findings())
    assert [f.rule_id for f in index.long] == ["platform.length.x"]
    assert len(index.findings) == LINES and index.longest == 2 <= LONG


def test_every_line_shows_its_own_finding_and_the_long_one(qapp) -> None:
    document = QTextDocument(TEXT)
    highlighter = FindingHighlighter(document)
    highlighter.set_findings(TEXT, _findings())
    for line in (0, 200, LINES - 1):
        near = highlighter._spans_near(3 * line, 3 * line + 3)
        expected = {"spelling.unknown"} | ({"platform.length.x"} if 3 * line + 3 > 280 else set())
        assert {f.rule_id for _, _, f in near} == expected and len(near) == len(expected)
        assert [s for s, _, _ in near] == sorted(s for s, _, _ in near)  # by place, as before
    assert highlighter.finding_at(3 * 200).rule_id == "platform.length.x"  # the most severe
    assert highlighter.finding_at(3 * 200 + 2).rule_id == "platform.length.x"  # the newline
    assert highlighter.finding_at(3).rule_id == "spelling.unknown"  # before character 281
