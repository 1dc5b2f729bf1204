"""A neutrality error is listed first and drawn so that nobody takes it for a capital letter."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QTextDocument

from core.check.findings import Category, CheckReport, Finding, Severity
from tests.ui.test_colours import contrast, palette
from ui.findings_panel import FindingsPanel
from ui.highlighter import FindingHighlighter, finding_color, is_partisan_error
from ui.labels import severity_color

TEXT = "Info jadwal senin: Dukung paslon nomor 2! Kantor pemerintahh buka."


def finding(rule: str, category: Category, severity: Severity, actual: str) -> Finding:
    start = TEXT.index(actual)
    return Finding(rule, category, severity, start, start + len(actual), f"pesan {rule}", actual)


FINDINGS = (
    finding("eyd.kapital", Category.ORTHOGRAPHY, Severity.WARNING, "senin"),
    finding("netralitas.ajakan-memilih", Category.NEUTRALITY, Severity.ERROR, "Dukung paslon nomor 2"),
    finding("kampanye.kata-proses", Category.NEUTRALITY, Severity.INFO, "paslon"),
    finding("spelling.unknown", Category.SPELLING, Severity.ERROR, "pemerintahh"),
)


def test_neutrality_errors_first_then_other_errors(qtbot) -> None:
    panel = FindingsPanel()
    qtbot.addWidget(panel)
    panel.show_report(CheckReport(TEXT, tuple(sorted(FINDINGS, key=lambda f: f.start))))
    listed = [panel.findings[i].rule_id for i in panel.shown()]
    assert listed == ["netralitas.ajakan-memilih", "kampanye.kata-proses", "spelling.unknown",
                      "eyd.kapital"]
    text = panel.view.toPlainText()
    assert text.index("Netralitas") < text.index("Ejaan") < text.index("EYD")
    assert "■" in text  # the neutrality error's own mark


@pytest.mark.parametrize(("window", "base"), [("#efefef", "#ffffff"), ("#202124", "#181818")])
def test_partisan_colour_is_its_own_and_readable(qapp, window: str, base: str) -> None:
    theme = palette(window, base)
    partisan = finding_color(FINDINGS[1], theme)
    assert is_partisan_error(FINDINGS[1]) and not is_partisan_error(FINDINGS[2])
    for severity in Severity:
        assert partisan != severity_color(severity, theme)
    for background in (QColor(window), QColor(base)):
        assert contrast(partisan, background) >= 4.5


def test_partisan_error_gets_a_band_besides_the_wave(qapp) -> None:
    document = QTextDocument(TEXT)
    highlighter = FindingHighlighter(document)
    highlighter.set_findings(TEXT, FINDINGS)
    ranges = document.firstBlock().layout().formats()  # kept alive while read

    def format_at(position: int):
        return next(r.format for r in ranges if r.start <= position < r.start + r.length)
    call = FINDINGS[1]
    partisan = format_at(call.start)
    lowercase_day = format_at(FINDINGS[0].start)
    assert partisan.underlineColor() == finding_color(call)
    assert lowercase_day.underlineColor() == severity_color(Severity.WARNING)
    assert partisan.background().style().name != "NoBrush"
    assert lowercase_day.background().style().name == "NoBrush"


def test_partisan_error_gets_a_thick_solid_line_painted_under_it(qtbot) -> None:
    """Qt's character formats have no underline width: the editor paints a 3 px line itself,
    on every line a wrapped neutrality error covers, and only under neutrality errors."""
    from ui.editor import PARTISAN_LINE_PX, PostEditor

    editor = PostEditor()
    qtbot.addWidget(editor)
    editor.resize(260, 140)
    editor.setPlainText(TEXT)
    editor.show_findings(TEXT, FINDINGS)
    editor.show()
    qtbot.waitUntil(lambda: editor.partisan_lines() != [], timeout=2000)
    lines = editor.partisan_lines()
    assert all(rect.height() == PARTISAN_LINE_PX and rect.width() > 0 for rect, _ in lines)
    call = FINDINGS[1]
    widths = sum(rect.width() for rect, _ in lines)
    assert widths >= editor.fontMetrics().horizontalAdvance(call.actual) * 0.8  # the whole call
    image = editor.viewport().grab().toImage()
    rect, colour = lines[0]
    pixel = image.pixelColor(int(rect.center().x()), int(rect.center().y()))
    assert (pixel.red(), pixel.green(), pixel.blue()) == (colour.red(), colour.green(), colour.blue())
    editor.show_findings(TEXT, (FINDINGS[0], FINDINGS[3]))  # no neutrality error: no line
    qtbot.waitUntil(lambda: editor.partisan_lines() == [], timeout=2000)
