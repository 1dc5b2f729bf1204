"""The "Kalender" tab: each day's posts (time, status, title) against the daily targets, week
or month, beside the posts that have no time yet and the gaps of the next 7 days.

Days under target stand out; a click on a post opens it in the form; a list names the gaps of
the next 7 days, another the office's bidang that had no post for N days
(core.publish.coverage). Reads the plan from the settings, the occupancy and the posts from the
queue (core.publish.schedule and core.publish.calendar); no SQL here.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from core.app.settings import Settings, load_settings
from core.check.findings import Severity
from core.publish.calendar import CalendarEntry, CalendarPosts, calendar_posts
from core.publish.channels import Channel
from core.publish.coverage import coverage
from core.publish.schedule import DayPlan, Plan, ScheduleError, load_occupancy
from core.store.models import Status
from core.store.queue import QueueStore
from ui.coverage_text import gap_detail
from ui.labels import (
    channel_label,
    counted,
    is_dark,
    month_name,
    severity_color,
    status_label,
    weekday_name,
)

UNDER = QColor("#fde2e1")
MET = QColor("#e3f2e5")
TODAY = QColor("#1565c0")
# The same meanings on a dark palette: dark tints under light text.
_DARK_UNDER = QColor("#5c2b2b")
_DARK_MET = QColor("#1e4620")
POST_ID = Qt.ItemDataRole.UserRole
# Status colours of the calendar's dots, each with a shape of its own (colour-blind users):
# a ring for Draf, a square for Perlu revisi, a disc for the rest.
STATUS_COLOURS: dict[Status, str] = {
    Status.DRAFT: "#757575", Status.NEEDS_REVISION: "#e65100", Status.READY: "#2e7d32",
    Status.EXPORTED: "#1565c0", Status.PUBLISHED: "#6a1b9a", Status.ARCHIVED: "#9e9e9e",
}

_SHAPES = {Status.DRAFT: "○", Status.NEEDS_REVISION: "■"}  # the legend's dots, as drawn


def day_colours(palette: QPalette) -> tuple[QColor, QColor, QColor]:
    """Backgrounds of a day under and at target, and the colour of today, for ``palette``."""
    if is_dark(palette):
        return _DARK_UNDER, _DARK_MET, severity_color(Severity.INFO, palette)
    return UNDER, MET, TODAY


def status_icon(status: Status, size: int = 12) -> QIcon:
    """A drawn dot for ``status`` (no font needed)."""
    screen = QGuiApplication.primaryScreen()
    ratio = screen.devicePixelRatio() if screen else 1.0
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(STATUS_COLOURS[status])
    box = QRectF(size * 0.15, size * 0.15, size * 0.7, size * 0.7)
    if status is Status.DRAFT:
        painter.setPen(QPen(colour, max(1.5, size / 8)))
        painter.drawEllipse(box)
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        if status is Status.NEEDS_REVISION:
            painter.drawRect(box)
        else:
            painter.drawEllipse(box)
    painter.end()
    return QIcon(pixmap)


class PostList(QListWidget):
    """Posts as compact lines; a click opens the post."""

    open_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None, *, frameless: bool = False) -> None:
        super().__init__(parent)
        self.setIconSize(QSize(10, 10))
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        if frameless:
            self.setFrameShape(QFrame.Shape.NoFrame)
            self.viewport().setAutoFillBackground(False)
            self.setStyleSheet("QListWidget { background: transparent; }")
        self.itemClicked.connect(self._open)
        self.itemActivated.connect(self._open)

    def _open(self, item: QListWidgetItem) -> None:
        post_id = item.data(POST_ID)
        if post_id is not None:
            self.open_requested.emit(int(post_id))

    def add_entry(self, entry: CalendarEntry, text: str) -> QListWidgetItem:
        item = QListWidgetItem(status_icon(entry.status), text)
        item.setData(POST_ID, entry.post_id)
        channels = ", ".join(channel_label(c) for c in entry.channels) or "—"
        tip = [f"#{entry.post_id} · {status_label(entry.status)} · {channels}", entry.title]
        if entry.at is not None:
            tip.insert(1, f"{weekday_name(entry.at.weekday())} {entry.at:%d-%m-%Y %H.%M}")
        if entry.n_errors:
            tip.append(counted().must_fix(entry.n_errors))
        tip.append(self.tr("Klik untuk membuka unggahan ini."))
        item.setToolTip("\n".join(tip))
        self.addItem(item)
        return item

    def add_note(self, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.addItem(item)


class DayCell(QFrame):
    """One day of the grid: its number and targets, then its posts, one line each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.background: QColor | None = None  # under or at target, else the table's
        self.head = QLabel()
        self.head.setTextFormat(Qt.TextFormat.RichText)
        self.posts = PostList(frameless=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 2, 2)
        layout.setSpacing(0)
        layout.addWidget(self.head)
        layout.addWidget(self.posts, 1)


