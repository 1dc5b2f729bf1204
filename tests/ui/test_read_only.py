"""A second Saring whose first one does not answer: the database opened read-only, said plainly."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from core.check.checker import Checker
from core.check.findings import CheckReport
from core.store.models import PostDraft
from core.store.queue import QueueStore
from ui.main_window import MainWindow
from ui.single_instance import InstanceLock

ROOT = Path(__file__).resolve().parents[2]


def test_the_first_saring_answers_a_ping_and_a_hung_one_does_not(qtbot, tmp_path: Path) -> None:
    db = tmp_path / "saring.db"
    first, second = InstanceLock(db), InstanceLock(db)
    assert first.acquire()
    assert not second.acquire()
    assert "proses" in second.owner()
    # This thread sleeps in owner_answers: like a hung first window, nothing answers.
    assert not second.owner_answers(timeout=0.3)
    # With this thread's event loop running (the first window alive), the answer comes.
    answers: list[bool] = []
    worker = threading.Thread(target=lambda: answers.append(second.owner_answers(timeout=5)))
    with qtbot.waitSignal(first.show_requested, timeout=5000):
        worker.start()
    qtbot.waitUntil(lambda: bool(answers), timeout=6000)
    worker.join()
    assert answers == [True]
    first.release()


def test_read_only_window_says_so_and_writes_nothing(qtbot, tmp_path: Path, checker: Checker) -> None:
    db = tmp_path / "saring.db"
    writer = QueueStore(db)  # the Saring that holds the database
    post_id = writer.posts.add(PostDraft(body="Warga dihimbau datang.", title="Banjir"),
                         CheckReport(text="Warga dihimbau datang.")).id
    store = QueueStore(db, read_only=True)
    window = MainWindow(store, lambda: checker, read_only=True)
    qtbot.addWidget(window)
    window.confirm = lambda title, question: True  # type: ignore[method-assign]
    window.show()
    qtbot.waitUntil(lambda: window.checker is not None, timeout=10000)
    assert "HANYA-BACA" in window.windowTitle()
    assert window.read_only_banner.isVisible() and "Hanya-baca" in window.read_only_banner.text()
    assert not window.menu_actions["save"].isEnabled()
    assert not window.menu_actions["export"].isEnabled()
    assert not window.compose.save_button.isEnabled()
    assert not window.queue.export_button.isEnabled()
    assert not window.menu_actions["dictionary"].isEnabled()  # its pages write at once
    assert not window.compose.images.isEnabled()
    window.retranslate_ui()  # a language switch keeps saying it
    assert "HANYA-BACA" in window.windowTitle()
    assert "Hanya-baca" in window.read_only_banner.text()
    window.queue.select_id(post_id)
    assert window.queue.open_button.isEnabled()  # reading still works
    assert not window.queue.status_button.isEnabled() and not window.queue.delete_button.isEnabled()
    window.open_post(post_id)
    assert window.compose.body.toPlainText() == "Warga dihimbau datang."
    qtbot.waitUntil(lambda: bool(window.findings.findings), timeout=10000)  # checks still run
    window.compose.body.setPlainText("Teks baru yang tidak tersimpan.")
    window.save_post()
    window.autosave_now()
    window.add_to_dictionary("kataku")
    assert "Hanya-baca" in window.statusBar().currentMessage()
    window.close()
    store.close()
    assert [p.title for p in writer.posts.list()] == ["Banjir"]
    assert writer.posts.get(post_id).body == "Warga dihimbau datang."
    assert not list(writer._db["drafts"].rows)  # no autosave was written
    writer.close()



@pytest.mark.skipif(sys.platform == "win32", reason="SIGSTOP is POSIX")
def test_another_process_answers_until_it_hangs(tmp_path: Path) -> None:
    """Across processes: a live first Saring answers the ping; a stopped (hung) one does not,
    and the second start can then offer the database read-only."""
    db = tmp_path / "saring.db"
    child = textwrap.dedent(f"""
        from pathlib import Path
        from PySide6.QtCore import QCoreApplication
        from ui.single_instance import InstanceLock
        app = QCoreApplication([])
        lock = InstanceLock(Path({str(db)!r}))
        assert lock.acquire()
        print("ready", flush=True)
        app.exec()
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen([sys.executable, "-c", child], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        second = InstanceLock(db)
        assert not second.acquire()
        assert second.owner_answers(timeout=10)
        os.kill(proc.pid, signal.SIGSTOP)
        assert not second.owner_answers(timeout=1)
        assert not second.acquire()  # the hung process still holds the lock
    finally:
        os.kill(proc.pid, signal.SIGCONT)
        proc.kill()
        proc.wait(timeout=10)


@pytest.mark.parametrize(("button", "expected"), [("Buka hanya-baca", True), ("Keluar", False)])
def test_the_question_names_the_database_and_who_holds_it(qtbot, button: str, expected: bool) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from ui.app import ask_read_only

    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append(box.text())
        next(b for b in box.buttons() if b.text() == button).click()

    QTimer.singleShot(20, answer)
    assert ask_read_only(Path("/data/saring.db"), "proses 42 di PC-HUMAS") is expected
    assert "saring.db" in seen[0] and "proses 42 di PC-HUMAS" in seen[0] and "hanya-baca" in seen[0]
