"""Words the window shows for core values (translatable; core stays language-neutral)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

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
