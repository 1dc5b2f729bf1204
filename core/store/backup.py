"""Database safety at start: integrity check, rotating daily backups, restore of a damaged file.

* :func:`open_store` checks the database (``PRAGMA integrity_check``) before opening it, then
  makes today's backup (``cadangan/saring-YYYY-MM-DD.db`` beside the database) with SQLite's
  online backup API, and removes the oldest backups beyond ``keep``.
* A damaged database raises :class:`DatabaseDamagedError`, which names the newest backup that
  passes its own integrity check. Nothing is overwritten unless :func:`restore` is called, and
  :func:`restore` first moves the damaged file aside (``saring.db.rusak-YYYYMMDD-HHMMSS``).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from core.store.connection import SQLITE_MAGIC
from core.store.errors import StoreError
from core.store.queue import QueueStore

log = logging.getLogger(__name__)

BACKUP_FOLDER = "cadangan"
_BACKUP_NAME = re.compile(r"^(?P<stem>.+)-(?P<day>\d{4}-\d{2}-\d{2})\.db$")


class DatabaseUnavailableError(StoreError):
    """The database cannot be read right now (locked, full disk, I/O error); it is not known
    to be damaged and nothing was changed."""


class DatabaseDamagedError(StoreError):
    """The database fails its integrity check; ``backup`` is the newest good backup (or None)."""

    def __init__(self, path: Path, problem: str, backup: Path | None) -> None:
        self.path, self.problem, self.backup = path, problem, backup
        text = (f"Basis data {path} rusak ({problem}). Berkas itu belum diubah apa pun. ")
        if backup is not None:
            text += (f"Cadangan utuh terbaru: {backup.name}. Buka Saring untuk memulihkannya, atau "
                     f"jalankan: saring restore --db \"{path}\"")
        else:
            text += "Tidak ada cadangan yang utuh; simpan berkas itu dan hubungi pengelola TI."
        super().__init__(text)


@dataclass(frozen=True, slots=True)
class RestoreResult:
    restored_from: Path
    damaged_kept_at: Path


def backup_dir(db_path: Path) -> Path:
    return Path(db_path).parent / BACKUP_FOLDER


def integrity_problem(path: Path) -> str | None:
    """``None`` when ``path`` is a sound SQLite database, else what is wrong (for people)."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        return f"tidak dapat dibaca: {exc.strerror or exc}"
    if header != SQLITE_MAGIC:
        return "bukan berkas SQLite atau kepalanya rusak"
    try:
        conn = sqlite3.connect(path, timeout=5)
        try:
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:
        # Locked, full disk, I/O error: the file may be fine; saying "damaged" would mislead.
        raise DatabaseUnavailableError(
            f"Basis data {path} tidak dapat dibuka sekarang ({exc}). Berkas itu tidak diubah; "
            "periksa ruang disk dan izin berkas, lalu coba lagi.") from exc
    except sqlite3.DatabaseError as exc:
        return str(exc)
    if rows == ["ok"]:
        return None
    return "; ".join(rows[:3])


def list_backups(db_path: Path) -> list[Path]:
    """Backups of ``db_path``, newest first."""
    folder, stem = backup_dir(db_path), Path(db_path).stem
    if not folder.is_dir():
        return []
    found = []
    for entry in folder.iterdir():
        match = _BACKUP_NAME.match(entry.name)
        if match and match["stem"] == stem and entry.is_file():
            found.append((match["day"], entry))
    return [p for _, p in sorted(found, reverse=True)]


def newest_good_backup(db_path: Path) -> Path | None:
    for candidate in list_backups(db_path):
        try:
            if integrity_problem(candidate) is None:
                return candidate
        except DatabaseUnavailableError:
            continue
    return None


def make_daily_backup(store: QueueStore, *, keep: int, today: dt.date | None = None,
                      replace: bool = False) -> Path | None:
    """Copy the open database to today's backup unless it exists (or, with ``replace``, over
    it — only when the database passes ``PRAGMA quick_check``); keep the newest ``keep``.
    Returns the backup written, or ``None`` when none was."""
    db_path = Path(store.path)
    day = (today or dt.date.today()).isoformat()
    folder = backup_dir(db_path)
    target = folder / f"{db_path.stem}-{day}.db"
    made = None
    if replace and target.exists() and not store.passes_quick_check():
        log.error("not refreshing backup %s: the database fails quick_check", target)
        return None
    if replace or not target.exists():
        folder.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(target.name + ".tmp")
        try:
            store.copy_to(tmp)
            os.replace(tmp, target)
        except (StoreError, OSError) as exc:
            tmp.unlink(missing_ok=True)
            raise StoreError(f"Cadangan {target} tidak dapat dibuat: {exc.__cause__ or exc}") from exc
        made = target
    for old in list_backups(db_path)[max(keep, 1):]:
        old.unlink(missing_ok=True)
    return made


def open_store(db_path: Path, *, keep: int) -> QueueStore:
    """Check, open and back up the database at ``db_path``.

    Raises :class:`DatabaseDamagedError` for a damaged file (nothing changed), or
    :class:`StoreError` when it cannot be opened (e.g. it is not a Saring database and has no
    backup)."""
    db_path = Path(db_path)
    if db_path.exists() and db_path.is_file():
        problem = integrity_problem(db_path)
        if problem is not None:
            backup = newest_good_backup(db_path)
            if problem.startswith("bukan berkas SQLite") and not list_backups(db_path):
                QueueStore(db_path)  # raises the store's own "not a Saring database" refusal
            raise DatabaseDamagedError(db_path, problem, backup)
    store = QueueStore(db_path)
    try:
        make_daily_backup(store, keep=keep)
    except StoreError as exc:  # a backup that cannot be written (full disk) must not stop the work
        log.warning("%s", exc)
    return store


def set_aside(db_path: Path) -> Path:
    """Rename the damaged database (and its -wal/-shm files) to ``NAME.rusak-TIMESTAMP``."""
    db_path = Path(db_path)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = db_path.with_name(f"{db_path.name}.rusak-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        source = Path(str(db_path) + suffix)
        if source.exists():
            os.replace(source, Path(str(aside) + suffix))
    return aside


def restore(db_path: Path, *, backup: Path | None = None) -> RestoreResult:
    """Move the damaged database aside and put the newest good backup (or ``backup``) in its
    place. Raises :class:`StoreError` when there is no good backup."""
    db_path = Path(db_path)
    source = backup or newest_good_backup(db_path)
    if source is None or integrity_problem(source) is not None:
        raise StoreError(f"Tidak ada cadangan utuh untuk {db_path}.")
    aside = set_aside(db_path)
    tmp = db_path.with_name(db_path.name + ".pulih.tmp")
    try:
        shutil.copyfile(source, tmp)
        os.replace(tmp, db_path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise StoreError(f"Cadangan tidak dapat dipulihkan ke {db_path}: {exc.strerror or exc}") from exc
    return RestoreResult(restored_from=source, damaged_kept_at=aside)
