"""The "Siap diunggah" tab: posting by hand (Meta Business Suite, or any tool without a CSV
import). One card per post and channel planned for today (earlier ones not yet posted, and
Siap posts without a plan): "Salin teks" copies the caption as that channel gets it, "Buka
gambar" opens a folder with the images in posting order, "Salin teks alternatif" copies their
alt texts, and "Tandai terbit…" records the published post's address (core/publish/manual.py;
the post becomes Terbit when all its channels are done)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from core.app.paths import user_data_dir
from core.app.settings import load_settings
from core.errors import SaringError
from core.publish.manual import ManualItem, PostUrlError, due_today, image_folder, parse_post_url
from core.store.queue import QueueStore
from ui import operations as ops
from ui.labels import channel_label, status_label
from ui.operations import Changes, Operations


def open_folder(folder: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class ItemCard(QFrame):
    """One post on one channel."""

    def __init__(self, item: ManualItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.caption = QPlainTextEdit(self.item.caption)
        self.caption.setReadOnly(True)
        self.caption.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.caption.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        lines = min(5, max(2, self.item.caption.count("\n") + 1 + len(self.item.caption) // 110))
        self.caption.setFixedHeight(self.caption.fontMetrics().lineSpacing() * lines + 12)
        self.copy_button, self.images_button = QPushButton(), QPushButton()
        self.alt_button, self.mark_button = QPushButton(), QPushButton()
        self.images_button.setEnabled(bool(self.item.images))
        self.alt_button.setEnabled(any(m.alt_text.strip() for m in self.item.images))
        buttons = QHBoxLayout()
        for button in (self.copy_button, self.images_button, self.alt_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.mark_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.caption)
        layout.addWidget(self.state)
        layout.addLayout(buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        item, post = self.item, self.item.post
        at = post.draft.scheduled_at
        when = self.tr("tanpa jadwal") if at is None else (
            self.tr("{0} — TERLAMBAT").format(f"{at:%d-%m %H:%M}") if item.overdue else f"{at:%H:%M}")
        self.heading.setText(f"#{post.id} · {when} · {channel_label(item.channel)} · "
                             f"{status_label(post.status)} · {post.title or post.body[:60]}")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.copy_button.setText(self.tr("Salin teks"))
        self.copy_button.setToolTip(self.tr("Salin teks untuk {0}, lalu tempel di kolom teks "
                                            "unggahan.").format(channel_label(item.channel)))
        self.images_button.setText(self.tr("Buka gambar ({0})").format(len(item.images)))
        self.images_button.setToolTip(self.tr("Buka folder berisi gambar unggahan ini, bernomor "
                                              "sesuai urutan unggah."))
        self.alt_button.setText(self.tr("Salin teks alternatif"))
        self.caption.setAccessibleName(self.tr("Teks #{0} untuk {1}").format(
            post.id, channel_label(item.channel)))
        font = self.state.font()
        font.setBold(item.published is not None)
        self.state.setFont(font)
        if item.published:
            self.state.setText(self.tr("Sudah terbit di {0}: {1}").format(
                channel_label(item.channel), item.published.url))
            self.mark_button.setText(self.tr("Ubah tautan…"))
        else:
            self.state.setText(self.tr("Belum ditandai terbit di {0}.").format(channel_label(item.channel)))
            self.mark_button.setText(self.tr("Tandai terbit…"))


class ManualPostingView(QWidget):
    """``open_folder(path) -> bool`` and ``ask_url(card) -> str | None`` can be replaced (tests);
    ``today()`` gives the day shown."""

    def __init__(self, store: QueueStore, operations: Operations, parent: QWidget | None = None, *,
                 who: Callable[[], str] | None = None, folder_root: Path | None = None,
                 today: Callable[[], dt.date] | None = None,
                 open_folder: Callable[[Path], bool] = open_folder) -> None:
        super().__init__(parent)
        self._store, self._ops = store, operations
        self._who = who or (lambda: load_settings().user_name)
        self._root = folder_root or user_data_dir() / "siap-unggah"
        self._today = today or dt.date.today
        self._open_folder = open_folder
        self.ask_url: Callable[[ItemCard], str | None] = self._ask_url
        self.message = ""
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title.setFont(font)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.notice = QLabel()  # what the last action did, below the count that stays
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.hide()
        self.help = QLabel()
        self.help.setWordWrap(True)
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.refresh_button)
        self.cards: list[ItemCard] = []
        self._list = QWidget()
        self._list_layout = QVBoxLayout(self._list)
        self._list_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._list)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.help)
        layout.addWidget(self.summary)
        layout.addWidget(self.notice)
        layout.addWidget(scroll, 1)
        self._ops.hub.changed.connect(self._changed)
        self.retranslate_ui()

    # -- showing ----------------------------------------------------------------------------

    def refresh(self) -> None:
        self._say_title()
        items = due_today(self._store, today=self._today())
        for card in self.cards:
            card.deleteLater()
        self.cards = []
        for item in items:
            card = ItemCard(item)
            card.copy_button.clicked.connect(lambda _=False, c=card: self.copy_caption(c))
            card.images_button.clicked.connect(lambda _=False, c=card: self.open_images(c))
            card.alt_button.clicked.connect(lambda _=False, c=card: self.copy_alt_texts(c))
            card.mark_button.clicked.connect(lambda _=False, c=card: self.mark(c))
            self._list_layout.insertWidget(self._list_layout.count() - 1, card)
            self.cards.append(card)
        self._say_summary()

    def _say_title(self) -> None:
        self.title.setText(self.tr("Siap diunggah hari ini — {0}").format(f"{self._today():%d-%m-%Y}"))

    def _say_summary(self) -> None:
        left = sum(1 for c in self.cards if c.item.published is None)
        if not self.cards:
            self.summary.setText(self.tr("Tidak ada unggahan untuk diunggah hari ini. Unggahan "
                                         "berstatus Siap atau Diekspor masuk ke sini bila "
                                         "dijadwalkan hari ini atau sebelumnya, atau belum "
                                         "dijadwalkan."))
        else:
            self.summary.setText(self.tr("{0} dari {1} unggahan per kanal belum ditandai terbit.").format(
                left, len(self.cards)))

    def _changed(self, changes: Changes, initiator: object) -> None:
        if changes.queue and self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() is QEvent.Type.LanguageChange:
            self.retranslate_ui()

    def retranslate_ui(self) -> None:
        if self.isVisible():  # else when shown: the day comes from the settings, read then
            self._say_title()
        self.refresh_button.setText(self.tr("Muat ulang"))
        self.help.setText(self.tr(
            "Untuk mengunggah manual (Meta Business Suite, atau alat tanpa impor CSV): salin teks, "
            "lampirkan gambar sesuai urutan beserta teks alternatifnya, terbitkan, lalu tempel "
            "tautan unggahannya di “Tandai terbit”. Unggahan menjadi Terbit setelah semua kanalnya "
            "ditandai."))
        for card in self.cards:
            card.retranslate_ui()
        if self.isVisible():
            self._say_summary()

    # -- actions ----------------------------------------------------------------------------

    def copy_caption(self, card: ItemCard) -> None:
        QGuiApplication.clipboard().setText(card.item.caption)
        self._say(self.tr("Teks #{0} untuk {1} disalin; tempel di kolom teks unggahan.").format(
            card.item.post.id, channel_label(card.item.channel)))

    def copy_alt_texts(self, card: ItemCard) -> None:
        missing = self.tr("(belum ada teks alternatif)")
        texts = [m.alt_text.strip() or missing for m in card.item.images]
        QGuiApplication.clipboard().setText("\n\n".join(f"{n}. {t}" for n, t in enumerate(texts, start=1)))
        self._say(self.tr("Teks alternatif {0} gambar disalin, bernomor sesuai urutan gambar.").format(
            len(texts)))

    def open_images(self, card: ItemCard) -> None:
        try:
            folder = image_folder(card.item.post, card.item.images, self._root)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Gambar tidak dapat disiapkan"),
                                self.tr("Folder gambar tidak dapat dibuat: {0}").format(exc.strerror or exc))
            return
        self._say(self.tr("Gambar #{0} ada di {1} (bernomor sesuai urutan; teks alternatifnya di "
                          "teks-alternatif.txt).").format(card.item.post.id, folder))
        if not self._open_folder(folder):
            QMessageBox.information(self, self.tr("Buka gambar"), self.tr(
                "Folder tidak dapat dibuka otomatis. Buka sendiri: {0}").format(folder))

    def mark(self, card: ItemCard) -> None:
        item = card.item
        text = self.ask_url(card)
        if text is None:
            return
        try:
            url, warning = parse_post_url(text, item.channel)
        except PostUrlError as exc:
            QMessageBox.warning(self, self.tr("Tautan tidak sah"), str(exc))
            return
        if warning and QMessageBox.question(self, self.tr("Periksa tautan"), self.tr(
                "{0}\n\nTetap simpan tautan ini?").format(warning)) != QMessageBox.StandardButton.Yes:
            return
        self._ops.run(ops.mark_post_published(self._store, item.post.id, item.channel, url,
                                              who=self._who()),
                      initiator=self, success=lambda _: self._marked(item),
                      failure=self._mark_failed)

    def _marked(self, item: ManualItem) -> None:
        self.refresh()
        status = self._store.posts.get(item.post.id).status
        self._say(self.tr("#{0} ditandai terbit di {1}; status sekarang {2}.").format(
            item.post.id, channel_label(item.channel), status_label(status)))

    def _mark_failed(self, error: BaseException) -> None:
        message = str(error) if isinstance(error, SaringError) else repr(error)
        self._say(message)
        QMessageBox.warning(self, self.tr("Tidak ditandai terbit"), message)

    def _ask_url(self, card: ItemCard) -> str | None:
        item = card.item
        text, ok = QInputDialog.getText(
            self, self.tr("Tandai terbit"),
            self.tr("Tempel tautan unggahan #{0} di {1} (di platformnya: Bagikan → Salin tautan):").format(
                item.post.id, channel_label(item.channel)),
            QLineEdit.EchoMode.Normal, item.published.url if item.published else "")
        return text if ok else None

    def _say(self, message: str) -> None:
        """What the last action did, on its own line: the count above it stays."""
        self.message = message
        self.notice.setText(message)
        self.notice.setVisible(bool(message))
