"""The window's size and place and the last folders used are remembered between sessions."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from ui import file_dialogs
from ui.main_window import MainWindow
from ui.window_state import WindowState


def open_window(qtbot, store, checker, state: Path) -> MainWindow:
    window = MainWindow(store, lambda: checker, state_path=state)
    window.confirm = lambda title, question: True
    qtbot.addWidget(window)
    return window


def test_size_and_place_come_back(qtbot, store, checker, tmp_path: Path) -> None:
    state = tmp_path / "window.json"
    first = open_window(qtbot, store, checker, state)
    assert first.size().width() == 1180  # nothing remembered yet: the default size
    first.show()
    first.resize(first.width(), 700)
    qtbot.waitUntil(lambda: first.height() == 700)
    first.close()
    second = open_window(qtbot, store, checker, state)
    # the height comes back (Qt keeps a restored window on the screen, 800 wide offscreen)
    assert second.height() == 700


def test_a_damaged_state_file_means_nothing_remembered(tmp_path: Path) -> None:
    path = tmp_path / "window.json"
    path.write_text("{not json", encoding="utf-8")
    state = WindowState(path)
    assert state.geometry() is None and state.folder("images") == ""
    state.set_folder("images", str(tmp_path))
    assert WindowState(path).folder("images") == str(tmp_path)


def _answer_file_dialog(chosen: Path, seen: list[str]) -> None:
    """Pick ``chosen`` in the file dialog that is open, noting the folder it opened in."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QFileDialog) and widget.isVisible():
            seen.append(widget.directory().absolutePath())
            widget.findChild(QLineEdit, "fileNameEdit").setText(str(chosen))  # as typed by the user
            widget.accept()
            return
    QTimer.singleShot(20, lambda: _answer_file_dialog(chosen, seen))


def test_file_dialogs_open_in_the_last_folder_used(qtbot, tmp_path: Path) -> None:
    state = WindowState(tmp_path / "window.json")
    file_dialogs.remember_in(state)
    pictures = tmp_path / "foto"
    pictures.mkdir()
    (pictures / "banjir.png").write_bytes(b"x")
    seen: list[str] = []
    QTimer.singleShot(20, lambda: _answer_file_dialog(pictures / "banjir.png", seen))
    chosen = file_dialogs.open_file(None, "Pilih gambar", "images", "Gambar (*.png)")
    assert chosen == str(pictures / "banjir.png")
    assert WindowState(tmp_path / "window.json").folder("images") == str(pictures)
    QTimer.singleShot(20, lambda: _answer_file_dialog(pictures / "banjir.png", seen))
    file_dialogs.open_file(None, "Pilih gambar", "images", "Gambar (*.png)")
    assert seen[1] == str(pictures)  # the second dialog opened where the first file was
    assert file_dialogs.last_folder("exports") == Path.home()  # each kind has its own folder
    file_dialogs.remember_in(WindowState(None))
