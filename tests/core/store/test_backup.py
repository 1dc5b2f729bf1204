from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from core.check.findings import CheckReport
from core.store.backup import (
    DatabaseDamagedError,
    integrity_problem,
    list_backups,
    make_daily_backup,
    open_store,
    restore,
)
from core.store.errors import StoreError
from core.store.models import PostDraft
from core.store.queue import QueueStore


def _add(store: QueueStore, body: str) -> int:
    return store.posts.add(PostDraft(body=body), CheckReport(text=body, findings=())).id


def _damage(path: Path) -> None:
    """Overwrite the middle of the file (the pages, not the header) with garbage."""
    data = bytearray(path.read_bytes())
    for i in range(100, len(data)):
        data[i] = 0xA5
    path.write_bytes(bytes(data))


def test_store_runs_in_wal_mode_with_busy_timeout(tmp_path: Path) -> None:
    store = QueueStore(tmp_path / "s.db")
    assert store._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store._db.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
    store.close()


def test_open_store_makes_one_backup_a_day_and_keeps_n(tmp_path: Path) -> None:
    db = tmp_path / "saring.db"
    store = open_store(db, keep=3)
    _add(store, "satu")
    assert len(list_backups(db)) == 1
    for day in range(1, 6):
        make_daily_backup(store, keep=3, today=dt.date(2020, 1, day))
    backups = list_backups(db)
    assert len(backups) == 3
    assert backups[0].name.endswith(f"{dt.date.today().isoformat()}.db")
    assert [b.name for b in backups[1:]] == ["saring-2020-01-05.db", "saring-2020-01-04.db"]
    assert make_daily_backup(store, keep=3) is None  # today's is there already
    store.close()


def test_damaged_database_is_reported_not_overwritten_then_restored(tmp_path: Path) -> None:
    db = tmp_path / "saring.db"
    store = open_store(db, keep=5)
    _add(store, "tersimpan sebelum cadangan")
    make_daily_backup(store, keep=5, today=dt.date(2099, 1, 1))  # newest backup holds the post
    for i in range(200):
        _add(store, f"isi {i} " * 20)
    store._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    _damage(db)
    damaged_bytes = db.read_bytes()
    assert integrity_problem(db) is not None

    with pytest.raises(DatabaseDamagedError) as caught:
        open_store(db, keep=5)
    assert "rusak" in str(caught.value) and caught.value.backup is not None
    assert caught.value.backup.name == "saring-2099-01-01.db"
    assert db.read_bytes() == damaged_bytes  # never a silent overwrite

    result = restore(db)
    assert result.damaged_kept_at.read_bytes() == damaged_bytes
    assert integrity_problem(db) is None
    again = open_store(db, keep=5)
    assert [p.body for p in again.posts.list()] == ["tersimpan sebelum cadangan"]
    again.close()


def test_damaged_backup_is_skipped_for_an_older_good_one(tmp_path: Path) -> None:
    db = tmp_path / "saring.db"
    store = open_store(db, keep=5)
    _add(store, "lama")
    make_daily_backup(store, keep=5, today=dt.date(2001, 1, 1))
    bad = make_daily_backup(store, keep=5, today=dt.date(2002, 1, 1))
    store.close()
    assert bad is not None
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)
    db.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    with pytest.raises(DatabaseDamagedError) as caught:
        open_store(db, keep=5)
    assert caught.value.backup is not None and caught.value.backup.name != bad.name


def test_not_sqlite_file_without_backups_keeps_the_refusal(tmp_path: Path) -> None:
    db = tmp_path / "catatan.txt"
    db.write_text("bukan basis data", encoding="utf-8")
    with pytest.raises(StoreError, match="bukan basis data Saring"):
        open_store(db, keep=3)
    assert db.read_text(encoding="utf-8") == "bukan basis data"


def test_restore_without_good_backup_changes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "saring.db"
    db.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    with pytest.raises(StoreError, match="Tidak ada cadangan"):
        restore(db)
    assert db.read_bytes().startswith(b"SQLite format 3")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["saring.db"]


def test_integrity_problem_of_sound_database(tmp_path: Path) -> None:
    db = tmp_path / "ok.db"
    sqlite3.connect(db).execute("CREATE TABLE t (x)").connection.commit()
    assert integrity_problem(db) is None


def test_replacing_todays_backup_keeps_the_days_work(tmp_path: Path) -> None:
    db = tmp_path / "saring.db"
    store = open_store(db, keep=3)  # today's backup: empty
    _add(store, "kerja hari ini")
    made = make_daily_backup(store, keep=3, replace=True)
    store.close()
    assert made is not None
    restored = QueueStore(made)
    assert [p.body for p in restored.posts.list()] == ["kerja hari ini"]
    restored.close()
