"""The window follows the system's light or dark scheme (QStyleHints.colorScheme and its
colorSchemeChanged signal)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from core.check.findings import Severity
from ui.labels import is_dark, severity_color
from ui.main_window import MainWindow
from ui.theme import SchemeFollower, dark_palette


@pytest.fixture
def follower(qapp: QApplication) -> Iterator[SchemeFollower]:
    style = qapp.style().name()
    follower = SchemeFollower(qapp)
    yield follower
    follower.apply(Qt.ColorScheme.Light)
    follower.setParent(None)  # Python owns it now: gone with the test, nothing left connected
    assert not is_dark(qapp.palette()) and qapp.style().name() == style


def system_turns(scheme: Qt.ColorScheme, qapp: QApplication) -> None:
    """The system switches its scheme. Platforms that let Qt set it (Qt ≥ 6.8 on Windows,
    macOS, GNOME) do so; elsewhere (offscreen) the same signal is emitted as the platform
    theme would emit it."""
    hints = QGuiApplication.styleHints()
    hints.setColorScheme(scheme)
    qapp.processEvents()
    if hints.colorScheme() != scheme:
        hints.colorSchemeChanged.emit(scheme)
    qapp.processEvents()


def underline_colours(window: MainWindow) -> set[str]:
    block = window.compose.body.document().firstBlock()
    return {r.format.underlineColor().name() for r in block.layout().formats()
            if r.format.underlineStyle() != r.format.UnderlineStyle.NoUnderline}


def test_dark_palette_reads_well(qapp) -> None:
    palette = dark_palette()
    assert is_dark(palette)
    assert palette.color(QPalette.ColorRole.Text).lightness() > 200
    assert severity_color(Severity.ERROR, palette).name() == "#ff6b6b"


def test_window_turns_dark_and_light_with_the_system(qtbot, qapp, follower: SchemeFollower,
                                                     window: MainWindow, tmp_path) -> None:
    window.compose.body.setPlainText("Warga dihimbau datang.")
    qtbot.waitUntil(lambda: bool(window.findings.findings), timeout=5000)
    qtbot.waitUntil(window.compose.body._highlighter.is_idle, timeout=5000)
    severity = window.findings.findings[0].severity
    light = severity_color(severity, qapp.palette()).name()
    assert underline_colours(window) == {light}
    assert light in window.findings.view.toHtml()

    system_turns(Qt.ColorScheme.Dark, qapp)
    assert follower.forced_dark and is_dark(qapp.palette()) and is_dark(window.palette())
    dark = severity_color(severity, qapp.palette()).name()
    assert dark != light
    qtbot.waitUntil(lambda: dark in window.findings.view.toHtml(), timeout=2000)
    qtbot.waitUntil(lambda: underline_colours(window) == {dark}, timeout=2000)
    window.grab().save(str(tmp_path / "dark.png"))  # paints without error in the dark palette

    system_turns(Qt.ColorScheme.Light, qapp)
    assert not follower.forced_dark and not is_dark(window.palette())
    qtbot.waitUntil(lambda: underline_colours(window) == {light}, timeout=2000)
    assert light in window.findings.view.toHtml()


def test_a_dark_platform_palette_is_left_alone(qapp, follower: SchemeFollower) -> None:
    qapp.setPalette(dark_palette())  # as a platform theme with its own dark palette does
    try:
        before = qapp.palette().color(QPalette.ColorRole.Window).name()
        follower.apply(Qt.ColorScheme.Dark)
        assert not follower.forced_dark
        assert qapp.palette().color(QPalette.ColorRole.Window).name() == before
    finally:
        qapp.setPalette(qapp.style().standardPalette())
