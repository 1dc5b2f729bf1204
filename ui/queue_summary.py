"""The queue's summary above the table (issue 17): which bidang had no post for N days, which
are under their weekly target this week, and the share of leadership-ceremony posts per week;
a week that is mostly ceremony gets a kind suggestion of what the public needs instead.

The store is read on the UI thread (a few indexed queries); the ceremony recogniser runs in
the window's worker. Nothing is computed while the tab is hidden: the next show does it."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QWidget

from core.app.settings import Settings
from core.publish.coverage import (
    CeremonyWeek,
    ceremony_of_openings,
    coverage,
    week_start,
)
from core.store.queue import QueueStore
from ui.coverage_text import ceremony_advice, ceremony_line, gap_line, target_line
from ui.tasks import TaskRunner

WEEKS_BACK = 1  # the ceremony share from last week …
WEEKS_AHEAD = 2  # … to two weeks ahead (what is being planned)


class QueueSummary(QLabel):
    def __init__(self, store: QueueStore, tasks: TaskRunner, settings: Callable[[], Settings], *,
                 today: Callable[[], dt.date] = dt.date.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store, self._tasks, self._settings = store, tasks, settings
        self.today = today  # the day the summary is about (tests and screenshots fix it)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setContentsMargins(6, 4, 6, 4)
        self.setStyleSheet("QLabel { border: 1px solid palette(mid); border-radius: 4px; }")
        self._pending = True
        self._round = 0  # the refresh whose ceremony result may still be shown
        self.lines: list[str] = []  # the summary as plain sentences (tests, accessibility)
        self.ceremony: tuple[CeremonyWeek, ...] = ()
        self._advice: list[str] = []

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._pending:
            self.refresh()

    def refresh(self) -> None:
        if not self.isVisible():
            self._pending = True
            return
        self._pending = False
        self._round += 1
        settings, today = self._settings(), self.today()
        cov = coverage(self._store, settings.bidang, today=today, weeks=1,
                       gap_days=settings.bidang_gap_days)
        self.lines = [line for line in (gap_line(cov), target_line(cov)) if line]
        self._show()
        first = week_start(today) - dt.timedelta(weeks=WEEKS_BACK)
        openings = self._store.search.openings_between(
            first, first + dt.timedelta(weeks=WEEKS_BACK + 1 + WEEKS_AHEAD))
        done_round = self._round
        self._tasks.run(lambda: ceremony_of_openings(openings),
                        lambda weeks: self._show_ceremony(done_round, weeks, len(self.lines)),
                        lambda _error: None)

    def _show_ceremony(self, done_round: int, weeks: tuple[CeremonyWeek, ...], keep: int) -> None:
        if done_round != self._round:  # a newer refresh is on its way
            return
        self.ceremony = weeks
        self._advice = [ceremony_advice(w) for w in weeks
                        if w.mostly_ceremony and w.week >= week_start(self.today())]
        self.lines = [*self.lines[:keep], ceremony_line(weeks), *self._advice]
        self._show()

    def _show(self) -> None:
        parts = []
        suggestion = html.escape(self.tr("Saran:"))
        for line in self.lines:
            text = html.escape(line)
            if line in self._advice:
                text = f"<b>{suggestion}</b> {text}"
            parts.append(f"<p style='margin:0 0 2px 0'>{text}</p>")
        self.setText("".join(parts))
        self.setAccessibleDescription(" ".join(self.lines))
