"""The queue's table model: lazy, it counts the matching posts and fetches them a page at a
time (``store.search.rows``) as the view scrolls, so 100,000 posts open as fast as 100."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPixmap

from core.check.findings import Severity
from core.check.text import first_line
from core.store.models import QueueRow
from ui.labels import channel_label, severity_color, status_label

_Index = QModelIndex | QPersistentModelIndex
PAGE = 200
THUMB = 28


class QueueTableModel(QAbstractTableModel):
    COLUMNS = 8

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
                self.tr("Harus diperbaiki"), self.tr("Perlu diperiksa"), self.tr("Bidang"))

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
                ", ".join(post.bidang) or "—",
            )[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 5, 6):
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole and column == 4:
            return post.excerpt
        if role == Qt.ItemDataRole.ToolTipRole and column == 7 and post.bidang:
            return "\n".join(post.bidang)
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
