"""The monthly report as files: CSV (the long rows, one number a line) and .xlsx (sheets a person
reads, plus a ``Data`` sheet with the long rows), and reading those back to merge the reports of
several OPDs (:func:`read_report_file`). The PDF is drawn on the Qt side (ui/report_pdf.py)
through :func:`write_atomically` too.

The CSV uses ``;`` and UTF-8 with a byte-order mark, as the review copy did: Excel set to
Indonesian opens it in columns. Text cells that start like a formula are written as text.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import tempfile
import zipfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from core.app.progress import NO_PROGRESS, Progress
from core.app.temp_files import SUFFIX, remove_stale, temp_prefix
from core.publish.report import (
    ROW_HEADER,
    Line,
    MonthReport,
    RegencyReport,
    ReportError,
    report_from_rows,
    report_rows,
)

FORMATS = (".pdf", ".xlsx", ".csv")
DATA_SHEET = "Data"
MAX_INPUT_BYTES = 20 * 1024 * 1024  # a month of one OPD is a few hundred rows: ~20 kB
MAX_INPUT_ROWS = 200_000
MAX_UNPACKED_BYTES = 200 * 1024 * 1024  # an .xlsx is a zip: refuse one that unpacks to more
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def report_format(path: Path) -> str:
    """The file type by the name's ending; raises :class:`ReportError` for any other."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ReportError(f"{path.name}: laporan dapat ditulis sebagai .pdf, .xlsx atau .csv; "
                          "beri nama berkas dengan salah satu akhiran itu.")
    return suffix


def write_atomically(path: Path, write: Callable[[Path], None], *,
                     progress: Progress = NO_PROGRESS) -> None:
    """``write(tmp)`` writes a temporary file beside ``path``, which then replaces ``path`` in
    one step: a failure leaves no half-written report. Raises :class:`ReportError`, or
    :class:`~core.app.progress.Cancelled` when ``progress`` was cancelled before the file took
    its name (the temporary file is removed: a cancel leaves no file)."""
    if path.is_dir():
        raise ReportError(f"{path} adalah folder; beri nama berkas, misalnya {path / 'laporan.pdf'}")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ReportError(f"Folder {folder} tidak ada; laporan tidak ditulis.")
    remove_stale(folder)
    try:
        handle, name = tempfile.mkstemp(prefix=temp_prefix(path), suffix=SUFFIX, dir=folder)
        os.close(handle)
    except OSError as exc:
        raise ReportError(f"Tidak dapat menulis ke folder {folder}: {exc.strerror or exc}") from exc
    tmp = Path(name)
    try:
        progress.check()
        write(tmp)
        progress.check()  # the last moment to stop: the rename is not undone by a cancel
        umask = os.umask(0)
        os.umask(umask)
        tmp.chmod(0o666 & ~umask)  # mkstemp makes it private; a report is an ordinary file
        os.replace(tmp, path)
    except OSError as exc:
        raise ReportError(f"Laporan {path} tidak dapat ditulis: {exc.strerror or exc}") from exc
    finally:
        tmp.unlink(missing_ok=True)


# -- CSV ---------------------------------------------------------------------------------------

def write_csv(rows: Iterable[Sequence[object]], path: Path, *,
              progress: Progress = NO_PROGRESS) -> None:
    """The long rows (:data:`ROW_HEADER` first) as a CSV file."""
    def write(tmp: Path) -> None:
        with tmp.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
            writer.writerow(ROW_HEADER)
            writer.writerows([_safe(v) for v in row] for row in rows)
    write_atomically(path, write, progress=progress)


def _safe(value: object) -> object:
    if isinstance(value, str) and len(value) > 1 and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _unsafe(value: str) -> str:
    quoted = value.startswith("'") and len(value) > 2 and value[1:].startswith(_FORMULA_START)
    return value[1:] if quoted else value


# -- xlsx --------------------------------------------------------------------------------------

