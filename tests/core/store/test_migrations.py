from __future__ import annotations

import dataclasses
import sqlite3

import pytest
from sqlite_utils import Database

from core.store.migrations import migrations


@pytest.fixture
def db() -> Database:
    database = Database(memory=True)
    migrations.apply(database)
    return database


def test_posts_columns(db: Database) -> None:
    columns = {c.name: (c.type, c.notnull, c.default_value, c.is_pk) for c in db["posts"].columns}
    assert columns == {
        "id": ("INTEGER", False, None, True),
        "title": ("TEXT", True, "''", False),
        "body": ("TEXT", True, None, False),
        "sources": ("TEXT", True, "''", False),
        "channels": ("TEXT", True, "'[]'", False),
        "scheduled_at": ("TEXT", False, None, False),
        "status": ("TEXT", True, "'draf'", False),
        "findings": ("TEXT", True, "'[]'", False),
        "n_errors": ("INTEGER", True, "0", False),
        "n_warnings": ("INTEGER", True, "0", False),
        "n_infos": ("INTEGER", True, "0", False),
        "created_at": ("TEXT", True, None, False),
        "updated_at": ("TEXT", True, None, False),
        "uid": ("TEXT", False, None, False),  # m_i5_006
        "version": ("INTEGER", True, "1", False),  # m_i15_001
        "peer_version": ("INTEGER", False, None, False),  # m_i15_002
        "bidang": ("TEXT", True, "'[]'", False),  # m_i17_001
    }
    assert db["posts"].pks == ["id"]


def test_posts_indexes(db: Database) -> None:
    columns = {tuple(i.columns) for i in db["posts"].indexes}
    assert {("scheduled_at",), ("status",)} <= columns  # later migrations add their own


def test_defaults_fill_a_minimal_row(db: Database) -> None:
    db.execute("INSERT INTO posts (body, created_at, updated_at) VALUES ('isi', 't', 't')")
    row = next(db["posts"].rows)
    assert (row["title"], row["channels"], row["status"], row["findings"], row["n_errors"]) == (
        "", "[]", "draf", "[]", 0)


@pytest.mark.parametrize("column", ["body", "created_at", "updated_at"])
def test_required_columns(db: Database, column: str) -> None:
    values = {"body": "isi", "created_at": "t", "updated_at": "t"}
    del values[column]
    with pytest.raises(sqlite3.IntegrityError, match="NOT NULL"):
        db["posts"].insert(values)


def test_apply_twice_is_a_no_op(db: Database) -> None:
    db["posts"].insert({"body": "tetap", "created_at": "t", "updated_at": "t"})
    migrations.apply(db)
    assert migrations.pending(db) == []
    every = [m.name for m in migrations.pending(Database(memory=True))]
    assert every[0] == "m001_posts"
    assert [m.name for m in migrations.applied(db)] == every  # each recorded once
    assert db["posts"].count == 1


def _names() -> list[str]:
    return [m.name for m in migrations.pending(Database(memory=True))]


@pytest.mark.parametrize("first_missing", _names()[1:])
def test_upgrade_from_every_earlier_version_keeps_data(tmp_path, first_missing: str) -> None:
    """A database made by an older Saring (every migration before ``first_missing``), holding
    a post, upgrades to the current schema and the post is still there, readable."""
    from core.store.queue import QueueStore

    path = tmp_path / "lama.db"
    old = Database(path)
    migrations.apply(old, stop_before=first_missing)
    old["posts"].insert({"title": "Judul lama", "body": "Isi lama ✓ 🙂", "sources": "BPS",
                         "channels": '["x"]', "scheduled_at": "2025-01-02 08:00", "status": "siap",
                         "findings": "[]", "created_at": "2025-01-01T00:00:00",
                         "updated_at": "2025-01-01T00:00:00"})
    old.close()
    store = QueueStore(path)
    assert not migrations.pending(store._db)
    [post] = store.posts.list()
    assert (post.title, post.body, post.draft.sources, post.status.value) == (
        "Judul lama", "Isi lama ✓ 🙂", "BPS", "siap")
    assert post.draft.bidang == ()  # posts from before bidang carry none


