"""The only threading code of the UI: run core work off the UI thread.

One worker thread runs jobs in order (the checker's caches and the spylls handle are not
thread-safe); results come back to the UI thread through a queued Qt signal.

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

from PySide6.QtCore import QObject, Qt, Signal, Slot

T = TypeVar("T")


class TaskRunner(QObject):
    """``run(job, on_success, on_failure)``: ``job`` runs in the worker; the callbacks run on
    the UI thread. ``job`` must not touch widgets."""

    _finished = Signal(object, object, object)  # callback, value, is_failure

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
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
            error = future.exception()
            if error is None:
                self._finished.emit(on_success, future.result(), False)
            else:
                self._finished.emit(on_failure, error, True)

        self._executor.submit(_without_gc_pauses, job).add_done_callback(done)

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
