"""The review copy as a real .xlsx: layout, formula neutralisation, what LibreOffice reads, and
reading the reviewer's decisions back."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
import subprocess
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

from core.app.zones import ExportZones, Zone
from core.check.findings import Category, CheckReport, Finding, Severity
from core.publish.channels import Channel
from core.publish.export import Level
from core.publish.queue_export import export_queue
from core.publish.review_sheet import (
    DECISIONS,
    FINDINGS_SHEET,
    MAX_CELL,
    META_SHEET,
    REVIEW_COLUMNS,
    REVIEW_SHEET,
    Decision,
    ReviewCopyError,
    read_review_copy,
)
from core.store.models import PostDraft, Status
from core.store.queue import QueueStore

NOW = dt.datetime(2030, 5, 1, 9, 0)
AT = dt.datetime(2030, 5, 13, 19, 5)
TRIGGERS = ["=HYPERLINK(\"http://x\")", "+62811", "-1+2", "@SUM(A1)", "\tTab", "\rCR", "\nLF"]
SPELL = Finding("ejaan.x", Category.SPELLING, Severity.ERROR, 0, 5, "Ejaan tidak baku; ganti.",
                "Halo", ("Halo!",))


@pytest.fixture
def store() -> Iterator[QueueStore]:
    s = QueueStore(":memory:")
    yield s
    s.close()


def _add(store: QueueStore, body: str = "Halo warga", *, title: str = "Judul", sources: str = "",
         at: dt.datetime | None = AT, findings: tuple[Finding, ...] = ()) -> int:
    draft = PostDraft(body=body, title=title, sources=sources,
                      channels=(Channel.FACEBOOK, Channel.INSTAGRAM), scheduled_at=at)
    return store.posts.add(draft, CheckReport(body, findings), status=Status.DRAFT).id


WITA = ExportZones(Zone.WITA, Zone.WITA)
HEADER = [c if c != "Rencana terbit" else "Rencana terbit (WITA, UTC+8)" for c in REVIEW_COLUMNS]


def _export(store: QueueStore, out: Path) -> Path:
    done = export_queue(store, preset="review", out=out, now=NOW, zones=WITA)
    assert len(done.result.files) == 1
    return done.result.files[0]


def test_the_review_copy_is_an_xlsx_with_frozen_header_sized_columns_and_real_dates(
        store: QueueStore, tmp_path: Path) -> None:
    first = _add(store, findings=(SPELL,))
    _add(store, "Tanpa jadwal", at=None)
    path = _export(store, tmp_path / "tinjau.csv")  # the preset's extension wins
    assert path == tmp_path / "tinjau.xlsx"
    wb = load_workbook(path)
    assert wb.sheetnames == [REVIEW_SHEET, FINDINGS_SHEET, META_SHEET]
    assert wb[META_SHEET].sheet_state == "hidden"
    sheet = wb[REVIEW_SHEET]
    assert [c.value for c in sheet[1]] == HEADER  # the planned times are the office's
    assert sheet.freeze_panes == "B2"
    assert sheet.column_dimensions["F"].width >= 60  # the post's text
    row = {h: c for h, c in zip(REVIEW_COLUMNS, sheet[2], strict=True)}  # by the plain names
    assert row["No"].value == first
    assert row["Rencana terbit"].value == AT and row["Rencana terbit"].is_date
    assert row["Harus diperbaiki"].value == 1  # a number, not text
    assert "Ejaan tidak baku" in row["Temuan"].value and "harus diperbaiki" in row["Temuan"].value
    assert row["Kanal"].value == "Facebook, Instagram"
    assert sheet.cell(row=3, column=3).value is None  # no plan: an empty cell
    rule = sheet.data_validations.dataValidation[0]
    assert rule.type == "list" and rule.formula1 == '"' + ",".join(DECISIONS) + '"'
    assert "L2" in rule.sqref and rule.showErrorMessage
    assert sheet.protection.sheet and not row["Keputusan"].protection.locked
    assert row["Isi unggahan"].protection.locked
    findings = wb[FINDINGS_SHEET]
    assert [c.value for c in findings[2]][:4] == [first, "Judul", "harus diperbaiki", "spelling"]


@pytest.mark.parametrize("cell", TRIGGERS)
def test_formula_cells_stay_text_with_the_quote_prefix(store: QueueStore, tmp_path: Path,
                                                       cell: str) -> None:
    _add(store, cell, title=cell, sources=cell)
    path = _export(store, tmp_path / "tinjau.xlsx")
    with zipfile.ZipFile(path) as archive:
        sheet_xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet_xml and "<f " not in sheet_xml  # no formula anywhere
    sheet = load_workbook(path)[REVIEW_SHEET]
    for column in ("Judul", "Isi unggahan", "Sumber"):
        got = sheet.cell(row=2, column=REVIEW_COLUMNS.index(column) + 1)
        # XML keeps a line break, not a carriage return: "\rCR" reads back as "\nCR"
        assert got.value == cell.replace("\r", "\n") and got.data_type == "s" and got.quotePrefix


def test_control_characters_and_overlong_text_are_adjusted_and_reported(store: QueueStore,
                                                                       tmp_path: Path) -> None:
    post_id = _add(store, "a\x00b\x07c" + "x" * (MAX_CELL + 10))
    done = export_queue(store, preset="review", out=tmp_path / "t.xlsx", now=NOW)
    adjusted = [n.message for n in done.result.notes if n.level is Level.ADJUSTED and n.post_id == post_id]
    assert any("karakter kendali" in m for m in adjusted) and any("dipotong" in m for m in adjusted)
    body = load_workbook(done.result.files[0])[REVIEW_SHEET].cell(row=2, column=6).value
    assert body.startswith("abc") and len(body) == MAX_CELL


def test_an_export_of_the_review_copy_changes_no_status(store: QueueStore, tmp_path: Path) -> None:
    post_id = _add(store)
    done = export_queue(store, preset="review", out=tmp_path / "t.xlsx", now=NOW)
    assert store.posts.get(post_id).status is Status.DRAFT and done.result.post_ids == (post_id,)


def _decide(path: Path, decisions: dict[int, tuple[str, str]]) -> None:
    """Fill the Keputusan and Catatan cells as the reviewer would."""
    wb = load_workbook(path)
    sheet = wb[REVIEW_SHEET]
    for row in sheet.iter_rows(min_row=2):
        if row[0].value in decisions:
            row[REVIEW_COLUMNS.index("Keputusan")].value, row[-1].value = decisions[row[0].value]
    wb.save(path)


def test_decisions_are_read_back_by_column_name_in_any_row_order(store: QueueStore,
                                                                 tmp_path: Path) -> None:
    a, b, c = _add(store, "satu"), _add(store, "dua"), _add(store, "tiga")
    path = _export(store, tmp_path / "t.xlsx")
    _decide(path, {a: ("Setuju", ""), b: ("revisi", "Ganti foto"), c: ("Mungkin", "")})
    wb = load_workbook(path)  # the reviewer sorts the rows backwards
    sheet = wb[REVIEW_SHEET]
    rows = [[cell.value for cell in r] for r in sheet.iter_rows(min_row=2)]
    for n, values in enumerate(reversed(rows), start=2):
        for col, value in enumerate(values, start=1):
            sheet.cell(row=n, column=col).value = value
    wb.save(path)
    got = {line.post_id: line for line in read_review_copy(path).lines}
    assert got[a].decision is Decision.APPROVE and got[b].decision is Decision.REVISE
    assert got[b].note == "Ganti foto" and got[c].decision is None and got[c].raw == "Mungkin"
    assert all(line.fingerprint for line in got.values())


def test_files_that_are_not_review_copies_are_refused_with_a_reason(tmp_path: Path) -> None:
    csv_file = tmp_path / "t.xlsx"
    csv_file.write_text("No;Keputusan\n1;Setuju\n", encoding="utf-8")
    with pytest.raises(ReviewCopyError, match="bukan buku kerja Excel"):
        read_review_copy(csv_file)
    from openpyxl import Workbook

    other = tmp_path / "lain.xlsx"
    Workbook().save(other)
    with pytest.raises(ReviewCopyError, match="bukan salinan tinjauan Saring"):
        read_review_copy(other)
    with pytest.raises(ReviewCopyError, match="tidak dapat dibuka"):
        read_review_copy(tmp_path / "tidak-ada.xlsx")


def test_a_removed_decision_column_is_named(store: QueueStore, tmp_path: Path) -> None:
    _add(store)
    path = _export(store, tmp_path / "t.xlsx")
    wb = load_workbook(path)
    wb[REVIEW_SHEET].cell(row=1, column=REVIEW_COLUMNS.index("Keputusan") + 1).value = "Putusan"
    wb.save(path)
    with pytest.raises(ReviewCopyError, match="kolom “Keputusan” tidak ada"):
        read_review_copy(path)


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    bomb = tmp_path / "bom.xlsx"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (50 * 1024 * 1024))
    with pytest.raises(ReviewCopyError, match="membengkak"):
        read_review_copy(bomb)


# -- LibreOffice (soffice --headless): columns and dates as a reviewer's program reads them --

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
needs_soffice = pytest.mark.skipif(
    SOFFICE is None, reason="LibreOffice Calc is not installed (scripts/setup.sh installs "
                            "libreoffice-calc-nogui for the tests)")


def _soffice(tmp_path: Path, source: Path, target: str) -> Path:
    profile = tmp_path / "lo-profile"
    out = tmp_path / "lo-out"
    subprocess.run([SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", target, "--outdir", str(out), str(source)],
                   check=True, capture_output=True, timeout=180)
    return next(out.iterdir())


@needs_soffice
def test_libreoffice_reads_the_columns_and_the_dates(store: QueueStore, tmp_path: Path) -> None:
    post_id = _add(store, "=1+1 Halo\nbaris dua; koma, \"kutip\"", title="@akun", findings=(SPELL,))
    path = _export(store, tmp_path / "t.xlsx")
    # comma-separated, quote character ", UTF-8, quote all text cells: a date cell that is a
    # real date comes out unquoted, text comes out quoted
    converted = _soffice(tmp_path, path, 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true')
    raw = converted.read_text(encoding="utf-8")
    assert f'{post_id},"Draf",13/05/2030 19:05,' in raw
    header, row = list(csv.reader(raw.splitlines(keepends=True)))
    assert header == HEADER
    values = dict(zip(REVIEW_COLUMNS, row, strict=True))
    assert values["Isi unggahan"] == "=1+1 Halo\nbaris dua; koma, \"kutip\""  # text, not computed
    assert values["Judul"] == "@akun" and values["Harus diperbaiki"] == "1"


@needs_soffice
def test_decisions_saved_by_libreoffice_round_trip(store: QueueStore, tmp_path: Path) -> None:
    a, b = _add(store, "satu"), _add(store, "dua")
    path = _export(store, tmp_path / "t.xlsx")
    _decide(path, {a: ("Tolak", "Bukan wewenang dinas"), b: ("Setuju", "")})
    resaved = _soffice(tmp_path, path, "xlsx:Calc MS Excel 2007 XML")  # the reviewer's program saves it
    got = {line.post_id: line for line in read_review_copy(resaved).lines}
    assert got[a].decision is Decision.REJECT and got[a].note == "Bukan wewenang dinas"
    assert got[b].decision is Decision.APPROVE and got[a].fingerprint and got[b].fingerprint
