"""Words the window shows for core values (translatable; core stays language-neutral)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from core.check.findings import Category, Severity
from core.publish.channels import Channel
from core.publish.presets import DateOrder
from core.store.models import Status


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
        Category.INFORMASI: QCoreApplication.translate("labels", "Kelengkapan informasi"),
    }[category]


def channel_label(channel: Channel) -> str:
    """The channel's name as the window shows it: the brand names of core's ``Channel.label``;
    only "Situs web" is a word, and so translated."""
    if channel is Channel.WEBSITE:
        return QCoreApplication.translate("labels", "Situs web")
    return channel.label


def weekday_name(weekday: int) -> str:
    """Monday is 0, as in :meth:`datetime.date.weekday`."""
    return (QCoreApplication.translate("labels", "Senin"), QCoreApplication.translate("labels", "Selasa"),
            QCoreApplication.translate("labels", "Rabu"), QCoreApplication.translate("labels", "Kamis"),
            QCoreApplication.translate("labels", "Jumat"), QCoreApplication.translate("labels", "Sabtu"),
            QCoreApplication.translate("labels", "Minggu"))[weekday]


def month_name(month: int) -> str:
    """January is 1."""
    return (QCoreApplication.translate("labels", "Januari"), QCoreApplication.translate("labels", "Februari"),
            QCoreApplication.translate("labels", "Maret"), QCoreApplication.translate("labels", "April"),
            QCoreApplication.translate("labels", "Mei"), QCoreApplication.translate("labels", "Juni"),
            QCoreApplication.translate("labels", "Juli"), QCoreApplication.translate("labels", "Agustus"),
            QCoreApplication.translate("labels", "September"),
            QCoreApplication.translate("labels", "Oktober"),
            QCoreApplication.translate("labels", "November"),
            QCoreApplication.translate("labels", "Desember"))[month - 1]


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


class Counted(QObject):
    """Phrases with a number in the plural forms of the language ("1 hashtag", "2 hashtags").
    They are tr() calls with ``n`` because the translation tools mark only those as plural."""

    def hashtags(self, n: int) -> str:
        return self.tr("%n tagar", "", n)

    def must_fix(self, n: int) -> str:
        return self.tr("%n hal harus diperbaiki", "", n)

    def also_to_check(self, n: int) -> str:
        return self.tr(", %n perlu diperiksa", "", n)

    def no_problem_but_info(self, n: int) -> str:
        return self.tr("Tidak ada masalah; %n info", "", n)

    def also_info(self, n: int) -> str:
        return self.tr(", %n info", "", n)

    def to_check_before_posting(self, n: int) -> str:
        return self.tr("%n hal perlu diperiksa sebelum diunggah", "", n)

    def posts(self, n: int) -> str:
        return self.tr("%n unggahan", "", n)

    def images(self, n: int) -> str:
        return self.tr("%n gambar", "", n)

    def files(self, n: int) -> str:
        return self.tr("%n berkas", "", n)

    def posts_exported_to(self, n: int, path: object) -> str:
        return self.tr("%n unggahan diekspor ke {0}", "", n).format(path)

    def exported_files(self, n: int, files: Sequence[Path]) -> str:
        """The status bar after an export: every file by name (two at most), else the folder
        and how many files it got."""
        if len(files) <= 2:
            return self.posts_exported_to(n, self.tr(" dan ").join(str(f) for f in files))
        folders = {f.parent for f in files}
        where = next(iter(folders)) if len(folders) == 1 else files[0].parent
        return self.tr("%n unggahan diekspor ke {0} berkas di {1}", "", n).format(len(files), where)


_counted: list[Counted] = []


def counted() -> Counted:
    if not _counted:
        _counted.append(Counted())
    return _counted[0]


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


def preset_text(preset_id: str) -> tuple[str, str]:
    """An export format's (label, hint) in the window's language. The Indonesian is the core's
    (core/publish/presets.py; tests/ui/test_translations.py keeps the two the same); a format
    this version does not know (an old batch) is named by its id."""
    texts = {
        "hootsuite": ("Hootsuite (Bulk Composer)", QCoreApplication.translate("labels",
            "Tanpa baris judul kolom; satu berkas per kanal, paling banyak 350 baris; jam "
            "dibulatkan ke kelipatan 5 menit. Pilih profil dan urutan tanggal yang sama saat "
            "mengunggah.")),
        "buffer": ("Buffer", QCoreApplication.translate("labels",
            "Kolom Text, Image URL, Tags, Posting Time; satu berkas per kanal. Paket gratis "
            "menerima 10 unggahan per kanal sekali unggah, paket berbayar 100.")),
        "publer": ("Publer (Bulk Uploader)", QCoreApplication.translate("labels",
            "Dua belas kolom persis seperti templat Publer; tanggal kosong = dijadwalkan "
            "otomatis oleh Publer.")),
        "sprout": ("Sprout Social", QCoreApplication.translate("labels",
            "Kolom date, time_24hr, message_text; paling banyak 350 baris; jarak antarunggahan "
            "minimal 10 menit.")),
        "generic": (QCoreApplication.translate("labels", "Umum — semua kolom"),
                    QCoreApplication.translate("labels", "Semua kolom unggahan, untuk alat lain.")),
        "review": (QCoreApplication.translate("labels", "Salinan tinjauan Excel (pimpinan)"),
                   QCoreApplication.translate("labels",
            "Buku kerja Excel (.xlsx) untuk pimpinan: satu baris per unggahan dengan temuannya, "
            "kolom Keputusan (Setuju / Revisi / Tolak) dan Catatan peninjau. Impor kembali "
            "berkas itu lewat Tinjauan → Terima keputusan pimpinan. Status unggahan tidak "
            "berubah saat ekspor.")),
    }
    return texts.get(preset_id, (preset_id, ""))


def date_order_label(order: DateOrder) -> str:
    if order is DateOrder.MDY:
        return QCoreApplication.translate("labels", "bulan/tanggal/tahun (mm/dd/yyyy)")
    return QCoreApplication.translate("labels", "tanggal/bulan/tahun (dd/mm/yyyy)")