def test_bidang_migration_from_the_previous_schema_with_data(tmp_path) -> None:
    """A database of the schema just before bidang, with posts and an autosaved draft, gets
    the column: old posts are untagged, keep every field, and can be tagged and found."""
    from core.check.findings import CheckReport
    from core.store.drafts import DEFAULT_SLOT
    from core.store.models import QueueQuery
    from core.store.queue import QueueStore

    path = tmp_path / "sebelum-bidang.db"
    old = Database(path)
    migrations.apply(old, stop_before="m_i17_001_post_bidang")
    assert "bidang" not in old["posts"].columns_dict
    for i in range(3):
        old["posts"].insert({"title": f"Lama {i}", "body": f"Isi {i}", "channels": '["facebook"]',
                             "scheduled_at": f"2025-01-0{i + 1} 08:00", "status": "draf",
                             "created_at": "2025-01-01T00:00:00", "updated_at": "2025-01-01T00:00:00"})
    old["drafts"].insert({"slot": DEFAULT_SLOT, "title": "", "body": "ketikan", "sources": "",
                          "channels": "[]", "saved_at": "2025-01-01T00:00:00"})
    old.close()
    store = QueueStore(path)
    posts = store.posts.list()
    assert [(p.title, p.draft.bidang, p.version) for p in posts] == [
        ("Lama 0", (), 1), ("Lama 1", (), 1), ("Lama 2", (), 1)]
    assert store.drafts.unsaved().draft.bidang == ()
    first = posts[0]
    tagged = dataclasses.replace(first.draft, bidang=("Bidang Pelayanan Kesehatan",))
    store.posts.update(first.id, tagged, CheckReport(tagged.body, ()))
    assert store.search.ids_matching(QueueQuery(bidang="Bidang Pelayanan Kesehatan")) == [first.id]
    assert store.search.ids_matching(QueueQuery(untagged=True)) == [p.id for p in posts[1:]]
    store.close()


def test_search_index_covers_posts_written_before_it(tmp_path) -> None:
    """An existing database (posts from before the FTS migration) is searchable after it."""
    from sqlite_utils.migrations import Migrations

    from core.store.migrations import m001_posts
    from core.store.models import QueueQuery
    from core.store.queue import QueueStore

    path = tmp_path / "lama.db"
    first_release = Migrations("saring")
    first_release()(m001_posts)
    old = Database(path)
    first_release.apply(old)
    old["posts"].insert({"body": "Vaksinasi lama", "created_at": "t", "updated_at": "t"})
    old.close()
    store = QueueStore(path)  # applies the later migrations
    assert [r.excerpt for r in store.search.rows(QueueQuery(text="vaksinasi"))] == ["Vaksinasi lama"]
    store.close()


def _fts_changes(db: Database) -> int:
    return db.execute("SELECT total_changes()").fetchone()[0]


def test_full_text_index_follows_text_changes_only(db: Database) -> None:
    """m_i16_001: a status, schedule or export mark leaves the index alone; a text edit
    re-indexes the post (searching finds the new words, not the old ones)."""
    db.execute("INSERT INTO posts (title, body, created_at, updated_at) "
               "VALUES ('Banjir', 'air naik', 't', 't')")
    before = _fts_changes(db)
    db.execute("UPDATE posts SET status = 'siap', scheduled_at = '2030-01-01 08:00', "
               "updated_at = 'u' WHERE id = 1")
    assert _fts_changes(db) - before == 1  # the row itself; no trigger ran
    db.execute("UPDATE posts SET body = 'jalan ditutup' WHERE id = 1")

    def hits(word: str) -> int:
        return db.execute("SELECT COUNT(*) FROM posts_fts WHERE posts_fts MATCH ?",
                          [word]).fetchone()[0]

    assert (hits("ditutup"), hits("naik"), hits("Banjir")) == (1, 0, 1)
    trigger = db.execute("SELECT sql FROM sqlite_master WHERE name = 'posts_au'").fetchone()[0]
    assert 'AFTER UPDATE OF "title", "body", "sources"' in trigger