def write_month_xlsx(report: MonthReport, path: Path, *,
                     progress: Progress = NO_PROGRESS) -> None:
    """One OPD's month: Ringkasan, Harian, Saluran, Bidang, Topik, Temuan, Celah and Data."""
    from openpyxl import Workbook

    book = Workbook()
    summary = book.active
    summary.title = "Ringkasan"
    total = report.total
    _table(summary, ("Laporan bulanan", ""), [
        ("OPD", report.opd or "-"), ("Bulan", report.month.label),
        ("Target unggahan per hari", report.daily_target),
        ("Direncanakan", total.planned), ("Diekspor", total.exported), ("Terbit", total.published),
        ("Hari di bawah target", len(report.days_under_target)),
        ("Unggahan seremoni pimpinan", report.ceremony),
        ("Porsi seremoni", _share(report.ceremony_share)),
        ("Temuan tertangkap sebelum terbit", report.caught),
        ("Temuan diperbaiki", report.fixed),
        ("Bidang tanpa unggahan", len(report.bidang_without_posts))], widths=(34, 22))
    days = book.create_sheet("Harian")
    _table(days, ("Tanggal", "Direncanakan", "Diekspor", "Terbit", "Target", "Kurang"),
           [(dt.date.fromisoformat(d.key), *_line_numbers(d)) for d in report.days],
           widths=(14, 14, 12, 10, 10, 10), date_column=True)
    for title, lines, label in (("Saluran", report.channels, "Saluran"),
                                ("Bidang", report.bidang, "Bidang"),
                                ("Topik", report.topics, "Topik")):
        sheet = book.create_sheet(title)
        _table(sheet, (label, "Direncanakan", "Diekspor", "Terbit", "Target bulan", "Kurang"),
               [(line.key, *_line_numbers(line)) for line in lines], widths=(34, 14, 12, 10, 14, 10))
    findings = book.create_sheet("Temuan")
    _table(findings, ("Kategori", "Tertangkap", "Diperbaiki", "Diabaikan", "Masih ada"),
           [(f.label, f.caught, f.fixed, f.ignored, f.open) for f in report.findings],
           widths=(24, 12, 12, 12, 12))
    gaps = book.create_sheet("Celah")
    _table(gaps, ("Celah", "Rincian"), gap_lines(report), widths=(30, 60))
    _data_sheet(book, report_rows(report))
    _save(book, path, progress)


def write_regency_xlsx(regency: RegencyReport, path: Path, *,
                       progress: Progress = NO_PROGRESS) -> None:
    """The regency's month: one row per OPD, the findings and topics summed, and Data."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Kabupaten"
    _table(sheet, OFFICE_COLUMNS, [office_numbers(o) for o in regency.offices],
           widths=(34, 13, 11, 9, 13, 14, 12, 12, 12, 14))
    findings = book.create_sheet("Temuan")
    _table(findings, ("Kategori", "Tertangkap", "Diperbaiki", "Diabaikan", "Masih ada"),
           [(f.label, f.caught, f.fixed, f.ignored, f.open) for f in regency.findings],
           widths=(24, 12, 12, 12, 12))
    topics = book.create_sheet("Topik")
    _table(topics, ("Topik", "Direncanakan", "Diekspor", "Terbit"),
           [(t.key, t.counts.planned, t.counts.exported, t.counts.published) for t in regency.topics],
           widths=(34, 14, 12, 10))
    _data_sheet(book, [r for o in regency.offices for r in report_rows(o)])
    _save(book, path, progress)


OFFICE_COLUMNS = ("OPD", "Direncanakan", "Diekspor", "Terbit", "Target bulan", "Hari < target",
                  "Seremoni %", "Tertangkap", "Diperbaiki", "Bidang kosong")


def office_numbers(report: MonthReport) -> tuple[object, ...]:
    """One OPD's row of the regency table (:data:`OFFICE_COLUMNS`)."""
    total = report.total
    return (report.opd or "-", total.planned, total.exported, total.published,
            report.daily_target * len(report.days), len(report.days_under_target),
            round(report.ceremony_share * 100), report.caught, report.fixed,
            len(report.bidang_without_posts))


def gap_lines(report: MonthReport) -> list[tuple[str, str]]:
    """The month's gaps in words: days under the daily target, channels and bidang short of
    theirs, bidang without a post."""
    lines: list[tuple[str, str]] = []
    short_days = report.days_under_target
    if short_days:
        lines.append((f"{len(short_days)} hari di bawah target {report.daily_target}/hari",
                      ", ".join(f"{dt.date.fromisoformat(d.key).day} ({d.counts.planned})"
                                for d in short_days)))
    for c in report.channels_under_target:
        lines.append((f"Saluran {c.key}", f"{c.counts.planned} dari target {c.target}"))
    for b in report.bidang:
        if b.short and b.counts.planned:
            lines.append((f"Bidang {b.key}", f"{b.counts.planned} dari target {b.target}"))
    if report.bidang_without_posts:
        lines.append(("Bidang tanpa unggahan", ", ".join(report.bidang_without_posts)))
    if not lines:
        lines.append(("Tidak ada celah", "Semua target bulan ini terpenuhi."))
    return lines


def write_table_file(report: MonthReport | RegencyReport, path: Path, *,
                     progress: Progress = NO_PROGRESS) -> None:
    """``report`` as .xlsx or CSV, by the ending of ``path`` (the PDF is drawn on the Qt side:
    ui/report_pdf.py ``write_report``). Raises :class:`ReportError`; a cancel of ``progress``
    (:class:`~core.app.progress.Cancelled`) leaves no file."""
    kind = report_format(path)
    if kind == ".pdf":
        raise ReportError("Laporan PDF digambar oleh bagian Qt (ui/report_pdf.py).")
    if kind == ".xlsx":
        if isinstance(report, RegencyReport):
            write_regency_xlsx(report, path, progress=progress)
        else:
            write_month_xlsx(report, path, progress=progress)
        return
    offices = report.offices if isinstance(report, RegencyReport) else (report,)
    write_csv([r for office in offices for r in report_rows(office)], path, progress=progress)


