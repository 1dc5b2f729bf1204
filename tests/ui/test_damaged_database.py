"""A damaged database at start: a clear message, a restore from the newest good backup on
request, never a silent overwrite."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from core.check.findings import CheckReport
from core.store.backup import make_daily_backup, open_store
from core.store.models import PostDraft
from ui.app import open_checked_store


def _damaged_db_with_backup(tmp_path: Path) -> Path:
    db = tmp_path / "saring.db"
    store = open_store(db, keep=5)
    store.posts.add(PostDraft(body="aman di cadangan"), CheckReport(text="x", findings=()))
    make_daily_backup(store, keep=5, today=dt.date(2099, 1, 1))
    store._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    data = bytearray(db.read_bytes())
    data[100:] = b"\xa5" * (len(data) - 100)
    db.write_bytes(bytes(data))
    return db


def _answer(button_text: str, seen: list[str]) -> QTimer:
    """Every 20 ms: in an open message box, click the button whose text starts with
    ``button_text`` if it has one, else accept it; record each box's text once."""
    handled: set[int] = set()

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or id(box) in handled or not box.isVisible():
            return
        handled.add(id(box))
        seen.append(box.text())
        for button in box.buttons():
            if button.text().replace("&", "").startswith(button_text):
                button.click()
                return
        box.accept()

    timer = QTimer(interval=20)
    timer.timeout.connect(click)
    timer.start()
    return timer


def test_quit_leaves_the_damaged_file_as_it_was(qtbot, tmp_path: Path) -> None:
    db = _damaged_db_with_backup(tmp_path)
    before = db.read_bytes()
    seen: list[str] = []
    timer = _answer("Keluar", seen)
    assert open_checked_store(db, keep=5) is None
    timer.stop()
    assert "rusak" in seen[0] and "saring-2099-01-01.db" in seen[0]
    assert db.read_bytes() == before


def test_restore_brings_back_the_backup_and_keeps_the_damaged_file(qtbot, tmp_path: Path) -> None:
    db = _damaged_db_with_backup(tmp_path)
    before = db.read_bytes()
    seen: list[str] = []
    timer = _answer("Pulihkan", seen)
    store = open_checked_store(db, keep=5)
    timer.stop()
    assert store is not None
    assert [p.body for p in store.posts.list()] == ["aman di cadangan"]
    store.close()
    [aside] = [p for p in tmp_path.iterdir() if ".rusak-" in p.name and not p.name.endswith(("-wal", "-shm"))]
    assert aside.read_bytes() == before
    assert any("dipulihkan" in text for text in seen)
