from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from core.check.findings import CheckReport
from core.store.errors import StoreError
from core.store.migrations import migrations
from core.store.models import Status
from core.store.queue import QueueStore
from tests.core.store.samples import BODY, FINDINGS
from tests.core.store.samples import draft as _draft


def test_file_store_persists_and_records_migrations_once(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "saring.db"  # the folder is created
    first = QueueStore(path)
    post_id = first.posts.add(_draft(title="Tetap"), CheckReport(BODY, FINDINGS)).id
    first.close()
    for _ in range(2):
        again = QueueStore(path)
        assert again.posts.get(post_id).title == "Tetap"
        assert again.posts.get(post_id).findings == FINDINGS
        again.close()
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT migration_set, name FROM _sqlite_migrations ORDER BY id").fetchall()
    assert rows == [("saring", m.name) for m in migrations._migrations]  # each applied once


def test_empty_file_becomes_a_database(tmp_path: Path) -> None:
    path = tmp_path / "kosong.db"
    path.write_bytes(b"")
    store = QueueStore(path)
    store.posts.add(_draft(), CheckReport(BODY))
    store.close()
    assert path.read_bytes().startswith(b"SQLite format 3\x00")


@pytest.mark.parametrize("content", [
    b"id,status\r\n1,draf\r\n", b"x", b"Catatan rapat\n" * 100, b"\x00" * 4096,
])
def test_non_sqlite_file_is_refused_and_left_unchanged(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "antrean.csv"
    path.write_bytes(content)
    with pytest.raises(StoreError, match="bukan berkas SQLite"):
        QueueStore(path)
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["antrean.csv"]  # no -journal or -wal


def test_corrupt_sqlite_file(tmp_path: Path) -> None:
    path = tmp_path / "rusak.db"
    content = b"SQLite format 3\x00" + b"\xff" * 200
    path.write_bytes(content)
    with pytest.raises(StoreError, match="tidak dapat dibuka"):
        QueueStore(path)
    assert path.read_bytes() == content


def test_directory_path(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="folder"):
        QueueStore(tmp_path)


def test_parent_is_a_file(tmp_path: Path) -> None:
    (tmp_path / "berkas").write_text("x")
    with pytest.raises(StoreError):
        QueueStore(tmp_path / "berkas" / "saring.db")


def test_read_only_store_reads_while_the_writer_is_open_and_cannot_write(tmp_path: Path) -> None:
    from core.store.errors import ReadOnlyStoreError

    path = tmp_path / "saring.db"
    writer = QueueStore(path)  # the first Saring, still open (WAL)
    post_id = writer.posts.add(_draft(title="Banjir"), CheckReport(text=BODY)).id
    reader = QueueStore(path, read_only=True)
    assert reader.read_only
    assert [p.title for p in reader.posts.list()] == ["Banjir"]
    assert reader.posts.get(post_id).body == BODY
    with pytest.raises(ReadOnlyStoreError, match="hanya-baca"):
        reader.posts.add(_draft(), CheckReport(text=BODY))
    with pytest.raises(ReadOnlyStoreError):
        reader.posts.set_status(post_id, Status.READY, reason="ok")
    with pytest.raises(ReadOnlyStoreError):
        reader.media.add(post_id, tmp_path / "x.png", media_dir=tmp_path / "media").media[0]
    assert not (tmp_path / "media").exists()
    with pytest.raises(StoreError):  # writes past the store's own methods fail in SQLite itself
        reader.drafts.save(_draft(), post_id=None)
    with pytest.raises(sqlite3.OperationalError, match=r"readonly|read-only|query_only|write"):
        reader._db.execute("DELETE FROM posts")
    # what the writer adds meanwhile shows up in the reader
    writer.posts.add(_draft(title="Imunisasi"), CheckReport(text=BODY))
    assert [p.title for p in reader.posts.list()] == ["Banjir", "Imunisasi"]
    reader.close()
    writer.close()
    assert QueueStore(path).posts.get(post_id).title == "Banjir"


def test_read_only_needs_an_existing_current_database(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="tidak ada"):
        QueueStore(tmp_path / "baru.db", read_only=True)
    assert not (tmp_path / "baru.db").exists()
    old = tmp_path / "lama.db"
    conn = sqlite3.connect(old)
    conn.execute("CREATE TABLE x (a)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="versi Saring yang lebih lama"):
        QueueStore(old, read_only=True)
