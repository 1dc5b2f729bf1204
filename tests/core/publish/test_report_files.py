"""The monthly report's files: CSV and .xlsx written, read back and merged (core.publish.report_files)."""

from __future__ import annotations

import datetime as dt
import random
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from bench.report_month import sample_posts
from core.publish.report import Month, ReportError, build_report, merge_reports, report_rows
from core.publish.report_files import (
    read_many,
    read_report_file,
    report_format,
    write_csv,
    write_month_xlsx,
    write_regency_xlsx,
)
from core.store.queue import QueueStore

NOV = Month(2026, 11)


@pytest.fixture(scope="module")
def report():
    store = QueueStore(":memory:")
    store.posts.add_many(list(sample_posts(NOV.first_day, 30, 3, rng=random.Random(1))))
    made = build_report(store, NOV, opd="=Dinas Kesehatan", daily_targets={"facebook": 3},
                        bidang=["Sekretariat"])
    store.close()
    return made


def test_format_by_name() -> None:
    assert report_format(Path("a.PDF")) == ".pdf" and report_format(Path("b.xlsx")) == ".xlsx"
    with pytest.raises(ReportError, match=r"\.pdf, \.xlsx atau \.csv"):
        report_format(Path("laporan.docx"))


def test_csv_round_trip_keeps_a_formula_like_name_as_text(report, tmp_path: Path) -> None:
    path = tmp_path / "laporan.csv"
    write_csv(report_rows(report), path)
    text = path.read_bytes().decode("utf-8-sig")
    assert text.startswith("opd;bulan;bagian;kunci;ukuran;nilai\r\n")
    assert "'=Dinas Kesehatan;2026-11;" in text
    assert read_report_file(path) == [report]
    assert [p.name for p in tmp_path.iterdir()] == ["laporan.csv"]  # no temporary file left


def test_xlsx_sheets_dates_and_round_trip(report, tmp_path: Path) -> None:
    path = tmp_path / "laporan.xlsx"
    write_month_xlsx(report, path)
    book = load_workbook(path)
    assert book.sheetnames == ["Ringkasan", "Harian", "Saluran", "Bidang", "Topik", "Temuan",
                               "Celah", "Data"]
    days = book["Harian"]
    assert days.freeze_panes == "A2" and days["A1"].value == "Tanggal"
    assert days["A2"].value == dt.datetime(2026, 11, 1) and days["A2"].number_format == "DD-MM-YYYY"
    assert book["Ringkasan"]["B2"].value == "=Dinas Kesehatan"
    assert book["Ringkasan"]["B2"].data_type == "s"  # a name, not a formula
    assert read_report_file(path) == [report]


def test_merge_of_two_offices_as_xlsx_and_csv(report, tmp_path: Path) -> None:
    first, second = tmp_path / "a.xlsx", tmp_path / "b.csv"
    write_month_xlsx(report, first)
    other = build_report(QueueStore(":memory:"), NOV, opd="Kecamatan Belitang", daily_targets={"x": 1})
    write_csv(report_rows(other), second)
    regency = merge_reports(read_many([first, second]))
    assert [o.opd for o in regency.offices] == ["=Dinas Kesehatan", "Kecamatan Belitang"]
    out = tmp_path / "kabupaten.xlsx"
    write_regency_xlsx(regency, out)
    sheet = load_workbook(out)["Kabupaten"]
    assert [c.value for c in sheet[3]][:2] == ["Kecamatan Belitang", 0]
    assert merge_reports(read_report_file(out)) == regency  # a regency file merges again


def test_files_that_are_no_report_are_refused(tmp_path: Path) -> None:
    cases = {
        "kosong.csv": b"",
        "lain.csv": b"nama;umur\r\nA;3\r\n",
        "biner.csv": b"\x00\x01\x02",
        "rusak.xlsx": b"PK\x03\x04 not a zip",
        "tabel.xlsx": None,
        "catatan.txt": b"teks",
    }
    for name, data in cases.items():
        path = tmp_path / name
        if data is None:
            from openpyxl import Workbook
            Workbook().save(path)
        else:
            path.write_bytes(data)
        with pytest.raises(ReportError):
            read_report_file(path)
    with pytest.raises(ReportError, match="tidak dapat dibaca"):
        read_report_file(tmp_path / "tidak-ada.csv")


def test_an_xlsx_bomb_is_refused_before_it_is_opened(tmp_path: Path) -> None:
    path = tmp_path / "bom.xlsx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"0" * (210 * 1024 * 1024))
    with pytest.raises(ReportError, match="terlalu besar"):
        read_report_file(path)


def test_writing_into_a_missing_folder_says_so(report, tmp_path: Path) -> None:
    with pytest.raises(ReportError, match="tidak ada"):
        write_csv(report_rows(report), tmp_path / "tidak-ada" / "r.csv")
    with pytest.raises(ReportError, match="folder"):
        write_month_xlsx(report, tmp_path)


@pytest.mark.parametrize("name", ["laporan.csv", "laporan.xlsx"])
def test_a_cancelled_write_leaves_no_file(report, tmp_path: Path, name: str) -> None:
    from core.app.progress import Cancelled, Progress
    from core.publish.report_files import write_table_file

    stopped = Progress()
    stopped.cancel()
    with pytest.raises(Cancelled):
        write_table_file(report, tmp_path / name, progress=stopped)
    assert list(tmp_path.iterdir()) == []


def test_a_cancel_during_the_write_removes_the_temporary_file(tmp_path: Path) -> None:
    from core.app.progress import Cancelled, Progress
    from core.publish.report_files import write_atomically

    progress = Progress()

    def write(tmp: Path) -> None:
        tmp.write_text("setengah", encoding="utf-8")
        progress.cancel()  # "Batal" pressed while the file is being written

    with pytest.raises(Cancelled):
        write_atomically(tmp_path / "laporan.csv", write, progress=progress)
    assert list(tmp_path.iterdir()) == []


def test_reading_many_counts_the_files(report, tmp_path: Path) -> None:
    from core.app.progress import Progress

    for name in ("a.csv", "b.csv"):
        write_csv(report_rows(report), tmp_path / name)
    seen: list[tuple[int, int]] = []
    clock = iter(range(100))
    read_many([tmp_path / "a.csv", tmp_path / "b.csv"],
              progress=Progress(lambda d, t: seen.append((d, t)), clock=lambda: next(clock)))
    assert seen == [(0, 2), (1, 2), (2, 2)]
