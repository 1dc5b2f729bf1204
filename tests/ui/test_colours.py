"""Severity colours stay readable (WCAG AA, 4.5:1) on light and on dark themes."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from core.check.findings import Severity
from ui.labels import is_dark, severity_color


def luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    red, green, blue = channel(colour.redF()), channel(colour.greenF()), channel(colour.blueF())
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(a: QColor, b: QColor) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def palette(window: str, base: str) -> QPalette:
    result = QPalette()
    result.setColor(QPalette.ColorRole.Window, QColor(window))
    result.setColor(QPalette.ColorRole.Base, QColor(base))
    return result


@pytest.mark.parametrize(("window", "base"), [("#efefef", "#ffffff"), ("#f3f3f3", "#ffffff"),
                                              ("#202124", "#181818"), ("#2d2e30", "#1e1e1e")])
@pytest.mark.parametrize("severity", [Severity.ERROR, Severity.WARNING, Severity.INFO, None])
def test_readable_on_window_and_base(qapp, window: str, base: str, severity: Severity | None) -> None:
    theme = palette(window, base)
    colour = severity_color(severity, theme)
    for background in (QColor(window), QColor(base)):
        assert contrast(colour, background) >= 4.5, (colour.name(), background.name())


def test_dark_theme_is_detected(qapp) -> None:
    assert is_dark(palette("#202124", "#181818"))
    assert not is_dark(palette("#efefef", "#ffffff"))
    assert severity_color(Severity.ERROR, palette("#202124", "#181818")) != severity_color(
        Severity.ERROR, palette("#efefef", "#ffffff"))
