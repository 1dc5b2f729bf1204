"""“Tentang Saring”: the version and the licences of everything Saring ships."""

from __future__ import annotations

import html
from importlib import metadata

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QDialog, QLabel, QTextBrowser, QVBoxLayout, QWidget

from ui.buttons import close_buttons

FALLBACK_VERSION = "0.1.0"


def saring_version() -> str:
    """The installed version (pyproject.toml), or the fallback in a bundle without metadata."""
    try:
        return metadata.version("saring")
    except metadata.PackageNotFoundError:
        return FALLBACK_VERSION


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tentang Saring"))
        tagline = self.tr("Saring sebelum sharing: pemeriksa unggahan media sosial instansi "
                          "pemerintah daerah. Bekerja tanpa internet.")
        head = QLabel(f"<h2>Saring {html.escape(saring_version())}</h2><p>{html.escape(tagline)}</p>")
        head.setWordWrap(True)
        self.licences = QTextBrowser()
        self.licences.setAccessibleName(self.tr("Lisensi"))
        self.licences.setOpenExternalLinks(False)
        rows = [
            (self.tr("Saring (kode program)"), "GPL-3.0-or-later", ""),
            (f"Qt {qVersion()} / PySide6 {pyside_version}", "LGPL-3.0",
             self.tr("Pustaka antarmuka jendela; dapat diganti dengan versi lain oleh pengguna.")),
            (self.tr("Kamus hunspell id_ID"), "LGPL-3.0",
             self.tr("Dari kamus LibreOffice (paket Debian hunspell-id); teks lisensinya ada di "
                     "resources/dictionaries/.")),
            ("spylls", "MIT", self.tr("Pembaca kamus hunspell dalam Python.")),
            ("sqlite-utils", "Apache-2.0", self.tr("Penyimpanan antrean.")),
            ("platformdirs", "MIT", self.tr("Letak folder data pengguna.")),
            (self.tr("Daftar kata dan paket aturan Saring"), "GPL-3.0-or-later",
             self.tr("Ditulis tim Saring; setiap entri mencantumkan alasan dan sumbernya.")),
        ]
        body = "".join(
            f"<p><b>{html.escape(name)}</b> — {html.escape(licence)}"
            + (f"<br>{html.escape(note)}" if note else "") + "</p>"
            for name, licence, note in rows)
        self.licences.setHtml(body)
        buttons = close_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(self.licences, 1)
        layout.addWidget(buttons)
        self.resize(520, 460)
