"""Never lose a draft: autosave, recovery after a kill, one instance per database, the
unexpected-error dialog."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from core.store.queue import QueueStore
from ui.app import install_excepthook
from ui.autosave import AUTOSAVE_MS
from ui.main_window import MainWindow
from ui.single_instance import InstanceLock

ROOT = Path(__file__).resolve().parents[2]


def test_timer_autosaves_typed_text(qtbot, window: MainWindow) -> None:
    window.compose.body.setPlainText("Teks yang belum disimpan ke antrean.")
    qtbot.waitUntil(lambda: window.store.drafts.unsaved() is not None, timeout=AUTOSAVE_MS + 2000)
    saved = window.store.drafts.unsaved()
    assert saved is not None and saved.draft.body == "Teks yang belum disimpan ke antrean."


def test_losing_focus_autosaves_at_once(qtbot, window: MainWindow) -> None:
    window.compose.body.setPlainText("Pindah ke aplikasi lain.")
    QApplication.sendEvent(window, QEvent(QEvent.Type.ActivationChange))
    saved = window.store.drafts.unsaved()
    assert saved is not None and saved.draft.body == "Pindah ke aplikasi lain."


def test_saving_to_the_queue_clears_the_autosave(qtbot, window: MainWindow) -> None:
    window.compose.body.setPlainText("Akan disimpan.")
    window.autosave_now()
    assert window.store.drafts.unsaved() is not None
    window.save_post()
    qtbot.waitUntil(lambda: window.store.posts.count() == 1, timeout=10_000)
    assert window.store.drafts.unsaved() is None


def test_next_start_offers_the_text_back(qtbot, window: MainWindow, checker) -> None:
    window.compose.title.setText("Judul")
    window.compose.body.setPlainText("Draf penting 🙂")
    window.autosave_now()
    second = MainWindow(window.store, lambda: checker)
    second.confirm = lambda title, question: True  # no modal question when it closes
    qtbot.addWidget(second)
    asked: list[str] = []
    second.ask_restore = lambda title, question: asked.append(question) or True
    assert second.offer_unsaved_draft()
    assert "Draf penting" in asked[0]
    assert second.compose.draft().body == "Draf penting 🙂" and second.compose.draft().title == "Judul"


def test_images_picked_for_a_new_post_come_back(qtbot, window: MainWindow, checker,
                                                 tmp_path: Path) -> None:
    from PySide6.QtGui import QColor, QImage

    picked = tmp_path / "posko.png"
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#3b7"))
    assert image.save(str(picked))
    window.compose.body.setPlainText("Posko banjir dibuka.")
    window.compose.images.add_files([picked])
    window.compose.images.cards[0].alt.setText("Posko banjir")
    window.autosave_now()
    second = MainWindow(window.store, lambda: checker)
    second.confirm = lambda title, question: True  # no modal question when it closes
    qtbot.addWidget(second)
    second.ask_restore = lambda title, question: True
    assert second.offer_unsaved_draft()
    [choice] = second.compose.images.images()
    assert (Path(choice.path), choice.alt_text, choice.media_id) == (picked, "Posko banjir", None)
    assert second.compose.images.is_changed()  # the next save stores it


def test_declining_discards_the_autosave(qtbot, window: MainWindow, checker) -> None:
    window.compose.body.setPlainText("Dibuang")
    window.autosave_now()
    second = MainWindow(window.store, lambda: checker)
    second.confirm = lambda title, question: True  # no modal question when it closes
    qtbot.addWidget(second)
    second.ask_restore = lambda title, question: False
    assert not second.offer_unsaved_draft()
    assert window.store.drafts.unsaved() is None


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_text_typed_before_a_kill_comes_back(tmp_path: Path) -> None:
    db = tmp_path / "saring.db"
    child = textwrap.dedent(f"""
        import sys, time
        from PySide6.QtCore import QTimer
        from core.check.checker import Checker
        from core.store.queue import QueueStore
        from ui.app import application
        from ui.autosave import AUTOSAVE_MS
        from ui.main_window import MainWindow
        app = application()
        w = MainWindow(QueueStore({str(db)!r}), Checker.from_resources)
        w.show()
        w.compose.body.setPlainText("Diketik lalu listrik padam.")
        QTimer.singleShot(AUTOSAVE_MS + 500, lambda: print("typed", flush=True))
        app.exec()
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen([sys.executable, "-c", child], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "typed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    store = QueueStore(db)
    saved = store.drafts.unsaved()
    store.close()
    assert saved is not None and saved.draft.body == "Diketik lalu listrik padam."


def test_second_start_on_the_same_database_is_refused_and_pings_the_first(qtbot, tmp_path: Path) -> None:
    first, second = InstanceLock(tmp_path / "saring.db"), InstanceLock(tmp_path / "saring.db")
    assert first.acquire()
    assert not second.acquire()
    with qtbot.waitSignal(first.show_requested, timeout=5000):
        second.ping_owner()
    first.release()
    assert second.acquire()  # free again once the first one has gone
    second.release()


def test_unexpected_error_dialog_names_the_log_and_keeps_the_text(qtbot, window: MainWindow,
                                                                 tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    log_file = tmp_path / "saring.log"
    install_excepthook(lambda: window, log_file)
    window.compose.body.setPlainText("Teks saat galat.")
    seen: list[str] = []

    def close_box() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(50, close_box)

    QTimer.singleShot(50, close_box)
    try:
        raise ValueError("contoh galat")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    assert seen and str(log_file) in seen[0] and "contoh galat" in seen[0]
    assert "disimpan otomatis" in seen[0]
    saved = window.store.drafts.unsaved()
    assert saved is not None and saved.draft.body == "Teks saat galat."


def test_underlining_is_not_an_edit(qtbot, window: MainWindow) -> None:
    """Re-highlighting blocks made the editor emit textChanged once per block, which counted
    as typing and started another check, forever."""
    text = "Warga dihimbau datang. Silahkan.\n" * 300
    window.compose.body.setPlainText(text)
    qtbot.waitUntil(lambda: len(window.findings.findings) >= 600, timeout=20_000)
    highlighter = window.compose.body._highlighter
    qtbot.waitUntil(highlighter.is_idle, timeout=20_000)
    edits: list[int] = []
    window.compose.body.textChanged.connect(lambda: edits.append(1))
    report = window.checker.check(text)
    window.compose.body.show_findings(text, report.findings)
    qtbot.waitUntil(highlighter.is_idle, timeout=20_000)
    assert edits == []
    block = window.compose.body.document().findBlockByNumber(150)
    formats = block.layout().formats()
    assert any(f.format.underlineStyle() != f.format.underlineStyle().NoUnderline for f in formats)
