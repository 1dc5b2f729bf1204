"""Start the window: QApplication, the store, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from core.checker import Checker
from core.queue import QueueStore, StoreError
from core.settings import load_settings
from ui.main_window import MainWindow


def application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Saring")
    app.setOrganizationName("Saring")
    app.setApplicationDisplayName("Saring")
    return app  # type: ignore[return-value]


def create_window(db_path: Path) -> MainWindow:
    """The main window over the database at ``db_path`` (raises :class:`StoreError`)."""
    store = QueueStore(db_path)
    return MainWindow(store, _load_checker)


def _load_checker() -> Checker:
    """The shipped checker, with LanguageTool when the settings name a server (worker thread)."""
    settings = load_settings()
    return Checker.from_resources(languagetool_server=settings.languagetool_server,
                                  languagetool_dir=settings.languagetool_dir)


def run(*, db_path: Path) -> int:
    app = application()
    try:
        window = create_window(db_path)
    except StoreError as exc:
        QMessageBox.critical(None, "Saring", str(exc))
        return 2
    window.show()
    code = app.exec()
    window.store.close()
    return code
