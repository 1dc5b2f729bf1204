"""Long work shows a progress bar with "Batal"; the window stays responsive, and a cancel
leaves nothing half-written (the export's files, the queue, the office dictionary)."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt

from core.app.progress import Cancelled, Progress
from core.check.findings import CheckReport
from core.publish.channels import Channel
from core.store.models import PostDraft, Status
from core.store.queue import QueueStore
from core.store.user_dictionary import Scope
from ui.dictionary_page import DictionaryPage
from ui.main_window import MainWindow
from ui.tasks import ProgressPanel, TaskRunner


def hold(tasks: TaskRunner) -> threading.Event:
    """Keep the one worker busy until the returned event is set: the next job waits its turn."""
    release = threading.Event()
    tasks.run(lambda: release.wait(10), lambda _: None, lambda _: None)
    return release


def test_the_bar_follows_the_job_the_ui_stays_live_and_cancel_stops_it(qtbot) -> None:
    tasks = TaskRunner()
    panel = ProgressPanel()
    qtbot.addWidget(panel)
    started, outcome = threading.Event(), []

    def job(progress: Progress) -> int:
        started.set()
        for done in range(1, 10_001):
            progress(done, 10_000)
            threading.Event().wait(0.001)
        return done

    tasks.run_with_progress(job, outcome.append, outcome.append, label="Menghitung…", panel=panel)
    assert panel.isVisible() and panel.label.text() == "Menghitung…"
    qtbot.waitUntil(lambda: panel.bar.maximum() == 10_000 and panel.bar.value() > 0, timeout=5000)
    ticks = []  # the event loop keeps running: timers fire while the job works
    qtbot.waitUntil(lambda: ticks.append(1) or len(ticks) > 3, timeout=2000)
    qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    assert panel.label.text() == "Membatalkan…" and not panel.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: bool(outcome), timeout=5000)
    assert isinstance(outcome[0], Cancelled) and not panel.isVisible()
    tasks.shutdown()


def test_a_cancelled_export_writes_no_file_and_marks_nothing(qtbot, window: MainWindow,
                                                             store: QueueStore, tmp_path: Path) -> None:
    store.posts.add_many([(PostDraft(body=f"Unggahan {i}", channels=(Channel.FACEBOOK,)),
                           CheckReport("x")) for i in range(2000)], status=Status.READY)
    out = tmp_path / "keluar"
    out.mkdir()
    release = hold(window.tasks)
    window.run_export(out / "kiriman.csv", "generic", Status.READY)
    panel = window.tasks.progress_panel()
    assert panel.isVisible() and "Mengekspor" in panel.label.text()
    panel.cancel_button.click()
    release.set()
    qtbot.waitUntil(lambda: not panel.isVisible(), timeout=10_000)
    assert "dibatalkan" in window.statusBar().currentMessage()
    assert list(out.iterdir()) == []
    assert store.exports.batches() == [] and len(store.posts.list(status=Status.READY)) == 2000
    window.run_export(out / "kiriman.csv", "generic", Status.READY)  # and again, whole
    qtbot.waitUntil(lambda: window.exports.last_report is not None, timeout=10_000)
    assert (out / "kiriman.csv").exists() and len(store.exports.batches()) == 1
    window.exports.last_report.close()


def test_a_cancelled_word_list_import_adds_nothing(qtbot, store: QueueStore, tmp_path: Path) -> None:
    tasks = TaskRunner()
    page = DictionaryPage(store.dictionary, tasks)
    qtbot.addWidget(page)
    page.show()
    source = tmp_path / "kamus-kantor.txt"
    source.write_text("\n".join(f"Desa{i}" for i in range(50_000)), encoding="utf-8")
    release = hold(tasks)
    page.import_file(str(source))
    assert page.progress.isVisible() and "kamus-kantor.txt" in page.progress.label.text()
    page.progress.cancel_button.click()
    release.set()
    qtbot.waitUntil(lambda: not page.busy, timeout=10_000)
    assert "Dibatalkan" in page.message.text() and not page.progress.isVisible()
    assert store.dictionary.words(scope=Scope.OFFICE) == []
    tasks.shutdown()


def test_a_cancelled_review_bundle_leaves_no_file_and_the_button_comes_back(
        qtbot, store: QueueStore, tmp_path: Path) -> None:
    from ui.queue_view import QueueView

    for body in ("Satu", "Dua"):
        store.posts.add(PostDraft(body=body), CheckReport("x"))
    view = QueueView(store, who=lambda: "Rina", media_dir=tmp_path / "media")
    qtbot.addWidget(view)
    view.show()
    view.table.selectAll()
    out = tmp_path / "keluar"
    out.mkdir()
    release = hold(view.tasks)
    view.send_for_review(out / "t.saring")
    panel = view.tasks.progress_panel()
    assert panel.label.text() == "Menulis berkas tinjauan…"
    panel.cancel_button.click()
    release.set()
    qtbot.waitUntil(view.review_button.isEnabled, timeout=10_000)
    assert "dibatalkan" in view.count.text() and list(out.iterdir()) == []
    view.tasks.shutdown()
