"""Open/save/folder dialogs that start in the folder last used and speak the window's language.

Every file dialog of the window goes through these four functions. On Linux they use Qt's own
dialog, whose labels come from Saring's Indonesian catalogue of Qt strings (ui/translation.py);
on Windows and macOS the system's dialog, which speaks the system's language. The folder of the
last chosen file is remembered per kind of file (images, exports, review bundles, word lists,
rule packs) in :class:`~ui.window_state.WindowState`, and kept across sessions when the app
gives the window a state file.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from ui.window_state import WindowState

_state = WindowState(None)


def remember_in(state: WindowState) -> None:
    """Keep the last folders in ``state`` (the main window calls this once)."""
    global _state
    _state = state


def last_folder(kind: str) -> Path:
    """The folder where the last file of ``kind`` was chosen (the home folder at first)."""
    folder = _state.folder(kind)
    return Path(folder) if folder and Path(folder).is_dir() else Path.home()


def dialog_options(*, native: bool = sys.platform in ("win32", "darwin")) -> QFileDialog.Option:
    """The system's dialog on Windows and macOS; Qt's own (in the window's language) elsewhere."""
    return QFileDialog.Option(0) if native else QFileDialog.Option.DontUseNativeDialog


def _start(kind: str, suggested: str) -> str:
    """``suggested`` (a file name, or a full path) placed in the last folder of ``kind``."""
    if suggested and Path(suggested).is_absolute():
        return suggested
    folder = last_folder(kind)
    return str(folder / suggested) if suggested else str(folder)


def _chosen(kind: str, path: str, *, is_folder: bool = False) -> str:
    if path:
        _state.set_folder(kind, str(Path(path) if is_folder else Path(path).parent))
    return path


def open_file(parent: QWidget | None, title: str, kind: str, filters: str) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, title, _start(kind, ""), filters, options=dialog_options())
    return _chosen(kind, path)


def open_files(parent: QWidget | None, title: str, kind: str, filters: str) -> list[str]:
    paths, _ = QFileDialog.getOpenFileNames(parent, title, _start(kind, ""), filters,
                                            options=dialog_options())
    if paths:
        _chosen(kind, paths[0])
    return paths


def save_file(parent: QWidget | None, title: str, kind: str, suggested: str, filters: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, title, _start(kind, suggested), filters,
                                          options=dialog_options())
    return _chosen(kind, path)


def choose_folder(parent: QWidget | None, title: str, kind: str, current: str = "") -> str:
    start = current if current and Path(current).is_dir() else str(last_folder(kind))
    folder = QFileDialog.getExistingDirectory(parent, title, start,
                                              dialog_options() | QFileDialog.Option.ShowDirsOnly)
    return _chosen(kind, folder, is_folder=True)
