"""The window's language: Qt translators installed and replaced while the app runs.

Indonesian is the source language of every UI string; other languages are compiled .qm
files (i18n/saring_<lang>.ts → resources/i18n/saring_<lang>.qm by scripts/build_translations.py).
Installing or removing a translator makes Qt send every open window a LanguageChange event;
each widget answers it in ``changeEvent`` by calling its ``retranslate_ui()``.

Qt ships no Indonesian for its own strings (the editor's right-click menu, OK/Batal, the file
dialog): i18n/qtbase_id.ts → resources/i18n/qtbase_id.qm holds the ones Saring shows, installed
for Indonesian before Saring's own translator (a later translator is asked first).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from core.app.paths import resource_dir

SOURCE_LANGUAGE = "id"
LANGUAGES = (("id", "Bahasa Indonesia"), ("en", "English"))
QT_TRANSLATOR = "saring-qt-translator"


def translation_path(language: str) -> Path:
    return resource_dir() / "i18n" / f"saring_{language}.qm"


def qt_translation_path(language: str) -> Path:
    """Saring's catalogue for Qt's own strings in ``language`` (only Indonesian: Qt has the rest)."""
    return resource_dir() / "i18n" / f"qtbase_{language}.qm"


def install_translator(app: QCoreApplication, language: str) -> bool:
    """Translate the UI into ``language``; ``False`` (and Indonesian) when its .qm is missing.
    Open windows retranslate themselves when they get the LanguageChange event that follows."""
    olds = app.findChildren(QTranslator, "saring-translator") + app.findChildren(QTranslator, QT_TRANSLATOR)
    for old in olds:
        app.removeTranslator(old)
        old.deleteLater()
    qt = QTranslator(app)
    qt.setObjectName(QT_TRANSLATOR)
    if qt.load(str(qt_translation_path(language))):  # before Saring's own: asked last
        app.installTranslator(qt)
    if language == SOURCE_LANGUAGE:
        return True
    translator = QTranslator(app)
    translator.setObjectName("saring-translator")
    if not translator.load(str(translation_path(language))):
        return False
    return app.installTranslator(translator)


def current_language(app: QCoreApplication | None = None) -> str:
    """The language of the installed Saring translator (the source language when none)."""
    app = app or QCoreApplication.instance()
    if app is None:
        return SOURCE_LANGUAGE
    for translator in app.findChildren(QTranslator, "saring-translator"):
        if translator.language():
            return translator.language().split("_", 1)[0]
    return SOURCE_LANGUAGE
