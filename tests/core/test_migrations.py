from __future__ import annotations

import sqlite3

import pytest
from sqlite_utils import Database

from core.migrations import migrations


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
    }
    assert db["posts"].pks == ["id"]


def test_posts_indexes(db: Database) -> None:
    assert sorted(tuple(i.columns) for i in db["posts"].indexes) == [("scheduled_at",), ("status",)]


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
