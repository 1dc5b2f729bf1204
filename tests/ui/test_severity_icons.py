"""Severity icons are drawn, not font characters ("⛔" is an empty box without a font that
has it): each has its colour and its own shape, and the status bar shows one by the verdict."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage

from core.check.findings import Severity
from ui.labels import severity_color
from ui.severity_icons import severity_icon, severity_pixmap

KINDS = (Severity.ERROR, Severity.WARNING, Severity.INFO, None)


def _image(severity: Severity | None) -> QImage:
    return severity_pixmap(severity, 32).toImage().convertToFormat(QImage.Format.Format_ARGB32)


def _share_of(image: QImage, colour: QColor) -> float:
    near = sum(1 for x in range(image.width()) for y in range(image.height())
               if image.pixelColor(x, y).alpha() == 255
               and max(abs(image.pixelColor(x, y).red() - colour.red()),
                       abs(image.pixelColor(x, y).green() - colour.green()),
                       abs(image.pixelColor(x, y).blue() - colour.blue())) < 8)
    return near / (image.width() * image.height())


def test_each_icon_is_mostly_its_colour_with_a_white_mark(qapp) -> None:
    for severity in KINDS:
        image = _image(severity)
        assert _share_of(image, severity_color(severity)) > 0.25, severity
        assert _share_of(image, QColor("white")) > 0.02, severity  # the bar, "!", "i" or tick


def test_shapes_differ_not_only_colours(qapp) -> None:
    masks = {s: tuple(_image(s).pixelColor(x, y).alpha() > 128 for x in range(32) for y in range(32))
             for s in KINDS}
    assert masks[Severity.WARNING] != masks[Severity.ERROR]  # a triangle, not a disc
    whites = {s: tuple(_image(s).pixelColor(x, y).lightness() > 230 for x in range(32) for y in range(32))
              for s in KINDS}
    assert len(set(whites.values())) == len(KINDS)  # the marks inside are all different


def test_icon_has_small_and_large_sizes(qapp) -> None:
    assert {s.width() for s in severity_icon(Severity.ERROR).availableSizes()} >= {16, 32}


def test_status_bar_verdict_has_a_drawn_icon(qtbot, window) -> None:
    window.compose.body.setPlainText("Warga dihimbau datang.")
    qtbot.waitUntil(lambda: window.findings.report.text == "Warga dihimbau datang.", timeout=5000)
    assert window.verdict.text() and not window.verdict_icon.pixmap().isNull()
    window.compose.body.setPlainText("")
    qtbot.waitUntil(lambda: window.verdict.text() == "", timeout=5000)
    assert window.verdict_icon.pixmap().isNull()
