"""The "Antrean" tab: the queued posts, search and filters, status with history, images.

The table model is lazy: it counts the matching posts and fetches them a page at a time
(``QueueStore.rows``) as the view scrolls, so 100,000 posts open as fast as 100.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
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

from core.bundle import BundleError, export_bundle, import_bundle
from core.channels import Channel
from core.paths import user_data_dir
from core.queue import (
    MediaError,
    PostNotFoundError,
    QueueQuery,
    QueueRow,
    QueueStore,
    ReasonRequiredError,
    Status,
    StoreError,
)
from core.schedule import Plan, ScheduleError, auto_schedule
from core.settings import load_settings
from core.text import first_line
from ui.buttons import ask_yes_no
from ui.labels import status_label

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
                ", ".join(c.label for c in post.channels) or "—",
                post.title or first_line(post.excerpt, 70),
                str(post.n_errors),
                str(post.n_warnings),
            )[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 5, 6):
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole and column == 4:
            return post.excerpt
        if role == Qt.ItemDataRole.ForegroundRole and column == 5 and post.n_errors:
            return QColor("#d32f2f")
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


_DATE_RANGES = ("Semua tanggal", "Hari ini", "7 hari ke depan", "30 hari ke depan", "Sudah lewat")


class QueueView(QWidget):
    open_requested = Signal(int)  # post id
    export_requested = Signal()
    changed = Signal()  # statuses or schedules changed here (the calendar refreshes)

    def __init__(self, store: QueueStore, parent: QWidget | None = None, *,
                 who: Callable[[], str] | None = None,
                 media_dir: Path | None = None,
                 plan: Callable[[], Plan] | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._read_only = False
        self._plan = plan or (lambda: Plan.from_settings(load_settings()))
        self._who = who or (lambda: load_settings().user_name)
        self._media_dir = media_dir or user_data_dir() / "media"
        self.model = QueueTableModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Daftar antrean"))
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
        self.search.setPlaceholderText(self.tr("Cari kata dalam judul, isi, atau sumber…"))
        self.search.setAccessibleName(self.tr("Cari unggahan"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _: self._search_timer.start())

        self.filter = QComboBox()
        self.filter.setAccessibleName(self.tr("Saring menurut status"))
        self.filter.addItem(self.tr("Semua status"), None)
        for status in Status:
            self.filter.addItem(status_label(status), status.value)
        self.filter.currentIndexChanged.connect(self.refresh)
        self.channel = QComboBox()
        self.channel.setAccessibleName(self.tr("Saring menurut kanal"))
        self.channel.addItem(self.tr("Semua kanal"), None)
        for ch in Channel:
            self.channel.addItem(ch.label, ch.value)
        self.channel.currentIndexChanged.connect(self.refresh)
        self.dates = QComboBox()
        self.dates.setAccessibleName(self.tr("Saring menurut tanggal terbit"))
        for label in _DATE_RANGES:
            self.dates.addItem(self.tr(label))
        self.dates.currentIndexChanged.connect(self.refresh)

        self.open_button = QPushButton(self.tr("Buka di editor"))
        self.open_button.clicked.connect(self._open)
        self.status_button = QToolButton()
        self.status_button.setText(self.tr("Ubah status"))
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.status_button)
        for status in Status:
            menu.addAction(status_label(status), lambda s=status: self.set_selected_status(s))
        self.status_button.setMenu(menu)
        self.schedule_button = QPushButton(self.tr("Jadwalkan otomatis"))
        self.schedule_button.setToolTip(self.tr(
            "Taruh unggahan terpilih di slot kosong berikutnya untuk setiap kanalnya "
            "(target harian dan slot waktu dari Pengaturan)."))
        self.schedule_button.clicked.connect(self.schedule_selected)
        self.image_button = QPushButton(self.tr("Gambar…"))
        self.image_button.clicked.connect(self.add_image)
        self.delete_button = QPushButton(self.tr("Hapus…"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.export_button = QPushButton(self.tr("Ekspor CSV…"))
        self.export_button.clicked.connect(self.export_requested)
        self.review_button = QToolButton()
        self.review_button.setText(self.tr("Tinjauan"))
        self.review_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        review_menu = QMenu(self.review_button)
        review_menu.addAction(self.tr("Kirim untuk ditinjau…"), self._send_dialog)
        review_menu.addAction(self.tr("Terima berkas tinjauan…"), self._receive_dialog)
        self.review_button.setMenu(review_menu)
        self.review_button.setToolTip(self.tr(
            "Kirim unggahan terpilih (dengan temuan dan gambarnya) dalam satu berkas untuk "
            "ditinjau di PC lain, atau terima berkas tinjauan beserta keputusan peninjau."))
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
        self.history.setAccessibleName(self.tr("Riwayat status"))
        self.preview = QLabel()
        self.preview.setFixedSize(96, 96)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("border: 1px solid #ccc; color: #888;")
        self.alt_text = QLabel()
        self.alt_text.setWordWrap(True)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(QLabel(self.tr("<b>Riwayat status</b> (siapa, kapan, dari → ke, alasan)")))
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
        total = self._store.count_matching(query)
        self.model.set_source(total, lambda offset, limit: self._store.rows(
            query, offset=offset, limit=limit))
        self.count.setText(self.tr("{0} unggahan").format(total))
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
        if post_id is None:
            return
        for h in self._store.history(post_id):
            before = status_label(h.from_status) if h.from_status else "—"
            line = f"{h.at:%d-%m-%Y %H:%M}  {h.who or self.tr('(tanpa nama)')}:  {before} → " \
                   f"{status_label(h.to_status)}"
            self.history.addItem(line + (f"  — {h.reason}" if h.reason else ""))
        if not self.history.count():
            self.history.addItem(self.tr("Belum ada perubahan status."))
        media = self._store.media(post_id)
        if media:
            pixmap = QPixmap(media[0].path)
            if not pixmap.isNull():
                self.preview.setPixmap(pixmap.scaled(
                    96, 96, Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation))
            alts = "; ".join(m.alt_text or self.tr("(tanpa teks alternatif)") for m in media)
            self.alt_text.setText(self.tr("{0} gambar. Teks alternatif: {1}").format(len(media), alts))
        else:
            self.preview.setText(self.tr("Tanpa\ngambar"))

    # -- actions ----------------------------------------------------------------------------

    def set_selected_status(self, status: Status) -> None:
        post_id = self.selected_id()
        if post_id is None:
            return
        row = next(p for p in self.model.posts if p.id == post_id)
        reason = ""
        if status is Status.READY and row.n_errors and row.status is not Status.READY:
            answer = self.ask_reason(self.tr(
                "Unggahan #{0} masih punya {1} galat (temuan yang harus diperbaiki). Tulis alasan "
                "mengapa unggahan ini tetap siap terbit; alasan disimpan di riwayat.").format(
                    post_id, row.n_errors))
            if answer is None or not answer.strip():
                return
            reason = answer
        try:
            self._store.set_status(post_id, status, reason=reason, who=self._who())
        except (StoreError, PostNotFoundError, ReasonRequiredError) as exc:
            QMessageBox.warning(self, self.tr("Status tidak diubah"), str(exc))
        self.refresh()
        self.changed.emit()

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
            self._store.add_media(post_id, path, media_dir=self._media_dir, alt_text=alt_text.strip())
        except (MediaError, StoreError, PostNotFoundError) as exc:
            QMessageBox.warning(self, self.tr("Gambar tidak ditambahkan"), str(exc))
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
        settings = load_settings()
        try:
            sent = export_bundle(self._store, self.selected_ids(), path,
                                 sender=self._who(), office=settings.opd_name)
        except (BundleError, StoreError) as exc:
            QMessageBox.warning(self, self.tr("Berkas tinjauan tidak ditulis"), str(exc))
            return
        self.message = self.tr("{0} unggahan dan {1} gambar ditulis ke {2}. Kirim berkas itu ke "
                               "peninjau (surel, flashdisk).").format(sent.posts, sent.images, sent.path)
        self.count.setText(self.message)

    def _receive_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Buka berkas tinjauan"), str(Path.home()),
                                              self.tr("Berkas tinjauan Saring (*.saring)"))
        if path:
            self.receive_review(Path(path))

    def receive_review(self, path: Path) -> None:
        try:
            got = import_bundle(self._store, path, media_dir=self._media_dir)
        except (BundleError, StoreError, MediaError) as exc:
            QMessageBox.warning(self, self.tr("Berkas tinjauan tidak dibaca"), str(exc))
            return
        self.refresh()
        self.changed.emit()
        self.message = self.tr("{0} unggahan baru, {1} diperbarui, {2} keputusan status "
                               "diterapkan.").format(len(got.added), len(got.updated), len(got.decisions))
        if got.notes:
            self.message += "\n" + "\n".join(got.notes)
        self.count.setText(self.message.split("\n", 1)[0])

    def delete_selected(self) -> None:
        post_id = self.selected_id()
        if post_id is None:
            return
        post = next(p for p in self.model.posts if p.id == post_id)
        question = self.tr("Hapus unggahan #{0} “{1}” dari antrean? Tindakan ini tidak bisa dibatalkan.")
        if not self.confirm(question.format(post_id, post.title or first_line(post.excerpt, 40))):
            return
        try:
            self._store.delete(post_id)
        except (StoreError, PostNotFoundError) as exc:
            QMessageBox.warning(self, self.tr("Unggahan tidak dihapus"), str(exc))
        self.refresh()
        self.changed.emit()

    def confirm(self, question: str) -> bool:
        return ask_yes_no(self, self.tr("Hapus unggahan"), question)

    def _open(self) -> None:
        post_id = self.selected_id()
        if post_id is not None:
            self.open_requested.emit(post_id)

    def who(self) -> str:
        """The user name for the history (from the settings)."""
        return self._who()

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
