"""Start the window: QApplication, the store, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from core.checker import Checker
from core.queue import QueueStore, StoreError
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
    return MainWindow(store, Checker.for_user)


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
