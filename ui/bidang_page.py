"""The settings page "Bidang": the office's fields (bidang, sekretariat, UPT/UPTD) with a weekly
target each, filled from the defaults of a common agency type (resources/bidang/opd.toml, with
the regulation each follows) and edited by the admin; and after how many days without a post
a bidang is named in the queue's summary and the calendar."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.app.bidang import (
    MAX_WEEKLY_TARGET,
    Bidang,
    BidangError,
    OpdType,
    checked_list,
    clean_name,
    defaults_for,
    guess_opd_type,
    opd_types,
)
from core.app.settings import Settings


class BidangPage(QWidget):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 2)
        self.table.setAccessibleName(self.tr("Daftar bidang kantor"))
        self.table.setHorizontalHeaderLabels([self.tr("Bidang, sekretariat atau UPT/UPTD"),
                                              self.tr("Target unggahan per minggu")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # arrows choose a row (F2 renames it); Tab goes through the targets and on, where it
        # went round the cells and their spin boxes for good
        self.table.setTabKeyNavigation(False)
        self.table.itemChanged.connect(self._name_changed)
        for item in settings.bidang:
            self.add_row(item, original=item.name)

        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Jenis OPD"))
        self.kind.addItem(self.tr("Jenis lain (hanya Sekretariat)"), None)
        for kind in opd_types():
            self.kind.addItem(kind.name, kind.id)
        guessed = guess_opd_type(settings.opd_name)
        if guessed is not None:
            self.kind.setCurrentIndex(self.kind.findData(guessed.id))
        self.kind.currentIndexChanged.connect(self._show_source)
        use = QPushButton(self.tr("Pakai daftar &bawaan jenis ini"))
        use.clicked.connect(self.use_defaults)
        self.source = QLabel()
        self.source.setWordWrap(True)
        self.source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        add = QPushButton(self.tr("&Tambah bidang"))
        add.clicked.connect(lambda: self.add_row(Bidang(""), edit=True))
        remove = QPushButton(self.tr("Hapus yang &dipilih"))
        remove.clicked.connect(self.remove_selected)
        up, down = QPushButton(self.tr("Naik")), QPushButton(self.tr("Turun"))
        up.clicked.connect(lambda: self.move_selected(-1))
        down.clicked.connect(lambda: self.move_selected(1))

        self.gap_days = QSpinBox()
        self.gap_days.setRange(1, 90)
        self.gap_days.setValue(settings.bidang_gap_days)
        self.gap_days.setSuffix(self.tr(" hari"))
        self.gap_days.setAccessibleName(self.tr("Ingatkan bila bidang tidak diunggah selama"))

        intro = QLabel(self.tr(
            "Setiap bidang kantor perlu diunggah, bukan hanya kegiatan pimpinan. Tandai setiap "
            "unggahan dengan bidangnya; antrean dan kalender lalu menunjukkan bidang yang lama "
            "tidak diunggah. Sesuaikan nama dengan Perbup susunan organisasi kantor Anda."))
        intro.setWordWrap(True)
        kind_row = QHBoxLayout()
        kind_row.addWidget(QLabel(self.tr("Jenis OPD:")))
        kind_row.addWidget(self.kind, 1)
        kind_row.addWidget(use)
        buttons = QHBoxLayout()
        for button in (add, remove, up, down):
            buttons.addWidget(button)
        buttons.addStretch(1)
        gap_row = QHBoxLayout()
        gap_row.addWidget(QLabel(self.tr("Ingatkan bila satu bidang tidak diunggah selama")))
        gap_row.addWidget(self.gap_days)
        gap_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(kind_row)
        layout.addWidget(self.source)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addLayout(gap_row)
        self._show_source()

    def _kind(self) -> OpdType | None:
        wanted = self.kind.currentData()
        return next((k for k in opd_types() if k.id == wanted), None)

    def _show_source(self) -> None:
        kind = self._kind()
        self.source.setText(self.tr("Dasar: {0}. {1}").format(kind.source, kind.reason) if kind
                            else self.tr("Untuk jenis lain, tambahkan bidang kantor Anda satu per satu."))

    def use_defaults(self) -> None:
        """Replace the list with the chosen type's defaults (Batal keeps the old list)."""
        self.table.setRowCount(0)
        for item in defaults_for(self._kind()):
            self.add_row(item)

    def add_row(self, item: Bidang, *, edit: bool = False, original: str | None = None) -> None:
        """``original``: the name the row had in the saved settings (a change of it is a
        rename, which the posts follow)."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        cell = QTableWidgetItem(item.name)
        cell.setData(Qt.ItemDataRole.UserRole, original)
        self.table.setItem(row, 0, cell)
        spin = QSpinBox()
        spin.setRange(0, MAX_WEEKLY_TARGET)
        spin.setValue(item.weekly_target)
        spin.setSpecialValueText(self.tr("tanpa target"))
        spin.setAccessibleName(self.tr("Target per minggu: {0}").format(item.name))
        self.table.setCellWidget(row, 1, spin)
        if edit:
            self.table.setCurrentCell(row, 0)
            self.table.editItem(self.table.item(row, 0))

    def _name_changed(self, item: QTableWidgetItem) -> None:
        """A renamed row's target is announced with the new name."""
        spin = self.table.cellWidget(item.row(), 1) if item.column() == 0 else None
        if spin is not None:
            spin.setAccessibleName(self.tr("Target per minggu: {0}").format(item.text().strip()))

    def remove_selected(self) -> None:
        for row in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)

    def move_selected(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        items = self._rows()
        items[row], items[target] = items[target], items[row]
        self.table.setRowCount(0)
        for item, original in items:
            self.add_row(item, original=original)
        self.table.selectRow(target)

    def _rows(self) -> list[tuple[Bidang, str | None]]:
        """Each row's bidang and the name it had in the saved settings (None: a new row)."""
        rows = []
        for row in range(self.table.rowCount()):
            cell = self.table.item(row, 0)
            spin = self.table.cellWidget(row, 1)
            target = spin.value() if isinstance(spin, QSpinBox) else 1
            original = cell.data(Qt.ItemDataRole.UserRole) if cell else None
            rows.append((Bidang(cell.text() if cell else "", target), original))
        return rows

    def bidang(self) -> tuple[Bidang, ...]:
        """The list as kept (empty rows left out); raise :class:`BidangError`."""
        return checked_list(b for b, _ in self._rows() if b.name.strip())

    def renames(self) -> dict[str, str]:
        """Saved names whose row now holds another name (old → new), for the posts to
        follow; a name still in the list under its own row is no rename."""
        kept = set()
        for item, _ in self._rows():
            with contextlib.suppress(BidangError):
                kept.add(clean_name(item.name))
        out = {}
        for item, original in self._rows():
            try:
                name = clean_name(item.name)
            except BidangError:
                continue
            if original and name != original and original not in kept:
                out[original] = name
        return out

    def problem(self) -> str:
        try:
            self.bidang()
        except BidangError as exc:
            return str(exc)
        return ""
