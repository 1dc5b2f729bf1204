"""Ask what to export and where; the export itself runs in the background (main window).

After the export, :class:`ExportReport` lists what was adjusted or refused.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.publish.channels import Channel
from core.publish.export import ExportResult, Level
from core.publish.presets import DEFAULT_PRESET, PRESETS, DateOrder
from core.store.models import ExportBatch, Status
from ui import file_dialogs
from ui.buttons import close_buttons
from ui.labels import channel_label, counted, date_order_label, preset_text, status_label


@dataclass(frozen=True, slots=True)
class ExportChoice:
    path: Path
    fmt: str
    status: Status | None
    channel: Channel | None = None
    date_order: DateOrder = DateOrder.MDY
    batch: int | None = None  # export the posts of this earlier batch again


class ExportDialog(QDialog):
    def __init__(self, default_folder: Path, status: Status | None = None,
                 parent: QWidget | None = None, *, batches: Sequence[ExportBatch] = ()) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ekspor antrean"))
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status yang diekspor"))
        self.status.addItem(self.tr("Semua unggahan"), None)
        for s in Status:
            self.status.addItem(status_label(s), s.value)  # Qt hands enums back as strings
        self.status.setCurrentIndex(max(0, self.status.findData(status.value if status else None)))
        self.batch = QComboBox()
        self.batch.setAccessibleName(self.tr("Ekspor ulang kiriman sebelumnya"))
        self.batch.addItem(self.tr("— ekspor baru —"), None)
        for b in batches:
            self.batch.addItem(self.tr("Kiriman #{0}: {1}, {2} unggahan, {3}").format(
                b.id, preset_text(b.preset)[0],
                len(b.post_ids), f"{b.at:%d-%m-%Y %H:%M}"), b.id)
        self.batch.currentIndexChanged.connect(self._batch_changed)
        self.channel = QComboBox()
        self.channel.setAccessibleName(self.tr("Kanal yang diekspor"))
        self.channel.addItem(self.tr("Semua kanal"), None)
        for c in Channel:
            self.channel.addItem(channel_label(c), c.value)
        self.format = QComboBox()
        self.format.setAccessibleName(self.tr("Format"))
        for preset in PRESETS.values():
            self.format.addItem(preset_text(preset.id)[0], preset.id)
        self.format.setCurrentIndex(self.format.findData(DEFAULT_PRESET.id))
        self.date_order = QComboBox()
        self.date_order.setAccessibleName(self.tr("Urutan tanggal"))
        for order in DateOrder:
            self.date_order.addItem(date_order_label(order), order.value)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setMinimumHeight(self.hint.fontMetrics().lineSpacing() * 4)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.path = QLineEdit(str(default_folder / "antrean-saring.csv"))
        self.path.setAccessibleName(self.tr("Berkas tujuan"))
        browse = QPushButton(self.tr("Pilih…"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        ok, cancel = QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel
        buttons = QDialogButtonBox(ok | cancel)
        buttons.button(ok).setText(self.tr("Ekspor"))
        buttons.button(cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Unggahan"), self.status)
        if batches:
            form.addRow(self.tr("Ekspor ulang"), self.batch)
        form.addRow(self.tr("Kanal"), self.channel)
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Urutan tanggal"), self.date_order)
        form.addRow("", self.hint)
        form.addRow(self.tr("Simpan ke"), where)
        form.addRow(buttons)
        self._format_changed()
        self.resize(620, self.sizeHint().height())

    def _batch_changed(self) -> None:
        again = self.batch.currentData() is not None
        self.status.setEnabled(not again)
        self.channel.setEnabled(not again)

    def _format_changed(self) -> None:
        preset = PRESETS[self.format.currentData()]
        self.date_order.setEnabled(preset.picks_date_order)
        self.hint.setText(preset_text(preset.id)[1])
        path = Path(self.path.text().strip())
        if path.name and path.suffix.lower() in (".csv", ".xlsx") and path.suffix.lower() != preset.suffix:
            self.path.setText(str(path.with_suffix(preset.suffix)))

    def choice(self) -> ExportChoice:
        status = self.status.currentData()
        channel = self.channel.currentData()
        return ExportChoice(path=Path(self.path.text().strip()), fmt=self.format.currentData(),
                            status=Status(status) if status else None,
                            channel=Channel(channel) if channel else None,
                            date_order=DateOrder(self.date_order.currentData()),
                            batch=self.batch.currentData())

    def _browse(self) -> None:
        suffix = PRESETS[self.format.currentData()].suffix
        kind = self.tr("Buku kerja Excel (*.xlsx)") if suffix == ".xlsx" else self.tr("Berkas CSV (*.csv)")
        path = file_dialogs.save_file(self, self.tr("Simpan ekspor"), "export", self.path.text(), kind)
        if path:
            self.path.setText(path if path.lower().endswith(suffix) else path + suffix)


class ExportReport(QDialog):
    """What the export wrote, adjusted, refused and warned about."""

    def __init__(self, result: ExportResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Laporan ekspor"))
        counts = {level: sum(1 for n in result.notes if n.level is level) for level in Level}
        if result.files:
            said = self.tr("{0} diekspor ke {1}.").format(counted().posts(len(result.post_ids)),
                                                          counted().files(len(result.files)))
        elif result.refused:
            said = self.tr("Tidak ada yang diekspor: setiap unggahan yang dipilih ditolak "
                           "(alasannya di bawah), jadi tidak ada berkas yang ditulis.")
        else:
            said = self.tr("Tidak ada yang diekspor: tidak ada unggahan yang cocok dengan pilihan "
                           "ini, jadi tidak ada berkas yang ditulis.")
        if result.notes:
            said += " " + self.tr("Disesuaikan: {0}, ditolak: {1}, peringatan: {2}.").format(
                counts[Level.ADJUSTED], counts[Level.REFUSED], counts[Level.WARNING])
        summary = QLabel(said)
        summary.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        lines = ([self.tr("Berkas yang ditulis:")] + [f"  {f}" for f in result.files] + [""]
                 if result.files else [])
        lines += [str(n) for n in sorted(result.notes, key=lambda n: list(Level).index(n.level))]
        self.text.setPlainText("\n".join(lines))
        buttons = close_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        if lines:
            self.resize(720, 420)
        else:  # nothing written and nothing to explain: the sentence alone
            self.text.hide()
            self.resize(560, self.sizeHint().height())
