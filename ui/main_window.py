"""The main window: composition of the post form, the findings panel and the queue tab."""

from __future__ import annotations

import gc
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.app.settings import Settings, SettingsError, load_settings, save_settings
from core.checker import Checker
from core.findings import CheckReport, Finding
from core.publish.export import ExportResult, export_posts
from core.publish.presets import DateOrder, ExportError
from core.store.errors import MediaError, PostNotFoundError, StoreError
from core.store.media import stage_image
from core.store.models import ImageChoice, PostDraft, QueueQuery
from core.store.queue import QueueStore
from core.store.user_dictionary import DRAFT_KEY, IgnoreSet, UserDictionaryError, post_key
from ui.about_dialog import AboutDialog
from ui.buttons import ask_yes_no
from ui.calendar_view import CalendarView
from ui.channel_preview import ChannelPreview, PreviewUpdater
from ui.compose import ComposeForm
from ui.export_dialog import ExportDialog, ExportReport
from ui.findings_panel import FindingsPanel, PanelModel, verdict
from ui.guide_dialog import GuideDialog
from ui.highlighter import HighlightIndex
from ui.labels import category_label, counted
from ui.offsets import OffsetMap
from ui.queue_view import QueueView
from ui.settings_dialog import SettingsDialog
from ui.tasks import TaskRunner
from ui.translation import SOURCE_LANGUAGE, install_translator
from ui.welcome_dialog import WelcomeDialog, sample_post

AUTOSAVE_MS = 3000  # the editor's text is autosaved this often, and when the window loses focus
ENGINE_RECHECK_MS = 2000  # while a local LanguageTool starts, check again this often


def _staged(images: tuple[ImageChoice, ...], media_dir: Path) -> tuple[ImageChoice, ...]:
    """Copy picked images into the media folder (worker thread); one that fails stays as
    picked, and storing it then says why."""
    out = []
    for choice in images:
        try:
            out.append(stage_image(choice, media_dir=media_dir))
        except MediaError:
            out.append(choice)
    return tuple(out)


