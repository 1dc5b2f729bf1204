"""Ask what to export and where; the export itself runs in the background (main window)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from core.queue import Status
from ui.labels import status_label


@dataclass(frozen=True, slots=True)
class ExportChoice:
    path: Path
    fmt: str
    status: Status | None


class ExportDialog(QDialog):
    def __init__(self, default_folder: Path, status: Status | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ekspor antrean ke CSV"))
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status yang diekspor"))
        self.status.addItem(self.tr("Semua unggahan"), None)
        for s in Status:
            self.status.addItem(status_label(s), s.value)  # Qt hands enums back as strings
        self.status.setCurrentIndex(max(0, self.status.findData(status.value if status else None)))
        self.format = QComboBox()
        self.format.setAccessibleName(self.tr("Format"))
        self.format.addItem(self.tr("Umum — semua kolom (CSV UTF-8)"), "generic")
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
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Simpan ke"), where)
        form.addRow(buttons)
        self.resize(560, self.sizeHint().height())

    def choice(self) -> ExportChoice:
        status = self.status.currentData()
        return ExportChoice(path=Path(self.path.text().strip()), fmt=self.format.currentData(),
                            status=Status(status) if status else None)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan CSV"), self.path.text(),
                                              self.tr("Berkas CSV (*.csv)"))
        if path:
            self.path.setText(path if path.lower().endswith(".csv") else path + ".csv")
