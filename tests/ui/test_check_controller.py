"""The check loop on its own (no main window): the form, the panel, the status bar and the
shipped checker; and the views that refresh from what operations changed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter

from core.check.checker import Checker
from core.check.findings import CheckReport
from core.store.models import PostDraft
from core.store.queue import QueueStore
from core.store.user_dictionary import post_key
from ui.check_controller import CheckController
from ui.compose import ComposeForm
from ui.findings_panel import FindingsPanel
from ui.main_window import MainWindow
from ui.operations import POSTS, ChangeHub, Changes, Operations
from ui.tasks import TaskRunner


class Host(QMainWindow):
    """The pieces the controller works with, in a window of their own."""

    def __init__(self, store: QueueStore, factory: Callable[[], Checker], *, read_only: bool = False) -> None:
        super().__init__()
        self.compose, self.findings, self.verdict = ComposeForm(), FindingsPanel(), QLabel()
        split = QSplitter()
        split.addWidget(self.compose)
        split.addWidget(self.findings)
        self.setCentralWidget(split)
        self.tasks = TaskRunner(self)
        self.operations = Operations(self.tasks, ChangeHub(self))
        self.dictionary = store.dictionary
        self.refused: list[bool] = []
        self.controller = CheckController(
            compose=self.compose, findings=self.findings, verdict=self.verdict, status=self.statusBar(),
            operations=self.operations, dictionary=self.dictionary, checker_factory=factory,
            refuse_write=lambda: self.refused.append(read_only) or read_only,
            show_form=lambda: None, parent=self)

    def shown(self) -> set[str]:
        return {f.actual for f in self.findings.findings}

    def checked(self) -> bool:
        return self.findings.report.text == self.compose.body.toPlainText()


@pytest.fixture
def made(checker: Checker) -> list[Checker]:
    return []


@pytest.fixture
def host(qtbot, store: QueueStore, checker: Checker, made: list[Checker]) -> Host:
    win = Host(store, lambda: made.append(checker) or checker)
    qtbot.addWidget(win)
    win.show()
    win.controller.load_checker()
    qtbot.waitUntil(lambda: win.controller.checker is not None, timeout=10_000)
    yield win
    checker.set_user_words([])  # the checker is shared by the session's tests
    win.controller.stop()
    win.tasks.shutdown()


def test_the_report_shown_belongs_to_the_latest_text(qtbot, host: Host) -> None:
    body = host.compose.body
    body.setPlainText("Warga dihimbau datang.")
    host.controller.request_check()
    body.setPlainText("Silahkan datang.")  # while the first check runs
    host.controller.request_check()  # queued behind it, not run beside it
    qtbot.waitUntil(host.checked, timeout=10_000)
    assert host.shown() == {"Silahkan"} and host.verdict.text()


def test_a_result_for_changed_text_is_dropped(qtbot, host: Host) -> None:
    host.compose.body.setPlainText("Warga dihimbau datang.")
    host.controller.request_check()
    qtbot.waitUntil(host.checked, timeout=10_000)
    report = host.findings.report
    host.compose.body.setPlainText("Teks lain.")  # bumps the revision
    host.controller._checked(0, CheckReport("Warga dihimbau datang."))  # a late, stale result
    qtbot.wait(50)
    assert host.findings.report is report


def test_announced_words_reach_the_checker_and_the_post_is_checked_again(qtbot, host: Host) -> None:
    host.compose.body.setPlainText("Warga datang ke kantr desa.")
    host.controller.request_check()
    qtbot.waitUntil(lambda: "kantr" in host.shown(), timeout=10_000)
    host.dictionary.add("kantr")  # e.g. on the settings dialog's dictionary page
    host.operations.hub.announce(Changes(dictionary=True), "dialog")
    qtbot.waitUntil(lambda: "kantr" not in host.shown() and host.checked(), timeout=10_000)


def test_announced_packs_load_the_checker_again(qtbot, host: Host, made: list[Checker]) -> None:
    assert len(made) == 1
    host.operations.hub.announce(Changes(packs=True), "packs dialog")
    assert "paket aturan" in host.statusBar().currentMessage()
    qtbot.waitUntil(lambda: len(made) == 2, timeout=10_000)
    host.operations.hub.announce(POSTS, "queue")  # nothing for the checker
    qtbot.wait(100)
    assert len(made) == 2


def test_ignore_and_undo_through_the_operations(qtbot, host: Host) -> None:
    available: list[bool] = []
    host.controller.unignore_available.connect(available.append)
    host.compose.body.setPlainText("Kantr satu.")
    host.controller.request_check()
    qtbot.waitUntil(lambda: "Kantr" in host.shown(), timeout=10_000)
    host.compose.body.ignore_all_requested.emit("Kantr")
    qtbot.waitUntil(lambda: "Kantr" not in host.shown() and host.checked(), timeout=10_000)
    assert available == [True] and host.dictionary.ignores(post_key(None)).words == frozenset({"kantr"})
    host.controller.undo_ignore()
    qtbot.waitUntil(lambda: "Kantr" in host.shown(), timeout=10_000)
    assert available == [True, False] and host.dictionary.ignored() == []


def test_read_only_refuses_dictionary_and_ignores(qtbot, store: QueueStore, checker: Checker) -> None:
    win = Host(store, lambda: checker, read_only=True)
    qtbot.addWidget(win)
    win.controller.load_checker()
    qtbot.waitUntil(lambda: win.controller.checker is not None, timeout=10_000)
    win.controller.add_to_dictionary("kantr")
    win.compose.body.ignore_all_requested.emit("kantr")
    assert win.refused == [True, True] and win.dictionary.words() == [] and win.dictionary.ignored() == []
    win.controller.stop()
    win.tasks.shutdown()


def test_after_stop_no_check_runs(qtbot, host: Host) -> None:
    # work the loaded checker started (its first check) may still run on a loaded machine:
    # what is tested is that nothing new starts after stop()
    qtbot.waitUntil(lambda: not host.tasks.busy, timeout=10_000)
    checker = host.controller.stop()
    assert checker is not None and host.controller.checker is None
    host.compose.body.setPlainText("Warga dihimbau datang.")
    host.controller.request_check()
    assert not host.tasks.busy


# -- views refresh from what changed -----------------------------------------------------------


def test_the_queue_shows_a_saved_post_and_the_form_skips_its_own_change(
        qtbot, window: MainWindow, monkeypatch) -> None:
    post_id = window.store.posts.add(PostDraft(body="Layanan dibuka."), CheckReport("x")).id
    window.open_post(post_id)
    loads: list[object] = []
    load = window.compose.images.load
    monkeypatch.setattr(window.compose.images, "load", lambda media=(): loads.append(media) or load(media))
    window.compose.body.setPlainText("Layanan dibuka lagi.")
    window.save_post()
    qtbot.waitUntil(lambda: [p.excerpt for p in window.queue.model.posts] == ["Layanan dibuka lagi."],
                    timeout=10_000)
    assert loads == [()]  # once, from the save itself: the announcement it made is its own


def test_an_image_attached_in_the_queue_reaches_the_form_editing_that_post(
        qtbot, window: MainWindow, tmp_path: Path) -> None:
    from PySide6.QtGui import QColor, QImage

    picture = tmp_path / "foto.png"
    image = QImage(20, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("#2e7d32"))
    image.save(str(picture))
    post_id = window.store.posts.add(PostDraft(body="Foto kegiatan"), CheckReport("x")).id
    window.queue.refresh()
    window.open_post(post_id)
    window.queue.media_dir = tmp_path / "media"
    window.queue.attach_image(post_id, picture, "Bibit pohon")
    assert [c.alt_text for c in window.compose.images.images()] == ["Bibit pohon"]


def test_the_calendar_refreshes_only_when_shown(qtbot, window: MainWindow, monkeypatch) -> None:
    refreshed: list[bool] = []
    monkeypatch.setattr(window.calendar, "refresh", lambda: refreshed.append(True))
    window.operations.hub.announce(POSTS, None)
    assert refreshed == []  # hidden: refreshed when its tab is shown
    window.tabs.setCurrentWidget(window.calendar)
    refreshed.clear()
    window.operations.hub.announce(POSTS, None)
    assert refreshed == [True]


def test_the_status_bar_drops_its_line_about_a_finding_once_it_is_gone(qtbot, host: Host) -> None:
    host.compose.body.setPlainText("Warga dihimbau datang.")
    host.controller.request_check()
    qtbot.waitUntil(lambda: "dihimbau" in host.shown(), timeout=10_000)
    host.controller.next_finding()
    explained = host.statusBar().currentMessage()
    assert "dihimbau" in explained or "imbau" in explained
    host.compose.body.setPlainText("Warga diimbau datang.")  # fixed by hand
    host.controller.request_check()
    qtbot.waitUntil(lambda: host.checked() and not host.shown(), timeout=10_000)
    qtbot.waitUntil(lambda: host.statusBar().currentMessage() == "", timeout=2_000)


def test_the_status_bar_keeps_its_line_while_the_finding_is_still_there(qtbot, host: Host) -> None:
    host.compose.body.setPlainText("Warga dihimbau datang.")
    host.controller.request_check()
    qtbot.waitUntil(lambda: "dihimbau" in host.shown(), timeout=10_000)
    host.controller.next_finding()
    explained = host.statusBar().currentMessage()
    host.compose.body.setPlainText("Warga dihimbau datang besok.")
    host.controller.request_check()
    qtbot.waitUntil(lambda: host.checked() and "besok" in host.findings.report.text, timeout=10_000)
    qtbot.wait(50)
    assert host.statusBar().currentMessage() == explained
