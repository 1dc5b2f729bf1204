"""export_queue: one path for the command line and the window, with the workflow rule."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.check.findings import CheckReport
from core.publish.channels import Channel
from core.publish.export import Level
from core.publish.presets import PRESETS, ExportError
from core.publish.queue_export import (
    export_queue,
    not_ready_reason,
    record_export,
    select_for_export,
    write_export,
)
from core.store.changes import Change
from core.store.models import PostDraft, Status
from core.store.queue import QueueStore

NOW = dt.datetime(2030, 5, 1, 9, 0)
AT = dt.datetime(2030, 5, 13, 19, 0)


@pytest.fixture
def store() -> Iterator[QueueStore]:
    s = QueueStore(":memory:")
    yield s
    s.close()


def _add(store: QueueStore, body: str, status: Status) -> int:
    draft = PostDraft(body=body, channels=(Channel.FACEBOOK,), scheduled_at=AT)
    return store.posts.add(draft, CheckReport(body), status=status).id


@pytest.mark.parametrize("preset", [p.id for p in PRESETS.values() if p.only_ready])
def test_posting_tools_take_siap_posts_only(store: QueueStore, tmp_path: Path, preset: str) -> None:
    draft = _add(store, "Masih draf", Status.DRAFT)
    revise = _add(store, "Perlu revisi", Status.NEEDS_REVISION)
    ready = _add(store, "Siap terbit", Status.READY)
    done = export_queue(store, preset=preset, out=tmp_path / "out.csv", now=NOW, who="Rina")
    assert done.result.post_ids == (ready,)
    assert "Masih draf" not in "".join(f.read_text(encoding="utf-8") for f in done.result.files)
    assert any(n.level is Level.INFO and "2 unggahan lain" in n.message for n in done.result.notes)
    assert done.changes.post_ids == {ready} and done.changes.touches(Change.STATUS)
    assert [store.posts.get(i).status for i in (draft, revise, ready)] == [
        Status.DRAFT, Status.NEEDS_REVISION, Status.EXPORTED]


def test_asking_for_drafts_is_refused_with_the_reason(store: QueueStore, tmp_path: Path) -> None:
    _add(store, "Masih draf", Status.DRAFT)
    with pytest.raises(ExportError) as info:
        export_queue(store, preset="hootsuite", out=tmp_path / "hs.csv", status=Status.DRAFT)
    assert str(info.value) == "Unggahan " + not_ready_reason(Status.DRAFT, PRESETS["hootsuite"])
    assert not list(tmp_path.iterdir()) and store.exports.batches() == []


def test_re_export_of_a_posting_batch_takes_exported_posts(store: QueueStore, tmp_path: Path) -> None:
    ready = _add(store, "Siap terbit", Status.READY)
    first = export_queue(store, preset="buffer", out=tmp_path / "b.csv", now=NOW)
    again = export_queue(store, preset="sprout", out=tmp_path / "s.csv", now=NOW,
                         batch=first.changes.batch_id)
    assert again.result.post_ids == (ready,)
    store.posts.set_status(ready, Status.DRAFT)  # taken back for more work since
    third = export_queue(store, preset="hootsuite", out=tmp_path / "h.csv", now=NOW,
                         batch=first.changes.batch_id)
    assert third.result.post_ids == ()
    (note,) = [n for n in third.result.notes if n.level is Level.REFUSED]
    assert note.post_id == ready and note.message == not_ready_reason(Status.DRAFT, PRESETS["hootsuite"])


def test_a_generic_batch_does_not_open_the_door(store: QueueStore, tmp_path: Path) -> None:
    draft = _add(store, "Masih draf", Status.DRAFT)
    generic = export_queue(store, preset="generic", out=tmp_path / "g.csv", now=NOW)
    assert generic.result.post_ids == (draft,)  # data file: any status
    again = export_queue(store, preset="hootsuite", out=tmp_path / "h.csv", now=NOW,
                         batch=generic.changes.batch_id)
    assert again.result.post_ids == ()
    with pytest.raises(ExportError, match="tidak ada kiriman ekspor #99"):
        export_queue(store, preset="generic", out=tmp_path / "x.csv", batch=99)


def test_review_copy_shows_every_status_and_changes_none(store: QueueStore, tmp_path: Path) -> None:
    draft = _add(store, "Masih draf", Status.DRAFT)
    done = export_queue(store, preset="review", out=tmp_path / "r.csv", now=NOW)
    assert done.result.post_ids == (draft,) and store.posts.get(draft).status is Status.DRAFT
    assert done.changes.kinds == {Change.EXPORTS}
    from openpyxl import load_workbook

    assert done.result.files == (tmp_path / "r.xlsx",)
    assert load_workbook(tmp_path / "r.xlsx")["Tinjauan"]["B2"].value == "Draf"


def test_window_steps_select_write_record(store: QueueStore, tmp_path: Path) -> None:
    ready = _add(store, "Siap terbit", Status.READY)
    selection = select_for_export(store, preset="publer", channel=Channel.FACEBOOK)
    assert [p.id for p in selection.posts] == [ready] and selection.refused == {}
    result = write_export(selection, tmp_path / "p.csv", now=NOW)
    assert store.posts.get(ready).status is Status.READY  # writing alone changes nothing
    changes = record_export(store, result, who="Rina")
    assert changes.post_ids == {ready} and store.posts.last_change(ready).who == "Rina"  # type: ignore[union-attr]
    empty = write_export(select_for_export(store, preset="publer"), tmp_path / "q.csv", now=NOW)
    assert record_export(store, empty).empty and len(store.exports.batches()) == 1