class MainWindow(QMainWindow):
    def __init__(self, store: QueueStore, checker_factory: Callable[[], Checker],
                 parent: QWidget | None = None, *, settings: Settings | None = None,
                 settings_path: Path | None = None, read_only: bool = False) -> None:
        """``settings`` (loaded by the caller) pre-select each new post's channels and are
        edited by the settings dialog, which saves them to ``settings_path`` (default: the
        user's settings file). Without ``settings`` the window starts from the defaults and
        new posts have no channel chosen. ``read_only``: the store is read-only (another
        Saring holds the database); the window says so and writes nothing."""
        super().__init__(parent)
        self.read_only = False
        self.settings = settings if settings is not None else Settings()
        self._settings_path = settings_path
        self._default_channels = settings.channels if settings is not None else ()
        self.store = store
        self.user_dictionary = store.dictionary
        self.tasks = TaskRunner(self)
        self.checker: Checker | None = None
        self._revision = 0  # bumped on every change that can alter findings
        self._edits = 0  # bumped on every edit of the text
        self._checking = False
        self._check_again = False
        self._saved_draft = PostDraft(body="")
        self._closed = False
        self._languagetool_error_shown: str | None = None  # said once in the status bar
        # While a local LanguageTool starts (seconds of Java), the other findings show at once
        # and the post is checked again until LanguageTool's findings can come too.
        self._engine_recheck = QTimer(self, singleShot=True, interval=ENGINE_RECHECK_MS)
        self._engine_recheck.timeout.connect(self.request_check)

        self.compose = ComposeForm()
        self.findings = FindingsPanel()
        self.queue = QueueView(store, tasks=self.tasks)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.preview = ChannelPreview()
        self.side = QTabWidget()
        self.side.addTab(self.findings, "")
        self.side.addTab(self.preview, "")
        self.side.setDocumentMode(True)
        self._preview_updater = PreviewUpdater(self.compose.body, self.compose.channels,
                                               self.compose.counter, self.preview, self.tasks)
        for box in self.compose.channel_boxes.values():
            box.toggled.connect(self._preview_updater.start)
        self._preview_updater.start()  # the counter line says what to do before any typing
        splitter.addWidget(self.compose)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setContentsMargins(8, 8, 8, 4)
        self.tabs = QTabWidget()
        self.tabs.addTab(splitter, "")
        self.tabs.addTab(self.queue, "")
        self.calendar = CalendarView(store)
        self.tabs.addTab(self.calendar, "")
        self.queue.changed.connect(self.calendar.refresh)
        self.tabs.currentChanged.connect(
            lambda i: self.calendar.refresh() if self.tabs.widget(i) is self.calendar else None)
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self._last_ignore: int | None = None  # the last "Abaikan", for "Batalkan abaikan"
        self._build_menu()
        self.menu_actions["unignore"].setEnabled(False)
        self.verdict = QLabel()
        self.statusBar().addPermanentWidget(self.verdict)
        self.retranslate_ui()

        self.compose.body.textChanged.connect(self._changed)
        self.compose.check_requested.connect(self.request_check)
        self.compose.sources.textChanged.connect(self._sources_changed)
        self.compose.save_requested.connect(self.save_post)
        self.compose.new_requested.connect(self.new_post)
        self.findings.finding_activated.connect(self._select_finding)
        self.findings.fix_requested.connect(self.apply_fix)
        self.queue.open_requested.connect(self.open_post)
        self.queue.media_changed.connect(self._media_changed)
        self.queue.export_requested.connect(self.export_queue)
        self.compose.body.add_to_dictionary_requested.connect(self.add_to_dictionary)
        self.compose.body.ignore_requested.connect(self._ignore_finding)
        self.compose.body.ignore_all_requested.connect(self._ignore_word)

        self.findings.show_pending(self.tr("Memuat kamus…"))
        self.statusBar().showMessage(self.tr("Memuat kamus dan paket aturan…"))
        self._checker_factory = checker_factory
        self.tasks.run(checker_factory, self._checker_ready, self._checker_failed)
        self.resize(1180, 760)

        self._autosaved: tuple[PostDraft, bool, int | None] | None = None  # last state written
        self._autosave_timer = QTimer(self, interval=AUTOSAVE_MS)
        self._autosave_timer.timeout.connect(self._autosave_if_changed)
        self._autosave_timer.start()
        self._form_changed = True
        for signal in (self.compose.body.textChanged, self.compose.title.textChanged,
                       self.compose.sources.textChanged, self.compose.scheduled.toggled,
                       self.compose.when.dateTimeChanged, self.compose.images.changed,
                       *(box.toggled for box in self.compose.channel_boxes.values())):
            signal.connect(self._mark_form_changed)
        if read_only:
            self._enter_read_only()

    # -- read-only (another Saring holds the database) ---------------------------------------

    def _enter_read_only(self) -> None:
        """Title and a banner say it; saving, exporting, autosave and every other write are off."""
        self.read_only = True
        self._autosave_timer.stop()
        self.read_only_banner = QLabel()
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.setAccessibleName(self.tr("Pemberitahuan hanya-baca"))
        self.read_only_banner.setStyleSheet(
            "QLabel { background: #fff3cd; color: #5c4400; border: 1px solid #e0c36c;"
            " border-radius: 4px; padding: 8px; margin: 6px 8px 0 8px; }")
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.read_only_banner)
        layout.addWidget(self.takeCentralWidget(), 1)
        self.setCentralWidget(holder)
        for key in ("save", "export", "dictionary", "unignore"):
            self.menu_actions[key].setEnabled(False)
        self.compose.save_button.setEnabled(False)
        self.compose.images.setEnabled(False)  # images are stored with a save
        self.compose.save_button.setToolTip(self.tr("Hanya-baca: tidak dapat menyimpan."))
        self.queue.set_read_only(True)
        self.retranslate_ui()

    def read_only_text(self) -> str:
        return self.tr(
            "<b>Hanya-baca.</b> Basis data ini sedang dipakai Saring lain yang tidak menjawab "
            "(mungkin macet, atau dibuka pengguna lain). Di jendela ini Anda bisa membaca antrean "
            "dan memeriksa teks, tetapi <b>menyimpan, mengekspor, mengubah status dan menyimpan "
            "otomatis dimatikan</b>: teks yang Anda tulis di sini tidak disimpan. Tutup Saring "
            "yang lain (atau mulai ulang PC), lalu buka Saring lagi untuk bekerja seperti biasa.")

    def _refused_read_only(self) -> bool:
        """True (after saying why) when the window is read-only and must not write."""
        if self.read_only:
            self.statusBar().showMessage(self.tr(
                "Hanya-baca: basis data ini dipakai Saring lain, jadi tidak ada yang disimpan. "
                "Salin teks Anda bila perlu, tutup Saring yang lain, lalu buka Saring lagi."), 15000)
        return self.read_only

    def _menu_spec(self) -> list[tuple[str, list[tuple[str, str, QKeySequence | str,
                                                        Callable[[], object]] | None]]]:
        """The menus: title, then (key, label, shortcut, slot) per entry; None is a separator.
        Read again on a language change for the labels."""
        Entry = tuple[str, str, QKeySequence | str, Callable[[], object]]
        menus: list[tuple[str, list[Entry | None]]] = [
            (self.tr("&Berkas"), [
                ("new", self.tr("Unggahan &baru"), QKeySequence.StandardKey.New, self.new_post),
                ("save", self.tr("&Simpan ke antrean"), QKeySequence.StandardKey.Save, self.save_post),
                ("export", self.tr("&Ekspor CSV…"), "Ctrl+E", self.export_queue),
                None,
                ("quit", self.tr("&Keluar"), "Ctrl+Q", self.close),
            ]),
            (self.tr("&Periksa"), [
                ("check", self.tr("&Periksa sekarang"), "Ctrl+Return", self.request_check),
                ("next", self.tr("&Temuan berikutnya"), "F7", self.next_finding),
                ("previous", self.tr("Temuan se&belumnya"), "Shift+F7", self.previous_finding),
                ("fix", self.tr("P&erbaiki temuan ini"), "Ctrl+.", self.fix_current),
                ("unignore", self.tr("&Batalkan abaikan"), "Ctrl+Shift+I", self.undo_ignore),
            ]),
            (self.tr("&Tampilan"), [
                ("write", self.tr("&Tulis"), "Ctrl+1", lambda: self.show_tab(0)),
                ("queue", self.tr("&Antrean"), "Ctrl+2", lambda: self.show_tab(1)),
                ("calendar", self.tr("&Kalender"), "Ctrl+4", lambda: self.show_tab(2)),
                ("findings", self.tr("&Daftar temuan"), "Ctrl+3", self.focus_findings),
            ]),
            (self.tr("&Alat"), [
                ("settings", self.tr("&Pengaturan…"), "Ctrl+,", self.open_settings),
                ("dictionary", self.tr("&Kamus dan abaikan…"), "Ctrl+Shift+K", self.open_packs),
                ("packs", self.tr("Kelola &paket aturan…"), "Ctrl+Shift+P", self.manage_packs),
            ]),
            (self.tr("Ba&ntuan"), [
                ("guide", self.tr("&Panduan"), QKeySequence.StandardKey.HelpContents, self.show_guide),
                ("about", self.tr("&Tentang Saring"), "Ctrl+F1", self.show_about),
            ]),
        ]
        return menus

    def _build_menu(self) -> None:
        """Every action has a menu entry and a shortcut (Word's where one exists: F7)."""
        bar = self.menuBar()
        self.menu_actions: dict[str, QAction] = {}
        self._menus: list[QMenu] = []
        for title, entries in self._menu_spec():
            menu = bar.addMenu(title)
            self._menus.append(menu)
            for entry in entries:
                if entry is None:
                    menu.addSeparator()
                    continue
                key, label, shortcut, slot = entry
                action = QAction(label, self)
                action.setShortcut(QKeySequence(shortcut))
                action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
                action.triggered.connect(lambda _checked=False, run=slot: run())  # drop "checked"
                menu.addAction(action)
                self.menu_actions[key] = action

    def retranslate_ui(self) -> None:
        """Set every text of the window in the current language (at the start and after the
        language changed; the child widgets retranslate themselves)."""
        if self.read_only:
            self.setWindowTitle(self.tr("Saring — HANYA-BACA (basis data dipakai Saring lain)"))
            self.read_only_banner.setText(self.read_only_text())
        else:
            self.setWindowTitle(self.tr("Saring — saring sebelum sharing"))
        self.side.setTabText(0, self.tr("Temuan"))
        self.side.setTabText(1, self.tr("Pratinjau kanal"))
        self.tabs.setTabText(0, self.tr("Tulis"))
        self.tabs.setTabText(1, self.tr("Antrean"))
        self.tabs.setTabText(2, self.tr("Kalender"))
        self.verdict.setAccessibleName(self.tr("Kesiapan unggahan"))
        for menu, (title, entries) in zip(self._menus, self._menu_spec(), strict=True):
            menu.setTitle(title)
            for entry in entries:
                if entry is not None:
                    self.menu_actions[entry[0]].setText(entry[1])
        report = self.findings.report
        self.verdict.setText(verdict(report)[0] if report.text.strip() else "")

    # -- checking -------------------------------------------------------------------------

    def _checker_ready(self, checker: Checker) -> None:
        checker.set_user_words(self.user_dictionary.words())  # no check runs yet
        if self.checker is not None and self.checker is not checker:
            self.checker.close()  # a reloaded checker: stop the old one's LanguageTool server
        self.checker = checker
        # The dictionary is ~160,000 long-lived objects: a full garbage collection during a
        # check of a large paste walked them all while holding the GIL (0.1–0.3 s of frozen
        # window). Frozen objects are never scanned again.
        gc.freeze()
        # The count, not the names: eight names do not fit beside the verdict (Alat lists them).
        self.statusBar().showMessage(self.tr("Siap: kamus dan %n paket aturan dimuat.", "",
                                             len(checker.packs)), 8000)
        if checker.languagetool_error:  # the other checks work without it
            self.statusBar().showMessage(checker.languagetool_error, 15000)
            self._languagetool_error_shown = checker.languagetool_error
        self.request_check()

    def _checker_failed(self, error: BaseException) -> None:
        self.findings.show_pending(self.tr("Pemeriksa tidak dapat dimuat: {0}").format(error))
        QMessageBox.critical(self, self.tr("Pemeriksa tidak dapat dimuat"), str(error))

    @Slot()
    def _changed(self) -> None:
        self._revision += 1
        self._edits += 1

    @Slot()
    def request_check(self) -> None:
        """Check the current post in the background; at most one check runs at a time, and a
        request during a check runs once that check is done."""
        if self.checker is None or self._closed:  # the worker stops when the window closes
            return
        if self._checking:
            self._check_again = True
            return
        self._revision += 1
        revision, checker = self._revision, self.checker
        text = self.compose.body.toPlainText()
        channels, day = self.compose.channels(), self.compose.check_date()
        sources, ignores = self.compose.sources.toPlainText(), self._current_ignores()
        self._checking = True

        def job() -> tuple[CheckReport, HighlightIndex, PanelModel, bool]:
            # the underlines' index and the panel's counts too: each costs the UI thread ~20 ms
            # on a 1 MB paste (bench/ui_latency.py)
            report = checker.check(text, channels=channels, on_date=day, sources=sources,
                                   ignores=ignores, wait=False)
            return (report, HighlightIndex.build(report.text, report.findings),
                    PanelModel.of(report), checker.languagetool_pending)

        self.tasks.run(job, lambda result: self._checked(revision, *result), self._check_failed)

    def _checked(self, revision: int, report: CheckReport, index: HighlightIndex | None = None,
                 model: PanelModel | None = None, engine_pending: bool = False) -> None:
        self._checking = False
        error = self.checker.languagetool_error if self.checker is not None else None
        if error and error != self._languagetool_error_shown:  # e.g. the folder's LanguageTool
            self._languagetool_error_shown = error  # could not start: the other checks go on
            self.statusBar().showMessage(error, 15000)
        elif engine_pending:  # LanguageTool's findings were left out: it is still starting
            self.statusBar().showMessage(self.tr(
                "LanguageTool sedang dijalankan; temuan bahasa Inggris menyusul."), ENGINE_RECHECK_MS + 500)
            self._engine_recheck.start()
        if revision == self._revision:  # drop results for text that has changed since
            self.compose.body.show_findings(report.text, report.findings, index=index)
            # the panel in the next event-loop turn: each half stays short on a huge post
            edits = self._edits
            QTimer.singleShot(0, lambda: self._show_report(edits, report, model))
        if self._check_again:
            self._check_again = False
            self.request_check()

    def _show_report(self, edits: int, report: CheckReport, model: PanelModel | None = None) -> None:
        if edits == self._edits:  # the text has not changed since the underlines were set
            model = model or PanelModel.of(report)
            self.findings.show_report(report, model=model)
            self.verdict.setText(verdict(report, model)[0] if report.text.strip() else "")

    def _check_failed(self, error: BaseException) -> None:
        self._checking = False
        self.findings.show_pending(self.tr("Pemeriksaan gagal: {0}").format(error))

    @Slot()
    def _sources_changed(self) -> None:
        """A source named in the Sumber field covers the post's claims: check again."""
        if self.isVisible():  # not while the window is closing
            self.request_check()

    @Slot()
    def manage_packs(self) -> None:
        """The packs manager; afterwards the checker is loaded again with the new packs."""
        from ui.packs_dialog import PacksDialog

        dialog = PacksDialog(self, settings_path=self._settings_path)
        dialog.exec()
        if dialog.changed:
            # the dialog saved the packs switched on/off and the campaign period: keep them, so
            # that saving the settings dialog later does not put the old ones back
            saved = load_settings(self._settings_path)
            self.settings = self.settings.replace(disabled_packs=saved.disabled_packs,
                                                  campaign_start=saved.campaign_start,
                                                  campaign_end=saved.campaign_end)
            self.statusBar().showMessage(self.tr("Memuat ulang paket aturan…"))
            self.tasks.run(self._checker_factory, self._checker_ready, self._checker_failed)

    # -- dictionary and ignores ------------------------------------------------------------

    @Slot(str)
    def add_to_dictionary(self, word: str) -> None:
        if self.checker is None or self._refused_read_only():
            return
        try:
            self.user_dictionary.add(word)
        except (UserDictionaryError, ValueError) as exc:
            QMessageBox.warning(self, self.tr("Kamus tidak diubah"), str(exc))
            return
        checker, words = self.checker, self.user_dictionary.words()
        self.tasks.run(lambda: checker.set_user_words(words), lambda _: self.request_check(),
                       self._check_failed)
        self.statusBar().showMessage(self.tr("“{0}” ditambahkan ke kamus.").format(word), 5000)

    def _current_ignores(self) -> IgnoreSet | None:
        """What the admin chose to ignore in the post being edited."""
        try:
            return self.user_dictionary.ignores(post_key(self.compose.editing_id))
        except UserDictionaryError:
            return None  # a database problem must not stop the checks

    def _ignore_finding(self, finding: Finding) -> None:
        self._ignore(lambda key: self.user_dictionary.ignore_finding(key, finding))

    def _ignore_word(self, word: str) -> None:
        self._ignore(lambda key: self.user_dictionary.ignore_word(key, word))

    def _ignore(self, store_ignore: Callable[[str], int]) -> None:
        if self._refused_read_only():
            return
        try:
            self._last_ignore = store_ignore(post_key(self.compose.editing_id))
        except UserDictionaryError as exc:
            QMessageBox.warning(self, self.tr("Tidak tersimpan"), str(exc))
            return
        self.menu_actions["unignore"].setEnabled(True)
        self.statusBar().showMessage(
            self.tr("Diabaikan. Periksa → Batalkan abaikan ({0}) menampilkannya lagi.").format(
                self.menu_actions["unignore"].shortcut().toString(QKeySequence.SequenceFormat.NativeText)),
            10000)
        self.request_check()

    @Slot()
    def undo_ignore(self) -> None:
        """Undo the last "Abaikan" (older ones: Alat → Kamus dan abaikan)."""
        if self._last_ignore is None:
            self.statusBar().showMessage(self.tr("Tidak ada abaikan yang bisa dibatalkan. Semua yang "
                                                 "diabaikan ada di Alat → Kamus dan abaikan."), 6000)
            return
        try:
            self.user_dictionary.unignore(self._last_ignore)
        except UserDictionaryError as exc:
            QMessageBox.warning(self, self.tr("Tidak tersimpan"), str(exc))
            return
        self._last_ignore = None
        self.menu_actions["unignore"].setEnabled(False)
        self.statusBar().showMessage(self.tr("Abaikan dibatalkan; temuannya tampil lagi."), 6000)
        self.request_check()

    def _select_finding(self, finding: Finding) -> None:
        if not finding.is_post_level:
            self.compose.body.select_span(finding.start, finding.end)

    def _report_is_current(self) -> bool:
        """Whether the findings shown belong to the text in the editor (offsets still valid)."""
        if self.findings.report.text == self.compose.body.toPlainText():
            return True
        self.statusBar().showMessage(self.tr("Teks berubah; tunggu pemeriksaan selesai."), 4000)
        self.request_check()
        return False

    @Slot()
    def next_finding(self, step: int = 1) -> None:
        """Go to the next finding (F7, as in Word), in text order, within the filter shown."""
        if not self._report_is_current():
            return
        order = sorted(self.findings.shown())
        if not order:
            self.statusBar().showMessage(self.tr("Tidak ada temuan."), 4000)
            return
        current = self.findings.current
        if current in order:
            index = order[(order.index(current) + step) % len(order)]
        else:
            offsets = OffsetMap(self.compose.body.toPlainText())
            cursor = self.compose.body.textCursor()
            here = offsets.to_code_point(cursor.selectionEnd() if step > 0 else cursor.selectionStart())
            if step > 0:
                index = next((i for i in order if self.findings.findings[i].start >= here), order[0])
            else:
                index = next((i for i in reversed(order) if self.findings.findings[i].end <= here),
                             order[-1])
        self.tabs.setCurrentIndex(0)
        self.findings.activate(index)
        finding = self.findings.findings[index]
        self.statusBar().showMessage(f"{category_label(finding.category)}: {finding.message}", 10000)

    @Slot()
    def previous_finding(self) -> None:
        self.next_finding(-1)

    @Slot()
    def fix_current(self) -> None:
        """Apply the first suggestion of the current finding (the one F7 went to, else the one
        under the cursor)."""
        if not self._report_is_current():
            return
        finding: Finding | None = None
        if self.findings.current is not None:
            finding = self.findings.findings[self.findings.current]
        else:
            body = self.compose.body
            finding = body.finding_at(body.cursorRect().center())
        if finding is None or not finding.suggestions:
            self.statusBar().showMessage(self.tr("Tidak ada saran untuk diterapkan di sini."), 4000)
            return
        self.apply_fix(finding)

    def apply_fix(self, finding: Finding) -> None:
        """Replace the finding's text with its first suggestion (one undoable edit)."""
        if not finding.suggestions or not self._report_is_current():
            return
        self.tabs.setCurrentIndex(0)
        self.compose.body.replace_span(finding.start, finding.end, finding.suggestions[0])
        self.findings.current = None
        self.statusBar().showMessage(
            self.tr("“{0}” diganti dengan “{1}”. Ctrl+Z membatalkan.").format(
                finding.actual, finding.suggestions[0]), 6000)
        self.request_check()

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        (self.compose.body if index == 0 else self.queue).setFocus()

    @Slot()
    def focus_findings(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.findings.view.setFocus()

    # -- queue ----------------------------------------------------------------------------

    @Slot()
    def save_post(self) -> None:
        if self._refused_read_only():
            return
        draft = self.compose.draft()
        if not draft.body.strip():
            QMessageBox.information(self, self.tr("Belum ada isi"),
                                    self.tr("Isi unggahan masih kosong; tulis dulu isinya."))
            return
        if self.checker is None:
            self.statusBar().showMessage(self.tr("Kamus masih dimuat; coba lagi sebentar."), 5000)
            return
        checker, post_id = self.checker, self.compose.editing_id
        day = draft.scheduled_at.date() if draft.scheduled_at else None
        ignores = self._current_ignores()
        images, media_dir = self.compose.images.images(), self.queue.media_dir
        known = self.compose.images.known_ids()

        def check_and_stage() -> tuple[CheckReport, tuple[ImageChoice, ...]]:
            report = checker.check(draft.body, channels=draft.channels, on_date=day,
                                   sources=draft.sources, ignores=ignores, wait=False)
            return report, _staged(images, media_dir)  # image copies off the UI thread too

        self.tasks.run(check_and_stage,
                       lambda done: self._store_post(post_id, draft, done[0], images, done[1],
                                                     known),
                       self._check_failed)

    def _store_post(self, post_id: int | None, draft: PostDraft, report: CheckReport,
                    images: tuple[ImageChoice, ...] = (),
                    staged: tuple[ImageChoice, ...] | None = None,
                    known: tuple[int, ...] = ()) -> None:
        try:
            if post_id is None:
                post_id = self.store.posts.add(draft, report).id
                self.user_dictionary.move_ignores(DRAFT_KEY, post_key(post_id))
            else:
                self.store.posts.update(post_id, draft, report)
        except (StoreError, PostNotFoundError, UserDictionaryError) as exc:
            message = self.tr("Unggahan tidak tersimpan; teksnya tetap di editor.\n\n{0}")
            QMessageBox.warning(self, self.tr("Tidak tersimpan"), message.format(exc))
            return
        self._store_images(post_id, images, images if staged is None else staged, known)
        self._saved_draft = draft
        self.compose.set_editing(post_id)
        self.autosave_now()  # the text is in the queue now: the autosave is cleared
        self.queue.refresh()
        self.queue.select_id(post_id)
        self.statusBar().showMessage(
            self.tr("Tersimpan di antrean sebagai #{0} ({1} harus diperbaiki, {2} perlu diperiksa).")
            .format(post_id, report.errors, report.warnings), 8000)

    def _store_images(self, post_id: int, images: tuple[ImageChoice, ...],
                      staged: tuple[ImageChoice, ...], known: tuple[int, ...]) -> None:
        """The form's ``images`` become the post's images (``staged``: the same, already
        copied into the media folder by the worker where that worked; ``known``: the stored
        images the form showed, the only ones a save may detach)."""
        try:
            media = self.store.media.set_images(post_id, staged, media_dir=self.queue.media_dir,
                                                known=known).media
        except (MediaError, StoreError, PostNotFoundError) as exc:
            QMessageBox.warning(self, self.tr("Gambar belum tersimpan"), self.tr(
                "Teks unggahan tersimpan, tetapi gambarnya belum; gambar tetap di formulir. "
                "Periksa gambarnya lalu simpan lagi.\n\n{0}").format(exc))
            return
        if self.compose.images.images() == images:  # not edited while the check ran
            self.compose.images.load(media)

    @Slot(int)
    def _media_changed(self, post_id: int) -> None:
        """An image was attached to a post in the queue: show it in the form when the form
        edits that post and its images were not changed there."""
        if post_id == self.compose.editing_id and not self.compose.images.is_changed():
            self.compose.images.load(self.store.media.of(post_id))

    def _unsaved_changes_ok(self) -> bool:
        draft = self.compose.draft()
        if not draft.body.strip() or (draft == self._saved_draft
                                      and not self.compose.images.is_changed()):
            return True
        return self.confirm(self.tr("Perubahan belum disimpan"),
                            self.tr("Unggahan yang sedang ditulis belum disimpan. Buang perubahannya?"))

    def confirm(self, title: str, question: str) -> bool:
        """Ask a yes/no question; "no" is the default."""
        return ask_yes_no(self, title, question)

    @Slot()
    def new_post(self) -> None:
        if self._unsaved_changes_ok():
            self.compose.clear()
            for channel in self._default_channels:
                self.compose.channel_boxes[channel].setChecked(True)
            self._saved_draft = self.compose.draft()
            self.autosave_now()
            self.tabs.setCurrentIndex(0)

    @Slot(int)
    def open_post(self, post_id: int) -> None:
        if not self._unsaved_changes_ok():
            return
        try:
            post = self.store.posts.get(post_id)
        except PostNotFoundError:
            QMessageBox.warning(self, self.tr("Tidak ditemukan"),
                                self.tr("Unggahan #{0} sudah tidak ada.").format(post_id))
            self.queue.refresh()
            return
        self.compose.load(post.id, post.draft, media=self.store.media.of(post.id))
        self._saved_draft = post.draft
        self.autosave_now()
        self.tabs.setCurrentIndex(0)
        self.compose.body.setFocus()

    # -- export ---------------------------------------------------------------------------

    @Slot()
    def export_queue(self) -> None:
        if self._refused_read_only():
            return
        dialog = ExportDialog(Path.home(), self.queue.status_filter(), self,
                              batches=self.store.exports.batches()[:30])
        if dialog.exec() != ExportDialog.DialogCode.Accepted:
            return
        choice = dialog.choice()
        self.run_export(choice.path, choice.fmt, choice.status, channel=choice.channel,
                        date_order=choice.date_order, batch=choice.batch)

    def run_export(self, path: Path, fmt: str, status: object, *, channel: object = None,
                   date_order: DateOrder = DateOrder.MDY, batch: int | None = None) -> None:
        if self._refused_read_only():
            return
        # read here: sqlite3 belongs to this thread
        if batch is not None:
            posts = self.store.posts.get_many(self.store.exports.batch(batch).post_ids)
        else:
            posts = self.store.search.list_matching(QueueQuery(status=status, channel=channel))  # type: ignore[arg-type]
        media, blocked = self.store.media.for_posts(p.id for p in posts), self.store.exports.blocks(posts)
        self.statusBar().showMessage(self.tr("Mengekspor {0} unggahan…").format(len(posts)))
        base_url = self.settings.media_base_url
        self.tasks.run(lambda: export_posts(posts, path, preset=fmt, media=media,
                                            date_order=date_order, blocked=blocked,
                                            media_base_url=base_url),
                       lambda result: self._exported(result, date_order), self._export_failed)

    def _exported(self, result: ExportResult, date_order: DateOrder = DateOrder.MDY) -> None:
        if result.post_ids:  # the files are in place: now record the batch and the statuses
            try:
                self.store.exports.record(
                    preset=result.preset, files=result.files, post_ids=result.post_ids,
                    who=self.queue.who(), options={"date_order": date_order.value},
                    mark_exported=result.preset != "review")
            except StoreError as exc:
                QMessageBox.warning(self, self.tr("Status tidak diubah"), str(exc))
            self.queue.refresh()
            self.calendar.refresh()
        self.statusBar().showMessage(
            counted().posts_exported_to(len(result.post_ids), result.path), 10000)
        if result.notes:
            self.last_export_report = ExportReport(result, self)
            self.last_export_report.open()

    def _export_failed(self, error: BaseException) -> None:
        self.statusBar().clearMessage()
        message = str(error) if isinstance(error, ExportError) else repr(error)
        QMessageBox.warning(self, self.tr("Ekspor gagal"),
                            self.tr("Berkas tidak ditulis dan antrean tidak berubah.\n\n{0}").format(message))

    # -- settings and help ----------------------------------------------------------------

    @Slot()
    def open_settings(self, page: str = "") -> None:
        """The settings dialog (on ``page``: "dictionary" or "packs" if given). Its dictionary
        and packs pages change things at once, so their changes count even after "Batal"."""
        # read-only: no Kamus and Paket aturan pages, they write at once
        dictionary = None if self.read_only else self.user_dictionary
        dialog = SettingsDialog(self.settings, self, dictionary=dictionary, tasks=self.tasks,
                                settings_path=self._settings_path)
        dialog.show_page(page)
        accepted = dialog.exec() == SettingsDialog.DialogCode.Accepted
        if accepted:
            self.apply_settings(dialog.settings())
        elif dialog.packs_changed:  # keep the packs switched on/off when settings are saved later
            self.settings = self.settings.replace(disabled_packs=dialog.packs.disabled_packs())  # type: ignore[union-attr]
        self.dictionary_changed(words=dialog.words_changed, ignores=dialog.ignores_changed,
                                packs=dialog.packs_changed)
        page = dialog.dictionary_page
        if page is not None and page.busy:  # an import still reading its file: its words count too
            page.words_imported.connect(
                lambda: self.dictionary_changed(words=True, ignores=False, packs=False))

    def dictionary_changed(self, *, words: bool, ignores: bool, packs: bool) -> None:
        """After the dictionary or packs changed: reload the packs, or give the checker the
        new words, and check again."""
        if packs:
            self.statusBar().showMessage(self.tr("Memuat ulang paket aturan…"))
            self.tasks.run(self._checker_factory, self._checker_ready, self._checker_failed)
        elif words and self.checker is not None:
            checker, user_words = self.checker, self.user_dictionary.words()
            self.tasks.run(lambda: checker.set_user_words(user_words), lambda _: self.request_check(),
                           self._check_failed)
        elif ignores:
            self.request_check()

    def apply_settings(self, settings: Settings) -> bool:
        """Keep ``settings`` and save them; say so plainly when they cannot be saved."""
        language_changed = settings.language != self.settings.language
        languagetool_changed = ((settings.languagetool_server, settings.languagetool_dir)
                                != (self.settings.languagetool_server, self.settings.languagetool_dir))
        self.settings = settings
        self._default_channels = settings.channels
        try:
            save_settings(settings, self._settings_path)
        except SettingsError as exc:
            QMessageBox.warning(self, self.tr("Pengaturan tidak tersimpan"), str(exc))
            return False
        switched = not language_changed or self.switch_language(settings.language)
        message = self.tr("Pengaturan disimpan.")  # in the new language
        if not switched:
            message += " " + self.tr("Terjemahan untuk bahasa itu tidak ditemukan; "
                                     "tampilan tetap berbahasa Indonesia.")
        self.statusBar().showMessage(message, 8000)
        if languagetool_changed and self.checker is not None:  # load the checker with the new engine
            self.tasks.run(self._checker_factory, self._checker_ready, self._checker_failed)
        return True

    def switch_language(self, language: str) -> bool:
        """Show the window in ``language`` now, without a restart: the translator is replaced
        and every open widget retranslates itself on the LanguageChange event Qt sends.
        Finding messages are rule data in Indonesian and stay so. False when the language's
        catalogue is missing (the window is then in Indonesian)."""
        app = QApplication.instance()
        if app is None:
            return False
        found = install_translator(app, language)
        if not found:
            install_translator(app, SOURCE_LANGUAGE)
        return found

    @Slot()
    def open_packs(self) -> None:
        """The settings on their dictionary page (personal and office words, ignores)."""
        self.open_settings("dictionary")

    def show_welcome(self) -> None:
        """The first-start welcome; afterwards a sample post with findings in the editor."""
        dialog = WelcomeDialog(self.settings, self)
        if dialog.exec() != WelcomeDialog.DialogCode.Accepted:
            return
        self.apply_settings(dialog.settings())
        self.load_sample()

    def load_sample(self) -> None:
        """Put the sample post in the editor, unsaved and not counted as a change."""
        self.compose.clear()
        self.compose.title.setText(self.tr("Contoh: imbauan banjir"))
        for channel, box in self.compose.channel_boxes.items():
            box.setChecked(channel in self._default_channels)
        self.compose.body.setPlainText(sample_post())
        self._saved_draft = self.compose.draft()
        self.tabs.setCurrentIndex(0)
        self.compose.body.setFocus()

    @Slot()
    def show_guide(self) -> None:
        GuideDialog(self).exec()

    @Slot()
    def show_about(self) -> None:
        AboutDialog(self).exec()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._unsaved_changes_ok():
            event.ignore()
            return
        self._autosave_timer.stop()
        self._clear_autosave()  # closing with the text saved, or its loss confirmed
        checker = self.checker
        self.checker = None  # a pending debounced check must not reach the stopped worker
        self._closed = True
        self._preview_updater.stop()
        self._engine_recheck.stop()
        self.tasks.shutdown()
        if checker is not None:
            checker.close()  # stops a LanguageTool server Saring started from a folder
        self.checker = None  # a debounced check firing after this must not reach the stopped runner
        super().closeEvent(event)

    # -- autosave ---------------------------------------------------------------------------

    @Slot()
    def autosave_now(self) -> None:
        """Write the form's text to the autosave row when it changed; clear the row when the
        text is empty or equals what is in the queue. Cheap enough for the UI thread (one
        small SQLite transaction, only when something changed). Nothing in a read-only window."""
        if self.read_only:
            return
        self._form_changed = False
        draft = self.compose.draft()
        images = self.compose.images.images() if self.compose.images.is_changed() else None
        state = (draft, draft == self._saved_draft and images is None, self.compose.editing_id,
                 images)
        if state == self._autosaved:
            return
        if state[1] or not (draft.body.strip() or draft.title or images):
            self._clear_autosave()
        else:
            try:
                self.store.drafts.save(draft, post_id=self.compose.editing_id, images=images)
            except StoreError as exc:
                self.statusBar().showMessage(str(exc), 10000)
                return
        self._autosaved = state

    @Slot()
    def _mark_form_changed(self) -> None:
        self._form_changed = True

    @Slot()
    def _autosave_if_changed(self) -> None:
        """The timer's and the focus change's autosave: skipped when nothing in the form changed
        since the last one (copying a 1 MB text out of the editor costs ~15 ms)."""
        if self._form_changed:
            self.autosave_now()

    def _clear_autosave(self) -> None:
        if self.read_only:  # the autosave belongs to the Saring that holds the database
            return
        try:
            self.store.drafts.clear()
        except StoreError as exc:
            self.statusBar().showMessage(str(exc), 10000)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ActivationChange and hasattr(self, "_form_changed"):
            self._autosave_if_changed()  # e.g. the user switched to another program (cheap when unchanged)
        elif event.type() == QEvent.Type.LanguageChange and hasattr(self, "verdict"):
            self.retranslate_ui()
        super().changeEvent(event)

    def offer_unsaved_draft(self) -> bool:
        """After a crash or a killed process: offer back the text that was not saved. Returns
        True when the text was put back into the form."""
        if self.read_only:  # the Saring that holds the database offers it
            return False
        saved = self.store.drafts.unsaved()
        if saved is None:
            return False
        where = (self.tr("perubahan unggahan #{0}").format(saved.post_id) if saved.post_id
                 else self.tr("unggahan baru"))
        question = self.tr(
            "Saring tertutup sebelum teks terakhir disimpan ({0}, disimpan otomatis {1}).\n\n"
            "Awal teks: “{2}”\n\nKembalikan teks itu ke editor? Jika tidak, teks itu dibuang."
        ).format(where, saved.saved_at.strftime("%d-%m-%Y %H:%M"), saved.draft.body.strip()[:120])
        if not self.ask_restore(self.tr("Teks belum disimpan"), question):
            self._clear_autosave()
            return False
        if saved.post_id is not None:
            self._saved_draft = self.store.posts.get(saved.post_id).draft
        else:
            self._saved_draft = PostDraft(body="")
        media = self.store.media.of(saved.post_id) if saved.post_id is not None else []
        self.compose.load(saved.post_id, saved.draft, media=media)
        if saved.images is not None:
            self.compose.images.show_choices(saved.images)
        self.tabs.setCurrentIndex(0)
        self.statusBar().showMessage(self.tr("Teks yang belum disimpan sudah dikembalikan."), 10000)
        return True

    def ask_restore(self, title: str, question: str) -> bool:
        """Ask whether to put the text back; "Kembalikan" is the default."""
        box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=self)
        restore = box.addButton(self.tr("Kembalikan teks"), QMessageBox.ButtonRole.YesRole)
        box.addButton(self.tr("Buang"), QMessageBox.ButtonRole.NoRole)
        box.setDefaultButton(restore)
        box.exec()
        return box.clickedButton() is restore
