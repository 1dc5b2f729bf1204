"""Follow the system's light or dark scheme (Qt ≥ 6.5: QStyleHints.colorScheme()).

Where the platform gives Qt a dark palette itself (Windows 11 style, GNOME and KDE with their
platform themes) nothing is changed. Where the system says "dark" but the style still paints
a light palette (the Windows Vista style, a bare X11 session), Saring sets a dark palette of
its own (on the Fusion style, which follows palettes), and gives the platform's palette back
when the system turns light again. Widgets redraw their colours on the PaletteChange event.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from ui.labels import is_dark

_ROLES = QPalette.ColorRole
_DARK = {
    _ROLES.Window: "#2d2e30",
    _ROLES.WindowText: "#e8eaed",
    _ROLES.Base: "#1e1e1e",
    _ROLES.AlternateBase: "#292a2d",
    _ROLES.ToolTipBase: "#3c4043",
    _ROLES.ToolTipText: "#e8eaed",
    _ROLES.PlaceholderText: "#9aa0a6",
    _ROLES.Text: "#e8eaed",
    _ROLES.Button: "#3c4043",
    _ROLES.ButtonText: "#e8eaed",
    _ROLES.BrightText: "#ff6b6b",
    _ROLES.Light: "#5f6368",
    _ROLES.Midlight: "#4a4d51",
    _ROLES.Mid: "#3c4043",
    _ROLES.Dark: "#202124",
    _ROLES.Shadow: "#000000",
    _ROLES.Highlight: "#2f6fce",
    _ROLES.HighlightedText: "#ffffff",
    _ROLES.Link: "#8ab4f8",
    _ROLES.LinkVisited: "#c58af9",
}
_DISABLED = {_ROLES.WindowText: "#80868b", _ROLES.Text: "#80868b", _ROLES.ButtonText: "#80868b",
             _ROLES.Base: "#262626", _ROLES.Button: "#303134"}


def dark_palette() -> QPalette:
    """A dark palette whose text and severity colours reach WCAG AA contrast."""
    palette = QPalette()
    for role, colour in _DARK.items():
        palette.setColor(role, QColor(colour))
    for role, colour in _DISABLED.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    return palette


class SchemeFollower(QObject):
    """Keeps the application's palette in step with the system's colour scheme: at the start
    (``QStyleHints.colorScheme()``) and whenever ``colorSchemeChanged`` says it changed."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._platform_palette = QPalette(app.palette())
        self._platform_style = app.style().name()
        self.forced_dark = False  # whether Saring's own dark palette is in use
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self.apply)
        self.apply(hints.colorScheme())

    @Slot(Qt.ColorScheme)
    def apply(self, scheme: Qt.ColorScheme) -> None:
        if scheme == Qt.ColorScheme.Dark and not self.forced_dark and not is_dark(self._app.palette()):
            self._platform_palette = QPalette(self._app.palette())
            self._platform_style = self._app.style().name()
            if self._platform_style.lower() != "fusion":  # native styles ignore a dark palette
                self._app.setStyle("Fusion")
            self.forced_dark = True
            self._app.setPalette(dark_palette())
        elif scheme == Qt.ColorScheme.Light and self.forced_dark:
            self.forced_dark = False
            if self._app.style().name() != self._platform_style:
                self._app.setStyle(self._platform_style)
            self._app.setPalette(self._platform_palette)


def follow_color_scheme(app: QApplication) -> SchemeFollower:
    """Start following the system's scheme (one follower per application)."""
    existing = app.findChild(SchemeFollower)
    return existing if existing is not None else SchemeFollower(app)
