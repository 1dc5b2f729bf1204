"""Words the window shows for core values (translatable; core stays language-neutral)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from core.findings import Category, Severity
from core.queue import Status


def _tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def category_label(category: Category) -> str:
    return {
        Category.SPELLING: _tr("Ejaan"),
        Category.STANDARD: _tr("Kata baku"),
        Category.ORTHOGRAPHY: _tr("EYD"),
        Category.SOURCE: _tr("Sumber"),
        Category.NEUTRALITY: _tr("Netralitas"),
        Category.HOAX: _tr("Hoaks"),
        Category.FRAUD: _tr("Penipuan"),
        Category.PROVOCATION: _tr("Provokasi"),
        Category.PLATFORM: _tr("Platform"),
        Category.GRAMMAR: _tr("Tata bahasa"),
    }[category]


def severity_label(severity: Severity) -> str:
    return {
        Severity.ERROR: _tr("Harus diperbaiki"),
        Severity.WARNING: _tr("Periksa"),
        Severity.INFO: _tr("Info"),
    }[severity]


def status_label(status: Status) -> str:
    return {
        Status.DRAFT: _tr("Draf"),
        Status.NEEDS_REVISION: _tr("Perlu revisi"),
        Status.READY: _tr("Siap"),
        Status.EXPORTED: _tr("Diekspor"),
        Status.PUBLISHED: _tr("Terbit"),
        Status.ARCHIVED: _tr("Arsip"),
    }[status]


SEVERITY_COLORS = {
    Severity.ERROR: QColor("#d32f2f"),
    Severity.WARNING: QColor("#ef8f00"),
    Severity.INFO: QColor("#1e88e5"),
}

# Lighter tones of the same hues for dark themes: the colours above on a dark background are
# too dim to read (contrast < 4.5:1); these reach it.
_DARK_SEVERITY_COLORS = {
    Severity.ERROR: QColor("#ff6b6b"),
    Severity.WARNING: QColor("#ffb74d"),
    Severity.INFO: QColor("#64b5f6"),
}
_READY = (QColor("#2e7d32"), QColor("#81c784"))  # light theme, dark theme


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether the palette (default: the application's) is a dark theme."""
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def severity_color(severity: Severity | None, palette: QPalette | None = None) -> QColor:
    """The colour of a severity readable on ``palette``; ``None`` is the "ready" green."""
    dark = is_dark(palette)
    if severity is None:
        return _READY[dark]
    return (_DARK_SEVERITY_COLORS if dark else SEVERITY_COLORS)[severity]
