"""Every preset against the format its tool publishes (/work/shared/domain/export-formats.md),
written out here as data so that a change of a preset cannot also change what it is tested
against: the header verbatim (or none), where the date and time go and their pattern, the day
order where the tool lets the user pick it, the zone the times are written in, the rows a file
may hold, UTF-8 without a byte-order mark, CRLF and RFC 4180 quoting. A preset without an entry
here fails :func:`test_every_preset_is_held_to_a_published_format`."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from openpyxl import load_workbook

from core.app.zones import ExportZones, Zone
from core.check.findings import CheckReport
from core.publish.channels import Channel
from core.publish.export import export_posts
from core.publish.presets import PRESETS, DateOrder
from core.store.models import PostDraft, Status
from core.store.queue import QueueStore

NOW = dt.datetime(2030, 5, 1, 9, 0)
AT = dt.datetime(2030, 6, 13, 21, 5)  # day 13: day and month cannot be mixed up; 21 h: 24-hour clock
CAPTION = 'Info "vaksin", gratis;\ndatang ke Puskesmas 😀'  # comma, quote, semicolon, newline, emoji


@dataclass(frozen=True)
class Published:
    """What a tool's help or template says its file looks like."""

    source: str  # the section of export-formats.md
    header: tuple[str, ...] | None  # None: data rows only
    when: tuple[str, ...]  # the columns (by name, or by position without a header) holding the time
    pattern: str  # what those cells look like, joined by a space, for AT (month first if picked)
    text: str  # the column holding the caption
    max_rows: int | None = None
    picks_order: bool = False  # day/month order picked at upload


PUBLISHED: dict[str, Published] = {
    # §2: A = date/time (default mm/dd/yyyy hh:mm, 24 h; dd/mm/yyyy selectable), B = message,
    # C = link; old sample files have no header row; 350 rows a file
    "hootsuite": Published("§2", None, ("0",), r"06/13/2030 21:05", "1", 350, picks_order=True),
    # §3: Text, Image URL, Tags, Posting Time (YYYY-MM-DD HH:mm, zero-padded); up to 100 a paid upload
    "buffer": Published("§3", ("Text", "Image URL", "Tags", "Posting Time"), ("Posting Time",),
                        r"2030-06-13 21:05", "Text", 100),
    # §4: the 12-column header kept whole; Date YYYY-MM-DD HH:MM with a colon
    "publer": Published("§4", ("Date", "Text", "Link(s)", "Media URL(s)", "Title", "Label(s)",
                               "Alt text(s)", "Comment(s)", "Board/Album", "Post subtype", "CTA",
                               "Reminder"), ("Date",), r"2030-06-13 21:05", "Text"),
    # §6: date (dd/mm/yyyy or mm/dd/yyyy by import preference), time_24hr, message_text; ≤350
    "sprout": Published("§6", ("date", "time_24hr", "message_text"), ("date", "time_24hr"),
                        r"06/13/2030 21:05", "message_text", 350, picks_order=True),
    # Saring's own layout (§8 (a) for the encoding and quoting): every field of the post
    "generic": Published("§8 (a)", ("id", "status", "scheduled_at", "channels", "title", "body",
                                    "sources", "errors", "warnings", "infos", "created_at",
                                    "updated_at", "images", "alt_texts", "bidang"),
                         ("scheduled_at",), r"2030-06-13 21:05", "body"),
}
REVIEW = "review"  # §8 (b): an .xlsx workbook, not a CSV: tested on its own below
CSV_PRESETS = sorted(PUBLISHED)
TOOLS = [p for p in CSV_PRESETS if PRESETS[p].publishes]


def test_every_preset_is_held_to_a_published_format() -> None:
    assert set(PRESETS) == set(PUBLISHED) | {REVIEW}
    for preset_id, published in PUBLISHED.items():
        preset = PRESETS[preset_id]
        assert preset.header == published.header, preset_id
        assert preset.max_rows == published.max_rows, preset_id
        assert preset.picks_date_order == published.picks_order, preset_id
        assert preset.source.startswith(f"export-formats.md {published.source}") or \
            preset_id == "generic", preset_id


def _store(count: int = 1, *, step: dt.timedelta = dt.timedelta(minutes=10)) -> QueueStore:
    store = QueueStore(":memory:")
    store.posts.add_many([(PostDraft(body=CAPTION if n == 0 else f"Info {n}", channels=(Channel.FACEBOOK,),
                                     scheduled_at=AT + n * step), CheckReport("x"))
                          for n in range(count)], status=Status.READY)
    return store


def _cells(raw: bytes, published: Published) -> list[dict[str, str]]:
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8"), newline="")))
    if published.header is None:
        return [{str(i): v for i, v in enumerate(row)} for row in rows]
    assert tuple(rows[0]) == published.header
    return [dict(zip(published.header, row, strict=True)) for row in rows[1:]]


