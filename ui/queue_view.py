"""The "Antrean" tab: the queued posts, search and filters, status with history, images.

The table model is lazy: it counts the matching posts and fetches them a page at a time
(``store.search.rows``) as the view scrolls, so 100,000 posts open as fast as 100.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.app.paths import user_data_dir
from core.app.settings import load_settings
from core.findings import Severity
from core.publish.channels import Channel
from core.publish.schedule import Plan, ScheduleError, auto_schedule
from core.store.bundle import (
    BundleError,
    BundleResult,
    ReceivedBundle,
    apply_bundle,
    collect_bundle,
    read_bundle,
    write_bundle,
)
from core.store.errors import MediaError, PostNotFoundError, StoreError
from core.store.models import TRANSITIONS, QueueQuery, QueueRow, Status
from core.store.queue import QueueStore
from core.text import first_line
from ui.buttons import ask_yes_no
from ui.labels import channel_label, counted, severity_color, status_label
from ui.tasks import TaskRunner

_Index = QModelIndex | QPersistentModelIndex
PAGE = 200
THUMB = 28


class QueueTableModel(QAbstractTableModel):
    COLUMNS = 7

    def __init__(self) -> None:
        super().__init__()
        self.posts: list[QueueRow] = []  # the rows fetched so far, in order
        self.total = 0
        self._fetch: Callable[[int, int], list[QueueRow]] = lambda offset, limit: []
        self._thumbs: dict[str, QPixmap] = {}

    def set_source(self, total: int, fetch: Callable[[int, int], list[QueueRow]]) -> None:
        """``fetch(offset, limit)`` gives a page; the first page is read at once."""
        self.beginResetModel()
        self.total = total
        self._fetch = fetch
        self.posts = fetch(0, PAGE) if total else []
        self.endResetModel()

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self.posts) < self.total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        page = self._fetch(len(self.posts), PAGE)
        if not page:
            self.total = len(self.posts)
            return
        start = len(self.posts)
        self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
        self.posts.extend(page)
        self.endInsertRows()

    def _headers(self) -> tuple[str, ...]:
        # Literal tr() calls, so that the translation tools find every header.
        return ("#", self.tr("Status"), self.tr("Rencana terbit"), self.tr("Kanal"), self.tr("Judul"),
                self.tr("Harus diperbaiki"), self.tr("Perlu diperiksa"))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.posts)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers()[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        post = self.posts[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                str(post.id),
                status_label(post.status),
                post.scheduled_at.strftime("%d-%m-%Y %H:%M") if post.scheduled_at else "—",
                ", ".join(channel_label(c) for c in post.channels) or "—",
                post.title or first_line(post.excerpt, 70),
                str(post.n_errors),
                str(post.n_warnings),
            )[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 5, 6):
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole and column == 4:
            return post.excerpt
        if role == Qt.ItemDataRole.ForegroundRole and column == 5 and post.n_errors:
            return severity_color(Severity.ERROR)  # readable on the light or dark palette
        if role == Qt.ItemDataRole.DecorationRole and column == 4 and post.thumbnail:
            return self._thumbnail(post.thumbnail)
        return None

    def _thumbnail(self, path: str) -> QPixmap:
        if path not in self._thumbs:
            pixmap = QPixmap(path)
            self._thumbs[path] = pixmap.scaled(
                THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation) if not pixmap.isNull() else pixmap
        return self._thumbs[path]


_DATE_RANGES = 5  # every date, today, the next 7 days, the next 30 days, past


class QueueView(QWidget):
    open_requested = Signal(int)  # post id
    export_requested = Signal()
    changed = Signal()  # statuses or schedules changed here (the calendar refreshes)
    media_changed = Signal(int)  # an image was attached here to this post id

    def __init__(self, store: QueueStore, parent: QWidget | None = None, *,
                 who: Callable[[], str] | None = None,
                 media_dir: Path | None = None,
                 plan: Callable[[], Plan] | None = None,
                 tasks: TaskRunner | None = None) -> None:
        """``tasks``: the window's worker (review bundles are written and read there); a
        view of its own makes one."""
        super().__init__(parent)
        self._store = store
        self.tasks = tasks or TaskRunner(self)
        self._read_only = False
        self._plan = plan or (lambda: Plan.from_settings(load_settings()))
        self._who = who or (lambda: load_settings().user_name)
        self._media_dir = media_dir or user_data_dir() / "media"
        self.model = QueueTableModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setIconSize(QSize(THUMB, THUMB))
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(THUMB + 6)
        header = self.table.horizontalHeader()
        # Fixed widths: ResizeToContents would measure every row, which a lazy model must avoid.
        for column, width in enumerate((60, 100, 130, 150, 0, 60, 85)):
            if width:
                header.resizeSection(column, width)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _: self._open())

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _: self._search_timer.start())

        self.filter = QComboBox()
        self.filter.addItem("", None)
        for status in Status:
            self.filter.addItem("", status.value)
        self.filter.currentIndexChanged.connect(self.refresh)
        self.channel = QComboBox()
        self.channel.addItem("", None)
        for ch in Channel:
            self.channel.addItem("", ch.value)
        self.channel.currentIndexChanged.connect(self.refresh)
        self.dates = QComboBox()
        for _ in range(_DATE_RANGES):
            self.dates.addItem("")
        self.dates.currentIndexChanged.connect(self.refresh)

        self.open_button = QPushButton()
        self.open_button.clicked.connect(self._open)
        self.status_button = QToolButton()
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.status_button)
        self.status_actions = {
            status: menu.addAction("", lambda s=status: self.set_selected_status(s))
            for status in Status}
        menu.aboutToShow.connect(self._update_status_menu)
        self.status_button.setMenu(menu)
        self.schedule_button = QPushButton()
        self.schedule_button.clicked.connect(self.schedule_selected)
        self.image_button = QPushButton()
        self.image_button.clicked.connect(self.add_image)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.delete_selected)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export_requested)
        self.review_button = QToolButton()
        self.review_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        review_menu = QMenu(self.review_button)
        self._review_actions = (review_menu.addAction("", self._send_dialog),
                                review_menu.addAction("", self._receive_dialog))
        self.review_button.setMenu(review_menu)
        self.count = QLabel()

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.filter, 1)
        filters.addWidget(self.channel, 1)
        filters.addWidget(self.dates, 1)
        bar = QHBoxLayout()
        bar.addWidget(self.count, 1)
        for widget in (self.open_button, self.status_button, self.schedule_button,
                       self.image_button, self.delete_button, self.review_button,
                       self.export_button):
            bar.addWidget(widget)

        self.history = QListWidget()
        self.preview = QLabel()
        self.preview.setFixedSize(96, 96)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("border: 1px solid #ccc; color: #888;")
        self.alt_text = QLabel()
        self.alt_text.setWordWrap(True)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        self._history_title = QLabel()
        detail_layout.addWidget(self._history_title)
        row = QHBoxLayout()
        row.addWidget(self.history, 1)
        side_box = QWidget()
        side_box.setFixedWidth(220)
        side = QVBoxLayout(side_box)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.preview)
        side.addWidget(self.alt_text, 1)
        row.addWidget(side_box)
        detail_layout.addLayout(row)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(detail)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._relabel_pending = False
        self.retranslate_ui()
        self.refresh()

    def retranslate_ui(self) -> None:
        """Every text of the tab in the current language (also after a language change)."""
        self.table.setAccessibleName(self.tr("Daftar antrean"))
        self.search.setPlaceholderText(self.tr("Cari kata dalam judul, isi, atau sumber…"))
        self.search.setAccessibleName(self.tr("Cari unggahan"))
        self.filter.setAccessibleName(self.tr("Saring menurut status"))
        self.filter.setItemText(0, self.tr("Semua status"))
        for i, status in enumerate(Status, start=1):
            self.filter.setItemText(i, status_label(status))
        self.channel.setAccessibleName(self.tr("Saring menurut kanal"))
        self.channel.setItemText(0, self.tr("Semua kanal"))
        for i, ch in enumerate(Channel, start=1):
            self.channel.setItemText(i, channel_label(ch))
        self.dates.setAccessibleName(self.tr("Saring menurut tanggal terbit"))
        # literal tr() calls, so that the translation tools find them
        for i, label in enumerate((self.tr("Semua tanggal"), self.tr("Hari ini"), self.tr("7 hari ke depan"),
                                   self.tr("30 hari ke depan"), self.tr("Sudah lewat"))):
            self.dates.setItemText(i, label)
        self.open_button.setText(self.tr("Buka di editor"))
        self.status_button.setText(self.tr("Ubah status"))
        for status, action in self.status_actions.items():
            action.setText(status_label(status))
        self.schedule_button.setText(self.tr("Jadwalkan otomatis"))
        self.schedule_button.setToolTip(self.tr(
            "Taruh unggahan terpilih di slot kosong berikutnya untuk setiap kanalnya "
            "(target harian dan slot waktu dari Pengaturan)."))
        self.image_button.setText(self.tr("Gambar…"))
        self.delete_button.setText(self.tr("Hapus…"))
        self.export_button.setText(self.tr("Ekspor CSV…"))
        self.review_button.setText(self.tr("Tinjauan"))
        self._review_actions[0].setText(self.tr("Kirim untuk ditinjau…"))
        self._review_actions[1].setText(self.tr("Terima berkas tinjauan…"))
        self.review_button.setToolTip(self.tr(
            "Kirim unggahan terpilih (dengan temuan dan gambarnya) dalam satu berkas untuk "
            "ditinjau di PC lain, atau terima berkas tinjauan beserta keputusan peninjau."))
        self.history.setAccessibleName(self.tr("Riwayat status"))
        self._history_title.setText(self.tr("<b>Riwayat status</b> (siapa, kapan, dari → ke, alasan)"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.COLUMNS - 1)
        header = self.table.horizontalHeader()
        for column in (5, 6):  # the count columns: as wide as their header in this language
            text = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            header.resizeSection(column, max(60, header.fontMetrics().horizontalAdvance(text) + 24))
        if self.selected_id() is None:  # the hint (with a post selected, the rows are data)
            self._selection_changed()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            # the count line, the status and channel names in the rows, the history: read again
            # now when shown, else when the tab is shown next
            self._relabel_pending = True
            if self.isVisible():
                self._relabel()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._relabel_pending:
            self._relabel()

    def _relabel(self) -> None:
        self._relabel_pending = False
        self.refresh()

    # -- filters ----------------------------------------------------------------------------

    def status_filter(self) -> Status | None:
        value = self.filter.currentData()  # Qt hands enum values back as plain strings
        return Status(value) if value else None

    def query(self, today: dt.date | None = None) -> QueueQuery:
        today = today or dt.date.today()
        channel = self.channel.currentData()
        start: dt.date | None = None
        end: dt.date | None = None
        choice = self.dates.currentIndex()
        if choice == 1:
            start = end = today
        elif choice in (2, 3):
            start, end = today, today + dt.timedelta(days=6 if choice == 2 else 29)
        elif choice == 4:
            start, end = dt.date(1, 1, 1), today - dt.timedelta(days=1)
        return QueueQuery(text=self.search.text(), status=self.status_filter(),
                          channel=Channel(channel) if channel else None,
                          date_from=start, date_to=end)

    def refresh(self) -> None:
        selected = self.selected_id()
        query = self.query()
        total = self._store.search.count_matching(query)
        self.model.set_source(total, lambda offset, limit: self._store.search.rows(
            query, offset=offset, limit=limit))
        self.count.setText(counted().posts(total))
        if selected is not None:
            self.select_id(selected)
        self._selection_changed()

    # -- selection --------------------------------------------------------------------------

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.posts[rows[0].row()].id if rows else None

    def selected_ids(self) -> list[int]:
        return [self.model.posts[i.row()].id for i in self.table.selectionModel().selectedRows()]

    def select_id(self, post_id: int) -> None:
        for row, post in enumerate(self.model.posts):
            if post.id == post_id:
                # Not selectRow(): it toggles when Ctrl is held, and would deselect the row.
                index = self.model.index(row, 0)
                flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                         | QItemSelectionModel.SelectionFlag.Rows)
                self.table.selectionModel().setCurrentIndex(index, flags)
                self.table.scrollTo(index)
                return

    def _selection_changed(self, *_: object) -> None:
        post_id = self.selected_id()
        for widget in (self.open_button, self.status_button, self.delete_button,
                       self.schedule_button, self.image_button):
            widget.setEnabled(post_id is not None and (widget is self.open_button or not self._read_only))
        self.history.clear()
        self.preview.clear()
        self.alt_text.clear()
        self.preview.setVisible(post_id is not None)
        if post_id is None:
            self.history.addItem(self.tr("Pilih satu unggahan untuk melihat riwayat status dan "
                                         "gambarnya."))
            return
        for h in self._store.posts.history(post_id):
            before = status_label(h.from_status) if h.from_status else "—"
            line = f"{h.at:%d-%m-%Y %H:%M}  {h.who or self.tr('(tanpa nama)')}:  {before} → " \
                   f"{status_label(h.to_status)}"
            self.history.addItem(line + (f"  — {h.reason}" if h.reason else ""))
        if not self.history.count():
            self.history.addItem(self.tr("Belum ada perubahan status."))
        media = self._store.media.of(post_id)
        if media:
            pixmap = QPixmap(media[0].path)
            if not pixmap.isNull():
                self.preview.setPixmap(pixmap.scaled(
                    96, 96, Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation))
            alts = "; ".join(m.alt_text or self.tr("(tanpa teks alternatif)") for m in media)
            self.alt_text.setText(self.tr("{0}. Teks alternatif: {1}").format(
                counted().images(len(media)), alts))
        else:
            self.preview.setText(self.tr("Tanpa\ngambar"))

    # -- actions ----------------------------------------------------------------------------

    def set_selected_status(self, status: Status) -> None:
        """Apply ``status`` to every selected post: one confirmation for several, the reason
        asked once (posts with errors need one for Siap), and a report of what did not change."""
        ids = self.selected_ids()
        if not ids:
            return
        rows = {p.id: p for p in self.model.posts if p.id in ids}
        if len(ids) > 1 and not self.confirm_change(self.tr(
                "Ubah status {0} unggahan terpilih menjadi {1}?").format(len(ids), status_label(status))):
            return
        reason = ""
        needing = [i for i in ids if status is Status.READY and rows[i].n_errors
                   and rows[i].status is not Status.READY]
        if needing:
            if len(needing) == 1:
                question = self.tr(
                    "Unggahan #{0} masih punya {1} galat (temuan yang harus diperbaiki). Tulis alasan "
                    "mengapa unggahan ini tetap siap terbit; alasan disimpan di riwayat.").format(
                        needing[0], rows[needing[0]].n_errors)
            else:
                question = self.tr(
                    "{0} unggahan masih punya galat (temuan yang harus diperbaiki): {1}. Tulis alasan "
                    "mengapa unggahan itu tetap siap terbit; alasan yang sama disimpan di riwayat "
                    "setiap unggahan.").format(len(needing), ", ".join(f"#{i}" for i in needing))
            answer = self.ask_reason(question)
            if answer is None or (not answer.strip() and len(ids) == 1):
                return
            reason = answer
        refused = self._store.posts.set_statuses(ids, status, reason=reason, who=self._who()).refused
        self.refresh()
        self.changed.emit()
        if refused:
            changed = len(ids) - len(refused)
            self.report_refused(self.tr("{0} dari {1} unggahan diubah menjadi {2}. Yang tidak "
                                        "berubah:\n\n{3}").format(
                changed, len(ids), status_label(status), "\n".join(refused.values())))

    def confirm_change(self, question: str) -> bool:
        return ask_yes_no(self, self.tr("Ubah status"), question)

    def report_refused(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Status tidak diubah"), message)

    def _update_status_menu(self) -> None:
        """Grey out the statuses that no selected post may move to (the workflow's table)."""
        current = {p.status for p in self.model.posts if p.id in set(self.selected_ids())}
        for status, action in self.status_actions.items():
            action.setEnabled(any(status in TRANSITIONS[c] for c in current))

    def ask_reason(self, question: str) -> str | None:
        text, ok = QInputDialog.getMultiLineText(self, self.tr("Alasan"), question)
        return text if ok else None

    def schedule_selected(self) -> None:
        post_id = self.selected_id()
        if post_id is None:
            return
        try:
            (done,) = auto_schedule(self._store, [post_id], plan=self._plan())
        except (ScheduleError, StoreError) as exc:
            QMessageBox.warning(self, self.tr("Belum dijadwalkan"), str(exc))
            return
        if done.at is None:
            QMessageBox.warning(self, self.tr("Belum dijadwalkan"), done.problem)
        self.refresh()
        self.changed.emit()

    def add_image(self) -> None:
        post_id = self.selected_id()
        if post_id is None:
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Pilih gambar"), str(Path.home()),
                                              self.tr("Gambar (*.jpg *.jpeg *.png *.gif *.webp)"))
        if not path:
            return
        alt, _ = QInputDialog.getMultiLineText(
            self, self.tr("Teks alternatif"),
            self.tr("Gambarkan isi gambar untuk pembaca tunanetra (teks alternatif):"))
        self.attach_image(post_id, Path(path), alt)

    def attach_image(self, post_id: int, path: Path, alt_text: str) -> None:
        try:
            self._store.media.add(post_id, path, media_dir=self._media_dir, alt_text=alt_text.strip())
        except (MediaError, StoreError, PostNotFoundError) as exc:
            QMessageBox.warning(self, self.tr("Gambar tidak ditambahkan"), str(exc))
        else:
            self.media_changed.emit(post_id)
        self.refresh()

    def _send_dialog(self) -> None:
        if not self.selected_ids():
            QMessageBox.information(self, self.tr("Kirim untuk ditinjau"),
                                    self.tr("Pilih dulu unggahan yang akan ditinjau."))
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Simpan berkas tinjauan"), str(Path.home() / "tinjauan.saring"),
            self.tr("Berkas tinjauan Saring (*.saring)"))
        if path:
            self.send_for_review(Path(path if path.endswith(".saring") else path + ".saring"))

    def send_for_review(self, path: Path) -> None:
        """Write the selected posts to a review bundle: the database is read here, the file is
        written by the worker; the queue stays usable and says it is busy."""
        settings = load_settings()
        try:
            content = collect_bundle(self._store, self.selected_ids(), sender=self._who(),
                                     office=settings.opd_name)
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Berkas tinjauan tidak ditulis"), str(exc))
            return
        self._busy(self.tr("Menulis berkas tinjauan ke {0}…").format(path))
        self.tasks.run(lambda: write_bundle(content, path), self._sent, self._send_failed)

    def _sent(self, sent: BundleResult) -> None:
        self._idle()
        self.message = self.tr("{0} dan {1} ditulis ke {2}. Kirim berkas itu ke peninjau (surel, "
                               "flashdisk).").format(counted().posts(sent.posts),
                                                     counted().images(sent.images), sent.path)
        self.count.setText(self.message)

    def _send_failed(self, error: BaseException) -> None:
        self._idle()
        self.message = str(error) if isinstance(error, BundleError) else repr(error)
        QMessageBox.warning(self, self.tr("Berkas tinjauan tidak ditulis"), self.tr(
            "Berkas tidak ditulis; antrean tidak berubah.\n\n{0}").format(self.message))

    def _busy(self, text: str) -> None:
        """A bundle is being written or read: say so, and allow no second one meanwhile."""
        self.review_button.setEnabled(False)
        self.count.setText(text)
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)

    def _idle(self) -> None:
        QApplication.restoreOverrideCursor()
        self.review_button.setEnabled(True)

    def _receive_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Buka berkas tinjauan"), str(Path.home()),
                                              self.tr("Berkas tinjauan Saring (*.saring)"))
        if path:
            self.receive_review(Path(path))

    def receive_review(self, path: Path) -> None:
        """Import a review bundle: the worker reads it and copies its images into the media
        folder; the posts, history and decisions go into the queue here, afterwards."""
        media_dir = self._media_dir
        self._busy(self.tr("Membaca berkas tinjauan {0}…").format(path))
        self.tasks.run(lambda: read_bundle(path, media_dir=media_dir),
                       lambda received: self._received(received, media_dir), self._receive_failed)

    def _received(self, received: ReceivedBundle, media_dir: Path) -> None:
        self._idle()
        try:
            got = apply_bundle(self._store, received, media_dir=media_dir)
        except (BundleError, StoreError, MediaError) as exc:
            self._receive_failed(exc)
            return
        finally:
            self.refresh()
            self.changed.emit()
        self.message = self.tr("{0} unggahan baru, {1} diperbarui, {2} keputusan status "
                               "diterapkan.").format(len(got.added), len(got.updated), len(got.decisions))
        if got.notes:
            self.message += "\n" + "\n".join(got.notes)
        self.count.setText(self.message.split("\n", 1)[0])
        if got.notes:
            self.report_notes(self.message)

    def report_notes(self, message: str) -> None:
        QMessageBox.information(self, self.tr("Catatan berkas tinjauan"), message)

    def _receive_failed(self, error: BaseException) -> None:
        self._idle()
        self.message = str(error) if isinstance(error, BundleError | StoreError | MediaError) \
            else repr(error)
        self.count.setText(self.tr("Berkas tinjauan tidak dibaca."))
        QMessageBox.warning(self, self.tr("Berkas tinjauan tidak dibaca"), self.message)

    def delete_selected(self) -> None:
        """Delete every selected post after one question; say which could not be deleted."""
        ids = self.selected_ids()
        if not ids:
            return
        if len(ids) == 1:
            post = next(p for p in self.model.posts if p.id == ids[0])
            question = self.tr("Hapus unggahan #{0} “{1}” dari antrean? Tindakan ini tidak bisa "
                               "dibatalkan.").format(ids[0], post.title or first_line(post.excerpt, 40))
        else:
            question = self.tr("Hapus {0} unggahan terpilih dari antrean, beserta riwayat dan "
                               "gambarnya? Tindakan ini tidak bisa dibatalkan.").format(len(ids))
        if not self.confirm(question):
            return
        problems: list[str] = []
        for post_id in ids:
            try:
                self._store.posts.delete(post_id)
            except (StoreError, PostNotFoundError) as exc:
                problems.append(f"#{post_id}: {exc}")
        self.refresh()
        self.changed.emit()
        if problems:
            QMessageBox.warning(self, self.tr("Unggahan tidak dihapus"), "\n".join(problems))

    def confirm(self, question: str) -> bool:
        return ask_yes_no(self, self.tr("Hapus unggahan"), question)

    def _open(self) -> None:
        post_id = self.selected_id()
        if post_id is not None:
            self.open_requested.emit(post_id)

    def who(self) -> str:
        """The user name for the history (from the settings)."""
        return self._who()

    @property
    def media_dir(self) -> Path:
        """The app's media folder, where images of posts are copied."""
        return self._media_dir

    @media_dir.setter
    def media_dir(self, folder: Path) -> None:
        self._media_dir = folder

    def _update_buttons(self) -> None:
        self._selection_changed()

    def set_read_only(self, read_only: bool) -> None:
        """Reading only (another Saring holds the database): every button that would change
        it is off and says why; opening a post in the editor still works."""
        self._read_only = read_only
        why = self.tr("Hanya-baca: basis data ini sedang dipakai Saring lain.") if read_only else ""
        for widget in (self.status_button, self.delete_button, self.schedule_button,
                       self.image_button, self.review_button, self.export_button):
            widget.setToolTip(why or widget.toolTip())
        self.review_button.setEnabled(not read_only)
        self.export_button.setEnabled(not read_only)
        self._update_buttons()
