"""store.exports: recording a batch marks its posts in a fixed number of statements."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.check.findings import Category, CheckReport, Finding, Severity
from core.store.changes import Change
from core.store.models import PostDraft, Status
from core.store.queue import QueueStore
from tests.core.store.samples import draft as _draft


def test_record_marks_many_posts_set_based(store: QueueStore, tmp_path: Path) -> None:
    ready = store.posts.add_many([(PostDraft(body=f"p{n}"), CheckReport("p")) for n in range(400)],
                                 status=Status.READY).created
    published = store.posts.add(PostDraft(body="t"), CheckReport("t"), status=Status.PUBLISHED).id
    exported = store.posts.add(PostDraft(body="e"), CheckReport("e"), status=Status.EXPORTED).id
    seen: list[str] = []
    store._db.conn.set_trace_callback(seen.append)
    changes = store.exports.record(preset="generic", files=[tmp_path / "a.csv"],
                                   post_ids=[*ready, published, exported], who="Rina")
    store._db.conn.set_trace_callback(None)
    writes = [s for s in seen if s.lstrip().upper().startswith(("INSERT", "UPDATE"))]
    assert len(writes) == 3  # the batch, the history rows, the statuses
    assert changes.kinds == {Change.EXPORTS, Change.STATUS}
    assert changes.post_ids == set(ready) and changes.batch_id is not None
    assert {p.status for p in store.posts.get_many(ready)} == {Status.EXPORTED}
    assert store.posts.get(published).status is Status.PUBLISHED  # kept
    assert store.posts.history(exported) == []  # already Diekspor: no second row
    last = store.posts.last_change(ready[0])
    assert last is not None and (last.from_status, last.to_status, last.who) == (
        Status.READY, Status.EXPORTED, "Rina")
    assert last.reason == f"Ekspor generic (kiriman #{changes.batch_id})"
    assert store.exports.batch(changes.batch_id).post_ids == (*ready, published, exported)


def test_review_copy_records_the_batch_only(store: QueueStore, tmp_path: Path) -> None:
    post_id = store.posts.add(PostDraft(body="a"), CheckReport("a"), status=Status.READY).id
    changes = store.exports.record(preset="review", files=[tmp_path / "r.csv"], post_ids=[post_id],
                                   mark_exported=False)
    assert changes.kinds == {Change.EXPORTS} and changes.post_ids == frozenset()
    assert store.posts.get(post_id).status is Status.READY
    assert [b.id for b in store.exports.batches()] == [changes.batch_id]
    with pytest.raises(KeyError):
        store.exports.batch(999)


# -- moved from test_queue.py ------------------------------------------------------------

def test_export_leaves_a_draf_draf(store: QueueStore) -> None:
    """Issue 15: Draf → Diekspor is a move the status menu refuses; a generic data file that
    holds a Draf records the batch but leaves the post Draf."""
    post_id = store.posts.add(_draft(), CheckReport("x")).id
    changes = store.exports.record(preset="generic", files=[Path("a.csv")], post_ids=[post_id])
    assert store.posts.get(post_id).status is Status.DRAFT and store.posts.history(post_id) == []
    assert changes.batch_id is not None and store.exports.batch(changes.batch_id).post_ids == (post_id,)


def test_record_export_marks_posts_and_keeps_published(store: QueueStore, tmp_path: Path) -> None:
    a = store.posts.add(_draft("a"), CheckReport("a"), status=Status.READY).id
    b = store.posts.add(_draft("b"), CheckReport("b"), status=Status.PUBLISHED).id
    batch = store.exports.record(preset="buffer", files=[tmp_path / "x.csv"], post_ids=[a, b],
                                who="Rina").batch_id
    assert store.posts.get(a).status is Status.EXPORTED and store.posts.get(b).status is Status.PUBLISHED
    assert store.posts.history(a)[-1].reason == f"Ekspor buffer (kiriman #{batch})"
    (recorded,) = store.exports.batches()
    assert (recorded.preset, recorded.post_ids, recorded.files) == ("buffer", (a, b),
                                                                    (str(tmp_path / "x.csv"),))


def test_export_blocks_lists_error_posts_without_a_ready_reason() -> None:

    store = QueueStore(":memory:")
    error = Finding("platform.length.x", Category.PLATFORM, Severity.ERROR, 0, 5, "terlalu panjang",
                    actual="Warga")
    bad = store.posts.add(_draft(body="Warga datang."), CheckReport("Warga datang.", (error,))).id
    fine = store.posts.add(_draft(body="Warga datang."), CheckReport("Warga datang.")).id
    posts = store.posts.list()
    assert set(store.exports.blocks(posts)) == {bad}
    store.posts.set_status(bad, Status.READY, reason="Dipecah jadi utas")
    assert store.exports.blocks(store.posts.list()) == {}
    assert fine in {p.id for p in posts}
