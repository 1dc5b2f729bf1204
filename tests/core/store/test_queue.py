"""The QueueStore facade: its parts share one connection; the database file's own operations."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from core.check.findings import CheckReport
from core.store.models import PostDraft, QueueQuery
from core.store.queue import QueueStore


def test_parts_share_one_database(store: QueueStore) -> None:
    post_id = store.posts.add(PostDraft(body="isi"), CheckReport("isi")).id
    assert [r.id for r in store.search.rows(QueueQuery())] == [post_id]
    store.drafts.save(PostDraft(body="draf"), post_id=None)
    assert store.drafts.unsaved() is not None
    assert store.dictionary.add("Sukamaju") == "Sukamaju"
    assert store.exports.batches() == [] and store.media.of(post_id) == []
    assert store.reviews.post_id_for_uid(store.reviews.uid_of(post_id)) == post_id


def test_file_operations(tmp_path: Path) -> None:
    store = QueueStore(tmp_path / "a.db")
    store.posts.add(PostDraft(body="tersalin"), CheckReport("x"))
    assert store.journal_mode() == "wal" and store.passes_quick_check()
    store.copy_to(tmp_path / "salinan.db")
    store.close()
    copy = sqlite3.connect(tmp_path / "salinan.db")
    assert copy.execute("SELECT body FROM posts").fetchall() == [("tersalin",)]
    copy.close()
