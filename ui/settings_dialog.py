"""The settings dialog over core/app/settings.py: who and where, channels and daily targets, the
office's bidang with weekly targets, time slots, the campaign period, the optional LanguageTool
server or folder, backups and language."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTime
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from core.app.settings import Settings, TimeSlot, media_base_url_problem
from core.app.zones import Zone, pc_zone
from core.check.findings import Severity
from core.check.languagetool_server import LanguageToolServerError, find_server_jar
from core.publish.channels import Channel
from core.store.user_dictionary import UserDictionary
from ui import file_dialogs
from ui.bidang_page import BidangPage
from ui.dictionary_page import DictionaryPage
from ui.labels import channel_label, severity_color
from ui.packs_dialog import PacksPanel
from ui.tasks import TaskRunner
from ui.translation import LANGUAGES

_URL = re.compile(r"^https?://[^\s/]+(:\d+)?(/\S*)?$")


def weekday_names() -> list[str]:
    return [QCoreApplication.translate("SettingsDialog", "Senin"),
            QCoreApplication.translate("SettingsDialog", "Selasa"),
            QCoreApplication.translate("SettingsDialog", "Rabu"),
            QCoreApplication.translate("SettingsDialog", "Kamis"),
            QCoreApplication.translate("SettingsDialog", "Jumat"),
            QCoreApplication.translate("SettingsDialog", "Sabtu"),
            QCoreApplication.translate("SettingsDialog", "Minggu")]


class SettingsDialog(QDialog):
    """``settings()`` gives the edited settings. With ``dictionary`` and ``tasks`` the dialog
    also has the pages "Kamus" (personal and office dictionary, ignored findings) and "Paket
    aturan" (the packs manager's list); what is changed there takes effect at once, and
    ``words_changed``/``ignores_changed``/``packs_changed`` tell the window afterwards.
    Without them (a read-only window) the checking page's button to those pages is off."""

    def __init__(self, settings: Settings, parent: QWidget | None = None, *,
                 dictionary: UserDictionary | None = None, tasks: TaskRunner | None = None,
                 settings_path: Path | None = None, packs_dir: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pengaturan"))
        self._original = settings
        self.tabs = QTabWidget()
        self.tabs.addTab(self._general_page(settings), self.tr("Umum"))
        self.tabs.addTab(self._channels_page(settings), self.tr("Kanal dan target"))
        self.bidang_page = BidangPage(settings)
        self.tabs.addTab(self.bidang_page, self.tr("Bidang"))
        self.tabs.addTab(self._slots_page(settings), self.tr("Jam unggah"))
        self.tabs.addTab(self._checking_page(settings), self.tr("Pemeriksaan"))
        self.dictionary_page: DictionaryPage | None = None
        self.packs: PacksPanel | None = None
        if dictionary is not None and tasks is not None:
            self.dictionary_page = DictionaryPage(dictionary, tasks)
            self.tabs.addTab(self.dictionary_page, self.tr("Kamus"))
            self.packs = PacksPanel(settings_path=settings_path, packs_dir=packs_dir, show_campaign=False)
            self.packs.layout().setContentsMargins(9, 9, 9, 9)
            self.tabs.addTab(self.packs, self.tr("Paket aturan"))
        else:
            self.packs_button.setEnabled(False)
            self.packs_button.setToolTip(self.tr("Kamus dan paket aturan tidak dapat diubah di "
                                                 "jendela hanya-baca."))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Pesan kesalahan"))
        palette = self.error.palette()
        palette.setColor(QPalette.ColorRole.WindowText, severity_color(Severity.ERROR, palette))
        self.error.setPalette(palette)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Simpan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(820, 520)

    # -- pages ----------------------------------------------------------------------------

    def _general_page(self, settings: Settings) -> QWidget:
        page = QWidget()
        self.user_name = QLineEdit(settings.user_name)
        self.user_name.setAccessibleName(self.tr("Nama Anda"))
        self.opd_name = QLineEdit(settings.opd_name)
        self.opd_name.setAccessibleName(self.tr("Nama OPD"))
        self.opd_name.setPlaceholderText(self.tr("Misalnya: Dinas Komunikasi dan Informatika"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Bahasa tampilan"))
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        note = QLabel(self.tr("Bahasa tampilan berganti begitu pengaturan disimpan."))
        note.setWordWrap(True)
        self.backup_keep = QSpinBox()
        self.backup_keep.setRange(0, 365)
        self.backup_keep.setValue(settings.backup_keep)
        self.backup_keep.setSuffix(self.tr(" cadangan"))
        self.backup_keep.setAccessibleName(self.tr("Jumlah cadangan yang disimpan"))
        form = QFormLayout(page)
        form.addRow(self.tr("&Nama Anda"), self.user_name)
        form.addRow(self.tr("Nama &OPD"), self.opd_name)
        form.addRow(self.tr("&Bahasa"), self.language)
        form.addRow("", note)
        form.addRow(self.tr("Simpan &cadangan"), self.backup_keep)
        self.media_base_url = QLineEdit(settings.media_base_url)
        self.media_base_url.setPlaceholderText("https://diskominfo.okutimurkab.go.id/media/")
        self.media_base_url.setAccessibleName(self.tr("Alamat publik folder media"))
        media_note = QLabel(self.tr(
            "Buffer dan Publer mengambil gambar dari alamat web. Bila kantor mengunggah folder "
            "gambar hasil ekspor ke situsnya, tulis alamat folder itu di sini; kolom gambar di "
            "berkas ekspor lalu berisi alamat itu ditambah nama berkas. Kosongkan bila tidak."))
        media_note.setWordWrap(True)
        form.addRow(self.tr("Alamat publik folder &media"), self.media_base_url)
        form.addRow("", media_note)
        return page

    def _channels_page(self, settings: Settings) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        grid.addWidget(QLabel(self.tr("<b>Kanal yang dipakai</b>")), 0, 0)
        grid.addWidget(QLabel(self.tr("<b>Target unggahan per hari</b>")), 0, 1)
        self.channel_boxes: dict[Channel, QCheckBox] = {}
        self.target_spins: dict[Channel, QSpinBox] = {}
        for row, channel in enumerate(Channel, start=1):
            box = QCheckBox(channel_label(channel))
            box.setChecked(channel in settings.channels)
            spin = QSpinBox()
            spin.setRange(0, 50)
            spin.setValue(settings.daily_targets.get(channel, 0))
            spin.setSpecialValueText(self.tr("tanpa target"))
            spin.setAccessibleName(self.tr("Target per hari untuk {0}").format(channel_label(channel)))
            spin.setEnabled(box.isChecked())
            box.toggled.connect(spin.setEnabled)
            self.channel_boxes[channel] = box
            self.target_spins[channel] = spin
            grid.addWidget(box, row, 0)
            grid.addWidget(spin, row, 1)
        grid.setRowStretch(len(Channel) + 1, 1)
        return page

    def _slots_page(self, settings: Settings) -> QWidget:
        page = QWidget()
        self.slots = QListWidget()
        self.slots.setAccessibleName(self.tr("Jam unggah mingguan"))
        for slot in sorted(settings.time_slots, key=lambda s: (s.weekday, s.time)):
            self._add_slot_item(slot)
        self.slot_day = QComboBox()
        self.slot_day.setAccessibleName(self.tr("Hari"))
        self.slot_day.addItem(self.tr("Setiap hari"), -1)
        for i, name in enumerate(weekday_names()):
            self.slot_day.addItem(name, i)
        self.slot_time = QTimeEdit(QTime(8, 0))
        self.slot_time.setDisplayFormat("HH:mm")
        self.slot_time.setAccessibleName(self.tr("Jam"))
        add = QPushButton(self.tr("&Tambah"))
        add.clicked.connect(self.add_slot)
        remove = QPushButton(self.tr("&Hapus yang dipilih"))
        remove.clicked.connect(lambda: [self.slots.takeItem(self.slots.row(i))
                                        for i in self.slots.selectedItems()])
        row = QHBoxLayout()
        row.addWidget(self.slot_day)
        row.addWidget(self.slot_time)
        row.addWidget(add)
        row.addStretch(1)
        row.addWidget(remove)
        layout = QVBoxLayout(page)
        layout.addLayout(self._zones_form(settings))
        layout.addSpacing(10)
        layout.addWidget(QLabel(self.tr("Jam-jam tetap untuk mengisi antrean setiap minggu.")))
        layout.addWidget(self.slots, 1)
        layout.addLayout(row)
        return page

    def _zones_form(self, settings: Settings) -> QVBoxLayout:
        """The office's time zone (the queue's times) and the zone the posting tool reads them in."""
        here = pc_zone()
        self.time_zone, self.tool_time_zone = QComboBox(), QComboBox()
        self.time_zone.setAccessibleName(self.tr("Zona waktu kantor"))
        self.tool_time_zone.setAccessibleName(self.tr("Zona waktu di alat unggah"))
        self.time_zone.addItem(self.tr("Ikuti PC ini: {0}").format(here.label), "")
        self.tool_time_zone.addItem(self.tr("Sama dengan zona kantor"), "")
        for zone in Zone:
            self.time_zone.addItem(f"{zone.label} — {zone.regions}", zone.value)
            self.tool_time_zone.addItem(f"{zone.label} — {zone.iana}", zone.value)
        for box, value in ((self.time_zone, settings.time_zone),
                           (self.tool_time_zone, settings.tool_time_zone)):
            box.setCurrentIndex(max(0, box.findData(value)))
        note = QLabel(self.tr(
            "Jadwal di Saring memakai jam kantor. Hootsuite, Buffer, Publer dan Sprout membaca jam di "
            "berkas impor menurut zona waktu profil di alat itu; ekspor menulis jam dalam zona yang "
            "dipilih di sini dan laporannya menyebut zona itu."))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Zona waktu kantor"), self.time_zone)
        form.addRow(self.tr("Zona waktu di &alat unggah"), self.tool_time_zone)
        box = QVBoxLayout()
        box.addLayout(form)
        box.addWidget(note)
        return box

    def _checking_page(self, settings: Settings) -> QWidget:
        page = QWidget()
        self.campaign = QCheckBox(self.tr("Ada masa &kampanye"))
        self.campaign_start = QDateEdit()
        self.campaign_end = QDateEdit()
        for edit, value, name in ((self.campaign_start, settings.campaign_start, self.tr("Mulai kampanye")),
                                  (self.campaign_end, settings.campaign_end, self.tr("Akhir kampanye"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.setDate(QDate(value) if value else QDate.currentDate())
            edit.setAccessibleName(name)
            self.campaign.toggled.connect(edit.setEnabled)
        self.campaign.setChecked(settings.campaign_start is not None)
        for edit in (self.campaign_start, self.campaign_end):
            edit.setEnabled(self.campaign.isChecked())
        period = QHBoxLayout()
        period.addWidget(self.campaign_start)
        period.addWidget(QLabel(self.tr("s.d.")))
        period.addWidget(self.campaign_end)
        period.addStretch(1)
        self.languagetool_server = QLineEdit(settings.languagetool_server)
        self.languagetool_server.setPlaceholderText("http://localhost:8081")
        self.languagetool_server.setAccessibleName(self.tr("Alamat server LanguageTool"))
        lt_note = QLabel(self.tr("Kosongkan agar Saring tidak pernah membuka koneksi jaringan. "
                                 "Isi hanya dengan server LanguageTool di PC ini atau di kantor."))
        lt_note.setWordWrap(True)
        self.languagetool_dir = QLineEdit(settings.languagetool_dir)
        self.languagetool_dir.setPlaceholderText(self.tr("mis. C:\\LanguageTool-6.6"))
        self.languagetool_dir.setAccessibleName(self.tr("Folder LanguageTool"))
        choose_dir = QPushButton(self.tr("Pi&lih…"))
        choose_dir.clicked.connect(self.choose_languagetool_dir)
        lt_dir = QHBoxLayout()
        lt_dir.addWidget(self.languagetool_dir, 1)
        lt_dir.addWidget(choose_dir)
        lt_dir_note = QLabel(self.tr("Atau pilih folder hasil ekstrak LanguageTool (berisi "
                                     "languagetool-server.jar). Saring menjalankannya sendiri di PC "
                                     "ini dengan Java, hanya untuk paragraf berbahasa Inggris, "
                                     "tanpa mengunduh apa pun."))
        lt_dir_note.setWordWrap(True)
        self.language_advice = QCheckBox(self.tr(
            "Beri juga saran &ragam bahasa: kata asing dan padanannya, “tapi”, spasi ganda"))
        self.language_advice.setChecked(settings.language_advice)
        advice_note = QLabel(self.tr("EYD V tidak menganggapnya salah; tanpa centang Saring "
                                     "hanya menandai kesalahan."))
        advice_note.setWordWrap(True)
        packs = self.packs_button = QPushButton(self.tr("Kamus dan paket &aturan…"))
        packs.clicked.connect(self._show_dictionary_page)
        # A note sits in the same box as its field: as rows of their own, wrapped notes got
        # large empty gaps above and below them.
        server = QVBoxLayout()
        server.addWidget(self.languagetool_server)
        server.addWidget(lt_note)
        lt_dir_box = QVBoxLayout()
        lt_dir_box.addLayout(lt_dir)
        lt_dir_box.addWidget(lt_dir_note)
        packs_row = QHBoxLayout()
        packs_row.addWidget(packs)
        packs_row.addStretch(1)
        form = QFormLayout(page)
        form.addRow(self.campaign)
        form.addRow(self.tr("Periode"), period)
        server_label = QLabel(self.tr("Server &LanguageTool"))
        server_label.setBuddy(self.languagetool_server)
        form.addRow(server_label, server)
        lt_dir_label = QLabel(self.tr("&Folder LanguageTool"))
        lt_dir_label.setBuddy(self.languagetool_dir)
        form.addRow(lt_dir_label, lt_dir_box)
        advice_box = QVBoxLayout()
        advice_box.addWidget(self.language_advice)
        advice_box.addWidget(advice_note)
        form.addRow(advice_box)
        form.addRow("", packs_row)
        return page

    def _show_dictionary_page(self) -> None:
        if self.dictionary_page is not None:
            self.tabs.setCurrentWidget(self.dictionary_page)

    def show_page(self, name: str) -> None:
        """Open on a page: ``"bidang"``, ``"dictionary"`` or ``"packs"`` (when the dialog has
        them)."""
        page = {"dictionary": self.dictionary_page, "packs": self.packs,
                "bidang": self.bidang_page}.get(name)
        if page is not None:
            self.tabs.setCurrentWidget(page)

    @property
    def words_changed(self) -> bool:
        return self.dictionary_page is not None and self.dictionary_page.words_changed

    @property
    def ignores_changed(self) -> bool:
        return self.dictionary_page is not None and self.dictionary_page.ignores_changed

    @property
    def packs_changed(self) -> bool:
        return self.packs is not None and self.packs.changed

    def choose_languagetool_dir(self) -> None:
        folder = file_dialogs.choose_folder(self, self.tr("Pilih folder LanguageTool"), "languagetool",
                                            self.languagetool_dir.text().strip())
        if folder:
            self.languagetool_dir.setText(folder)

    # -- slots ----------------------------------------------------------------------------

    def _add_slot_item(self, slot: TimeSlot) -> None:
        item = QListWidgetItem(f"{weekday_names()[slot.weekday]}  {slot.time}")
        item.setData(Qt.ItemDataRole.UserRole, (slot.weekday, slot.time))
        self.slots.addItem(item)

    def add_slot(self) -> None:
        day = int(self.slot_day.currentData())
        time = self.slot_time.time().toString("HH:mm")
        slots = set(self.time_slots())
        slots.update(TimeSlot(weekday, time) for weekday in (range(7) if day < 0 else (day,)))
        self.slots.clear()
        for slot in sorted(slots, key=lambda s: (s.weekday, s.time)):
            self._add_slot_item(slot)

    def time_slots(self) -> tuple[TimeSlot, ...]:
        values = [self.slots.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.slots.count())]
        return tuple(sorted((TimeSlot(int(d), str(t)) for d, t in values),
                            key=lambda s: (s.weekday, s.time)))

    # -- result ---------------------------------------------------------------------------

    def problem(self) -> str:
        """Why the form cannot be saved, in plain words; empty when it can."""
        if not any(box.isChecked() for box in self.channel_boxes.values()):
            return self.tr("Pilih paling sedikit satu kanal.")
        if self.bidang_page.problem():
            return self.bidang_page.problem()
        if self.campaign.isChecked() and self.campaign_end.date() < self.campaign_start.date():
            return self.tr("Akhir masa kampanye harus sesudah awalnya.")
        server = self.languagetool_server.text().strip()
        if server and not _URL.match(server):
            return self.tr("Alamat server LanguageTool harus berbentuk http://nama-server:8081")
        if media_base_url_problem(self.media_base_url.text()):
            return self.tr("Alamat publik folder media harus berupa alamat web lengkap, misalnya "
                           "https://diskominfo.okutimurkab.go.id/media/")
        folder = self.languagetool_dir.text().strip()
        if folder:
            try:
                find_server_jar(Path(folder).expanduser())
            except LanguageToolServerError:
                return self.tr("Folder LanguageTool harus berisi languagetool-server.jar "
                               "(folder hasil ekstrak LanguageTool).")
        return ""

    def settings(self) -> Settings:
        channels = tuple(c for c, box in self.channel_boxes.items() if box.isChecked())
        campaign = self.campaign.isChecked()
        start: dt.date | None = self.campaign_start.date().toPython() if campaign else None  # type: ignore[assignment]
        end: dt.date | None = self.campaign_end.date().toPython() if campaign else None  # type: ignore[assignment]
        return self._original.replace(
            user_name=self.user_name.text().strip(),
            opd_name=self.opd_name.text().strip(),
            language=str(self.language.currentData()),
            channels=channels,
            daily_targets={c: self.target_spins[c].value() for c in channels if self.target_spins[c].value()},
            time_slots=self.time_slots(),
            campaign_start=start,
            campaign_end=end,
            languagetool_server=self.languagetool_server.text().strip(),
            languagetool_dir=self.languagetool_dir.text().strip(),
            backup_keep=self.backup_keep.value(),
            media_base_url=self.media_base_url.text().strip(),
            language_advice=self.language_advice.isChecked(),
            bidang=self.bidang_page.bidang(),
            bidang_gap_days=self.bidang_page.gap_days.value(),
            time_zone=str(self.time_zone.currentData()),
            tool_time_zone=str(self.tool_time_zone.currentData()),
            # switched on or off on the packs page, which saved them already
            disabled_packs=(self.packs.disabled_packs() if self.packs is not None
                            else self._original.disabled_packs),
        )

    def accept(self) -> None:
        problem = self.problem()
        self.error.setText(problem)
        if not problem:
            super().accept()
