"""The banner of a read-only window (another Saring holds the database)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class ReadOnlyBanner(QLabel):
    """Says what works (reading, checking) and what does not (every write), and what to do."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setStyleSheet(
            "QLabel { background: #fff3cd; color: #5c4400; border: 1px solid #e0c36c;"
            " border-radius: 4px; padding: 8px; margin: 6px 8px 0 8px; }")
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Pemberitahuan hanya-baca"))
        self.setText(self.tr(
            "<b>Hanya-baca.</b> Basis data ini sedang dipakai Saring lain yang tidak menjawab "
            "(mungkin macet, atau dibuka pengguna lain). Di jendela ini Anda bisa membaca antrean "
            "dan memeriksa teks, tetapi <b>menyimpan, mengekspor, mengubah status dan menyimpan "
            "otomatis dimatikan</b>: teks yang Anda tulis di sini tidak disimpan. Tutup Saring "
            "yang lain (atau mulai ulang PC), lalu buka Saring lagi untuk bekerja seperti biasa."))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()

    def above(self, content: QWidget) -> QWidget:
        """``content`` with this banner above it."""
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self)
        layout.addWidget(content, 1)
        return holder
