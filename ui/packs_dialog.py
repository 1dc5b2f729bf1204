"""Rule packs manager (list, switch on/off, import, remove, view terms, campaign period) and the
editor for the office's own list of local candidates, which saves a pack other offices import."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.app.settings import SettingsError, load_settings, save_settings
from core.check.packs import (
    OfficeList,
    PackError,
    PackInfo,
    import_pack,
    list_packs,
    read_office_pack,
    remove_pack,
    save_office_pack,
    set_enabled,
)
from core.check.rules import RuleFileError, load_pack
from ui import file_dialogs
from ui.buttons import ask_yes_no, close_buttons
from ui.labels import category_label, severity_label


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class PacksPanel(QWidget):
    """The packs list with its buttons: in the packs dialog and on the settings page.
    Switching a pack on or off, importing and removing take effect at once (the settings
    file and the packs folder are written); ``changed`` says the checker must be reloaded.
    ``settings_path``/``packs_dir`` default to the user's; tests pass temporary ones.
    ``show_campaign=False`` leaves out the campaign period (the settings dialog has its own)."""

    COLUMNS = ("Aktif", "Nama", "Id", "Versi", "Asal", "Aturan", "Masa kampanye paket")

    def __init__(self, parent: QWidget | None = None, *, settings_path: Path | None = None,
                 packs_dir: Path | None = None, show_campaign: bool = True) -> None:
        super().__init__(parent)
        self.settings_path = settings_path
        self.packs_dir = packs_dir
        self.changed = False  # whether the checker must be reloaded
        self.infos: list[PackInfo] = []

        intro = QLabel(self.tr(
            "Paket aturan berisi istilah yang diperiksa Saring. Matikan centang untuk "
            "menonaktifkan paket; impor paket dari kantor lain, atau buat daftar calon setempat."))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, len(self.COLUMNS))
        # literal tr() calls, so that the translation tools find every header
        self.table.setHorizontalHeaderLabels([
            self.tr("Aktif"), self.tr("Nama"), self.tr("Id"), self.tr("Versi"), self.tr("Asal"),
            self.tr("Aturan"), self.tr("Masa kampanye paket")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # arrows choose a pack, Space ticks it; Tab moves on
        self.table.setAccessibleName(self.tr("Daftar paket aturan"))
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._item_changed)
        self.table.itemSelectionChanged.connect(self._show_terms)
        self.terms = QPlainTextEdit()
        self.terms.setReadOnly(True)
        self.terms.setAccessibleName(self.tr("Isi paket"))
        self.terms.setPlaceholderText(self.tr("Pilih paket untuk melihat aturan dan istilahnya."))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.terms)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)

        settings = load_settings(settings_path)
        self.use_campaign = QCheckBox(self.tr("Masa kampanye berlaku (pengaturan):"))
        self.campaign_start = QDateEdit()
        self.campaign_end = QDateEdit()
        self.campaign_start.setAccessibleName(self.tr("Mulai masa kampanye"))
        self.campaign_end.setAccessibleName(self.tr("Akhir masa kampanye"))
        for edit in (self.campaign_start, self.campaign_end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
        today = dt.date.today()
        self.campaign_start.setDate(_qdate(settings.campaign_start or today))
        self.campaign_end.setDate(_qdate(settings.campaign_end or today + dt.timedelta(days=60)))
        self.use_campaign.toggled.connect(self.campaign_start.setEnabled)
        self.use_campaign.toggled.connect(self.campaign_end.setEnabled)
        self.use_campaign.setChecked(bool(settings.campaign_start and settings.campaign_end))
        self.campaign_start.setEnabled(self.use_campaign.isChecked())
        self.campaign_end.setEnabled(self.use_campaign.isChecked())
        self.use_campaign.toggled.connect(self._campaign_changed)
        self.campaign_start.dateChanged.connect(self._campaign_changed)
        self.campaign_end.dateChanged.connect(self._campaign_changed)
        campaign = QHBoxLayout()
        campaign.addWidget(self.use_campaign)
        campaign.addWidget(self.campaign_start)
        campaign.addWidget(QLabel(self.tr("s.d.")))
        campaign.addWidget(self.campaign_end)
        campaign.addStretch(1)
        campaign_note = QLabel(self.tr(
            "Di dalam masa kampanye (paket atau pengaturan), aturan netralitas berlaku penuh; "
            "di luar itu turun satu tingkat."))
        campaign_note.setWordWrap(True)
        campaign_note.setStyleSheet("color: palette(mid);")

        self.import_button = QPushButton(self.tr("&Impor paket…"))
        self.import_button.clicked.connect(self.import_file)
        self.remove_button = QPushButton(self.tr("&Hapus paket"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.office_button = QPushButton(self.tr("&Daftar kantor…"))
        self.office_button.setToolTip(self.tr("Nama calon, singkatan pasangan dan tagar kampanye "
                                              "setempat, disimpan sebagai paket yang bisa dibagikan"))
        self.office_button.clicked.connect(self.edit_office_list)
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.import_button)
        self.buttons.addWidget(self.remove_button)
        self.buttons.addWidget(self.office_button)
        self.buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(split, 1)
        if show_campaign:
            layout.addLayout(campaign)
            layout.addWidget(campaign_note)
        else:
            for widget in (self.use_campaign, self.campaign_start, self.campaign_end, campaign_note):
                widget.setParent(self)
                widget.hide()
        layout.addLayout(self.buttons)
        self.refresh()

    def disabled_packs(self) -> tuple[str, ...]:
        """The packs switched off, as this panel saved them."""
        return load_settings(self.settings_path).disabled_packs

    # -- list -------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.infos = list_packs(settings=load_settings(self.settings_path), directory=self.packs_dir)
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.infos))
        for row, info in enumerate(self.infos):
            active = QTableWidgetItem()
            active.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
                            | Qt.ItemFlag.ItemIsSelectable)
            active.setCheckState(Qt.CheckState.Checked if info.enabled else Qt.CheckState.Unchecked)
            active.setData(Qt.ItemDataRole.AccessibleTextRole,
                           self.tr("aktif") if info.enabled else self.tr("nonaktif"))
            period = (f"{info.campaign.start:%d-%m-%Y} {self.tr('s.d.')} {info.campaign.end:%d-%m-%Y}"
                      if info.campaign else "–")
            cells = [info.name, info.id, info.version,
                     self.tr("bawaan") if info.builtin else self.tr("terpasang"),
                     str(info.rules), period]
            self.table.setItem(row, 0, active)
            for col, text in enumerate(cells, 1):
                item = QTableWidgetItem(text)
                if info.description:
                    item.setToolTip(info.description)
                self.table.setItem(row, col, item)
        self.table.blockSignals(False)
        self._update_buttons()

    def selected(self) -> PackInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.infos[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        info = self.selected()
        self.remove_button.setEnabled(info is not None and not info.builtin)

    @Slot(QTableWidgetItem)
    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != 0:
            return
        info = self.infos[item.row()]
        enabled = item.checkState() == Qt.CheckState.Checked
        try:
            settings = load_settings(self.settings_path)
            save_settings(set_enabled(settings, info.id, enabled), self.settings_path)
        except SettingsError as exc:
            QMessageBox.warning(self, self.tr("Pengaturan tidak tersimpan"), str(exc))
        self.changed = True
        self.refresh()

    @Slot()
    def _show_terms(self) -> None:
        self._update_buttons()
        info = self.selected()
        if info is None:
            self.terms.clear()
            return
        try:
            parts = [load_pack(path) for path in (info.path, *info.more_paths)]
        except RuleFileError as exc:
            self.terms.setPlainText(str(exc))
            return
        pack = parts[0]
        lines = [self.tr("{0} ({1}, versi {2})").format(pack.name, pack.id, pack.version),
                 *(str(part.path) for part in parts), ""]
        for rule in (rule for part in parts for rule in part.rules):
            lines.append(f"■ {rule.id} — {category_label(rule.category)}, "
                         f"{severity_label(rule.severity)}")
            lines.append(f"  {rule.message}")
            if rule.terms:
                lines.append("  " + self.tr("Istilah: {0}").format(", ".join(rule.terms)))
            if rule.patterns:
                lines.append("  " + self.tr("Pola: {0}").format("  ·  ".join(rule.patterns)))
            if rule.reference:
                lines.append("  " + self.tr("Rujukan: {0}").format(rule.reference))
            lines.append("")
        self.terms.setPlainText("\n".join(lines))

    # -- actions ----------------------------------------------------------------------------

    @Slot()
    def import_file(self, path: str | None = None) -> bool:
        if not path:
            path = file_dialogs.open_file(self, self.tr("Impor paket aturan"), "packs",
                                          self.tr("Paket aturan (*.toml)"))
        if not path:
            return False
        try:
            info = import_pack(Path(path), directory=self.packs_dir)
        except (RuleFileError, PackError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Paket tidak dapat diimpor"), str(exc))
            return False
        self.changed = True
        self.refresh()
        self._select(info.id)
        return True

    @Slot()
    def remove_selected(self) -> None:
        info = self.selected()
        if info is None or info.builtin:
            return
        if not ask_yes_no(self, self.tr("Hapus paket"),
                          self.tr("Hapus paket “{0}” dari aplikasi?").format(info.name)):
            return
        try:
            remove_pack(info.id, directory=self.packs_dir)
        except (PackError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Paket tidak dapat dihapus"), str(exc))
            return
        self.changed = True
        self.refresh()

    @Slot()
    def edit_office_list(self) -> None:
        dialog = OfficeListDialog(self, packs_dir=self.packs_dir)
        dialog.exec()
        if dialog.installed:
            self.changed = True
            self.refresh()
            self._select(dialog.installed)

    @Slot()
    def _campaign_changed(self) -> None:
        settings = load_settings(self.settings_path)
        if self.use_campaign.isChecked():
            start, end = _pydate(self.campaign_start.date()), _pydate(self.campaign_end.date())
            if end < start:
                return
            new = settings.replace(campaign_start=start, campaign_end=end)
        else:
            new = settings.replace(campaign_start=None, campaign_end=None)
        try:
            save_settings(new, self.settings_path)
        except SettingsError as exc:
            QMessageBox.warning(self, self.tr("Pengaturan tidak tersimpan"), str(exc))
            return
        self.changed = True

    def _select(self, pack_id: str) -> None:
        for row, info in enumerate(self.infos):
            if info.id == pack_id:
                self.table.selectRow(row)


class PacksDialog(QDialog):
    """The packs manager on its own (Alat → Kelola paket aturan): the panel and "Tutup".
    The panel's attributes (``changed``, ``table``, ``import_file`` …) are the dialog's."""

    def __init__(self, parent: QWidget | None = None, *, settings_path: Path | None = None,
                 packs_dir: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kelola paket aturan"))
        self.panel = PacksPanel(self, settings_path=settings_path, packs_dir=packs_dir)
        self.panel.buttons.addWidget(close_buttons(self))
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        self.resize(860, 600)

    def __getattr__(self, name: str) -> object:
        panel = self.__dict__.get("panel")
        if panel is None:
            raise AttributeError(name)
        return getattr(panel, name)


class OfficeListDialog(QDialog):
    """The office's own list: one entry a line; saved as a pack file and, if wanted, installed."""

    def __init__(self, parent: QWidget | None = None, *, packs_dir: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Daftar kantor: calon pilkada setempat"))
        self.packs_dir = packs_dir
        self.installed: str | None = None  # id of the pack installed from this dialog

        self.pack_id = QLineEdit("lokal-pilkada")
        self.pack_id.setAccessibleName(self.tr("Id paket"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Misalnya: Calon Pilkada OKU Timur 2024"))
        self.candidates = QPlainTextEdit()
        self.candidates.setPlaceholderText(self.tr("Satu nama per baris, misalnya:\nLanosin\nFery Antoni"))
        self.acronyms = QPlainTextEdit()
        self.acronyms.setPlaceholderText(self.tr("Satu per baris, misalnya:\nEnos-Yudha\nHDCU"))
        self.hashtags = QPlainTextEdit()
        self.hashtags.setPlaceholderText(self.tr("Satu per baris, misalnya:\n#OKUTHebat01"))
        # literal tr() calls, so that the translation tools find them (English named them in Indonesian)
        for edit, label in ((self.candidates, self.tr("Nama calon")),
                            (self.acronyms, self.tr("Singkatan pasangan")),
                            (self.hashtags, self.tr("Tagar kampanye"))):
            edit.setAccessibleName(label)
            edit.setTabChangesFocus(True)
        self.use_campaign = QCheckBox(self.tr("Masa kampanye"))
        self.start = QDateEdit(_qdate(dt.date.today()))
        self.end = QDateEdit(_qdate(dt.date.today() + dt.timedelta(days=60)))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.setEnabled(False)
            self.use_campaign.toggled.connect(edit.setEnabled)
        campaign = QHBoxLayout()
        campaign.addWidget(self.use_campaign)
        campaign.addWidget(self.start)
        campaign.addWidget(QLabel(self.tr("s.d.")))
        campaign.addWidget(self.end)
        campaign.addStretch(1)
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("Misalnya: Keputusan KPU Kabupaten tentang penetapan paslon"))

        intro = QLabel(self.tr(
            "Tulis satu isian per baris. Setiap isian ditandai netralitas, harus diperbaiki, di dalam "
            "masa kampanye. “Simpan berkas” membuat berkas .toml yang bisa diimpor OPD lain."))
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(intro)
        form.addRow(self.tr("&Id paket"), self.pack_id)
        form.addRow(self.tr("&Nama paket"), self.name)
        form.addRow(self.tr("Nama &calon"), self.candidates)
        form.addRow(self.tr("&Singkatan pasangan"), self.acronyms)
        form.addRow(self.tr("&Tagar kampanye"), self.hashtags)
        form.addRow("", campaign)
        form.addRow(self.tr("Su&mber data"), self.source)

        self.open_button = QPushButton(self.tr("&Buka…"))
        self.open_button.clicked.connect(self.open_file)
        self.save_button = QPushButton(self.tr("Simpan &berkas…"))
        self.save_button.setToolTip(self.tr("Simpan sebagai berkas .toml untuk dibagikan ke OPD lain"))
        self.save_button.clicked.connect(self.save_file)
        self.install_button = QPushButton(self.tr("Simpan && &pasang"))
        self.install_button.setDefault(True)
        self.install_button.clicked.connect(self.save_and_install)
        close = QPushButton(self.tr("Tutup"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.install_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addLayout(buttons)
        self.resize(620, 560)

    def office_list(self) -> OfficeList:
        def lines(edit: QPlainTextEdit) -> tuple[str, ...]:
            return tuple(line.strip() for line in edit.toPlainText().splitlines() if line.strip())

        campaign = self.use_campaign.isChecked()
        return OfficeList(
            pack_id=self.pack_id.text().strip(), name=self.name.text().strip(),
            candidates=lines(self.candidates), acronyms=lines(self.acronyms),
            hashtags=lines(self.hashtags),
            campaign_start=_pydate(self.start.date()) if campaign else None,
            campaign_end=_pydate(self.end.date()) if campaign else None,
            source=self.source.text().strip())

    def load(self, office: OfficeList) -> None:
        self.pack_id.setText(office.pack_id)
        self.name.setText(office.name)
        self.candidates.setPlainText("\n".join(office.candidates))
        self.acronyms.setPlainText("\n".join(office.acronyms))
        self.hashtags.setPlainText("\n".join(office.hashtags))
        self.use_campaign.setChecked(office.campaign_start is not None)
        if office.campaign_start and office.campaign_end:
            self.start.setDate(_qdate(office.campaign_start))
            self.end.setDate(_qdate(office.campaign_end))
        self.source.setText(office.source)

    @Slot()
    def open_file(self, path: str | None = None) -> None:
        if not path:
            path = file_dialogs.open_file(self, self.tr("Buka daftar kantor"), "packs",
                                          self.tr("Paket aturan (*.toml)"))
        if not path:
            return
        try:
            self.load(read_office_pack(Path(path)))
        except (RuleFileError, OSError, KeyError) as exc:
            QMessageBox.warning(self, self.tr("Berkas tidak dapat dibuka"), str(exc))

    @Slot()
    def save_file(self, path: str | None = None) -> Path | None:
        if not path:
            suggested = f"{self.pack_id.text().strip() or 'daftar-kantor'}.toml"
            path = file_dialogs.save_file(self, self.tr("Simpan daftar kantor"), "packs", suggested,
                                          self.tr("Paket aturan (*.toml)"))
        if not path:
            return None
        target = Path(path) if path.endswith(".toml") else Path(path + ".toml")
        try:
            save_office_pack(self.office_list(), target)
        except (PackError, RuleFileError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Daftar tidak tersimpan"), str(exc))
            return None
        return target

    @Slot()
    def save_and_install(self, path: str | None = None) -> None:
        target = self.save_file(path)
        if target is None:
            return
        try:
            info = import_pack(target, directory=self.packs_dir)
        except (PackError, RuleFileError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Paket tidak dapat dipasang"), str(exc))
            return
        self.installed = info.id
        self.accept()
