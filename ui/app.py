"""Start the window: QApplication, translations, settings, the store, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from core.checker import Checker
from core.paths import resource_dir
from core.queue import QueueStore, StoreError
from core.settings import Settings, load_settings
from ui.main_window import MainWindow

# Indonesian is the source language of every UI string; other languages are compiled .qm
# files (i18n/saring_<lang>.ts → resources/i18n/saring_<lang>.qm by scripts/build_translations.py).
SOURCE_LANGUAGE = "id"


def translation_path(language: str) -> Path:
    return resource_dir() / "i18n" / f"saring_{language}.qm"


def install_translator(app: QApplication, language: str) -> bool:
    """Translate the UI into ``language``; ``False`` (and Indonesian) when its .qm is missing."""
    for old in app.findChildren(QTranslator, "saring-translator"):
        app.removeTranslator(old)
        old.deleteLater()
    if language == SOURCE_LANGUAGE:
        return True
    translator = QTranslator(app)
    translator.setObjectName("saring-translator")
    if not translator.load(str(translation_path(language))):
        return False
    return app.installTranslator(translator)


def application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Saring")
    app.setOrganizationName("Saring")
    app.setApplicationDisplayName("Saring")
    return app  # type: ignore[return-value]


def create_window(db_path: Path, settings: Settings | None = None) -> MainWindow:
    """The main window over the database at ``db_path`` (raises :class:`StoreError`)."""
    store = QueueStore(db_path)
    return MainWindow(store, Checker.from_resources, settings=settings)


def run(*, db_path: Path) -> int:
    app = application()
    settings = load_settings()
    install_translator(app, settings.language)
    try:
        window = create_window(db_path, settings)
    except StoreError as exc:
        QMessageBox.critical(None, "Saring", str(exc))
        return 2
    window.show()
    if not settings.first_start_done:
        window.show_welcome()
    code = app.exec()
    window.store.close()
    return code
