"""How long work reports how far it is, and how it is asked to stop.

Core functions that can take long (exports of thousands of posts, review bundles, word-list
imports) take a ``progress`` argument and call it as ``progress(done, total)`` at safe points:
between rows, images or lines, never halfway through a write that could not be undone. When
the user has asked to stop, that call raises :class:`Cancelled`; the function then cleans up
as for any other failure (temporary files removed, the transaction not committed), so a
cancel leaves nothing half-written. The window shows a progress bar with "Batal"
(``ui.tasks``); the command line prints a progress line on a terminal (:func:`terminal`).
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable
from typing import TextIO

from core.errors import SaringError

REPORT_EVERY_S = 0.1  # a report per row would flood the window's event queue


class Cancelled(SaringError):
    """The user stopped the work; nothing was written and nothing changed."""

    def __init__(self, message: str = "Dibatalkan: tidak ada yang ditulis dan tidak ada yang "
                                      "berubah.") -> None:
        super().__init__(message)


class Progress:
    """``progress(done, total)``: report (at most every :data:`REPORT_EVERY_S`, and always
    at the end) and raise :class:`Cancelled` once :meth:`cancel` was called, from any thread."""

    def __init__(self, report: Callable[[int, int], object] | None = None, *,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._report = report
        self._clock = clock
        self._stop = threading.Event()
        self._last = -REPORT_EVERY_S

    def cancel(self) -> None:
        self._stop.set()

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    def check(self) -> None:
        """Raise :class:`Cancelled` when the user asked to stop."""
        if self._stop.is_set():
            raise Cancelled

    def __call__(self, done: int, total: int) -> None:
        self.check()
        if self._report is None:
            return
        now = self._clock()
        if done >= total or now - self._last >= REPORT_EVERY_S:
            self._last = now
            self._report(done, total)


NO_PROGRESS = Progress()  # the default: reports nowhere, never cancelled


def terminal(label: str, stream: TextIO | None = None) -> Progress:
    """A progress line for the command line ("Mengekspor… 45% (4.500/10.000)"), rewritten in
    place on a terminal and silent when the output is a file or a pipe. Ctrl+C stops the
    work as a cancel does (KeyboardInterrupt runs the same clean-up)."""
    out = stream or sys.stderr
    if not out.isatty():
        return Progress()

    def show(done: int, total: int) -> None:
        share = 100 * done // total if total else 100
        end = "\n" if done >= total else ""
        out.write(f"\r{label} {share}% ({_thousands(done)}/{_thousands(total)})\033[K{end}")
        out.flush()

    return Progress(show)


def _thousands(number: int) -> str:
    return f"{number:,}".replace(",", ".")
