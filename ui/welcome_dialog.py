"""The first-start welcome: the OPD's name and channels, then a sample post with findings."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from core.app.bidang import default_bidang
from core.app.settings import Settings
from core.publish.channels import Channel
from ui.labels import channel_label


def sample_post() -> str:
    """A post with typical mistakes, shown once after the welcome (Indonesian on purpose: the
    findings are about Indonesian text)."""
    return ("Pemkab menghimbau warga untuk waspada banjir. Silahkan hubungi posko di kantor "
            "kecamatan terdekat, layanan buka setiap hari.\n\n"
            "SEBARKAN!!! ke semua grup sebelum dihapus.\n\n#SiagaBanjir")


class WelcomeDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Selamat datang di Saring"))
        self._original = settings
        intro = QLabel(self.tr(
            "<h2>Selamat datang di Saring</h2>"
            "<p>Saring memeriksa unggahan sebelum dibagikan: ejaan dan kata baku, sumber informasi, "
            "netralitas ASN, tanda hoaks atau penipuan, dan batas panjang tiap kanal. "
            "Semua pemeriksaan berjalan di PC ini, tanpa internet.</p>"
            "<p>Isi data di bawah; semuanya bisa diubah nanti di <b>Alat → Pengaturan</b>.</p>"))
        intro.setWordWrap(True)
        self.opd_name = QLineEdit(settings.opd_name)
        self.opd_name.setPlaceholderText(self.tr("Misalnya: Dinas Komunikasi dan Informatika"))
        self.opd_name.setAccessibleName(self.tr("Nama OPD"))
        self.user_name = QLineEdit(settings.user_name)
        self.user_name.setAccessibleName(self.tr("Nama Anda"))
        channels = QGridLayout()
        self.channel_boxes: dict[Channel, QCheckBox] = {}
        for i, channel in enumerate(Channel):
            box = QCheckBox(channel_label(channel))
            box.setChecked(channel in settings.channels)
            self.channel_boxes[channel] = box
            channels.addWidget(box, i // 4, i % 4)
        form = QFormLayout()
        form.addRow(self.tr("Nama &OPD"), self.opd_name)
        form.addRow(self.tr("&Nama Anda (boleh kosong)"), self.user_name)
        form.addRow(self.tr("Kanal yang dipakai"), channels)
        after = QLabel(self.tr("Sesudah ini Saring membuka contoh unggahan berisi beberapa kesalahan. "
                               "Tekan <b>F7</b> untuk pindah ke temuan berikutnya dan "
                               "<b>Perbaiki</b> untuk menerapkan sarannya."))
        after.setWordWrap(True)
        self.error = QLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Mulai"))
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(after)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.opd_name.setFocus()
        self.resize(560, 420)

    def settings(self) -> Settings:
        channels = tuple(c for c, box in self.channel_boxes.items() if box.isChecked())
        office = self.opd_name.text().strip()
        return self._original.replace(opd_name=office,
                                      user_name=self.user_name.text().strip(),
                                      channels=channels or self._original.channels,
                                      # the defaults of the office's type; edited in Pengaturan
                                      bidang=self._original.bidang or default_bidang(office),
                                      first_start_done=True)

    def accept(self) -> None:
        if not self.opd_name.text().strip():
            self.error.setText(self.tr("Tulis nama OPD Anda dulu."))
            self.opd_name.setFocus()
            return
        super().accept()