def _line_numbers(line: Line) -> tuple[int, ...]:
    c = line.counts
    return (c.planned, c.exported, c.published, line.target, line.short)


def _share(value: float) -> str:
    return f"{value * 100:.0f}%"


def _table(sheet: Any, header: Sequence[str], rows: Iterable[Sequence[object]], *,
           widths: Sequence[int], date_column: bool = False) -> None:
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    sheet.append(list(header))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(list(row))
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, str) and cell.data_type == "f":
                cell.data_type = "s"  # a name that starts with "=" stays a name
            if date_column and isinstance(cell.value, dt.date):
                cell.number_format = "DD-MM-YYYY"
    sheet.freeze_panes = "A2"
    for i, width in enumerate(widths, 1):
        sheet.column_dimensions[get_column_letter(i)].width = width


def _data_sheet(book: Any, rows: Iterable[Sequence[object]]) -> None:
    sheet = book.create_sheet(DATA_SHEET)
    _table(sheet, ROW_HEADER, rows, widths=(30, 10, 12, 26, 16, 10))


def _save(book: Any, path: Path, progress: Progress) -> None:
    def write(tmp: Path) -> None:
        book.save(tmp)
    write_atomically(path, write, progress=progress)


# -- reading back (merge) ----------------------------------------------------------------------

def read_report_file(path: Path) -> list[MonthReport]:
    """The reports in a CSV or .xlsx written by Saring (its ``Data`` sheet); raises
    :class:`ReportError` saying what is wrong with the file. Nothing is changed."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ReportError(f"{path} tidak dapat dibaca: {exc.strerror or exc}") from exc
    if size > MAX_INPUT_BYTES:
        raise ReportError(f"{path.name} terlalu besar ({size // 1024 // 1024} MB) untuk laporan "
                          "bulanan; periksa apakah berkasnya benar.")
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return report_from_rows(_csv_rows(path), where=path.name)
    if suffix == ".xlsx":
        return report_from_rows(_xlsx_rows(path), where=f"{path.name} (lembar {DATA_SHEET})")
    raise ReportError(f"{path.name}: yang dapat digabungkan hanya laporan Saring .xlsx atau .csv.")


def _csv_rows(path: Path) -> list[list[str]]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ReportError(f"{path.name} bukan CSV laporan Saring (UTF-8): {exc}") from exc
    if "\x00" in text:
        raise ReportError(f"{path.name} tampaknya berkas biner, bukan CSV laporan Saring.")
    rows = []
    for n, row in enumerate(csv.reader(io.StringIO(text, newline=""), delimiter=";"), 1):
        if n > MAX_INPUT_ROWS:
            raise ReportError(f"{path.name}: lebih dari {MAX_INPUT_ROWS} baris; bukan laporan bulanan.")
        rows.append([_unsafe(v) for v in row])
    if not rows or tuple(v.strip() for v in rows[0][:6]) != ROW_HEADER:
        raise ReportError(f"{path.name} bukan CSV laporan Saring: baris pertama harus "
                          f"{';'.join(ROW_HEADER)}.")
    return rows


def _xlsx_rows(path: Path) -> list[tuple[object, ...]]:
    from openpyxl import load_workbook

    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(i.file_size for i in archive.infolist())
    except (OSError, zipfile.BadZipFile) as exc:
        raise ReportError(f"{path.name} bukan berkas .xlsx yang utuh: {exc}") from exc
    if unpacked > MAX_UNPACKED_BYTES:
        raise ReportError(f"{path.name} terlalu besar setelah dibuka; bukan laporan bulanan.")
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise ReportError(f"{path.name} tidak dapat dibaca sebagai .xlsx: {exc}") from exc
    try:
        if DATA_SHEET not in book.sheetnames:
            raise ReportError(f"{path.name} tidak punya lembar '{DATA_SHEET}': bukan laporan Saring.")
        rows = []
        for n, row in enumerate(book[DATA_SHEET].iter_rows(values_only=True), 1):
            if n > MAX_INPUT_ROWS:
                raise ReportError(f"{path.name}: lebih dari {MAX_INPUT_ROWS} baris; bukan laporan bulanan.")
            rows.append(tuple(row))
        return rows
    finally:
        book.close()


def read_many(paths: Iterable[Path], *, progress: Progress = NO_PROGRESS) -> list[MonthReport]:
    """The reports in all ``paths``; ``progress`` counts the files read (a cancel raises
    :class:`~core.app.progress.Cancelled`; reading changes nothing)."""
    files = list(paths)
    reports: list[MonthReport] = []
    for number, path in enumerate(files):
        progress(number, len(files))
        reports.extend(read_report_file(path))
    progress(len(files), len(files))
    return reports

