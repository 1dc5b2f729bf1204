"""store.posts: bulk writes are set-based and every write says what it changed."""

from __future__ import annotations

import pytest

from core.findings import Category, CheckReport, Finding, Severity
from core.store.changes import Change
from core.store.errors import PostNotFoundError
from core.store.models import PostDraft, Status
from core.store.queue import QueueStore

ERROR = Finding("x.err", Category.PLATFORM, Severity.ERROR, 0, 1, "galat", "a")


def _statements(store: QueueStore) -> list[str]:
    seen: list[str] = []
    store._db.conn.set_trace_callback(seen.append)
    return seen


def test_add_many_stores_all_in_order_with_few_statements(store: QueueStore) -> None:
    items = [(PostDraft(body=f"isi {n}", title=f"#{n}"), CheckReport(f"isi {n}")) for n in range(300)]
    seen = _statements(store)
    changes = store.posts.add_many(items, status=Status.READY)
    store._db.conn.set_trace_callback(None)
    assert len(changes.created) == 300 and changes.kinds == {Change.POSTS}
    assert [p.title for p in store.posts.get_many(changes.created)] == [f"#{n}" for n in range(300)]
    assert {p.status for p in store.posts.list()} == {Status.READY}
    # one executemany (SQLite traces it per row; "--" lines run inside triggers): no other
    # statement per post
    others = [s for s in seen if not s.startswith(("--", "INSERT INTO posts ("))]
    assert len(others) <= 6, others
    assert store.posts.add_many([]).empty


def test_add_returns_the_new_id(store: QueueStore) -> None:
    changes = store.posts.add(PostDraft(body="a"), CheckReport("a"))
    assert changes.created == (changes.id,) and changes.post_ids == {changes.id}
    assert store.posts.get(changes.id).body == "a"


def test_set_statuses_checks_each_and_moves_the_rest_together(store: QueueStore) -> None:
    clean = [store.posts.add(PostDraft(body=f"b{n}"), CheckReport("b")).id for n in range(50)]
    faulty = store.posts.add(PostDraft(body="c"), CheckReport("c", (ERROR,))).id
    seen = _statements(store)
    changes = store.posts.set_statuses([*clean, faulty, 999], Status.READY, who="Rina")
    store._db.conn.set_trace_callback(None)
    assert changes.kinds == {Change.STATUS} and changes.post_ids == set(clean)
    assert set(changes.refused) == {faulty, 999}
    assert "galat" in changes.refused[faulty] and "tidak ada" in changes.refused[999]
    writes = [s for s in seen if s.lstrip().upper().startswith(("INSERT", "UPDATE"))]
    assert len(writes) == 2  # one history insert, one status update, for all 50
    assert all(store.posts.last_change(i).who == "Rina" for i in clean)  # type: ignore[union-attr]
    assert store.posts.get(faulty).status is Status.DRAFT


def test_set_status_to_the_same_status_changes_nothing(store: QueueStore) -> None:
    post_id = store.posts.add(PostDraft(body="a"), CheckReport("a")).id
    assert store.posts.set_status(post_id, Status.DRAFT).empty
    assert store.posts.history(post_id) == []
    assert store.posts.set_status(post_id, Status.READY).post_ids == {post_id}


def test_delete_and_schedule_report_their_changes(store: QueueStore) -> None:
    post_id = store.posts.add(PostDraft(body="a"), CheckReport("a")).id
    assert store.posts.set_schedule(post_id, None).kinds == {Change.SCHEDULE}
    gone = store.posts.delete(post_id)
    assert gone.removed == {post_id} and gone.touches(Change.POSTS)
    with pytest.raises(PostNotFoundError):
        store.posts.delete(post_id)
