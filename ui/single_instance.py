"""One Saring per database: a lock file beside it (QLockFile) and a "show yourself" file.

The first start holds ``<db>.lock`` and watches ``<db>.tampilkan``; a second start that finds
the lock held writes a token to that file, the first window comes to the front and writes the
token back into ``<db>.dijawab``, and the second start exits. When no answer comes (the first
Saring hangs, or the lock belongs to another user's session) the second start can open the
database read-only instead. No network or local socket is used. A lock left by a crashed
process is stale (its process is gone) and is taken over.
"""

from __future__ import annotations

import contextlib
import os
import time
import uuid
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QLockFile, QObject, Signal


class InstanceLock(QObject):
    show_requested = Signal()

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        db_path = Path(db_path)
        db_path.parent.mkdir(parents=True, exist_ok=True)
        self.lock_path = db_path.with_name(db_path.name + ".lock")
        self.ping_path = db_path.with_name(db_path.name + ".tampilkan")
        self.answer_path = db_path.with_name(db_path.name + ".dijawab")
        self._lock = QLockFile(str(self.lock_path))
        self._lock.setStaleLockTime(0)  # stale only when the owning process is gone
        self._watcher: QFileSystemWatcher | None = None

    def acquire(self) -> bool:
        """Take the lock; True when this is the only Saring on the database."""
        if not self._lock.tryLock(200):
            return False
        self.ping_path.write_text("", encoding="utf-8")
        self._watcher = QFileSystemWatcher([str(self.ping_path)], self)
        self._watcher.fileChanged.connect(self._pinged)
        return True

    def ping_owner(self) -> str:
        """Ask the process holding the lock to bring its window to the front; returns the
        token it writes back when it does."""
        token = f"{os.getpid()}-{uuid.uuid4().hex}"
        with contextlib.suppress(OSError):
            self.ping_path.write_text(token, encoding="utf-8")
        return token

    def owner_answers(self, *, timeout: float = 3.0, poll: float = 0.05) -> bool:
        """Ping the owner and wait up to ``timeout`` seconds for its answer. False when it
        does not answer: it hangs, or it runs in a session that cannot see the ping."""
        token = self.ping_owner()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError):
                if self.answer_path.read_text(encoding="utf-8").strip() == token:
                    return True
            time.sleep(poll)
        return False

    def owner(self) -> str:
        """Who holds the lock, for people: "proses 1234 di PC-KANTOR" (or "" when unknown)."""
        info = self._lock.getLockInfo()  # (pid, hostname, appname) in PySide6
        if not isinstance(info, tuple) or len(info) < 2 or not info[0]:
            return ""
        return f"proses {info[0]} di {info[1]}" if info[1] else f"proses {info[0]}"

    def release(self) -> None:
        if self._watcher is not None:
            self._watcher.removePaths(self._watcher.files())
        self._lock.unlock()

    def _pinged(self, path: str) -> None:
        if self._watcher is not None and path not in self._watcher.files() and Path(path).exists():
            self._watcher.addPath(path)  # some editors replace the file; keep watching it
        self.show_requested.emit()
        with contextlib.suppress(OSError):  # "I am here": the second start may exit
            token = self.ping_path.read_text(encoding="utf-8").strip()
            if token:
                self.answer_path.write_text(token, encoding="utf-8")
