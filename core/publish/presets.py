"""Export presets: one per posting tool, plus a generic file and a review copy. What a preset
does is in its fields (Vale's rule kinds as data); no code outside this module compares preset
names. Every preset follows /work/shared/domain/export-formats.md (see ``Preset.source``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from core.errors import SaringError
from core.publish.image_rules import BUFFER_IMAGES, ImageRule
from core.publish.review_sheet import REVIEW_COLUMNS

GENERIC_COLUMNS = (
    "id", "status", "scheduled_at", "channels", "title", "body", "sources",
    "errors", "warnings", "infos", "created_at", "updated_at", "images", "alt_texts", "bidang",
)
PUBLER_COLUMNS = ("Date", "Text", "Link(s)", "Media URL(s)", "Title", "Label(s)", "Alt text(s)",
                  "Comment(s)", "Board/Album", "Post subtype", "CTA", "Reminder")
BUFFER_COLUMNS = ("Text", "Image URL", "Tags", "Posting Time")
SPROUT_COLUMNS = ("date", "time_24hr", "message_text")


class ExportError(SaringError, RuntimeError):
    """The export could not be written, or was refused; nothing was changed."""


class DateOrder(StrEnum):
    """Day/month order for tools that let the user pick it at upload (Hootsuite, Sprout)."""

    MDY = "mdy"  # mm/dd/yyyy, Hootsuite's default
    DMY = "dmy"  # dd/mm/yyyy

    @property
    def pattern(self) -> str:
        return "%m/%d/%Y" if self is DateOrder.MDY else "%d/%m/%Y"

    @property
    def label(self) -> str:
        return "bulan/tanggal/tahun (mm/dd/yyyy)" if self is DateOrder.MDY else \
            "tanggal/bulan/tahun (dd/mm/yyyy)"


class RowKind(StrEnum):
    """How a post becomes a row: the kinds the code supplies; presets pick one."""

    GENERIC = "generic"  # every field of the post
    REVIEW = "review"  # the head of the agency's review sheet
    HOOTSUITE = "hootsuite"  # date-time, message, link
    BUFFER = "buffer"  # text, image URL, tags, posting time
    PUBLER = "publer"  # the 12-column template
    SPROUT = "sprout"  # date, time, message


@dataclass(frozen=True, slots=True)
class Preset:
    id: str
    label: str
    header: tuple[str, ...] | None  # None: data rows only
    row: RowKind = RowKind.GENERIC
    tool: str = ""  # the posting tool's name in messages
    delimiter: str = ","
    bom: bool = False
    review: bool = False  # the head of office's review copy (.xlsx, core/publish/review_sheet.py)
    suffix: str = ".csv"  # the file's extension (the output name gets it)
    per_channel: bool = False  # one file per channel (the tool picks profiles at upload)
    max_rows: int | None = None  # split beyond
    publishes: bool = False  # a posting tool's import file: it publishes what it holds
    picks_date_order: bool = False  # the user picks the day/month order at upload
    images_as_urls: bool = False  # images go in as public URLs (media base URL setting)
    free_plan_rows: int | None = None  # rows per channel the tool's free plan accepts
    spacing: dt.timedelta | None = None  # posts of one profile at least this far apart
    one_per_slot: bool = False  # spacing is a slot grid (date-time in one column)
    hint: str = ""  # what the file is, for the export dialog
    # Where the tool takes the zone it reads the file's times in ("" = Saring's own file: times
    # in the office's zone); the export writes the times in the zone the settings name for it.
    zone_of: str = ""
    images: ImageRule | None = None  # the image types and size the tool accepts, per channel
    source: str = ""  # where the format is documented
    verified_on: str = "2026-11-26"  # checked against the domain brief on this day

    @property
    def marks_exported(self) -> bool:
        """Writing this file marks its Siap posts Diekspor (the review copy changes nothing)."""
        return not self.review

    @property
    def only_ready(self) -> bool:
        """Only Siap posts go in (or a re-export of an earlier batch): a posting tool publishes
        what the file holds, so a Draf must never reach it."""
        return self.publishes


PRESETS: dict[str, Preset] = {p.id: p for p in (
    Preset("hootsuite", "Hootsuite (Bulk Composer)", None, RowKind.HOOTSUITE, tool="Hootsuite",
           per_channel=True,
           max_rows=350, publishes=True, picks_date_order=True,
           spacing=dt.timedelta(minutes=5), one_per_slot=True,
           hint="Tanpa baris judul kolom; satu berkas per kanal, paling banyak 350 baris; jam "
                "dibulatkan ke kelipatan 5 menit. Pilih profil dan urutan tanggal yang sama "
                "saat mengunggah.",
           zone_of="zona waktu akun Hootsuite (Pengaturan akun → zona waktu)",
           source="export-formats.md §2: date-time, message, link; 350 rows; 5-minute marks"),
    Preset("buffer", "Buffer", BUFFER_COLUMNS, RowKind.BUFFER, tool="Buffer",
           per_channel=True, max_rows=100,
           publishes=True, images_as_urls=True, free_plan_rows=10,
           hint="Kolom Text, Image URL, Tags, Posting Time; satu berkas per kanal. Paket gratis "
                "menerima 10 unggahan per kanal sekali unggah, paket berbayar 100.",
           zone_of="zona waktu setiap kanal di Buffer (pengaturan jadwal kanal)",
           images=BUFFER_IMAGES,
           source="export-formats.md §3: Text, Image URL, Tags, Posting Time; one file per channel"),
    Preset("publer", "Publer (Bulk Uploader)", PUBLER_COLUMNS, RowKind.PUBLER, tool="Publer",
           per_channel=True,
           publishes=True, images_as_urls=True,
           hint="Dua belas kolom persis seperti templat Publer; tanggal kosong = dijadwalkan "
                "otomatis oleh Publer.",
           zone_of="zona waktu akun/ruang kerja Publer",
           source="export-formats.md §4: the 12-column header; blank Date = auto-schedule"),
    Preset("sprout", "Sprout Social", SPROUT_COLUMNS, RowKind.SPROUT, tool="Sprout Social",
           per_channel=True,
           max_rows=350, publishes=True, picks_date_order=True, spacing=dt.timedelta(minutes=10),
           hint="Kolom date, time_24hr, message_text; paling banyak 350 baris; jarak antarunggahan "
                "minimal 10 menit.",
           zone_of="zona waktu di pengaturan Sprout Social",
           source="export-formats.md §6: date, time_24hr, message_text; 350 rows; 10 min apart"),
    Preset("generic", "Umum — semua kolom", GENERIC_COLUMNS, RowKind.GENERIC,
           hint="Semua kolom unggahan, untuk alat lain.",
           source="Saring's own layout: every field of the post"),
    Preset("review", "Salinan tinjauan Excel (pimpinan)", REVIEW_COLUMNS, RowKind.REVIEW,
           review=True, suffix=".xlsx",
           hint="Buku kerja Excel (.xlsx) untuk pimpinan: satu baris per unggahan dengan "
                "temuannya, kolom Keputusan (Setuju / Revisi / Tolak) dan Catatan peninjau. "
                "Impor kembali berkas itu lewat Tinjauan → Terima keputusan pimpinan. Status "
                "unggahan tidak berubah saat ekspor.",
           source="export-formats.md §8 (b) review file as .xlsx; §9 formula injection"),
)}
FORMATS = tuple(PRESETS)
DEFAULT_PRESET = PRESETS["generic"]


def get_preset(preset: str | Preset) -> Preset:
    """The preset named ``preset`` (a :class:`Preset` passes through); raise :class:`ExportError`."""
    if isinstance(preset, Preset):
        return preset
    try:
        return PRESETS[preset]
    except KeyError:
        raise ExportError(
            f"format ekspor tidak dikenal: {preset!r} (pilihan: {', '.join(FORMATS)})") from None


def preset_label(preset_id: str) -> str:
    """A preset's label, or the id itself for a preset this version does not know (an old batch)."""
    return PRESETS[preset_id].label if preset_id in PRESETS else preset_id
