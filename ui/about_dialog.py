"""“Tentang Saring”: the version, Saring's licence and the licences of everything it ships."""

from __future__ import annotations

import html
from importlib import metadata

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QDialog, QLabel, QTextBrowser, QTextEdit, QVBoxLayout, QWidget

from core.app.notices import LICENSE_NAME, NOTICES_NAME, licence_texts
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
        licence = self.tr(
            "Saring adalah perangkat lunak bebas: Anda boleh menyebarkan dan mengubahnya menurut "
            "GNU General Public License versi 3 atau (sesuai pilihan Anda) versi sesudahnya "
            "(GPL-3.0-or-later). Saring diberikan TANPA JAMINAN APA PUN.")
        where = self.tr("Di bawah ini: lisensi setiap komponen pihak ketiga yang ikut dipasang, lalu "
                        "teks lengkap lisensi Saring. Keduanya juga ada di folder program: {0} dan {1}."
                        ).format(NOTICES_NAME, LICENSE_NAME)
        head = QLabel(f"<h2>Saring {html.escape(saring_version())}</h2><p>{html.escape(tagline)}</p>"
                      f"<p>{html.escape(licence)}</p><p>{html.escape(where)}</p>")
        head.setWordWrap(True)
        self.licences = QTextBrowser()
        self.licences.setAccessibleName(self.tr("Lisensi"))
        self.licences.setOpenExternalLinks(False)
        # The notices are plain text with aligned columns and licence texts laid out for a
        # fixed-width font.
        self.licences.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.licences.setLineWrapMode(QTextEdit.LineWrapMode.NoWrap)
        try:
            saring_licence, notices = licence_texts()
            self.licences.setPlainText(f"{notices}\n{'=' * 78}\nSaring — {LICENSE_NAME} "
                                       f"(GPL-3.0-or-later)\n\n{saring_licence}")
        except OSError as exc:
            self.licences.setPlainText(self.tr("Berkas lisensi tidak dapat dibaca: {0}. Lisensi Saring: "
                                               "GPL-3.0-or-later.").format(exc))
        buttons = close_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(self.licences, 1)
        layout.addWidget(buttons)
        self.resize(760, 560)
