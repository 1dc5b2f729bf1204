"""The only threading code of the UI: run core work off the UI thread.

One worker thread runs jobs in order (the checker's caches and the spylls handle are not
thread-safe); results come back to the UI thread through a queued Qt signal.

Long work (exports, review bundles, word-list imports) runs with :meth:`TaskRunner.run_with_progress`:
the job gets a :class:`core.app.progress.Progress`, a :class:`ProgressPanel` (the status
bar's, or a dialog's own) shows how far it is and offers "Batal"; a cancel makes the job raise
:class:`~core.app.progress.Cancelled` at its next safe point, and core cleans up as for any
failure.

Jobs run with Python's cyclic garbage collector paused. A check of a 1 MB paste keeps
~400,000 tokens alive for a while; the collections it triggered walked them all while holding
the GIL (20–60 ms each, the window frozen meanwhile). A check makes no reference cycles, so
nothing is lost: after the job its young objects are collected in the worker, in one go.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from core.app.progress import Progress

T = TypeVar("T")


class ProgressPanel(QWidget):
    """What long work is doing, a progress bar and "Batal"; hidden while nothing long runs."""

    _reported = Signal(int, int)  # emitted in the worker, delivered on the UI thread

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(220)
        self.bar.setTextVisible(True)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self._reported.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self.progress: Progress | None = None
        self.retranslate_ui()
        self.hide()

    def retranslate_ui(self) -> None:
        self.cancel_button.setText(self.tr("Batal"))
        self.cancel_button.setToolTip(self.tr("Hentikan pekerjaan ini; tidak ada yang ditulis "
                                              "setengah jalan."))
        self.bar.setAccessibleName(self.tr("Kemajuan"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()

    def begin(self, label: str) -> Progress:
        """Show the panel for a new piece of work; the job reports through the result."""
        self.progress = Progress(self._reported.emit)
        self.label.setText(label)
        self.bar.setRange(0, 0)  # busy until the first report says how much there is
        self.cancel_button.setEnabled(True)
        self.show()
        return self.progress

    def cancel(self) -> None:
        if self.progress is not None:
            self.progress.cancel()
            self.cancel_button.setEnabled(False)
            self.label.setText(self.tr("Membatalkan…"))

    def end(self, progress: Progress | None = None) -> None:
        """Hide the panel; with ``progress``, only while it still shows that work (a job
        cancelled because newer work replaced it ends after the newer one began)."""
        if progress is not None and progress is not self.progress:
            return
        self.progress = None
        self.hide()

    @Slot(int, int)
    def _show(self, done: int, total: int) -> None:
        if self.progress is None:
            return  # a late report of work that has ended
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, max(total, 1)))


class TaskRunner(QObject):
    """``run(job, on_success, on_failure)``: ``job`` runs in the worker; the callbacks run on
    the UI thread. ``job`` must not touch widgets."""

    _finished = Signal(object, object, object)  # callback, value, is_failure

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.panel: ProgressPanel | None = None  # the window's (status bar), made on first use
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="saring-task")
        # Always through the event loop: a job that ends before submit() returns has its
        # done-callback run on the calling (UI) thread, where a direct connection would call
        # back inside run(), before the caller has finished its own bookkeeping.
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._pending = 0
        self._shut = False

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def run(self, job: Callable[[], T], on_success: Callable[[T], Any],
            on_failure: Callable[[BaseException], Any]) -> None:
        if self._shut:  # the window is closing: a late timer's job is dropped, as queued ones are
            return
        self._pending += 1

        def done(future: Future[T]) -> None:
            if future.cancelled():  # dropped by shutdown(): the window is gone, nobody to tell
                return
            error = future.exception()
            if error is None:
                self._finished.emit(on_success, future.result(), False)
            else:
                self._finished.emit(on_failure, error, True)

        self._executor.submit(_without_gc_pauses, job).add_done_callback(done)

    def progress_panel(self) -> ProgressPanel:
        """The panel long work shows in by default (the window puts it in its status bar)."""
        if self.panel is None:
            self.panel = ProgressPanel()
        return self.panel

    def run_with_progress(self, job: Callable[[Progress], T], on_success: Callable[[T], Any],
                          on_failure: Callable[[BaseException], Any], *, label: str,
                          panel: ProgressPanel | None = None) -> None:
        """Like :meth:`run` for long work: ``job(progress)`` reports to ``panel`` (default:
        :meth:`progress_panel`), whose "Batal" makes it raise
        :class:`~core.app.progress.Cancelled`, handed to ``on_failure`` like any failure."""
        shown = panel or self.progress_panel()
        progress = shown.begin(label)

        def succeeded(value: T) -> Any:
            shown.end(progress)
            return on_success(value)

        def failed(error: BaseException) -> Any:
            shown.end(progress)
            return on_failure(error)

        self.run(lambda: job(progress), succeeded, failed)

    @Slot(object, object, object)
    def _deliver(self, callback: Callable[[Any], Any], value: Any, is_failure: bool) -> None:
        self._pending -= 1
        callback(value)

    def shutdown(self) -> None:
        """Wait for the running job; drop the queued ones."""
        self._shut = True
        self._executor.shutdown(wait=True, cancel_futures=True)


def _without_gc_pauses(job: Callable[[], T]) -> T:
    """Run ``job`` with the cyclic garbage collector paused, then collect the young
    generations (a few ms in this thread instead of many pauses during the job)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return job()
    finally:
        if was_enabled:
            gc.enable()
            gc.collect(1)
