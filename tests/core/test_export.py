from __future__ import annotations

import csv
import dataclasses
import io
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

import core.export
from core.channels import Channel
from core.export import FORMATS, GENERIC_COLUMNS, ExportError, ExportResult, export_csv
from core.findings import Category, CheckReport, Finding, Severity
from core.queue import PostDraft, QueueStore, Status, parse_schedule

ERROR = Finding("platform.length.x", Category.PLATFORM, Severity.ERROR, 0, 1, "m", "P")
WARNING = Finding("baku.silakan", Category.STANDARD, Severity.WARNING, 0, 1, "m", "P")


@pytest.fixture
def store() -> Iterator[QueueStore]:
    s = QueueStore(":memory:")
    s.add(PostDraft(body="Pengumuman: “libur”, kantor tutup.\nTerima kasih 😀",
                    title="Libur, 1 Jan", sources="BPBD; KBBI",
                    channels=(Channel.X, Channel.INSTAGRAM),
                    scheduled_at=parse_schedule("2025-01-01 08:00")),
          CheckReport("x", (ERROR, WARNING, WARNING)), status=Status.READY)
    s.add(PostDraft(body="Draf tanpa jadwal"), CheckReport("x"))
    yield s
    s.close()


def _rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_generic_header_and_rows(store: QueueStore, tmp_path: Path) -> None:
    posts = store.list()
    target = tmp_path / "antrean.csv"
    assert export_csv(posts, target) == ExportResult(path=target, rows=2)
    header, first, second = _rows(target)
    assert tuple(header) == GENERIC_COLUMNS
    row = dict(zip(header, first, strict=True))
    post = posts[0]
    assert row == {
        "id": str(post.id), "status": "siap", "scheduled_at": "2025-01-01 08:00",
        "channels": "x,instagram", "title": "Libur, 1 Jan",
        "body": "Pengumuman: “libur”, kantor tutup.\nTerima kasih 😀", "sources": "BPBD; KBBI",
        "errors": "1", "warnings": "2", "infos": "0",
        "created_at": post.created_at.isoformat(sep=" "), "updated_at": post.updated_at.isoformat(sep=" "),
    }
    row2 = dict(zip(header, second, strict=True))
    assert (row2["status"], row2["scheduled_at"], row2["channels"], row2["title"]) == ("draf", "", "", "")
    assert _leftovers(tmp_path) == []


def test_crlf_line_ends_and_utf8_without_bom(store: QueueStore, tmp_path: Path) -> None:
    target = tmp_path / "antrean.csv"
    export_csv(store.list(), target)
    raw = target.read_bytes()
    assert raw.startswith(b"id,status,")
    assert raw.count(b"\r\n") == 3  # header and two rows
    assert b"\r\n" not in raw.replace(b"\r\n", b"")  # no stray CR
    assert "“libur”".encode() in raw and "😀".encode() in raw
    assert '"Pengumuman: “libur”, kantor tutup.\nTerima kasih'.encode() in raw  # quoted, not split
    assert list(csv.reader(io.StringIO(raw.decode("utf-8"), newline=""))) == _rows(target)


def test_status_filter_through_store_list(store: QueueStore, tmp_path: Path) -> None:
    target = tmp_path / "siap.csv"
    result = export_csv(store.list(status=Status.READY), target)
    assert result.rows == 1
    rows = _rows(target)
    assert len(rows) == 2 and rows[1][1] == "siap"


def test_no_posts_gives_header_only(tmp_path: Path) -> None:
    target = tmp_path / "kosong.csv"
    assert export_csv([], target).rows == 0
    assert target.read_bytes() == (",".join(GENERIC_COLUMNS) + "\r\n").encode()


def test_overwrites_existing_file(store: QueueStore, tmp_path: Path) -> None:
    target = tmp_path / "antrean.csv"
    target.write_text("lama\n" * 1000, encoding="utf-8")
    export_csv(store.list(), target)
    assert len(_rows(target)) == 3


def test_formula_like_text_is_written_as_is(store: QueueStore, tmp_path: Path) -> None:
    post_id = store.add(PostDraft(body='=1+1 "kutip"'), CheckReport("x"))
    target = tmp_path / "antrean.csv"
    export_csv([store.get(post_id)], target)
    assert _rows(target)[1][GENERIC_COLUMNS.index("body")] == '=1+1 "kutip"'


@pytest.mark.parametrize("fmt", ["meta", "GENERIC", ""])
def test_unknown_format(store: QueueStore, tmp_path: Path, fmt: str) -> None:
    target = tmp_path / "antrean.csv"
    with pytest.raises(ExportError, match="format ekspor tidak dikenal") as info:
        export_csv(store.list(), target, fmt=fmt)
    assert ", ".join(FORMATS) in str(info.value)
    assert list(tmp_path.iterdir()) == []


def test_target_is_a_directory(store: QueueStore, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="folder"):
        export_csv(store.list(), tmp_path)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("parent", ["tidak-ada", "berkas.txt"])
def test_target_folder_missing_or_a_file(store: QueueStore, tmp_path: Path, parent: str) -> None:
    (tmp_path / "berkas.txt").write_text("x")
    with pytest.raises(ExportError):
        export_csv(store.list(), tmp_path / parent / "antrean.csv")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["berkas.txt"]


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="needs POSIX permissions that apply (not root)")
def test_unwritable_folder(store: QueueStore, tmp_path: Path) -> None:
    folder = tmp_path / "baca-saja"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ExportError, match="baca-saja"):
            export_csv(store.list(), folder / "antrean.csv")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_failed_rename_leaves_old_file_and_no_temp(store: QueueStore, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """The target is open in a program that locks it (Excel on Windows): the rename fails."""
    target = tmp_path / "antrean.csv"
    target.write_bytes(b"lama\r\n")

    def locked(src: object, dst: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(core.export.os, "replace", locked)
    with pytest.raises(ExportError, match=r"antrean\.csv"):
        export_csv(store.list(), target)
    assert target.read_bytes() == b"lama\r\n"
    assert _leftovers(tmp_path) == []


def test_text_that_cannot_be_encoded_leaves_no_temp(store: QueueStore, tmp_path: Path) -> None:
    broken = dataclasses.replace(store.list()[0], draft=PostDraft(body="emoji rusak \ud83d"))
    target = tmp_path / "antrean.csv"
    with pytest.raises(ExportError):
        export_csv([broken], target)
    assert list(tmp_path.iterdir()) == []
