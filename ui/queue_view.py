"""The "Antrean" tab: the queued posts, their status, and the actions on them."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.queue import Post, PostNotFoundError, QueueStore, Status, StoreError
from ui.labels import status_label

_Index = QModelIndex | QPersistentModelIndex


class QueueTableModel(QAbstractTableModel):
    HEADERS = ("#", "Status", "Rencana terbit", "Kanal", "Judul", "Galat", "Peringatan")

    def __init__(self) -> None:
        super().__init__()
        self.posts: list[Post] = []

    def set_posts(self, posts: list[Post]) -> None:
        self.beginResetModel()
        self.posts = posts
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.posts)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        post = self.posts[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            draft = post.draft
            return (
                str(post.id),
                status_label(post.status),
                draft.scheduled_at.strftime("%d-%m-%Y %H:%M") if draft.scheduled_at else "—",
                ", ".join(c.label for c in draft.channels) or "—",
                draft.title or _first_line(draft.body),
                str(post.n_errors),
                str(post.n_warnings),
            )[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 5, 6):
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole and column == 4:
            return post.draft.body[:500]
        return None


def _first_line(text: str, width: int = 70) -> str:
    line = text.strip().split("\n", 1)[0]
    return line if len(line) <= width else line[: width - 1] + "…"


class QueueView(QWidget):
    open_requested = Signal(int)  # post id
    export_requested = Signal()

    def __init__(self, store: QueueStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.model = QueueTableModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Daftar antrean"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _: self._open())

        self.filter = QComboBox()
        self.filter.setAccessibleName(self.tr("Saring menurut status"))
        self.filter.addItem(self.tr("Semua status"), None)
        for status in Status:
            self.filter.addItem(status_label(status), status.value)
        self.filter.currentIndexChanged.connect(self.refresh)

        self.open_button = QPushButton(self.tr("Buka di editor"))
        self.open_button.clicked.connect(self._open)
        self.status_button = QToolButton()
        self.status_button.setText(self.tr("Ubah status"))
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.status_button)
        for status in Status:
            menu.addAction(status_label(status), lambda s=status: self.set_selected_status(s))
        self.status_button.setMenu(menu)
        self.delete_button = QPushButton(self.tr("Hapus…"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.export_button = QPushButton(self.tr("Ekspor CSV…"))
        self.export_button.clicked.connect(self.export_requested)
        self.count = QLabel()

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Status:")))
        bar.addWidget(self.filter)
        bar.addWidget(self.count, 1)
        for widget in (self.open_button, self.status_button, self.delete_button, self.export_button):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()

    def status_filter(self) -> Status | None:
        value = self.filter.currentData()  # Qt hands enum values back as plain strings
        return Status(value) if value else None

    def refresh(self) -> None:
        selected = self.selected_id()
        self.model.set_posts(self._store.list(status=self.status_filter()))
        self.count.setText(self.tr("{0} unggahan").format(len(self.model.posts)))
        if selected is not None:
            self.select_id(selected)
        self._update_buttons()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.posts[rows[0].row()].id if rows else None

    def select_id(self, post_id: int) -> None:
        for row, post in enumerate(self.model.posts):
            if post.id == post_id:
                self.table.selectRow(row)
                return

    def set_selected_status(self, status: Status) -> None:
        post_id = self.selected_id()
        if post_id is None:
            return
        try:
            self._store.set_status(post_id, status)
        except (StoreError, PostNotFoundError) as exc:
            QMessageBox.warning(self, self.tr("Status tidak diubah"), str(exc))
        self.refresh()

    def delete_selected(self) -> None:
        post_id = self.selected_id()
        if post_id is None:
            return
        post = next(p for p in self.model.posts if p.id == post_id)
        question = self.tr("Hapus unggahan #{0} “{1}” dari antrean? Tindakan ini tidak bisa dibatalkan.")
        if not self.confirm(question.format(post_id, post.title or _first_line(post.body, 40))):
            return
        try:
            self._store.delete(post_id)
        except (StoreError, PostNotFoundError) as exc:
            QMessageBox.warning(self, self.tr("Unggahan tidak dihapus"), str(exc))
        self.refresh()

    def confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Hapus unggahan"), question,
                                      defaultButton=QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _open(self) -> None:
        post_id = self.selected_id()
        if post_id is not None:
            self.open_requested.emit(post_id)

    def _update_buttons(self) -> None:
        has = self.selected_id() is not None
        for widget in (self.open_button, self.status_button, self.delete_button):
            widget.setEnabled(has)
