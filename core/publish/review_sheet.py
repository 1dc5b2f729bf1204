"""The review copy for the head of office: a real .xlsx workbook (openpyxl), and reading the
reviewer's decisions back out of it.

Sheet "Tinjauan", one row per post: header frozen and filtered, columns sized, text wrapped,
the planned time as a real date-time cell, the findings of each post in one cell (and one row
per finding on sheet "Temuan"), then a "Keputusan" column limited to Setuju / Revisi / Tolak by a
data-validation list and a "Catatan peninjau" column. Only those two columns are open for
editing (the sheet is protected without a password, so the post's text cannot be "corrected" in
the sheet and then lost: the import reads only the decision and the note).

Formula injection (export-formats.md §9, ASVS 1.2.10): every text cell is written as a string
cell, never a formula, and a cell that starts with = + - @ TAB CR LF carries Excel's quote
prefix, so editing it in Excel or LibreOffice keeps it text. Characters XML cannot hold
(control characters) are dropped, and text past Excel's 32,767-character cell limit is cut;
the export report says so.

A hidden sheet "saring" holds, per post, the id and a fingerprint of what the reviewer saw
(title, text, sources, channels, images): the import refuses a decision on a post whose text
changed after the copy was made.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import IO, Any

from core.check.findings import Finding, Severity
from core.errors import SaringError
from core.store.models import Media, Post

REVIEW_SHEET = "Tinjauan"
FINDINGS_SHEET = "Temuan"
META_SHEET = "saring"
FORMAT_ID = "saring-tinjauan-1"
DATE_FORMAT = "dd/mm/yyyy hh:mm"  # shown as the reviewer's locale reads it; the cell is a date

COL_ID, COL_DECISION, COL_NOTE, COL_WHEN = "No", "Keputusan", "Catatan peninjau", "Rencana terbit"
# (header, width in characters, wrapped)
_COLUMNS: tuple[tuple[str, int, bool], ...] = (
    (COL_ID, 6, False), ("Status", 13, False), (COL_WHEN, 17, False), ("Kanal", 18, True),
    ("Judul", 28, True), ("Isi unggahan", 60, True), ("Sumber", 24, True),
    ("Harus diperbaiki", 11, False), ("Perlu diperiksa", 11, False), ("Temuan", 60, True),
    ("Gambar", 24, True), (COL_DECISION, 13, False), (COL_NOTE, 40, True),
)
REVIEW_COLUMNS = tuple(c[0] for c in _COLUMNS)
FINDING_COLUMNS = ("No", "Judul", "Tingkat", "Kategori", "Bagian teks", "Pesan", "Saran")
_FINDING_WIDTHS = (6, 28, 16, 14, 28, 80, 28)

MAX_CELL = 32_767  # Excel's limit on characters in one cell
MAX_FILE_BYTES = 50 * 1024 * 1024  # a review copy of thousands of posts is a few MB
MAX_UNPACKED_BYTES = 400 * 1024 * 1024
MAX_RATIO = 200  # compressed XML rarely packs better than 1:30
_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n")
_SEVERITY_WORDS = {Severity.ERROR: "harus diperbaiki", Severity.WARNING: "perlu diperiksa",
                   Severity.INFO: "info"}


class Decision(StrEnum):
    """What the head of office decides about a post (the "Keputusan" list)."""

    APPROVE = "Setuju"
    REVISE = "Revisi"
    REJECT = "Tolak"


DECISIONS = tuple(d.value for d in Decision)


class ReviewCopyError(SaringError, ValueError):
    """The file is not a review copy Saring can read; nothing was changed."""


Cell = str | int | dt.datetime | None


@dataclass(frozen=True, slots=True)
class ReviewBook:
    """A review copy laid out, not yet written: rows of the sheets, and notes for the report
    (post id, message) about cells that had to be altered."""

    rows: tuple[tuple[Cell, ...], ...]
    findings: tuple[tuple[Cell, ...], ...]
    fingerprints: tuple[tuple[int, str], ...]
    when_header: str = COL_WHEN
    altered: tuple[tuple[int, str], ...] = ()


@dataclass(frozen=True, slots=True)
class ReviewLine:
    """One post's row as the reviewer left it. ``decision`` None with ``raw`` empty: no
    decision; with ``raw`` set: a value that is not one of :data:`DECISIONS`."""

    row: int  # the row number in the sheet, for messages
    post_id: int | None
    decision: Decision | None
    raw: str
    note: str
    fingerprint: str  # "" when the hidden sheet has none for this post


@dataclass(frozen=True, slots=True)
class ReviewSheet:
    lines: tuple[ReviewLine, ...]
    made_at: dt.datetime | None


def fingerprint(post: Post, media: Sequence[Media] = ()) -> str:
    """What the reviewer judged: title, text, sources, channels, image files and alt texts
    (not the status or the schedule, which may move without changing the post)."""
    draft = post.draft
    parts = [draft.title, draft.body, draft.sources, ",".join(c.value for c in draft.channels)]
    parts += [f"{Path(m.path).name}\x1f{m.alt_text}" for m in media]
    return hashlib.sha256("\x1e".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:32]


# -- laying out -------------------------------------------------------------------------------

def build_book(posts: Sequence[Post], media: Mapping[int, Sequence[Media]],
               image_names: Mapping[int, Sequence[str]], *, zone: str = "") -> ReviewBook:
    """The review copy of ``posts`` (``image_names``: the copied files' names per post;
    ``zone``: the time zone the planned times are in, named in that column's header)."""
    altered: list[tuple[int, str]] = []
    rows: list[tuple[Cell, ...]] = []
    finding_rows: list[tuple[Cell, ...]] = []
    for post in posts:
        draft = post.draft

        def text(value: str, column: str, post_id: int = post.id) -> str:
            clean = _clean(value)
            if clean != value:
                altered.append((post_id, f"kolom {column}: karakter kendali yang tidak dapat "
                                         "disimpan di Excel dihapus di salinan tinjauan."))
            if len(clean) > MAX_CELL:
                altered.append((post_id, f"kolom {column} dipotong menjadi {MAX_CELL} karakter "
                                         "(batas satu sel Excel) di salinan tinjauan."))
                clean = clean[:MAX_CELL - 1] + "…"
            return clean

        rows.append((
            post.id, post.status.label, draft.scheduled_at,
            ", ".join(c.label for c in draft.channels), text(draft.title, "Judul"),
            text(draft.body, "Isi unggahan"), text(draft.sources, "Sumber"),
            post.n_errors, post.n_warnings,
            text("\n".join(_finding_line(f) for f in post.findings), "Temuan"),
            text("\n".join(image_names.get(post.id, ())), "Gambar"), None, None))
        finding_rows += [(post.id, text(draft.title, "Judul"), _SEVERITY_WORDS[f.severity],
                          f.category.value, _clean(f.actual)[:MAX_CELL], _clean(f.message)[:MAX_CELL],
                          _clean(", ".join(f.suggestions))[:MAX_CELL]) for f in post.findings]
    header = f"{COL_WHEN} ({zone})" if zone else COL_WHEN
    return ReviewBook(tuple(rows), tuple(finding_rows),
                      tuple((p.id, fingerprint(p, media.get(p.id, ()))) for p in posts), header,
                      tuple(dict.fromkeys(altered)))


def _finding_line(finding: Finding) -> str:
    line = f"{_SEVERITY_WORDS[finding.severity]}: {finding.message}"
    return line + (f" (“{finding.actual}”)" if finding.actual else "")


def _clean(value: str) -> str:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return ILLEGAL_CHARACTERS_RE.sub("", value)


# -- writing ----------------------------------------------------------------------------------

def write_book(book: ReviewBook, target: IO[bytes] | Path, *,
               made_at: dt.datetime | None = None) -> None:
    """Write ``book`` as .xlsx to ``target`` (a path or a binary file)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill, Protection
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    sheet = wb.active
    sheet.title = REVIEW_SHEET
    headers = list(REVIEW_COLUMNS)
    headers[REVIEW_COLUMNS.index(COL_WHEN)] = book.when_header
    _header(sheet, headers, [c[1] for c in _COLUMNS], Font, PatternFill, Alignment, get_column_letter)
    wrap = Alignment(wrap_text=True, vertical="top")
    top = Alignment(vertical="top")
    unlocked = Protection(locked=False)
    decision_col = REVIEW_COLUMNS.index(COL_DECISION) + 1
    note_col = REVIEW_COLUMNS.index(COL_NOTE) + 1
    when_col = REVIEW_COLUMNS.index(COL_WHEN) + 1
    for r, values in enumerate(book.rows, start=2):
        lines = 1
        for c, value in enumerate(values, start=1):
            cell = sheet.cell(row=r, column=c)
            _put(cell, value)
            cell.alignment = wrap if _COLUMNS[c - 1][2] else top
            if c == when_col and value is not None:
                cell.number_format = DATE_FORMAT
            if isinstance(value, str) and _COLUMNS[c - 1][2]:
                width = _COLUMNS[c - 1][1]
                lines = max(lines, sum(1 + len(part) // width for part in value.split("\n")))
            if c in (decision_col, note_col):
                cell.protection = unlocked
        sheet.row_dimensions[r].height = min(15 * lines, 240)
    last = len(book.rows) + 1
    sheet.freeze_panes = "B2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(REVIEW_COLUMNS))}{max(last, 2)}"
    letter = get_column_letter(decision_col)
    check = DataValidation(type="list", formula1='"' + ",".join(DECISIONS) + '"', allow_blank=True,
                           showErrorMessage=True, errorTitle="Keputusan tidak dikenal",
                           error="Pilih Setuju, Revisi, atau Tolak (atau biarkan kosong).",
                           promptTitle="Keputusan",
                           prompt="Setuju: siap terbit. Revisi: tulis yang perlu diubah di Catatan. "
                                  "Tolak: tidak diterbitkan.")
    check.add(f"{letter}2:{letter}{max(last, 2)}")
    sheet.add_data_validation(check)
    _protect(sheet)

    found = wb.create_sheet(FINDINGS_SHEET)
    _header(found, list(FINDING_COLUMNS), list(_FINDING_WIDTHS), Font, PatternFill, Alignment,
            get_column_letter)
    for r, values in enumerate(book.findings, start=2):
        for c, value in enumerate(values, start=1):
            cell = found.cell(row=r, column=c)
            _put(cell, value)
            cell.alignment = wrap
    found.freeze_panes = "A2"
    found.auto_filter.ref = f"A1:{get_column_letter(len(FINDING_COLUMNS))}{max(len(book.findings) + 1, 2)}"
    _protect(found)

    meta = wb.create_sheet(META_SHEET)
    meta.sheet_state = "hidden"
    meta.append(["format", FORMAT_ID])
    meta.append(["dibuat", made_at or dt.datetime.now().replace(microsecond=0)])
    meta.append(["id", "sidik"])
    for post_id, print_ in book.fingerprints:
        meta.append([post_id, print_])
    _protect(meta)
    wb.save(target)


def _header(sheet: Any, names: list[str], widths: list[int], font: Any, fill: Any, align: Any,
            letter: Any) -> None:
    bold, shade = font(bold=True), fill("solid", fgColor="DDE5F0")
    for c, (name, width) in enumerate(zip(names, widths, strict=True), start=1):
        cell = sheet.cell(row=1, column=c, value=name)
        cell.font, cell.fill = bold, shade
        cell.alignment = align(wrap_text=True, vertical="center")
        sheet.column_dimensions[letter(c)].width = width + 2


def _put(cell: Any, value: Cell) -> None:
    """A value into a cell: text always as a string cell (never a formula), with the quote
    prefix when it starts like a formula."""
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"
        if value.startswith(_TRIGGERS):
            cell.quotePrefix = True


def _protect(sheet: Any) -> None:
    """Locked cells cannot be edited; sorting, filtering and resizing stay allowed (no password:
    this guards against slips, not people)."""
    p = sheet.protection
    p.sheet = True
    p.formatColumns = p.formatRows = p.formatCells = False  # False = allowed (inverted flags)
    p.sort = p.autoFilter = False


# -- reading ----------------------------------------------------------------------------------

def read_review_copy(path: Path) -> ReviewSheet:
    """The reviewer's decisions from a review copy (any row order; columns found by their
    header). Raises :class:`ReviewCopyError` with the reason when the file is not one."""
    _check_container(path)
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except (OSError, KeyError, ValueError, TypeError, zipfile.BadZipFile) as exc:
        raise ReviewCopyError(f"{path.name} tidak dapat dibaca sebagai buku kerja Excel (.xlsx): "
                              f"{exc}") from exc
    try:
        if REVIEW_SHEET not in wb.sheetnames or META_SHEET not in wb.sheetnames:
            raise ReviewCopyError(f"{path.name} bukan salinan tinjauan Saring (lembar "
                                  f"“{REVIEW_SHEET}” atau data Saring yang tersembunyi tidak ada). "
                                  "Impor berkas .xlsx yang dibuat Saring lewat Ekspor → Salinan "
                                  "tinjauan.")
        meta = [tuple(r) for r in wb[META_SHEET].iter_rows(values_only=True)]
        if not meta or len(meta[0]) < 2 or meta[0][1] != FORMAT_ID:
            raise ReviewCopyError(f"{path.name}: versi salinan tinjauan tidak dikenal.")
        made = meta[1][1] if len(meta) > 1 and len(meta[1]) > 1 else None
        prints = {_as_id(r[0]): str(r[1] or "") for r in meta[3:] if len(r) > 1}
        rows = wb[REVIEW_SHEET].iter_rows(values_only=True)
        header = [str(v or "").strip() for v in next(rows, ())]
        where = {name: _column(header, name, path) for name in (COL_ID, COL_DECISION, COL_NOTE)}
        lines: list[ReviewLine] = []
        for n, row in enumerate(rows, start=2):
            values = [row[i] if i < len(row) else None for i in where.values()]
            raw_id, raw_decision, raw_note = values
            if all(v is None or str(v).strip() == "" for v in values):
                continue
            post_id = _as_id(raw_id)
            raw = str(raw_decision or "").strip()
            lines.append(ReviewLine(n, post_id, _decision(raw), raw, str(raw_note or "").strip(),
                                    prints.get(post_id, "") if post_id else ""))
    finally:
        wb.close()
    return ReviewSheet(tuple(lines), made if isinstance(made, dt.datetime) else None)


def _check_container(path: Path) -> None:
    """Size and zip checks before openpyxl unpacks anything (a zip bomb must not eat memory)."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ReviewCopyError(f"{path} tidak dapat dibuka: {exc.strerror or exc}") from exc
    if size > MAX_FILE_BYTES:
        raise ReviewCopyError(f"{path.name} terlalu besar untuk salinan tinjauan "
                              f"({size // 1_048_576} MB; paling besar {MAX_FILE_BYTES // 1_048_576} MB).")
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(i.file_size for i in archive.infolist())
            packed = sum(i.compress_size for i in archive.infolist()) or 1
    except (OSError, zipfile.BadZipFile) as exc:
        raise ReviewCopyError(f"{path.name} bukan buku kerja Excel (.xlsx). Bila pimpinan menyimpannya "
                              "dalam bentuk lain (.xls, .ods, .csv), simpan ulang sebagai .xlsx.") from exc
    if unpacked > MAX_UNPACKED_BYTES or unpacked / packed > MAX_RATIO:
        raise ReviewCopyError(f"{path.name} ditolak: isinya membengkak terlalu besar saat dibuka "
                              "(bukan salinan tinjauan Saring yang wajar).")


def _column(header: list[str], name: str, path: Path) -> int:
    for i, value in enumerate(header):
        if value == name or (name == COL_WHEN and value.startswith(COL_WHEN)):
            return i
    raise ReviewCopyError(f"{path.name}: kolom “{name}” tidak ada di baris judul lembar "
                          f"“{REVIEW_SHEET}”. Jangan hapus atau ganti nama kolomnya.")


def _as_id(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value > 0 else None
    if isinstance(value, float) and value.is_integer() and value > 0:
        return int(value)
    text = str(value or "").strip().lstrip("#")
    return int(text) if text.isascii() and text.isdigit() and 0 < len(text) <= 18 else None


def _decision(raw: str) -> Decision | None:
    key = raw.strip().lower()
    for decision in Decision:
        if key == decision.value.lower():
            return decision
    return None
