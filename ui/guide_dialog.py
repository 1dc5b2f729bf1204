"""The user guide (docs/PANDUAN.md) inside the app, with its screenshots, offline."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QTextBrowser, QVBoxLayout, QWidget

from core.app.paths import resource_dir
from ui.buttons import close_buttons


def guide_path() -> Path:
    """docs/PANDUAN.md beside resources/ (in the source tree and in the bundle)."""
    return resource_dir().parent / "docs" / "PANDUAN.md"


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, path: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Panduan Saring"))
        path = path or guide_path()
        self.view = QTextBrowser()
        self.view.setAccessibleName(self.tr("Panduan"))
        self.view.setOpenExternalLinks(False)
        self.view.setSearchPaths([str(path.parent)])
        try:
            self.view.setMarkdown(path.read_text(encoding="utf-8"))
            self.view.document().setBaseUrl(QUrl.fromLocalFile(str(path.parent) + "/"))
        except OSError:
            self.view.setPlainText(self.tr("Panduan tidak ditemukan di {0}.").format(path))
        buttons = close_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(820, 680)