class CalendarView(QWidget):
    open_requested = Signal(int)  # a post id: open it in the form

    def __init__(self, store: QueueStore, parent: QWidget | None = None, *,
                 plan: Callable[[], Plan] | None = None,
                 now: Callable[[], dt.datetime] | None = None,
                 settings: Callable[[], Settings] | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._settings = settings or load_settings
        self._plan = plan or (lambda: Plan.from_settings(load_settings()))
        # the present in the office's time zone (a fixed one for pictures and tests)
        self.clock = now or (lambda: self._plan().now())
        self.anchor = self.clock().date()
        self.cells: dict[dt.date, DayCell] = {}
        self.day_state: dict[dt.date, str] = {}

        self._mode_label = QLabel()
        self.mode = QComboBox()
        self.mode.addItem("", "week")
        self.mode.addItem("", "month")
        self._mode_label.setBuddy(self.mode)
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
        self.legend.setWordWrap(True)

        self.grid = QTableWidget(0, 7)
        self.grid.verticalHeader().hide()
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.grid.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Tab from a day's list went to the grid, which moved its (invisible) current cell and
        # kept the focus in that day: Tab now goes on to the next day and out of the calendar
        self.grid.setTabKeyNavigation(False)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

        self.unscheduled = PostList()
        self.unscheduled.open_requested.connect(self.open_requested)
        self._unscheduled_title = QLabel()
        self.gaps = QListWidget()
        self.gaps.setWordWrap(True)
        self.gaps.setAlternatingRowColors(True)
        self._gaps_title = QLabel()
        self.bidang_gaps = QListWidget()
        self.bidang_gaps.setWordWrap(True)
        self._bidang_title = QLabel()
        self._bidang_title.setWordWrap(True)
        side = QSplitter(Qt.Orientation.Vertical)
        for title, body in ((self._unscheduled_title, self.unscheduled), (self._gaps_title, self.gaps),
                            (self._bidang_title, self.bidang_gaps)):
            box = QWidget()
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            box_layout.addWidget(title)
            box_layout.addWidget(body, 1)
            side.addWidget(box)
        side.setChildrenCollapsible(False)

        bar = QHBoxLayout()
        for widget in (self._mode_label, self.mode, previous, today, following):
            bar.addWidget(widget)
        bar.addSpacing(12)
        bar.addWidget(self.title, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.grid)
        split.addWidget(side)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        split.setSizes([900, 260])
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.legend)
        layout.addWidget(split, 1)
        self.retranslate_ui()  # the days are drawn when the tab is shown (showEvent)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def retranslate_ui(self) -> None:
        """Every text of the tab in the current language (also after a language change)."""
        # "Pekan", not "Minggu": the Sunday column is "Minggu" too.
        self._mode_label.setText(self.tr("&Tampilan:"))
        self.mode.setAccessibleName(self.tr("Tampilan kalender"))
        self.mode.setItemText(0, self.tr("Pekan"))
        self.mode.setItemText(1, self.tr("Bulan"))
        self._previous.setText(self.tr("◀ Sebelumnya"))
        self._today.setText(self.tr("Hari ini"))
        self._following.setText(self.tr("Berikutnya ▶"))
        under, met, _today = day_colours(self.palette())
        swatch = "<span style='background:{0}'>&nbsp;{1}&nbsp;</span>"
        days = self.tr("{0} = di bawah target, {1} = target terpenuhi (hari yang sudah lewat tidak "
                       "diwarnai).").format(swatch.format(under.name(), self.tr("merah")),
                                            swatch.format(met.name(), self.tr("hijau")))
        dots = " ".join(f"<span style='color:{STATUS_COLOURS[s]}'>{_SHAPES.get(s, '●')}</span>"
                        f"&nbsp;{html.escape(status_label(s))}" for s in Status if s is not Status.ARCHIVED)
        self.legend.setText(f"{days} &nbsp; {html.escape(self.tr('Status:'))} {dots}")
        self.grid.setAccessibleName(self.tr("Kalender unggahan"))
        self.grid.setHorizontalHeaderLabels([weekday_name(d) for d in range(7)])
        self.unscheduled.setAccessibleName(self.tr("Belum dijadwalkan"))
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
        self.anchor = self.clock().date()
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
        posts = calendar_posts(self._store, start, days)
        now = self.clock()
        plans = {(p.day, p.channel): p for p in plan.day_plans(start, days, occupancy, now=now)}
        if self.is_month():
            self.title.setText(f"{month_name(self.anchor.month)} {self.anchor.year}")
        else:
            end = start + dt.timedelta(days=6)
            self.title.setText(f"{start:%d-%m-%Y} – {end:%d-%m-%Y}")
        self.grid.clearContents()
        self.grid.setRowCount(weeks)
        self.cells, self.day_state = {}, {}
        for offset in range(days):
            day = start + dt.timedelta(days=offset)
            cell = DayCell()
            cell.posts.open_requested.connect(self.open_requested)
            self._fill_day(cell, day, plans, occupancy.count, posts, now)
            self.cells[day] = cell
            self.grid.setCellWidget(offset // 7, offset % 7, cell)
        self._fill_unscheduled(posts)
        self._fill_gaps(plan, now)
        self._fill_bidang_gaps(now.date())

    def _fill_day(self, cell: DayCell, day: dt.date, plans: dict[tuple[dt.date, Channel], DayPlan],
                  count: Callable[[dt.date, Channel], int], posts: CalendarPosts,
                  now: dt.datetime) -> None:
        palette = self.palette()
        under_colour, met_colour, today_colour = day_colours(palette)
        targets, under, met = [], False, False
        for channel in Channel:
            day_plan = plans.get((day, channel))
            if day_plan and day_plan.target:
                targets.append(f"{channel_label(channel)} {count(day, channel)}/{day_plan.target}")
                under = under or day_plan.shortfall > 0
                met = True
        past = day < now.date()  # history: shown, but it no longer stands out
        state = "" if past else ("under" if under else ("met" if met else ""))
        self.day_state[day] = state
        muted = palette.color(QPalette.ColorRole.PlaceholderText).name()
        number_colour = (today_colour.name() if day == now.date() else
                         muted if self.is_month() and day.month != self.anchor.month else
                         palette.color(QPalette.ColorRole.WindowText).name())
        head = f"<b style='color:{number_colour}'>{day.day}</b>"
        shortfall = sum(p.shortfall for (d, _c), p in plans.items() if d == day)
        if state == "under":
            head += " <small>" + html.escape(self.tr("kurang {0}").format(shortfall)) + "</small>"
        if day == now.date():
            head += " <small>" + html.escape(self.tr("hari ini")) + "</small>"
        cell.head.setText(head)
        tip = [f"{weekday_name(day.weekday())} {day:%d-%m-%Y}", *targets]
        tip += [self.tr("{0}: kurang {1}").format(channel_label(c), p.shortfall)
                for (d, c), p in plans.items() if d == day and p.shortfall]
        cell.head.setToolTip("\n".join(tip))
        if state:  # a style sheet: a cell widget's palette is painted over by the table's
            cell.background = under_colour if state == "under" else met_colour
            cell.setStyleSheet(f"DayCell {{ background-color: {cell.background.name()}; }}")
        for entry in posts.days.get(day, []):
            at = f"{entry.at:%H.%M}" if entry.at is not None else ""
            text = f"{at} {entry.title}" if self.is_month() else \
                f"{at} · {status_label(entry.status)}\n{entry.title}"
            cell.posts.add_entry(entry, text)
        cell.setAccessibleName(self.tr("{0} {1}: {2} unggahan").format(
            weekday_name(day.weekday()), f"{day:%d-%m-%Y}", len(posts.days.get(day, []))))
        cell.posts.setAccessibleName(cell.accessibleName())  # the list is what takes the focus

    def day_texts(self, day: dt.date) -> list[str]:
        """The lines of a day's posts as shown (for tests and screen readers)."""
        posts = self.cells[day].posts
        return [posts.item(i).text() for i in range(posts.count())]

    def _fill_unscheduled(self, posts: CalendarPosts) -> None:
        self.unscheduled.clear()
        total = len(posts.unscheduled) + posts.more_unscheduled
        self._unscheduled_title.setText("<b>" + html.escape(
            self.tr("Belum dijadwalkan ({0})").format(total)) + "</b>")
        self._unscheduled_title.setToolTip(self.tr(
            "Unggahan tanpa waktu terbit. Beri waktu di formulir, atau pakai “Jadwalkan otomatis” "
            "di tab Antrean."))
        for entry in posts.unscheduled:
            self.unscheduled.add_entry(entry, f"{status_label(entry.status)} · {entry.title}")
        if posts.more_unscheduled:
            self.unscheduled.add_note(self.tr("… dan {0} lagi (lihat tab Antrean)").format(
                posts.more_unscheduled))
        if not total:
            self.unscheduled.add_note(self.tr("Semua unggahan sudah punya waktu terbit."))

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