def _when(row: dict[str, str], published: Published) -> str:
    return " ".join(row[c] for c in published.when)


@pytest.mark.parametrize("preset", CSV_PRESETS)
def test_header_time_encoding_and_quoting_as_published(tmp_path: Path, preset: str) -> None:
    published = PUBLISHED[preset]
    result = export_posts(_store().posts.list(), tmp_path / "f.csv", preset=preset, now=NOW)
    (path,) = result.files
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")  # UTF-8 without a BOM: importers read the header
    assert raw.endswith(b"\r\n") and raw.count(b"\r\n") == raw.count(b"\n") - 1  # CRLF; the
    # one bare LF is the caption's own line break, inside its quoted cell
    if published.header is not None:
        assert raw.startswith(",".join(published.header).encode() + b"\r\n")  # verbatim, in order
    (row,) = _cells(raw, published)
    assert row[published.text] == CAPTION  # RFC 4180 quoting: the caption comes back whole
    assert re.fullmatch(published.pattern, _when(row, published)), _when(row, published)


@pytest.mark.parametrize("preset", [p for p in CSV_PRESETS if PUBLISHED[p].picks_order])
@pytest.mark.parametrize(("order", "day_first"), [(DateOrder.MDY, False), (DateOrder.DMY, True)])
def test_the_day_order_the_user_picks_at_upload(tmp_path: Path, preset: str, order: DateOrder,
                                                day_first: bool) -> None:
    published = PUBLISHED[preset]
    result = export_posts(_store().posts.list(), tmp_path / "f.csv", preset=preset, now=NOW,
                          date_order=order)
    (row,) = _cells(result.files[0].read_bytes(), published)
    assert _when(row, published) == ("13/06/2030 21:05" if day_first else "06/13/2030 21:05")


@pytest.mark.parametrize("preset", CSV_PRESETS)
@pytest.mark.parametrize(("office", "tool", "hours"), [(Zone.WITA, Zone.WIB, -1), (Zone.WIB, Zone.WIT, 2),
                                                      (Zone.WIT, Zone.WIT, 0)])
def test_times_in_the_zone_the_tool_reads_them_in(tmp_path: Path, preset: str, office: Zone, tool: Zone,
                                                  hours: int) -> None:
    """No published format has a zone column (§0): a tool reads the times in the zone of its
    account, channel or workspace, so a tool's file is written in that zone; Saring's own file
    keeps the office's times. The report's first line names the zone either way."""
    published = PUBLISHED[preset]
    result = export_posts(_store().posts.list(), tmp_path / "f.csv", preset=preset, now=NOW,
                          date_order=DateOrder.DMY, zones=ExportZones(office, tool))
    (row,) = _cells(result.files[0].read_bytes(), published)
    written = _when(row, published)
    expected = AT + dt.timedelta(hours=hours if PRESETS[preset].publishes else 0)
    formats = {"%d/%m/%Y %H:%M", "%Y-%m-%d %H:%M"}
    assert any(_parses(written, f) == expected for f in formats), written
    named = tool if PRESETS[preset].publishes else office
    assert named.name in result.notes[0].message


def _parses(text: str, pattern: str) -> dt.datetime | None:
    try:
        return dt.datetime.strptime(text, pattern)
    except ValueError:
        return None


@pytest.mark.parametrize("preset", [p for p in TOOLS if PUBLISHED[p].max_rows])
def test_a_file_holds_no_more_rows_than_the_tool_takes(tmp_path: Path, preset: str) -> None:
    limit = PUBLISHED[preset].max_rows
    assert limit is not None
    result = export_posts(_store(limit + 1).posts.list(), tmp_path / "f.csv", preset=preset, now=NOW)
    assert [len(_cells(f.read_bytes(), PUBLISHED[preset])) for f in result.files] == [limit, 1]
    assert result.files == (tmp_path / "f-1.csv", tmp_path / "f-2.csv")


def test_the_review_copy_is_a_workbook_in_the_offices_time(tmp_path: Path) -> None:
    """§8 (b): the head of office's copy is an .xlsx with real dates, in the office's zone
    whatever zone the posting tool uses, and the zone in the column's name."""
    result = export_posts(_store().posts.list(), tmp_path / "tinjau.csv", preset=REVIEW, now=NOW,
                          zones=ExportZones(Zone.WITA, Zone.WIB))
    (path,) = result.files
    assert path.suffix == ".xlsx" and path.read_bytes().startswith(b"PK")
    sheet = load_workbook(path).worksheets[0]
    header = [c.value for c in sheet[1]]
    column = header.index("Rencana terbit (WITA, UTC+8)")
    cell = sheet[2][column]
    assert cell.is_date and cell.value == AT
    assert sheet[2][header.index("Isi unggahan")].value == CAPTION
