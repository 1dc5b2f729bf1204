"""The main window: composition of the post form, the findings panel and the queue tab."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QSplitter, QTabWidget, QWidget

from core.checker import Checker
from core.export import ExportError, ExportResult, export_csv
from core.findings import CheckReport, Finding
from core.queue import PostDraft, PostNotFoundError, QueueStore, StoreError
from core.settings import Settings, SettingsError, save_settings
from ui.about_dialog import AboutDialog
from ui.channel_preview import ChannelPreview, PreviewUpdater
from ui.compose import ComposeForm
from ui.export_dialog import ExportDialog
from ui.findings_panel import FindingsPanel, verdict
from ui.guide_dialog import GuideDialog
from ui.labels import category_label
from ui.offsets import OffsetMap
from ui.queue_view import QueueView
from ui.settings_dialog import SettingsDialog
from ui.tasks import TaskRunner
from ui.welcome_dialog import WelcomeDialog, sample_post


class MainWindow(QMainWindow):
    def __init__(self, store: QueueStore, checker_factory: Callable[[], Checker],
                 parent: QWidget | None = None, *, settings: Settings | None = None,
                 settings_path: Path | None = None) -> None:
        """``settings`` (loaded by the caller) pre-select each new post's channels and are
        edited by the settings dialog, which saves them to ``settings_path`` (default: the
        user's settings file). Without ``settings`` the window starts from the defaults and
        new posts have no channel chosen."""
        super().__init__(parent)
        self.settings = settings if settings is not None else Settings()
        self._settings_path = settings_path
        self._default_channels = settings.channels if settings is not None else ()
        self.setWindowTitle(self.tr("Saring — saring sebelum sharing"))
        self.store = store
        self.tasks = TaskRunner(self)
        self.checker: Checker | None = None
        self._revision = 0  # bumped on every change that can alter findings
        self._checking = False
        self._check_again = False
        self._saved_draft = PostDraft(body="")
        self._closed = False

        self.compose = ComposeForm()
        self.findings = FindingsPanel()
        self.queue = QueueView(store)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.preview = ChannelPreview()
        self.side = QTabWidget()
        self.side.addTab(self.findings, self.tr("Temuan"))
        self.side.addTab(self.preview, self.tr("Pratinjau kanal"))
        self.side.setDocumentMode(True)
        self._preview_updater = PreviewUpdater(self.compose.body, self.compose.channels,
                                               self.compose.counter, self.preview, self.tasks)
        for box in self.compose.channel_boxes.values():
            box.toggled.connect(self._preview_updater.start)
        splitter.addWidget(self.compose)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setContentsMargins(8, 8, 8, 4)
        self.tabs = QTabWidget()
        self.tabs.addTab(splitter, self.tr("Tulis"))
        self.tabs.addTab(self.queue, self.tr("Antrean"))
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self._build_menu()
        self.verdict = QLabel()
        self.verdict.setAccessibleName(self.tr("Kesiapan unggahan"))
        self.statusBar().addPermanentWidget(self.verdict)

        self.compose.body.textChanged.connect(self._changed)
        self.compose.check_requested.connect(self.request_check)
        self.compose.save_requested.connect(self.save_post)
        self.compose.new_requested.connect(self.new_post)
        self.findings.finding_activated.connect(self._select_finding)
        self.findings.fix_requested.connect(self.apply_fix)
        self.queue.open_requested.connect(self.open_post)
        self.queue.export_requested.connect(self.export_queue)

        self.findings.show_pending(self.tr("Memuat kamus…"))
        self.statusBar().showMessage(self.tr("Memuat kamus dan paket aturan…"))
        self.tasks.run(checker_factory, self._checker_ready, self._checker_failed)
        self.resize(1180, 760)

    def _build_menu(self) -> None:
        """Every action has a menu entry and a shortcut (Word's where one exists: F7)."""
        bar = self.menuBar()
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
            ]),
            (self.tr("&Tampilan"), [
                ("write", self.tr("&Tulis"), "Ctrl+1", lambda: self.show_tab(0)),
                ("queue", self.tr("&Antrean"), "Ctrl+2", lambda: self.show_tab(1)),
                ("findings", self.tr("&Daftar temuan"), "Ctrl+3", self.focus_findings),
            ]),
            (self.tr("&Alat"), [
                ("settings", self.tr("&Pengaturan…"), "Ctrl+,", self.open_settings),
            ]),
            (self.tr("Ba&ntuan"), [
                ("guide", self.tr("&Panduan"), QKeySequence.StandardKey.HelpContents, self.show_guide),
                ("about", self.tr("&Tentang Saring"), "Ctrl+F1", self.show_about),
            ]),
        ]
        self.menu_actions: dict[str, QAction] = {}
        for title, entries in menus:
            menu = bar.addMenu(title)
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

    # -- checking -------------------------------------------------------------------------

    def _checker_ready(self, checker: Checker) -> None:
        self.checker = checker
        names = ", ".join(p.name for p in checker.packs)
        self.statusBar().showMessage(self.tr("Siap. Paket aturan: {0}").format(names), 8000)
        self.request_check()

    def _checker_failed(self, error: BaseException) -> None:
        self.findings.show_pending(self.tr("Pemeriksa tidak dapat dimuat: {0}").format(error))
        QMessageBox.critical(self, self.tr("Pemeriksa tidak dapat dimuat"), str(error))

    @Slot()
    def _changed(self) -> None:
        self._revision += 1

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
        self._checking = True
        self.tasks.run(lambda: checker.check(text, channels=channels, on_date=day),
                       lambda report: self._checked(revision, report), self._check_failed)

    def _checked(self, revision: int, report: CheckReport) -> None:
        self._checking = False
        if revision == self._revision:  # drop results for text that has changed since
            self.compose.body.show_findings(report.text, report.findings)
            self.findings.show_report(report)
            self.verdict.setText(verdict(report)[0] if report.text.strip() else "")
        if self._check_again:
            self._check_again = False
            self.request_check()

    def _check_failed(self, error: BaseException) -> None:
        self._checking = False
        self.findings.show_pending(self.tr("Pemeriksaan gagal: {0}").format(error))

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
        self.tasks.run(lambda: checker.check(draft.body, channels=draft.channels, on_date=day),
                       lambda report: self._store_post(post_id, draft, report), self._check_failed)

    def _store_post(self, post_id: int | None, draft: PostDraft, report: CheckReport) -> None:
        try:
            if post_id is None:
                post_id = self.store.add(draft, report)
            else:
                self.store.update(post_id, draft, report)
        except (StoreError, PostNotFoundError) as exc:
            message = self.tr("Unggahan tidak tersimpan; teksnya tetap di editor.\n\n{0}")
            QMessageBox.warning(self, self.tr("Tidak tersimpan"), message.format(exc))
            return
        self._saved_draft = draft
        self.compose.set_editing(post_id)
        self.queue.refresh()
        self.queue.select_id(post_id)
        self.statusBar().showMessage(
            self.tr("Tersimpan di antrean sebagai #{0} ({1} harus diperbaiki, {2} perlu diperiksa).")
            .format(post_id, report.errors, report.warnings), 8000)

    def _unsaved_changes_ok(self) -> bool:
        draft = self.compose.draft()
        if not draft.body.strip() or draft == self._saved_draft:
            return True
        return self.confirm(self.tr("Perubahan belum disimpan"),
                            self.tr("Unggahan yang sedang ditulis belum disimpan. Buang perubahannya?"))

    def confirm(self, title: str, question: str) -> bool:
        """Ask a yes/no question; "no" is the default."""
        answer = QMessageBox.question(self, title, question, defaultButton=QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    @Slot()
    def new_post(self) -> None:
        if self._unsaved_changes_ok():
            self.compose.clear()
            for channel in self._default_channels:
                self.compose.channel_boxes[channel].setChecked(True)
            self._saved_draft = self.compose.draft()
            self.tabs.setCurrentIndex(0)

    @Slot(int)
    def open_post(self, post_id: int) -> None:
        if not self._unsaved_changes_ok():
            return
        try:
            post = self.store.get(post_id)
        except PostNotFoundError:
            QMessageBox.warning(self, self.tr("Tidak ditemukan"),
                                self.tr("Unggahan #{0} sudah tidak ada.").format(post_id))
            self.queue.refresh()
            return
        self.compose.load(post.id, post.draft)
        self._saved_draft = post.draft
        self.tabs.setCurrentIndex(0)
        self.compose.body.setFocus()

    # -- export ---------------------------------------------------------------------------

    @Slot()
    def export_queue(self) -> None:
        dialog = ExportDialog(Path.home(), self.queue.status_filter(), self)
        if dialog.exec() != ExportDialog.DialogCode.Accepted:
            return
        choice = dialog.choice()
        self.run_export(choice.path, choice.fmt, choice.status)

    def run_export(self, path: Path, fmt: str, status: object) -> None:
        posts = self.store.list(status=status)  # type: ignore[arg-type] - Status | None
        self.statusBar().showMessage(self.tr("Mengekspor {0} unggahan…").format(len(posts)))
        self.tasks.run(lambda: export_csv(posts, path, fmt=fmt), self._exported, self._export_failed)

    def _exported(self, result: ExportResult) -> None:
        self.statusBar().showMessage(
            self.tr("{0} unggahan diekspor ke {1}").format(result.rows, result.path), 10000)

    def _export_failed(self, error: BaseException) -> None:
        self.statusBar().clearMessage()
        message = str(error) if isinstance(error, ExportError) else repr(error)
        QMessageBox.warning(self, self.tr("Ekspor gagal"),
                            self.tr("Berkas tidak ditulis dan antrean tidak berubah.\n\n{0}").format(message))

    # -- settings and help ----------------------------------------------------------------

    @Slot()
    def open_settings(self) -> None:
        dialog = SettingsDialog(self.settings, self)
        dialog.packs_requested.connect(self.open_packs)
        if dialog.exec() == SettingsDialog.DialogCode.Accepted:
            self.apply_settings(dialog.settings())

    def apply_settings(self, settings: Settings) -> bool:
        """Keep ``settings`` and save them; say so plainly when they cannot be saved."""
        language_changed = settings.language != self.settings.language
        self.settings = settings
        self._default_channels = settings.channels
        try:
            save_settings(settings, self._settings_path)
        except SettingsError as exc:
            QMessageBox.warning(self, self.tr("Pengaturan tidak tersimpan"), str(exc))
            return False
        message = self.tr("Pengaturan disimpan.")
        if language_changed:
            message += " " + self.tr("Bahasa baru berlaku setelah Saring dibuka ulang.")
        self.statusBar().showMessage(message, 8000)
        return True

    @Slot()
    def open_packs(self) -> None:
        """The dictionaries and rule packs in use (a manager for them comes later)."""
        if self.checker is None:
            return
        names = "\n".join(f"• {p.name}" for p in self.checker.packs)
        QMessageBox.information(self, self.tr("Kamus dan paket aturan"),
                                self.tr("Kamus: hunspell id_ID dan daftar kata Saring.\n"
                                        "Paket aturan yang dipakai:\n{0}").format(names))

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
        self._closed = True
        self._preview_updater.stop()
        self.tasks.shutdown()
        super().closeEvent(event)
