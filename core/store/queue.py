"""The post queue in SQLite (through sqlite-utils): one facade, :class:`QueueStore`, whose parts
each hold one concern; every write is one transaction and returns what it changed
(:class:`core.store.changes.Changes`). Nothing outside ``core/store`` touches the connection."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from core.store.activity import ActivityManager
from core.store.connection import Connection, open_database
from core.store.drafts import DraftManager
from core.store.errors import StoreError
from core.store.exports import ExportManager
from core.store.media import MediaManager
from core.store.posts import PostManager
from core.store.publications import PublicationManager
from core.store.reviews import ReviewManager
from core.store.search import SearchManager
from core.store.user_dictionary import UserDictionary


class QueueStore:
    """Posts and their findings. Open with a file path, or ``":memory:"`` for tests.

    The parts: ``posts`` (posts and their status), ``media`` (images), ``search`` (reading by
    filter), ``exports`` (export batches), ``reviews`` (review bundles), ``drafts`` (the
    editor's autosave), ``dictionary`` (the user dictionary and ignores) and ``activity`` (what
    happened to a period's posts, for the monthly report).

    ``read_only=True`` opens an existing database through SQLite's ``mode=ro`` (no write is
    possible, not even by mistake; every write raises
    :class:`~core.store.errors.ReadOnlyStoreError`) and runs no migration: for a second Saring
    while another one holds the database.

    sqlite3 connections belong to the thread that made them: use a store from one thread.
    """

    def __init__(self, path: Path | str, *, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        self._db = open_database(path, read_only=read_only)
        conn = self._conn = Connection(self._db, read_only=read_only)
        self.posts = PostManager(conn)
        self.media = MediaManager(conn)
        self.search = SearchManager(conn)
        self.exports = ExportManager(conn, self.posts)
        self.reviews = ReviewManager(conn)
        self.publications = PublicationManager(conn, self.posts)
        self.drafts = DraftManager(conn, self.posts)
        self.dictionary = UserDictionary(self._db)
        self.activity = ActivityManager(conn)

    def close(self) -> None:
        self._db.close()

    def check_writable(self) -> None:
        """Raise :class:`ReadOnlyStoreError`/:class:`StoreError` now if a write would fail
        (opened read-only, a read-only file, a database another program keeps locked): for
        work that writes files first and records them afterwards."""
        self._conn.require_writable()
        try:
            self._db.execute("BEGIN IMMEDIATE")
            self._db.execute("ROLLBACK")
        except sqlite3.Error as exc:
            raise StoreError(f"Basis data tidak dapat ditulis: {exc}. Tidak ada yang "
                             "disimpan.") from exc

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Writes of several parts as one transaction: all of them or, when anything inside
        raises (or the process dies), none. The parts' own writes nest as savepoints."""
        with self._conn.writing():
            yield

    # -- the database file ----------------------------------------------------------------

    def journal_mode(self) -> str:
        return str(self._db.execute("PRAGMA journal_mode").fetchone()[0])

    def passes_quick_check(self) -> bool:
        """SQLite's ``PRAGMA quick_check`` says the open database is sound."""
        try:
            return bool(self._db.execute("PRAGMA quick_check").fetchone()[0] == "ok")
        except sqlite3.DatabaseError:
            return False

    def copy_to(self, target: Path) -> None:
        """A consistent copy of the open database at ``target`` (SQLite's online backup);
        raises :class:`StoreError`."""
        try:
            dest = sqlite3.connect(target)
            try:
                self._db.conn.backup(dest)
            finally:
                dest.close()
        except sqlite3.Error as exc:
            raise StoreError(f"Salinan basis data {target} tidak dapat dibuat: {exc}") from exc
