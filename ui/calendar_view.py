"""The "Kalender" tab: posts of each day against the daily targets, week or month.

Days under target stand out; a list names the gaps of the next 7 days, another the office's
bidang that had no post for N days (core.publish.coverage). Reads the plan from the settings
and the occupancy from the queue (core.publish.schedule); no SQL here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.app.settings import Settings, load_settings
from core.check.findings import Severity
from core.publish.channels import Channel
from core.publish.coverage import coverage
from core.publish.schedule import Plan, ScheduleError, load_occupancy
from core.store.queue import QueueStore
from ui.coverage_text import gap_detail
from ui.labels import channel_label, is_dark, month_name, severity_color, weekday_name

UNDER = QColor("#fde2e1")
MET = QColor("#e3f2e5")
TODAY = QColor("#1565c0")
# The same meanings on a dark palette: dark tints under light text.
_DARK_UNDER = QColor("#5c2b2b")
_DARK_MET = QColor("#1e4620")


def day_colours(palette: QPalette) -> tuple[QColor, QColor, QColor]:
    """Backgrounds of a day under and at target, and the colour of today, for ``palette``."""
    if is_dark(palette):
        return _DARK_UNDER, _DARK_MET, severity_color(Severity.INFO, palette)
    return UNDER, MET, TODAY


class CalendarView(QWidget):
    def __init__(self, store: QueueStore, parent: QWidget | None = None, *,
                 plan: Callable[[], Plan] | None = None,
                 now: Callable[[], dt.datetime] | None = None,
                 settings: Callable[[], Settings] | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._settings = settings or load_settings
        self._plan = plan or (lambda: Plan.from_settings(load_settings()))
        self._now = now or dt.datetime.now
        self.anchor = self._now().date()

        self.mode = QComboBox()
        self.mode.addItem("", "week")
        self.mode.addItem("", "month")
        self.mode.currentIndexChanged.connect(self.refresh)
        self._previous = previous = QPushButton()
        previous.clicked.connect(lambda: self.move(-1))
        self._today = today = QPushButton()
        today.clicked.connect(self.go_today)
        self._following = following = QPushButton()
        following.clicked.connect(lambda: self.move(1))
        self.title = QLabel()
        font = self.title.font()
        font.setPointSize(font.pointSize() + 2)
        font.setBold(True)
        self.title.setFont(font)
        self.legend = QLabel()

        self.grid = QTableWidget(0, 7)
        self.grid.verticalHeader().hide()
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.setWordWrap(True)

        self.gaps = QListWidget()
        self.gaps.setWordWrap(True)
        self.gaps.setAlternatingRowColors(True)
        gap_box = QWidget()
        gap_layout = QVBoxLayout(gap_box)
        gap_layout.setContentsMargins(0, 0, 0, 0)
        self._gaps_title = QLabel()
        gap_layout.addWidget(self._gaps_title)
        gap_layout.addWidget(self.gaps, 2)
        self.bidang_gaps = QListWidget()
        self.bidang_gaps.setWordWrap(True)
        self._bidang_title = QLabel()
        self._bidang_title.setWordWrap(True)
        gap_layout.addWidget(self._bidang_title)
        gap_layout.addWidget(self.bidang_gaps, 1)

        bar = QHBoxLayout()
        for widget in (self.mode, previous, today, following):
            bar.addWidget(widget)
        bar.addSpacing(12)
        bar.addWidget(self.title, 1)
        bar.addWidget(self.legend)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.grid)
        split.addWidget(gap_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([800, 320])
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        self.retranslate_ui()
        self.refresh()

    def retranslate_ui(self) -> None:
        """Every text of the tab in the current language (also after a language change)."""
        self.mode.setAccessibleName(self.tr("Tampilan kalender"))
        self.mode.setItemText(0, self.tr("Minggu"))
        self.mode.setItemText(1, self.tr("Bulan"))
        self._previous.setText(self.tr("◀ Sebelumnya"))
        self._today.setText(self.tr("Hari ini"))
        self._following.setText(self.tr("Berikutnya ▶"))
        under, met, _today = day_colours(self.palette())
        self.legend.setText(self.tr(
            "<span style='background:#fde2e1'>&nbsp;merah&nbsp;</span> = di bawah target, "
            "<span style='background:#e3f2e5'>&nbsp;hijau&nbsp;</span> = target terpenuhi "
            "(hari yang sudah lewat tidak diwarnai)").replace("#fde2e1", under.name())
            .replace("#e3f2e5", met.name()))
        self.grid.setAccessibleName(self.tr("Kalender unggahan"))
        self.grid.setHorizontalHeaderLabels([weekday_name(d) for d in range(7)])
        self.gaps.setAccessibleName(self.tr("Kekurangan 7 hari ke depan"))
        self._gaps_title.setText(self.tr("<b>Kekurangan 7 hari ke depan</b>"))
        self.bidang_gaps.setAccessibleName(self.tr("Bidang yang lama tidak diunggah"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.PaletteChange):
            self.retranslate_ui()
            if self.isVisible():  # else the window refreshes the tab when it is shown
                self.refresh()

    # -- navigation -------------------------------------------------------------------------

    def is_month(self) -> bool:
        return self.mode.currentData() == "month"

    def move(self, step: int) -> None:
        if self.is_month():
            month = self.anchor.month - 1 + step
            self.anchor = dt.date(self.anchor.year + month // 12, month % 12 + 1, 1)
        else:
            self.anchor += dt.timedelta(days=7 * step)
        self.refresh()

    def go_today(self) -> None:
        self.anchor = self._now().date()
        self.refresh()

    def visible_range(self) -> tuple[dt.date, int]:
        """First shown day (a Monday) and the number of weeks shown."""
        if not self.is_month():
            return self.anchor - dt.timedelta(days=self.anchor.weekday()), 1
        first = self.anchor.replace(day=1)
        start = first - dt.timedelta(days=first.weekday())
        following = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
        weeks = -(-((following - start).days) // 7)
        return start, weeks

    # -- content ----------------------------------------------------------------------------

    def refresh(self) -> None:
        start, weeks = self.visible_range()
        try:
            plan = self._plan()
        except ScheduleError as exc:
            plan = Plan(targets={}, slots=())
            self.title.setToolTip(str(exc))
        days = weeks * 7
        occupancy = load_occupancy(self._store, start, start + dt.timedelta(days=days))
        now = self._now()
        under_colour, met_colour, today_colour = day_colours(self.palette())
        plans = {(p.day, p.channel): p for p in plan.day_plans(start, days, occupancy, now=now)}
        if self.is_month():
            self.title.setText(f"{month_name(self.anchor.month)} {self.anchor.year}")
        else:
            end = start + dt.timedelta(days=6)
            self.title.setText(f"{start:%d-%m-%Y} – {end:%d-%m-%Y}")
        self.grid.clearContents()
        self.grid.setRowCount(weeks)
        self.day_state: dict[dt.date, str] = {}
        for offset in range(days):
            day = start + dt.timedelta(days=offset)
            lines, under, met = [], False, False
            channels = [c for c in Channel if (day, c) in plans or occupancy.count(day, c)]
            for channel in channels:
                have = occupancy.count(day, channel)
                day_plan = plans.get((day, channel))
                if day_plan and day_plan.target:
                    lines.append(f"{channel_label(channel)} {have}/{day_plan.target}")
                    under = under or day_plan.shortfall > 0
                    met = True
                elif have:
                    lines.append(f"{channel_label(channel)} {have}")
            past = day < now.date()  # history: shown, but it no longer stands out
            state = "" if past else ("under" if under else ("met" if met else ""))
            self.day_state[day] = state
            item = QTableWidgetItem(f"{day.day}\n" + "\n".join(lines))
            item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            if state:
                item.setBackground(QBrush(under_colour if state == "under" else met_colour))
            if self.is_month() and day.month != self.anchor.month:
                item.setForeground(QBrush(self.palette().color(QPalette.ColorRole.PlaceholderText)))
            if day == now.date():
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
                item.setForeground(QBrush(today_colour))
            tip = [f"{weekday_name(day.weekday())} {day:%d-%m-%Y}"]
            tip += [self.tr("{0}: kurang {1}").format(channel_label(c), p.shortfall)
                    for (d, c), p in plans.items() if d == day and p.shortfall]
            item.setToolTip("\n".join(tip))
            self.grid.setItem(offset // 7, offset % 7, item)
        self._fill_gaps(plan, now)
        self._fill_bidang_gaps(now.date())

    def _fill_gaps(self, plan: Plan, now: dt.datetime) -> None:
        self.gaps.clear()
        occupancy = load_occupancy(self._store, now.date(), now.date() + dt.timedelta(days=7))
        gaps = plan.gaps(occupancy, now=now)
        if not plan.targets:
            self.gaps.addItem(self.tr("Belum ada target harian. Atur target per kanal dan slot "
                                      "waktu di Pengaturan."))
            return
        for gap in gaps:
            free = ", ".join(f"{t:%H.%M}" for t in gap.free_slots) or self.tr("tidak ada slot tersisa")
            line = self.tr("{0} {1}: {2} kurang {3} (ada {4} dari {5})\n    slot kosong: {6}")
            self.gaps.addItem(line.format(
                weekday_name(gap.day.weekday()), f"{gap.day:%d-%m}", channel_label(gap.channel),
                gap.shortfall, gap.planned, gap.target, free))
        if not gaps:
            self.gaps.addItem(self.tr("Tidak ada kekurangan: semua target 7 hari ke depan terpenuhi."))

    def _fill_bidang_gaps(self, today: dt.date) -> None:
        """The office's bidang with no post planned on the last N days (from the settings)."""
        settings = self._settings()
        self._bidang_title.setText(self.tr("<b>Bidang tanpa unggahan {0} hari terakhir</b>")
                                   .format(settings.bidang_gap_days))
        self.bidang_gaps.clear()
        if not settings.bidang:
            self.bidang_gaps.addItem(self.tr("Belum ada daftar bidang. Isi di Pengaturan → Bidang."))
            return
        cov = coverage(self._store, settings.bidang, today=today, weeks=1,
                       gap_days=settings.bidang_gap_days)
        for row in cov.gaps():
            self.bidang_gaps.addItem(gap_detail(row))
        if not cov.gaps():
            self.bidang_gaps.addItem(self.tr("Tidak ada: setiap bidang punya unggahan."))
