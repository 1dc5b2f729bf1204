"""The LanguageTool folder in the settings dialog, and the window that checks English paragraphs
on the LanguageTool it starts from that folder (a fake ``java`` on the PATH runs the test
stand-in server) and stops it when the window closes."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from core.app.settings import Settings
from core.check.checker import Checker
from core.check.findings import Category
from core.store.queue import QueueStore
from tests.core.lt_fake_server import write_fake_java, write_java, write_languagetool_folder
from ui.main_window import MainWindow
from ui.settings_dialog import SettingsDialog


def test_dialog_takes_a_folder_holding_languagetool(qtbot, tmp_path: Path) -> None:
    folder = write_languagetool_folder(tmp_path / "lt")
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.languagetool_dir.setText(f" {folder} ")
    assert dialog.problem() == ""
    assert dialog.settings().languagetool_dir == str(folder)


def test_dialog_refuses_a_folder_without_languagetool(qtbot, tmp_path: Path) -> None:
    dialog = SettingsDialog(Settings(languagetool_dir=str(tmp_path)))
    qtbot.addWidget(dialog)
    assert dialog.languagetool_dir.text() == str(tmp_path)
    dialog.accept()
    assert "languagetool-server.jar" in dialog.error.text()
    assert dialog.result() != QDialog.DialogCode.Accepted


def window_with_folder_languagetool(qtbot, store: QueueStore, tmp_path: Path) -> MainWindow:
    """A window whose checker runs LanguageTool from a folder, with its checker loaded."""
    folder = write_languagetool_folder(tmp_path / "lt")
    win = MainWindow(store, lambda: Checker.from_resources(languagetool_dir=str(folder)),
                     settings_path=tmp_path / "settings.json")
    win.confirm = lambda title, question: True
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.checker is not None, timeout=10_000)
    return win


@pytest.mark.skipif(os.name == "nt", reason="the fake java is a POSIX script")
def test_window_checks_english_on_the_folder_languagetool_and_stops_it(
        qtbot, store: QueueStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    log = tmp_path / "java-args.json"
    write_fake_java(tmp_path / "bin", log)
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}{os.pathsep}/usr/bin{os.pathsep}/bin")
    monkeypatch.delenv("JAVA_HOME", raising=False)
    win = window_with_folder_languagetool(qtbot, store, tmp_path)
    win.compose.body.setPlainText("Warga datang.\nPlease come to our office to recieve the form.")
    # the other findings do not wait for Java; the window says LanguageTool is starting
    qtbot.waitUntil(lambda: "LanguageTool sedang dijalankan" in win.statusBar().currentMessage(),
                    timeout=10_000)
    # and checks again until LanguageTool's findings come
    qtbot.waitUntil(lambda: any(f.category is Category.GRAMMAR for f in win.findings.report.findings),
                    timeout=20_000)
    args = log.read_text()
    port = int(args.split('"--port", "')[1].split('"')[0])
    win.close()
    with pytest.raises(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
        pass  # the window stopped the LanguageTool server it started


@pytest.mark.skipif(os.name == "nt", reason="the fake java is a POSIX script")
def test_a_languagetool_that_cannot_start_is_named_in_the_status_bar(
        qtbot, store: QueueStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_java(tmp_path / "bin", 'import sys\nsys.stderr.write("Java 8 terlalu lama\\n")\nsys.exit(1)\n')
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    monkeypatch.delenv("JAVA_HOME", raising=False)
    win = window_with_folder_languagetool(qtbot, store, tmp_path)
    win.compose.body.setPlainText("Pemkab menghimbau warga.\nPlease come to our office to recieve the form.")
    qtbot.waitUntil(lambda: "berhenti saat dimulai" in win.statusBar().currentMessage(), timeout=20_000)
    qtbot.waitUntil(lambda: "baku.imbau" in {f.rule_id for f in win.findings.report.findings},
                    timeout=10_000)  # the other checks work
