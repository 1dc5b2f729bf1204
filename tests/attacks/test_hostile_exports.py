"""Hostile cells and hostile folders in exports: every cell that starts like a formula is
neutralised (review copy) or reported (import files), in every preset; a database that cannot
record the batch means no file is written; temporary files of killed exports are removed by
the next export."""

from __future__ import annotations

import csv
import datetime as dt
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.app.temp_files import PREFIX, STALE_AFTER, remove_stale
from core.check.findings import CheckReport
from core.publish.channels import Channel
from core.publish.export import Level
from core.publish.presets import PRESETS, ExportError
from core.publish.queue_export import export_queue
from core.store.bundle import export_bundle
from core.store.models import PostDraft, Status
from core.store.queue import QueueStore

NOW = dt.datetime(2030, 5, 1, 9, 0)
AT = dt.datetime(2030, 5, 13, 19, 0)
TRIGGERS = ["=HYPERLINK(\"http://x\")", "+62811", "-1+2", "@SUM(A1)", "\tTab", "\rCR"]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[QueueStore]:
    s = QueueStore(tmp_path / "q.db")
    yield s
    s.close()


def _add(store: QueueStore, *, body: str = "Isi biasa", title: str = "", sources: str = "") -> int:
    draft = PostDraft(body=body, title=title, sources=sources, channels=(Channel.FACEBOOK,),
                      scheduled_at=AT)
    return store.posts.add(draft, CheckReport(body), status=Status.READY).id


def _cells(path: Path, delimiter: str = ",") -> list[str]:
    encoding = "utf-8-sig"
    with path.open(encoding=encoding, newline="") as handle:
        return [c for row in csv.reader(handle, delimiter=delimiter) for c in row]


@pytest.mark.parametrize("cell", TRIGGERS)
@pytest.mark.parametrize("where", ["body", "title", "sources"])
def test_review_copy_neutralises_every_cell(store: QueueStore, tmp_path: Path, cell: str,
                                            where: str) -> None:
    from openpyxl import load_workbook

    _add(store, **{where: cell})  # type: ignore[arg-type]
    got = export_queue(store, preset="review", out=tmp_path / "tinjau.xlsx", now=NOW).result
    cells = [c for row in load_workbook(got.files[0])["Tinjauan"].iter_rows(min_row=2) for c in row]
    formulas = [c for c in cells if c.data_type == "f"]
    written = [c for c in cells if c.value == cell.replace("\r", "\n")]
    assert not formulas and written and all(c.data_type == "s" and c.quotePrefix for c in written)


@pytest.mark.parametrize("preset", [p for p in PRESETS if p != "review"])
@pytest.mark.parametrize("where", ["body", "title", "sources"])
def test_import_files_report_every_formula_cell_they_write(store: QueueStore, tmp_path: Path,
                                                           preset: str, where: str) -> None:
    post_id = _add(store, **{where: "=1+1"})  # type: ignore[arg-type]
    out = tmp_path / "impor.csv"
    got = export_queue(store, preset=preset, out=out, now=NOW).result
    cells = [c for f in got.files for c in _cells(f)]
    written_raw = "=1+1" in cells
    warned = [n for n in got.notes if n.level is Level.WARNING and n.post_id == post_id
              and "rumus" in n.message]
    assert written_raw == bool(warned), (preset, where, cells, got.notes)
    if written_raw:
        label = {"body": "teks", "title": "judul", "sources": "sumber"}[where]
        assert warned[0].message.startswith(label)


def test_read_only_store_writes_no_file(tmp_path: Path) -> None:
    writer = QueueStore(tmp_path / "q.db")
    _add(writer)
    writer.close()
    store = QueueStore(tmp_path / "q.db", read_only=True)
    try:
        for preset in PRESETS:
            out = tmp_path / f"{preset}.csv"
            with pytest.raises(ExportError, match=r"hanya-baca.*tidak ditulis"):
                export_queue(store, preset=preset, out=out, now=NOW)
        assert sorted(p.name for p in tmp_path.iterdir()) == ["q.db", "q.db-shm", "q.db-wal"] or \
            sorted(p.name for p in tmp_path.iterdir()) == ["q.db"]
    finally:
        store.close()


def _age(path: Path, seconds: float) -> None:
    stamp = time.time() - seconds
    os.utime(path, (stamp, stamp))


def test_next_export_removes_stale_temporary_files(store: QueueStore, tmp_path: Path) -> None:
    _add(store)
    stale = tmp_path / f"{PREFIX}antrean.csv.k1ll3d.tmp"
    stale.write_bytes(b"x" * 1000)
    stale_dir = tmp_path / f"{PREFIX}antrean-gambar.abc.tmp"
    stale_dir.mkdir()
    (stale_dir / "1-1.png").write_bytes(b"x")
    fresh = tmp_path / f"{PREFIX}lain.csv.running.tmp"  # another export writing right now
    fresh.write_bytes(b"x")
    mine = tmp_path / ".antrean.csv.tmp"  # not Saring's name: never touched
    mine.write_bytes(b"x")
    for path in (stale, stale_dir, mine):
        _age(path, STALE_AFTER.total_seconds() + 60)
    export_queue(store, preset="generic", out=tmp_path / "antrean.csv", now=NOW)
    assert not stale.exists() and not stale_dir.exists()
    assert fresh.exists() and mine.exists()


def test_bundle_writing_removes_stale_temporary_files(store: QueueStore, tmp_path: Path) -> None:
    post_id = _add(store)
    stale = tmp_path / f"{PREFIX}kirim.saring.zz.tmp"
    stale.write_bytes(b"x")
    _age(stale, STALE_AFTER.total_seconds() + 1)
    export_bundle(store, [post_id], tmp_path / "kirim.saring")
    assert not stale.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(PREFIX)]


def test_remove_stale_ignores_symlinks_and_missing_folders(tmp_path: Path) -> None:
    target = tmp_path / "penting.txt"
    target.write_text("x")
    link = tmp_path / f"{PREFIX}x.tmp"
    link.symlink_to(target)
    assert remove_stale(tmp_path, older_than=dt.timedelta(0), now=time.time() + 3600) == []
    assert target.exists() and link.is_symlink()
    assert remove_stale(tmp_path / "tidak-ada") == []


# -- the workflow: one decision for the window and the command line -------------------------


@pytest.mark.parametrize("status", [Status.DRAFT, Status.NEEDS_REVISION])
def test_no_export_moves_a_post_past_the_workflow(store: QueueStore, tmp_path: Path,
                                                   status: Status) -> None:
    """A Draf in the generic data file stays Draf: the history never shows Draf → Diekspor."""
    post_id = store.posts.add(PostDraft(body="Belum siap", channels=(Channel.FACEBOOK,),
                                        scheduled_at=AT), CheckReport("x"), status=status).id
    ready = _add(store)
    for preset in PRESETS:
        export_queue(store, preset=preset, out=tmp_path / f"{preset}.csv", now=NOW)
    assert store.posts.get(post_id).status is status
    assert all(h.to_status is not Status.EXPORTED for h in store.posts.history(post_id))
    assert store.posts.get(ready).status is Status.EXPORTED
