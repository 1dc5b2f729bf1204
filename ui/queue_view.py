"""The "Antrean" tab: the queued posts, search and filters, status with history, images.

The rows come from :class:`ui.queue_model.QueueTableModel` (lazy: a page at a time); the
actions run as operations (``ui/operations.py``) and the tab refreshes from what they
changed; review bundles are :class:`ui.review_actions.ReviewActions`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelectionModel, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPalette, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
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
    QVBoxLayout,
    QWidget,
)

from core.app.paths import user_data_dir
from core.app.settings import Settings, load_settings
from core.check.text import first_line
from core.publish.channels import Channel
from core.publish.schedule import Plan, Scheduled
from core.store.models import TRANSITIONS, QueueQuery, Status
from core.store.queue import QueueStore
from ui import file_dialogs
from ui import operations as ops
from ui.buttons import MenuButton, ask_yes_no
from ui.labels import channel_label, counted, status_label, weekday_name
from ui.operations import ChangeHub, Changes, Operations
from ui.queue_model import THUMB, QueueTableModel
from ui.queue_summary import QueueSummary
from ui.review_actions import ReviewActions
from ui.tasks import TaskRunner

_DATE_RANGES = 5  # every date, today, the next 7 days, the next 30 days, past
_UNTAGGED = "\x00tanpa-bidang"  # the bidang filter's "no bidang" choice (no name holds NUL)


class QueueView(QWidget):
    open_requested = Signal(int)  # post id
    export_requested = Signal()

    def __init__(self, store: QueueStore, parent: QWidget | None = None, *,
                 who: Callable[[], str] | None = None,
                 media_dir: Path | None = None,
                 plan: Callable[[], Plan] | None = None,
                 operations: Operations | None = None,
                 settings: Callable[[], Settings] | None = None,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        """``operations``: the window's (one worker, one change hub); a view of its own makes
        them. ``settings``: the settings in use (the office's bidang; default: the file)."""
        super().__init__(parent)
        self._store = store
        self.operations = operations or Operations(TaskRunner(self), ChangeHub(self))
        self.tasks = self.operations.tasks
        self._read_only = False
        self._plan = plan or (lambda: Plan.from_settings(load_settings()))
        self._who = who or (lambda: load_settings().user_name)
        self._settings = settings or load_settings
        self._today = today
        self._media_dir = media_dir or user_data_dir() / "media"
        self.message = ""  # the last thing a review bundle action said
        self.model = QueueTableModel()
        self._build_table()
        self._build_filters()
        self._build_actions()
        self._build_detail()
        self._lay_out()
        self.operations.hub.changed.connect(self._changes)
        self._relabel_pending = False
        self.retranslate_ui()
        self.refresh()

    # -- building ---------------------------------------------------------------------------

    def _build_table(self) -> None:
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # rows are chosen with the arrows; Tab leaves the table
        self.table.setAlternatingRowColors(True)
        self.table.setIconSize(QSize(THUMB, THUMB))
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(THUMB + 6)
        header = self.table.horizontalHeader()
        # Fixed widths: ResizeToContents would measure every row, which a lazy model must avoid.
        for column, width in enumerate((60, 100, 130, 150, 0, 60, 85, 170)):
            if width:
                header.resizeSection(column, width)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _: self._open())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

    def _build_filters(self) -> None:
        """The search box (searched 250 ms after typing stops) and the three filters."""
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _: self._search_timer.start())
        self.filter, self.channel, self.dates = QComboBox(), QComboBox(), QComboBox()
        self.bidang = QComboBox()
        self.bidang.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.bidang.setMinimumContentsLength(14)
        self.fill_bidang()
        for value in (None, *(status.value for status in Status)):
            self.filter.addItem("", value)
        for value in (None, *(ch.value for ch in Channel)):
            self.channel.addItem("", value)
        for _ in range(_DATE_RANGES):
            self.dates.addItem("")
        for box in (self.filter, self.channel, self.dates, self.bidang):
            box.currentIndexChanged.connect(self.refresh)
        self.summary = QueueSummary(self._store, self.tasks, self._settings, today=self._today)

    def _build_actions(self) -> None:
        """The buttons above the table; the texts come in :meth:`retranslate_ui`."""
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self._open)
        self.status_button = MenuButton()
        menu = QMenu(self.status_button)
        self.status_actions = {
            status: menu.addAction("", lambda s=status: self.set_selected_status(s))
            for status in Status}
        menu.aboutToShow.connect(self._update_status_menu)
        self.status_button.setMenu(menu)
        self.schedule_button, self.image_button = QPushButton(), QPushButton()
        self.delete_button, self.export_button = QPushButton(), QPushButton()
        self.schedule_button.clicked.connect(self.schedule_selected)
        self.image_button.clicked.connect(self.add_image)
        self.delete_button.clicked.connect(self.delete_selected)
        self.export_button.clicked.connect(self.export_requested)
        self.count = QLabel()
        self.review = ReviewActions(self._store, self.operations, line=self.count,
                                    selected_ids=self.selected_ids, who=self._who,
                                    media_dir=lambda: self._media_dir,
                                    said=lambda message: setattr(self, "message", message), parent=self)
        self.review_button = self.review.button
        self.send_for_review, self.receive_review = self.review.send, self.review.receive

    def _build_detail(self) -> None:
        """Under the table: the selected post's status history, first image and alt texts."""
        self.history = QListWidget()
        self.preview = QLabel()
        self.preview.setFixedSize(96, 96)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # the palette's colours, so that the frame and "Tanpa gambar" suit dark mode too
        self.preview.setStyleSheet("border: 1px solid palette(mid);")
        self.preview.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.alt_text = QLabel()
        self.alt_text.setWordWrap(True)
        self._history_title = QLabel()

    def _lay_out(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for box in (self.filter, self.channel, self.dates, self.bidang):
            filters.addWidget(box, 1)
        bar = QHBoxLayout()
        bar.addWidget(self.count, 1)
        for widget in (self.open_button, self.status_button, self.schedule_button,
                       self.image_button, self.delete_button, self.review_button,
                       self.export_button):
            bar.addWidget(widget)
        side_box = QWidget()
        side_box.setFixedWidth(220)
        side = QVBoxLayout(side_box)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.preview)
        side.addWidget(self.alt_text, 1)
        row = QHBoxLayout()
        row.addWidget(self.history, 1)
        row.addWidget(side_box)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self._history_title)
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
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)

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
        self.bidang.setAccessibleName(self.tr("Saring menurut bidang"))
        self.bidang.setItemText(0, self.tr("Semua bidang"))
        self.bidang.setItemText(1, self.tr("Tanpa bidang"))
        self.summary.setAccessibleName(self.tr("Ringkasan bidang dan porsi seremoni"))
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
        self.review.retranslate_ui()
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
        self.summary.refresh()

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
        bidang = self.bidang.currentData()
        return QueueQuery(text=self.search.text(), status=self.status_filter(),
                          channel=Channel(channel) if channel else None,
                          date_from=start, date_to=end,
                          bidang=bidang if bidang and bidang != _UNTAGGED else None,
                          untagged=bidang == _UNTAGGED)

    def fill_bidang(self) -> None:
        """The bidang filter's choices from the settings (kept when still there)."""
        current = self.bidang.currentData()
        self.bidang.blockSignals(True)
        self.bidang.clear()
        self.bidang.addItem(self.tr("Semua bidang"), None)
        self.bidang.addItem(self.tr("Tanpa bidang"), _UNTAGGED)
        for item in self._settings().bidang:
            self.bidang.addItem(item.name, item.name)
        self.bidang.setCurrentIndex(max(0, self.bidang.findData(current)))
        self.bidang.blockSignals(False)

    def settings_changed(self) -> None:
        """The office's bidang or their targets may have changed."""
        before = self.bidang.currentData()
        self.fill_bidang()
        if self.bidang.currentData() != before:
            self.refresh()
        else:
            self.summary.refresh()

    def _changes(self, changes: Changes, _initiator: object) -> None:
        if changes.queue:
            self.refresh()
            self.summary.refresh()  # the summary does not follow the filters

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
                    "Unggahan #{0} masih punya {1} temuan yang harus diperbaiki. Tulis alasan "
                    "mengapa unggahan ini tetap siap terbit; alasan disimpan di riwayat.").format(
                        needing[0], rows[needing[0]].n_errors)
            else:
                question = self.tr(
                    "{0} unggahan masih punya temuan yang harus diperbaiki: {1}. Tulis alasan "
                    "mengapa unggahan itu tetap siap terbit; alasan yang sama disimpan di riwayat "
                    "setiap unggahan.").format(len(needing), ", ".join(f"#{i}" for i in needing))
            answer = self.ask_reason(question)
            if answer is None or (not answer.strip() and len(ids) == 1):
                return
            reason = answer
        self.operations.run(ops.set_status(self._store, ids, status, reason=reason, who=self._who()),
                            initiator=self, success=lambda refused: self._status_set(ids, status, refused))

    def _status_set(self, ids: list[int], status: Status, refused: dict[int, str]) -> None:
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
        self.operations.run(ops.schedule_posts(self._store, [post_id], self._plan()), initiator=self,
                            success=self._scheduled, failure=lambda exc: self._scheduled([], exc))

    def _scheduled(self, done: list[Scheduled], error: BaseException | None = None) -> None:
        problem = str(error) if error is not None else next((d.problem for d in done if d.at is None), "")
        if problem:
            QMessageBox.warning(self, self.tr("Belum dijadwalkan"), problem)
            return
        placed = [d for d in done if d.at is not None]
        if placed:  # the row moves to its date; say where it went
            at = placed[0].at
            self.message = self.tr("#{0} dijadwalkan {1} {2}.").format(
                placed[0].post_id, weekday_name(at.weekday()), f"{at:%d-%m-%Y %H:%M}")
            self.count.setText(self.message)

    def add_image(self) -> None:
        post_id = self.selected_id()
        if post_id is None:
            return
        path = file_dialogs.open_file(self, self.tr("Pilih gambar"), "images",
                                      self.tr("Gambar (*.jpg *.jpeg *.png *.gif *.webp)"))
        if not path:
            return
        alt, ok = QInputDialog.getMultiLineText(
            self, self.tr("Teks alternatif"),
            self.tr("Gambarkan isi gambar untuk pembaca tunanetra (teks alternatif):"))
        if not ok:  # "Batal" cancels adding the image, not only its alt text
            return
        self.attach_image(post_id, Path(path), alt)

    def attach_image(self, post_id: int, path: Path, alt_text: str) -> None:
        self.operations.run(
            ops.attach_image(self._store, post_id, path, alt_text=alt_text, media_dir=self._media_dir),
            initiator=self,
            failure=lambda exc: QMessageBox.warning(self, self.tr("Gambar tidak ditambahkan"), str(exc)))

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
        self.operations.run(ops.delete_posts(self._store, ids), initiator=self, success=self._deleted)

    def _deleted(self, problems: list[str]) -> None:
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
        self._selection_changed()
