"""In Indonesian, no English word is left on screen: Saring's own strings and Qt's (the editor's
right-click menu, OK/Batal and Ya/Tidak, the file dialog) — Qt ships no Indonesian, so
i18n/qtbase_id.ts supplies the strings of Qt that the window shows."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

from core.app.settings import Settings
from ui import file_dialogs
from ui.about_dialog import AboutDialog
from ui.export_dialog import ExportDialog
from ui.main_window import MainWindow
from ui.settings_dialog import SettingsDialog
from ui.translation import install_translator, qt_translation_path
from ui.welcome_dialog import WelcomeDialog

# Words of Qt's English UI and of common English UI text that are not Indonesian words.
_ENGLISH_WORDS = """
undo redo cut copy paste delete select all cancel yes no save close open apply reset help abort
retry ignore discard restore defaults details show hide look in file files name type directory directories
back forward parent create new view list detail size date modified choose rename remove recent places
my computer the of and to is are you want sure already exists replace not found please step up down
scroll here page left right edge top bottom insert control character link location sidebar bookmarks
hidden kind drive unknown shortcut enter value about error warning settings search find
"""
ENGLISH = frozenset(_ENGLISH_WORDS.split())
WORD = re.compile(r"[A-Za-z]+")


@pytest.fixture(scope="module", autouse=True)
def compiled(built_translations: list[Path]) -> None:
    assert qt_translation_path("id") in built_translations


@pytest.fixture
def indonesian(qapp: QApplication) -> Iterator[None]:
    assert install_translator(qapp, "id")
    yield


def _header_texts(header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None:
        return []
    return [str(model.headerData(s, header.orientation()) or "") for s in range(header.count())]


def shown_texts(root: QWidget) -> list[str]:
    """Every text ``root`` and its children show: buttons, labels, menu actions, tabs, tooltips."""
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        texts += [widget.windowTitle(), widget.toolTip(), widget.accessibleName()]
        if isinstance(widget, QAbstractButton | QLabel):
            texts.append(widget.text())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
            texts += [widget.tabToolTip(i) for i in range(widget.count())]
        if isinstance(widget, QHeaderView):
            texts += _header_texts(widget)
        if isinstance(widget, QMenu):
            texts.append(widget.title())
        for action in widget.actions():
            texts += [action.text(), action.toolTip()]
    return [t for t in texts if t]


def english_words(texts: list[str]) -> dict[str, str]:
    """English words found, each with the text it came from (markup and shortcuts left out)."""
    found = {}
    for text in texts:
        plain = re.sub(r"<[^>]+>|&(?=\w)|\t.*$|https?://\S+|\S*[/\\]\S*|\S+\.(?:csv|saring|toml|txt|png)\b",
                       "", text, flags=re.MULTILINE)
        for word in WORD.findall(plain):
            if word.lower() in ENGLISH:
                found[word] = text
    return found


def test_the_detector_finds_qt_english() -> None:
    assert english_words(["&Undo\tCtrl+Z", "Cancel"]) == {"Undo": "&Undo\tCtrl+Z", "Cancel": "Cancel"}
    assert english_words(["Pilih &semua\tCtrl+A", "OK", "Batal"]) == {}


def test_main_window_and_dialogs_have_no_english(qtbot, store, checker, indonesian, tmp_path) -> None:
    window = MainWindow(store, lambda: checker, settings=Settings(first_start_done=True))
    window.confirm = lambda title, question: True
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.checker is not None, timeout=10_000)
    texts = shown_texts(window)
    for menu in window.menuBar().findChildren(QMenu):
        texts += shown_texts(menu)
    editor = window.compose.body
    texts += shown_texts(editor.createStandardContextMenu())
    texts += shown_texts(window.compose.title.createStandardContextMenu())

    dialogs: list[QWidget] = [
        SettingsDialog(Settings(), window, dictionary=store.dictionary, tasks=window.tasks),
        ExportDialog(tmp_path, parent=window),
        WelcomeDialog(Settings(), window),
        AboutDialog(window),
    ]
    reason = QInputDialog(window)
    reason.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
    reason.setLabelText("Tulis alasan.")
    question = QMessageBox(QMessageBox.Icon.Question, "Saring", "Hapus unggahan ini?",
                           QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                           | QMessageBox.StandardButton.Cancel, window)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                               | QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
                               | QDialogButtonBox.StandardButton.Open)
    save = QFileDialog(window, "Simpan CSV", str(tmp_path), "Berkas CSV (*.csv)")
    save.setOptions(file_dialogs.dialog_options(native=False))
    save.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    folder = QFileDialog(window, "Pilih folder", str(tmp_path))
    folder.setOptions(file_dialogs.dialog_options(native=False) | QFileDialog.Option.ShowDirsOnly)
    folder.setFileMode(QFileDialog.FileMode.Directory)
    dialogs += [reason, question, buttons, save, folder]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        texts += shown_texts(dialog)
        for edit in dialog.findChildren(QLineEdit) + dialog.findChildren(QPlainTextEdit):
            texts += shown_texts(edit.createStandardContextMenu())
    assert english_words(texts) == {}
    assert {"&Urungkan\tCtrl+Z", "T&empel\tCtrl+V", "Pilih semua\tCtrl+A"} <= set(texts)
    assert {"Batal", "&Ya", "&Tidak", "Simpan", "Tutup", "&Nama berkas:"} <= set(texts)
