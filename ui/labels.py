"""Words the window shows for core values (translatable; core stays language-neutral)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from core.findings import Category, Severity
from core.queue import Status


def category_label(category: Category) -> str:
    return {
        Category.SPELLING: QCoreApplication.translate("labels", "Ejaan"),
        Category.STANDARD: QCoreApplication.translate("labels", "Kata baku"),
        Category.ORTHOGRAPHY: QCoreApplication.translate("labels", "EYD"),
        Category.SOURCE: QCoreApplication.translate("labels", "Sumber"),
        Category.NEUTRALITY: QCoreApplication.translate("labels", "Netralitas"),
        Category.HOAX: QCoreApplication.translate("labels", "Hoaks"),
        Category.FRAUD: QCoreApplication.translate("labels", "Penipuan"),
        Category.PROVOCATION: QCoreApplication.translate("labels", "Provokasi"),
        Category.PLATFORM: QCoreApplication.translate("labels", "Platform"),
        Category.GRAMMAR: QCoreApplication.translate("labels", "Tata bahasa"),
    }[category]


def severity_label(severity: Severity) -> str:
    return {
        Severity.ERROR: QCoreApplication.translate("labels", "Harus diperbaiki"),
        Severity.WARNING: QCoreApplication.translate("labels", "Periksa"),
        Severity.INFO: QCoreApplication.translate("labels", "Info"),
    }[severity]


def status_label(status: Status) -> str:
    return {
        Status.DRAFT: QCoreApplication.translate("labels", "Draf"),
        Status.NEEDS_REVISION: QCoreApplication.translate("labels", "Perlu revisi"),
        Status.READY: QCoreApplication.translate("labels", "Siap"),
        Status.EXPORTED: QCoreApplication.translate("labels", "Diekspor"),
        Status.PUBLISHED: QCoreApplication.translate("labels", "Terbit"),
        Status.ARCHIVED: QCoreApplication.translate("labels", "Arsip"),
    }[status]


# Text in these colours reaches WCAG AA contrast (4.5:1) on light window and base colours
# (tests/ui/test_colours.py).
SEVERITY_COLORS = {
    Severity.ERROR: QColor("#c62828"),
    Severity.WARNING: QColor("#9a5800"),
    Severity.INFO: QColor("#1565c0"),
}

# Lighter tones of the same hues for dark themes: the colours above on a dark background are
# too dim to read (contrast < 4.5:1); these reach it.
_DARK_SEVERITY_COLORS = {
    Severity.ERROR: QColor("#ff6b6b"),
    Severity.WARNING: QColor("#ffb74d"),
    Severity.INFO: QColor("#64b5f6"),
}
_READY = (QColor("#1b5e20"), QColor("#81c784"))  # light theme, dark theme


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
