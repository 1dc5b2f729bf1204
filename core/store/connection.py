"""The store's one SQLite connection (through sqlite-utils) and its write discipline: every
write is one transaction, a read-only store refuses writes, SQLite failures become
:class:`StoreError`. Only the store's parts (this package) hold a :class:`Connection`."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from core.store.errors import READ_ONLY_MESSAGE, PostNotFoundError, ReadOnlyStoreError, StoreError
from core.store.migrations import migrations
from core.store.models import id_in_range

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


class Connection:
    """The open database shared by the store's parts."""

    def __init__(self, db: Database, *, read_only: bool) -> None:
        self.db = db
        self.read_only = read_only

    def require_writable(self) -> None:
        if self.read_only:
            raise ReadOnlyStoreError(READ_ONLY_MESSAGE)

    @contextmanager
    def writing(self) -> Iterator[Database]:
        """One transaction; SQLite failures become :class:`StoreError`."""
        self.require_writable()
        try:
            with self.db.atomic():
                yield self.db
        except sqlite3.Error as exc:
            raise StoreError(f"Gagal menyimpan ke basis data: {exc}") from exc

    def require_post(self, post_id: int) -> None:
        if not id_in_range(post_id) or self.db.execute(
                "SELECT 1 FROM posts WHERE id = ?", [post_id]).fetchone() is None:
            raise PostNotFoundError(post_id)


IDS = "SELECT value FROM json_each(?)"  # ``… WHERE id IN (IDS)`` with ids_json(ids) bound


def ids_json(ids: Iterable[int]) -> str:
    """A JSON list of ids, bound to :data:`IDS`: one statement for any number of rows."""
    return json.dumps([int(i) for i in ids])


def insert_row(db: Database, table: str, row: dict[str, object]) -> int:
    """Insert ``row`` into ``table`` (inside a write); returns the new row's id."""
    last = db.table(table).insert(row).last_pk
    if last is None:  # never for Saring's rowid tables
        raise StoreError(f"Gagal menyimpan ke basis data: {table} tidak memberi nomor baris baru.")
    return int(last)


def open_database(path: Path | str, *, read_only: bool) -> Database:
    """The database at ``path`` (``":memory:"`` for tests) with its migrations applied, or, with
    ``read_only``, an existing current one opened ``mode=ro``. Raises :class:`StoreError`."""
    if str(path) != ":memory:":
        _refuse_non_sqlite(Path(path))
    if read_only:
        return _open_read_only(Path(path))
    try:
        if str(path) == ":memory:":
            db = Database(memory=True)
        else:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            db = Database(path)
            _tune_for_safety(db)
        db.execute("PRAGMA foreign_keys = ON")
        migrations.apply(db)
    except (sqlite3.DatabaseError, OSError) as exc:
        raise StoreError(f"Basis data {path} tidak dapat dibuka: {exc}") from exc
    return db


def _tune_for_safety(db: Database) -> None:
    """WAL (readers never block the writer, a killed process loses no committed write),
    FULL sync (a commit survives a power cut), and wait for a busy database instead of failing."""
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = FULL")


def _open_read_only(path: Path) -> Database:
    """A ``mode=ro`` connection to the existing database at ``path``, whose schema is current."""
    if str(path) == ":memory:" or not path.is_file():
        raise StoreError(f"Basis data {path} tidak ada; tidak dapat dibuka hanya-baca.")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA query_only = ON")
        db = Database(conn)
        db.execute("PRAGMA foreign_keys = ON")
        pending = migrations.pending(db)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"Basis data {path} tidak dapat dibuka hanya-baca: {exc}") from exc
    if pending:
        conn.close()
        raise StoreError(f"Basis data {path} berasal dari versi Saring yang lebih lama dan perlu "
                         "diperbarui, yang tidak bisa dilakukan hanya-baca. Tutup Saring yang lain, "
                         "lalu buka Saring lagi.")
    return db


def _refuse_non_sqlite(path: Path) -> None:
    """Never let SQLite touch a file that is not a database (it would not say so until a write)."""
    if not path.exists():
        return
    if path.is_dir():
        raise StoreError(f"{path} adalah folder, bukan berkas basis data.")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise StoreError(f"Basis data {path} tidak dapat dibaca: {exc.strerror or exc}") from exc
    if header and header != SQLITE_MAGIC:
        raise StoreError(
            f"{path} bukan basis data Saring (bukan berkas SQLite). Berkas itu tidak diubah; "
            "pilih berkas lain dengan --db.")
