"""One Saring per database: a lock file beside it (QLockFile) and a "show yourself" file.

The first start holds ``<db>.lock`` and watches ``<db>.tampilkan``; a second start that finds
the lock held writes to that file and exits, and the first window comes to the front. No
network or local socket is used. A lock left by a crashed process is stale (its process is
gone) and is taken over.
"""

from __future__ import annotations

import contextlib
import time
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

    def ping_owner(self) -> None:
        """Ask the process holding the lock to bring its window to the front."""
        with contextlib.suppress(OSError):
            self.ping_path.write_text(str(time.time()), encoding="utf-8")

    def release(self) -> None:
        if self._watcher is not None:
            self._watcher.removePaths(self._watcher.files())
        self._lock.unlock()

    def _pinged(self, path: str) -> None:
        if self._watcher is not None and path not in self._watcher.files() and Path(path).exists():
            self._watcher.addPath(path)  # some editors replace the file; keep watching it
        self.show_requested.emit()
