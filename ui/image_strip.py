"""The compose form's images: "Tambah gambar…", one card per image (thumbnail, alt text, remove).

The strip only holds choices (``core.store.queue.ImageChoice``); the window stores them with
``store.media.set_images`` when the post is saved, so images picked for a new post (which has
no id yet) are kept until the first save.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPalette, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.check.findings import Severity
from core.store.image_size import ImageRefusedError, check_image_path
from core.store.media import IMAGE_SUFFIXES
from core.store.models import ImageChoice, Media
from ui import file_dialogs
from ui.labels import counted, severity_color
from ui.severity_icons import severity_pixmap

THUMB = 56
CARD_WIDTH = 290


class ImageCard(QFrame):
    """One image: thumbnail, editable alt text, remove button, a warning without alt text."""

    remove_requested = Signal(object)  # the card
    changed = Signal()

    def __init__(self, choice: ImageChoice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = choice
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedWidth(CARD_WIDTH)
        name = self._name = Path(choice.path).name
        self.thumb = QLabel()
        self.thumb.setFixedSize(THUMB, THUMB)
        self.thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        pixmap = QPixmap(choice.path)
        self._readable = not pixmap.isNull()
        if not self._readable:
            self.thumb.setStyleSheet("border: 1px solid palette(mid);")
        else:
            self.thumb.setPixmap(pixmap.scaled(THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                                               Qt.TransformationMode.SmoothTransformation))
        self.thumb.setToolTip(choice.path)
        self.alt = QLineEdit(choice.alt_text)
        self.alt.setCursorPosition(0)
        self.alt.textChanged.connect(self._alt_changed)
        self.remove = QToolButton()
        self.remove.setText("✕")
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        self.name = QLabel(name)
        self.name.setToolTip(choice.path)
        self.warning = QLabel()
        self.warning_icon = QLabel()  # drawn, not a "⚠" character: fonts may lack it
        self.warning_row = QWidget()
        row = QHBoxLayout(self.warning_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.warning_icon)
        row.addWidget(self.warning, 1)
        keep = self.warning_row.sizePolicy()
        keep.setRetainSizeWhenHidden(True)  # every card keeps the same layout
        self.warning_row.setSizePolicy(keep)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.name, 1)
        top.addWidget(self.remove)
        text = QVBoxLayout()
        text.setContentsMargins(0, 0, 0, 0)
        text.setSpacing(2)
        text.addLayout(top)
        text.addWidget(self.alt)
        text.addWidget(self.warning_row)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.thumb)
        layout.addLayout(text, 1)
        self.retranslate_ui()
        self._alt_changed()
        self.name.setText(self.name.fontMetrics().elidedText(
            name, Qt.TextElideMode.ElideMiddle, CARD_WIDTH - THUMB - 50))

    def retranslate_ui(self) -> None:
        if not self._readable:
            self.thumb.setText(self.tr("tidak\nterbaca"))
        self.alt.setPlaceholderText(self.tr("Teks alternatif: apa isi gambar?"))
        self.alt.setAccessibleName(self.tr("Teks alternatif gambar {0}").format(self._name))
        self.alt.setToolTip(self.tr("Gambarkan isi gambar untuk pembaca tunanetra, misalnya "
                                    "“Bupati meninjau posko banjir di Martapura”."))
        self.remove.setToolTip(self.tr("Lepaskan gambar ini dari unggahan"))
        self.remove.setAccessibleName(self.tr("Lepaskan gambar {0}").format(self._name))
        self.warning.setText(self.tr("Belum ada teks alternatif"))
        self._recolour()

    def _recolour(self) -> None:
        colour = severity_color(Severity.WARNING, self.palette()).name()
        self.warning.setStyleSheet(f"color: {colour};")
        self.warning_icon.setPixmap(severity_pixmap(Severity.WARNING, 14, self.palette()))
        if not self._readable:
            error = severity_color(Severity.ERROR, self.palette()).name()
            self.thumb.setStyleSheet(f"color: {error}; border: 1px solid palette(mid);")

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.PaletteChange:
            self._recolour()

    def _alt_changed(self) -> None:
        self.warning_row.setVisible(not self.alt.text().strip())
        self.changed.emit()

    def current(self) -> ImageChoice:
        return ImageChoice(self.choice.path, self.alt.text().strip(), self.choice.media_id)


class ImageStrip(QWidget):
    """``changed`` fires when an image is added, removed or its alt text edited."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards: list[ImageCard] = []
        self._loaded: tuple[ImageChoice, ...] = ()
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.pick)
        self.summary = QLabel()
        self.summary.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._row = QHBoxLayout()
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.addStretch(1)
        holder = QWidget()
        holder.setLayout(self._row)
        self.scroll = QScrollArea()
        self.scroll.setWidget(holder)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFixedHeight(THUMB + 48)  # a card and the horizontal scroll bar
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.add_button)
        top.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.scroll)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.add_button.setText(self.tr("Tambah gambar…"))
        self.add_button.setToolTip(self.tr("Pilih gambar; gambar disalin ke folder media Saring."))
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()

    # -- contents -----------------------------------------------------------------------------

    def images(self) -> tuple[ImageChoice, ...]:
        return tuple(card.current() for card in self.cards)

    def known_ids(self) -> tuple[int, ...]:
        """The stored images the strip was loaded with (only these can be detached on save)."""
        return tuple(c.media_id for c in self._loaded if c.media_id is not None)

    def is_changed(self) -> bool:
        """Whether the images differ from the ones loaded (or saved) last."""
        return self.images() != self._loaded

    def load(self, media: list[Media] | tuple[Media, ...] = ()) -> None:
        """Show a stored post's images (none for a new post); they count as saved."""
        for card in list(self.cards):
            self._drop(card)
        for item in media:
            self._append(ImageChoice(item.path, item.alt_text, item.id))
        self.mark_saved()

    def show_choices(self, choices: tuple[ImageChoice, ...]) -> None:
        """Show ``choices`` (an autosaved form's images) over the loaded ones, unsaved: the
        next save stores them."""
        for card in list(self.cards):
            self._drop(card)
        for choice in choices:
            self._append(choice)
        self._update()

    def mark_saved(self) -> None:
        self._loaded = self.images()
        self._update()

    def pick(self) -> None:
        suffixes = " ".join(f"*{s}" for s in sorted(IMAGE_SUFFIXES))
        paths = file_dialogs.open_files(self, self.tr("Pilih gambar"), "images",
                                        self.tr("Gambar ({0})").format(suffixes))
        if paths:
            self.add_files([Path(p) for p in paths])

    def add_files(self, paths: list[Path]) -> list[str]:
        """Add picked files; refuse (and say why) what is not a readable supported image.
        Returns the refusal messages."""
        problems: list[str] = []
        for path in paths:
            if path.suffix.lower() not in IMAGE_SUFFIXES:
                problems.append(self.tr("{0}: bukan gambar yang didukung ({1}).").format(
                    path.name, ", ".join(sorted(IMAGE_SUFFIXES))))
            elif not path.is_file():
                problems.append(self.tr("{0}: berkas tidak ditemukan.").format(path.name))
            elif (refusal := _header_refusal(path)) is not None:  # before Qt decodes anything
                problems.append(f"{path.name}: {refusal}")
            elif QPixmap(str(path)).isNull():
                problems.append(self.tr("{0}: gambar tidak dapat dibaca (rusak?).").format(path.name))
            else:
                self._append(ImageChoice(str(path)))
        self._update()
        if problems:
            self.warn(self.tr("Sebagian gambar tidak ditambahkan"), "\n".join(problems))
        return problems

    def warn(self, title: str, message: str) -> None:
        QMessageBox.warning(self, title, message)

    # -- cards ----------------------------------------------------------------------------------

    def _append(self, choice: ImageChoice) -> None:
        card = ImageCard(choice)
        card.remove_requested.connect(self._remove)
        card.changed.connect(self._update)
        self.cards.append(card)
        self._row.insertWidget(len(self.cards) - 1, card)

    def _remove(self, card: ImageCard) -> None:
        self._drop(card)
        self._update()

    def _drop(self, card: ImageCard) -> None:
        self.cards.remove(card)
        self._row.removeWidget(card)
        card.deleteLater()

    def _update(self) -> None:
        self.scroll.setVisible(bool(self.cards))
        missing = sum(1 for c in self.cards if not c.alt.text().strip())
        if not self.cards:
            text = self.tr("Belum ada gambar.")
        elif missing:
            text = self.tr("{0}, {1} belum punya teks alternatif.").format(
                counted().images(len(self.cards)), missing)
        else:
            text = self.tr("{0}, semuanya punya teks alternatif.").format(
                counted().images(len(self.cards)))
        self.summary.setText(text)
        self.changed.emit()


def _header_refusal(path: Path) -> str | None:
    """Why the picture's header refuses it (not its type, or too many pixels), or None."""
    try:
        check_image_path(path)
    except ImageRefusedError as exc:
        return str(exc)
    return None
