"""The post form: title, body, channels, bidang, planned time and sources."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDateTime, QEvent, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.publish.channels import Channel
from core.store.models import Media, PostDraft
from ui.bidang_picker import BidangPicker
from ui.channel_preview import CounterLine
from ui.editor import PostEditor
from ui.image_strip import ImageStrip
from ui.labels import channel_label


class ComposeForm(QWidget):
    """``check_requested`` fires when the body pauses or a setting that changes findings
    (channels, date) changes; ``save_requested`` when the admin saves."""

    check_requested = Signal()
    save_requested = Signal()
    new_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editing_id: int | None = None
        self.base_version: int | None = None  # the stored post's version the form shows

        self.title = QLineEdit()
        self.body = PostEditor()
        self.body.check_requested.connect(self.check_requested)
        self.counter = CounterLine()

        self.channel_boxes: dict[Channel, QCheckBox] = {}
        channels = QGridLayout()
        channels.setContentsMargins(0, 0, 0, 0)
        for i, channel in enumerate(Channel):
            box = QCheckBox(channel_label(channel))
            box.toggled.connect(self.check_requested)
            self.channel_boxes[channel] = box
            channels.addWidget(box, i // 4, i % 4)

        self.bidang = BidangPicker()
        bidang = QHBoxLayout()
        bidang.addWidget(self.bidang)
        bidang.addStretch(1)

        self.scheduled = QCheckBox()
        self.when = QDateTimeEdit()
        self.when.setDisplayFormat("dd-MM-yyyy HH:mm")
        self.when.setCalendarPopup(True)
        self.when.setEnabled(False)
        self.scheduled.toggled.connect(self.when.setEnabled)
        self.scheduled.toggled.connect(self.check_requested)
        self.when.dateChanged.connect(self.check_requested)
        schedule = QHBoxLayout()
        schedule.addWidget(self.scheduled)
        schedule.addWidget(self.when, 1)

        self.sources = QPlainTextEdit()
        self.sources.setTabChangesFocus(True)
        self.sources.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)

        self.images = ImageStrip()
        self.images.changed.connect(self.check_requested)  # Instagram/TikTok need an image

        self.save_button = QPushButton()
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save_requested)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_requested)
        self.state = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.state, 1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.save_button)

        self._labels = [QLabel() for _ in range(7)]
        form = QFormLayout()
        form.addRow(self._labels[0], self.title)
        form.addRow(self._labels[1], self.body)
        form.addRow("", self.counter)
        form.addRow(self._labels[2], channels)
        form.addRow(self._labels[6], bidang)
        form.addRow(self._labels[3], schedule)
        form.addRow(self._labels[4], self.sources)
        form.addRow(self._labels[5], self.images)
        for label, field in zip(self._labels,
                                (self.title, self.body, None, None, self.sources, None, self.bidang),
                                strict=True):
            if field is not None:
                label.setBuddy(field)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form, 1)
        layout.addLayout(buttons)
        self.retranslate_ui()
        self.clear()

    def retranslate_ui(self) -> None:
        """Every text of the form in the current language (also after a language change)."""
        self.title.setPlaceholderText(self.tr("Judul singkat untuk antrean"))
        self.title.setAccessibleName(self.tr("Judul"))
        for channel, box in self.channel_boxes.items():
            box.setText(channel_label(channel))
        self.scheduled.setText(self.tr("Jadwalkan pada"))
        self.scheduled.setAccessibleName(self.tr("Jadwalkan"))
        self.when.setAccessibleName(self.tr("Rencana tanggal dan jam terbit"))
        self.sources.setPlaceholderText(self.tr("Dari mana informasinya? Misalnya: Dinas Kesehatan, "
                                                "rilis 12 November; https://….go.id"))
        self.sources.setAccessibleName(self.tr("Sumber"))
        self.new_button.setText(self.tr("Unggahan baru"))
        for label, text in zip(self._labels, (self.tr("&Judul"), self.tr("&Isi"), self.tr("Kanal"),
                                              self.tr("Rencana terbit"), self.tr("&Sumber"),
                                              self.tr("Gambar"), self.tr("Bi&dang")),
                               strict=True):
            label.setText(text)
        self.bidang.retranslate_ui()
        self.set_editing(self.editing_id, version=self.base_version)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()

    def channels(self) -> tuple[Channel, ...]:
        return tuple(c for c, box in self.channel_boxes.items() if box.isChecked())

    def scheduled_at(self) -> dt.datetime | None:
        if not self.scheduled.isChecked():
            return None
        return self.when.dateTime().toPython().replace(second=0, microsecond=0)

    def check_date(self) -> dt.date:
        """The day the post will be published: its planned date, else today."""
        planned = self.scheduled_at()
        return planned.date() if planned else dt.date.today()

    def draft(self) -> PostDraft:
        return PostDraft(
            body=self.body.toPlainText(), title=self.title.text().strip(),
            sources=self.sources.toPlainText().strip(), channels=self.channels(),
            scheduled_at=self.scheduled_at(), bidang=self.bidang.selected(),
        )

    def load(self, post_id: int | None, draft: PostDraft, *, media: Sequence[Media] = (),
             version: int | None = None) -> None:
        """Show a post (``media``: its stored images; none for a new post; ``version``: the
        stored version shown, the base of the next save)."""
        self.set_editing(post_id, version=version)
        self.images.load(tuple(media))
        self.title.setText(draft.title)
        self.body.setPlainText(draft.body)
        self.sources.setPlainText(draft.sources)
        for channel, box in self.channel_boxes.items():
            box.setChecked(channel in draft.channels)
        self.bidang.set_selected(draft.bidang)
        self.scheduled.setChecked(draft.scheduled_at is not None)
        if draft.scheduled_at is not None:
            self.when.setDateTime(QDateTime(draft.scheduled_at))

    def set_editing(self, post_id: int | None, *, version: int | None = None) -> None:
        """Say which stored post the form edits (``None``: a new one) and which of its
        versions the form's text is based on."""
        self.editing_id = post_id
        self.base_version = version if post_id is not None else None
        self.save_button.setText(self.tr("Simpan perubahan") if post_id else self.tr("Simpan ke antrean"))
        self.state.setText(self.tr("Menyunting unggahan #{0}").format(post_id) if post_id else "")

    def clear(self) -> None:
        tomorrow = QDateTime.currentDateTime().addDays(1)
        tomorrow.setTime(QTime(8, 0))
        self.when.setDateTime(tomorrow)
        self.load(None, PostDraft(body=""))
        self.body.setFocus()
