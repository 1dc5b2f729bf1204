"""The main window's menus: every action has an entry and a shortcut (Word's where one
exists: F7)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from ui.about_dialog import AboutDialog
from ui.guide_dialog import GuideDialog

if TYPE_CHECKING:
    from ui.main_window import MainWindow

_Entry = tuple[str, str, QKeySequence | QKeySequence.StandardKey | str, Callable[[], object]]


class WindowMenu(QObject):
    """``actions``: the menu actions by key ("save", "next", "unignore"…)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.actions: dict[str, QAction] = {}
        self._menus: list[QMenu] = []
        for title, entries in self._spec():
            menu = window.menuBar().addMenu(title)
            self._menus.append(menu)
            for entry in entries:
                if entry is None:
                    menu.addSeparator()
                    continue
                key, label, shortcut, slot = entry
                action = QAction(label, window)
                action.setShortcut(QKeySequence(shortcut))
                action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
                action.triggered.connect(lambda _checked=False, run=slot: run())  # drop "checked"
                menu.addAction(action)
                self.actions[key] = action

    def _spec(self) -> list[tuple[str, list[_Entry | None]]]:
        """The menus: title, then (key, label, shortcut, slot) per entry; None is a separator.
        Read again on a language change for the labels."""
        window = self._window
        checks, settings = window.checks, window.settings_actions
        return [
            (self.tr("&Berkas"), [
                ("new", self.tr("Unggahan &baru"), QKeySequence.StandardKey.New, window.new_post),
                ("save", self.tr("&Simpan ke antrean"), QKeySequence.StandardKey.Save, window.save_post),
                ("export", self.tr("&Ekspor CSV…"), "Ctrl+E", window.exports.export_queue),
                None,
                ("quit", self.tr("&Keluar"), "Ctrl+Q", window.close),
            ]),
            (self.tr("&Periksa"), [
                ("check", self.tr("&Periksa sekarang"), "Ctrl+Return", checks.request_check),
                ("next", self.tr("&Temuan berikutnya"), "F7", checks.next_finding),
                ("previous", self.tr("Temuan se&belumnya"), "Shift+F7", checks.previous_finding),
                ("fix", self.tr("P&erbaiki temuan ini"), "Ctrl+.", checks.fix_current),
                ("unignore", self.tr("&Batalkan abaikan"), "Ctrl+Shift+I", checks.undo_ignore),
            ]),
            (self.tr("&Tampilan"), [
                ("write", self.tr("&Tulis"), "Ctrl+1", lambda: window.show_tab(0)),
                ("queue", self.tr("&Antrean"), "Ctrl+2", lambda: window.show_tab(1)),
                ("calendar", self.tr("&Kalender"), "Ctrl+4", lambda: window.show_tab(2)),
                ("manual", self.tr("&Siap diunggah hari ini"), "Ctrl+5", lambda: window.show_tab(3)),
                ("findings", self.tr("&Daftar temuan"), "Ctrl+3", window.focus_findings),
            ]),
            (self.tr("&Alat"), [
                ("settings", self.tr("&Pengaturan…"), "Ctrl+,", settings.open_settings),
                ("dictionary", self.tr("&Kamus dan abaikan…"), "Ctrl+Shift+K",
                 lambda: settings.open_settings("dictionary")),
                ("packs", self.tr("Kelola &paket aturan…"), "Ctrl+Shift+P", settings.manage_packs),
                None,
                ("report", self.tr("&Laporan bulanan…"), "Ctrl+Shift+L", self._open_report),
            ]),
            (self.tr("Ba&ntuan"), [
                ("guide", self.tr("&Panduan"), QKeySequence.StandardKey.HelpContents,
                 lambda: GuideDialog(window).exec()),
                ("about", self.tr("&Tentang Saring"), "Ctrl+F1", lambda: AboutDialog(window).exec()),
            ]),
        ]

    def _open_report(self) -> None:
        from ui.report_dialog import open_report

        window = self._window
        open_report(window, Path(str(window.store.path)), window.settings, window.tasks)

    def retranslate_ui(self) -> None:
        for menu, (title, entries) in zip(self._menus, self._spec(), strict=True):
            menu.setTitle(title)
            for entry in entries:
                if entry is not None:
                    self.actions[entry[0]].setText(entry[1])
