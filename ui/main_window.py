"""The main window: composes the post form, the findings panel, the queue and calendar tabs,
the menus and the status bar. The check loop is :class:`ui.check_controller.CheckController`,
the autosave :class:`ui.autosave.AutosaveController`, export and settings have their own
action objects; actions that change data run as operations (``ui/operations.py``) and the
views refresh from what they changed."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QSplitter, QTabWidget, QWidget

from core.app.settings import Settings
from core.app.zones import now_in
from core.check.checker import Checker
from core.publish.schedule import Plan
from core.store.errors import PostNotFoundError
from core.store.queue import QueueStore
from ui import file_dialogs, post_saving, version_conflict
from ui import operations as ops
from ui.autosave import AutosaveController
from ui.buttons import ask_yes_no
from ui.calendar_view import CalendarView
from ui.channel_preview import ChannelPreview, PreviewUpdater
from ui.check_controller import CheckController
from ui.compose import ComposeForm
from ui.export_actions import ExportActions
from ui.findings_panel import FindingsPanel
from ui.manual_posting import ManualPostingView
from ui.operations import ChangeHub, Changes, Operations
from ui.queue_view import QueueView
from ui.read_only import ReadOnlyBanner
from ui.settings_actions import SettingsActions
from ui.tasks import TaskRunner
from ui.welcome_dialog import WelcomeDialog, sample_post
from ui.window_menu import WindowMenu
from ui.window_state import WindowState


class MainWindow(QMainWindow):
    def __init__(self, store: QueueStore, checker_factory: Callable[[], Checker],
                 parent: QWidget | None = None, *, settings: Settings | None = None,
                 settings_path: Path | None = None, read_only: bool = False,
                 state_path: Path | None = None) -> None:
        """``settings`` (loaded by the caller) pre-select each new post's channels and are
        edited by the settings dialog, which saves them to ``settings_path`` (default: the
        user's settings file). Without ``settings`` the window starts from the defaults and
        new posts have no channel chosen. ``read_only``: the store is read-only (another
        Saring holds the database); the window says so and writes nothing. ``state_path``: the
        file where the window's size and place and the last folders used are remembered
        (without it, only for this session)."""
        super().__init__(parent)
        self.window_state = WindowState(state_path)
        file_dialogs.remember_in(self.window_state)
        self.read_only = read_only
        self.store = store
        self.user_dictionary = store.dictionary
        self.tasks = TaskRunner(self)
        self.operations = Operations(self.tasks, ChangeHub(self))
        self.operations.hub.changed.connect(self._changes)
        self.settings_actions = SettingsActions(settings, settings_path, operations=self.operations,
                                                dictionary=self.user_dictionary, read_only=read_only,
                                                window=self)
        self._build_tabs()
        self.verdict_icon, self.verdict = QLabel(), QLabel()
        for widget in (self.tasks.progress_panel(), self.verdict_icon, self.verdict):
            self.statusBar().addPermanentWidget(widget)

        self.checks = checks = CheckController(
            compose=self.compose, findings=self.findings, verdict=self.verdict, status=self.statusBar(),
            operations=self.operations, dictionary=self.user_dictionary, checker_factory=checker_factory,
            refuse_write=self.refused_read_only, show_form=lambda: self.tabs.setCurrentIndex(0), parent=self,
            verdict_icon=self.verdict_icon)
        self.autosave = AutosaveController(store, self.compose, self.statusBar(), read_only=read_only)
        self.exports = ExportActions(store, self.operations, self.queue, window=self,
                                     media_base_url=lambda: self.settings.media_base_url,
                                     zones=lambda: self.settings.export_zones,
                                     refuse_write=self.refused_read_only)
        # the actions that tests, benchmarks and the app call on the window by name
        self.request_check, self.apply_fix, self.add_to_dictionary = (
            checks.request_check, checks.apply_fix, checks.add_to_dictionary)
        self.next_finding, self.previous_finding = checks.next_finding, checks.previous_finding
        self.autosave_now, self.run_export = self.autosave.now, self.exports.run_export
        self.apply_settings, self.manage_packs = (self.settings_actions.apply_settings,
                                                  self.settings_actions.manage_packs)
        self.settings_actions.applied.connect(self._settings_applied)
        self.settings_actions.bidang_renamed.connect(self.rename_bidang)
        self.compose.bidang.set_known([b.name for b in self.settings.bidang])
        self.window_menu = WindowMenu(self)
        self.menu_actions = self.window_menu.actions
        unignore = self.menu_actions["unignore"]
        unignore.setEnabled(False)
        checks.unignore_available.connect(unignore.setEnabled)
        checks.unignore_shortcut = unignore.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if read_only:
            self._enter_read_only()
        self.retranslate_ui()

        self.compose.save_requested.connect(self.save_post)
        self.compose.new_requested.connect(self.new_post)
        self.queue.open_requested.connect(self.open_post)
        self.calendar.open_requested.connect(self.open_post)
        self.queue.export_requested.connect(self.exports.export_queue)
        self.queue.review.copy_requested.connect(lambda: self.exports.export_queue("review"))
        self.findings.show_pending(self.tr("Memuat kamus…"))
        self.statusBar().showMessage(self.tr("Memuat kamus dan paket aturan…"))
        checks.load_checker()
        geometry = self.window_state.geometry()
        if geometry is None or not self.restoreGeometry(QByteArray(geometry)):
            self.resize(1180, 760)

    def _build_tabs(self) -> None:
        """Tulis (the form beside the findings and the channel preview), Antrean, Kalender."""
        self.compose = ComposeForm()
        self.findings = FindingsPanel()
        self.preview = ChannelPreview(account=lambda: self.settings.opd_name)
        self.side = QTabWidget()
        self.side.addTab(self.findings, "")
        self.side.addTab(self.preview, "")
        self.side.setDocumentMode(True)
        self._preview_updater = PreviewUpdater(self.compose.body, self.compose.channels,
                                               self.compose.counter, self.preview, self.tasks,
                                               images=self.compose.images)
        for box in self.compose.channel_boxes.values():
            box.toggled.connect(self._preview_updater.start)
        self._preview_updater.start()  # the counter line says what to do before any typing
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.compose)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setContentsMargins(8, 8, 8, 4)
        # the window's settings, not the file: "Jadwalkan otomatis" and the name in the status
        # history follow what the window uses (the calendar plans with the same)
        self.queue = QueueView(self.store, operations=self.operations,
                               settings=lambda: self.settings,
                               plan=lambda: Plan.from_settings(self.settings),
                               who=lambda: self.settings.user_name,
                               today=lambda: now_in(self.settings.zone).date())
        self.calendar = CalendarView(self.store, plan=lambda: Plan.from_settings(self.settings),
                                     settings=lambda: self.settings)
        self.manual = ManualPostingView(self.store, self.operations,
                                        who=lambda: self.settings.user_name,
                                        today=lambda: now_in(self.settings.zone).date())
        self.tabs = QTabWidget()
        for tab in (splitter, self.queue, self.calendar, self.manual):
            self.tabs.addTab(tab, "")
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)

    @property
    def settings(self) -> Settings:
        return self.settings_actions.settings

    @settings.setter
    def settings(self, settings: Settings) -> None:
        self.settings_actions.settings = settings

    @property
    def checker(self) -> Checker | None:
        return self.checks.checker

    @checker.setter
    def checker(self, checker: Checker | None) -> None:
        self.checks.checker = checker

    def _changes(self, changes: Changes, initiator: object) -> None:
        """Refresh what an operation changed (the queue refreshes itself)."""
        if changes.calendar and self.calendar.isVisible():  # else when its tab is shown
            self.calendar.refresh()
        post_id = self.compose.editing_id
        if (initiator is not self.compose and post_id in changes.media
                and not self.compose.images.is_changed()):
            self.compose.images.load(self.store.media.of(post_id))  # e.g. attached in the queue

    # -- read-only (another Saring holds the database) ---------------------------------------

    def _enter_read_only(self) -> None:
        """Title and a banner say it; saving, exporting, autosave and every other write are off."""
        self.read_only_banner = ReadOnlyBanner()
        self.takeCentralWidget()  # the tabs: they go under the banner
        self.setCentralWidget(self.read_only_banner.above(self.tabs))
        for key in ("save", "export", "dictionary", "unignore"):
            self.menu_actions[key].setEnabled(False)
        self.compose.save_button.setEnabled(False)
        self.compose.images.setEnabled(False)  # images are stored with a save
        self.compose.save_button.setToolTip(self.tr("Hanya-baca: tidak dapat menyimpan."))
        self.queue.set_read_only(True)

    def refused_read_only(self) -> bool:
        """True (after saying why) when the window is read-only and must not write."""
        if self.read_only:
            self.statusBar().showMessage(self.tr(
                "Hanya-baca: basis data ini dipakai Saring lain, jadi tidak ada yang disimpan. "
                "Salin teks Anda bila perlu, tutup Saring yang lain, lalu buka Saring lagi."), 15000)
        return self.read_only

    def retranslate_ui(self) -> None:
        """Set every text of the window in the current language (at the start and after the
        language changed; the child widgets retranslate themselves)."""
        self.setWindowTitle(self.tr("Saring — HANYA-BACA (basis data dipakai Saring lain)") if self.read_only
                            else self.tr("Saring — saring sebelum sharing"))
        for tabs, names in ((self.side, (self.tr("Temuan"), self.tr("Pratinjau kanal"))),
                            (self.tabs, (self.tr("Tulis"), self.tr("Antrean"), self.tr("Kalender"),
                                         self.tr("Siap diunggah")))):
            for i, name in enumerate(names):
                tabs.setTabText(i, name)
        self.verdict.setAccessibleName(self.tr("Kesiapan unggahan"))
        self.window_menu.retranslate_ui()
        if hasattr(self, "checks"):  # (a language change can arrive while the window is built)
            self.checks.show_verdict(self.findings.report)

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        (self.compose.body if index == 0 else self.queue).setFocus()

    def focus_findings(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.findings.view.setFocus()

    # -- the post in the form ---------------------------------------------------------------

    def save_post(self) -> None:
        post_saving.save_post(self)

    def choose_version(self, what_changed: str) -> str:
        """Ask which version to keep: "mine", "theirs", or "cancel" (the form stays as it is)."""
        return version_conflict.choose_version(self, what_changed)

    def _settings_applied(self, settings: Settings) -> None:
        """The office's bidang (names, targets, the gap days) may have changed."""
        self.compose.bidang.set_known([b.name for b in settings.bidang])
        self.queue.settings_changed()
        if self.calendar.isVisible():
            self.calendar.refresh()

    def rename_bidang(self, renames: dict[str, str]) -> None:
        """Posts follow a bidang renamed in the settings; so do the form's choice and its
        saved copy (a rename is no unsaved change)."""
        self.compose.bidang.set_selected([renames.get(n, n) for n in self.compose.bidang.selected()])
        saved = self.autosave.saved
        self.autosave.saved = dataclasses.replace(
            saved, bidang=tuple(dict.fromkeys(renames.get(n, n) for n in saved.bidang)))
        if not self.read_only:
            self.operations.run(ops.rename_bidang(self.store, renames), initiator=self,
                                failure=self._rename_failed)

    def _rename_failed(self, error: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Nama bidang di unggahan tidak diubah"), str(error))

    def _unsaved_changes_ok(self) -> bool:
        return not self.autosave.unsaved_changes() or self.confirm(
            self.tr("Perubahan belum disimpan"),
            self.tr("Unggahan yang sedang ditulis belum disimpan. Buang perubahannya?"))

    def confirm(self, title: str, question: str) -> bool:
        """Ask a yes/no question; "no" is the default."""
        return ask_yes_no(self, title, question)

    def new_post(self) -> None:
        if self._unsaved_changes_ok():
            self.compose.clear()
            for channel in self.settings_actions.default_channels:
                self.compose.channel_boxes[channel].setChecked(True)
            self.autosave.saved = self.compose.draft()
            self.autosave.now()
            self.tabs.setCurrentIndex(0)

    def open_post(self, post_id: int) -> None:
        if not self._unsaved_changes_ok():
            return
        try:
            post = self.store.posts.get(post_id)
        except PostNotFoundError:
            QMessageBox.warning(self, self.tr("Tidak ditemukan"),
                                self.tr("Unggahan #{0} sudah tidak ada.").format(post_id))
            self.operations.hub.announce(ops.POSTS, self)  # gone meanwhile: show the queue as it is
            return
        self.compose.load(post.id, post.draft, media=self.store.media.of(post.id),
                          version=post.version)
        self.autosave.saved = post.draft
        self.autosave.now()
        self.tabs.setCurrentIndex(0)
        self.compose.body.setFocus()

    def load_sample(self) -> None:
        """Put the sample post in the editor, unsaved and not counted as a change."""
        self.compose.clear()
        self.compose.title.setText(self.tr("Contoh: imbauan banjir"))
        for channel, box in self.compose.channel_boxes.items():
            box.setChecked(channel in self.settings_actions.default_channels)
        self.compose.body.setPlainText(sample_post())
        self.autosave.saved = self.compose.draft()
        self.tabs.setCurrentIndex(0)
        self.compose.body.setFocus()

    def show_welcome(self) -> None:
        """The first-start welcome; afterwards a sample post with findings in the editor."""
        dialog = WelcomeDialog(self.settings, self)
        if dialog.exec() == WelcomeDialog.DialogCode.Accepted:
            self.apply_settings(dialog.settings())
            self.load_sample()

    # -- closing and autosave -------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._unsaved_changes_ok():
            event.ignore()
            return
        self.autosave.stop()  # closing with the text saved, or its loss confirmed
        checker = self.checks.stop()  # a debounced check firing after this must not reach the worker
        self._preview_updater.stop()
        self.tasks.shutdown()
        self.window_state.set_geometry(self.saveGeometry().data())
        if checker is not None:
            checker.close()  # stops a LanguageTool server Saring started from a folder
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ActivationChange and hasattr(self, "autosave"):
            self.autosave.if_changed()  # e.g. the user switched to another program (cheap when unchanged)
        elif event.type() == QEvent.Type.LanguageChange and hasattr(self, "window_menu"):
            self.retranslate_ui()
        super().changeEvent(event)

    def offer_unsaved_draft(self) -> bool:
        """After a crash or a killed process: offer back the text that was not saved. Returns
        True when the text was put back into the form."""
        restored = self.autosave.offer(lambda title, question: self.ask_restore(title, question))
        if restored:
            self.tabs.setCurrentIndex(0)
        return restored

    def ask_restore(self, title: str, question: str) -> bool:
        """Ask whether to put the text back; "Kembalikan" is the default."""
        box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=self)
        restore = box.addButton(self.tr("Kembalikan teks"), QMessageBox.ButtonRole.YesRole)
        box.addButton(self.tr("Buang"), QMessageBox.ButtonRole.NoRole)
        box.setDefaultButton(restore)
        box.exec()
        return box.clickedButton() is restore
