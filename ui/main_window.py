"""The main window: composition of the post form, the findings panel and the queue tab."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QSplitter, QTabWidget, QWidget

from core.checker import Checker
from core.export import ExportError, ExportResult, export_csv
from core.findings import CheckReport, Finding
from core.queue import PostDraft, PostNotFoundError, QueueStore, StoreError
from core.user_dictionary import DRAFT_KEY, UserDictionary, UserDictionaryError, post_key
from ui.compose import ComposeForm
from ui.export_dialog import ExportDialog
from ui.findings_panel import FindingsPanel
from ui.queue_view import QueueView
from ui.tasks import TaskRunner


class MainWindow(QMainWindow):
    def __init__(self, store: QueueStore, checker_factory: Callable[[], Checker],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Saring — saring sebelum sharing"))
        self.store = store
        self.user_dictionary = UserDictionary(store.db)
        self.tasks = TaskRunner(self)
        self.checker: Checker | None = None
        self._revision = 0  # bumped on every change that can alter findings
        self._checking = False
        self._check_again = False
        self._saved_draft = PostDraft(body="")

        self.compose = ComposeForm()
        self.findings = FindingsPanel()
        self.queue = QueueView(store)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.compose)
        splitter.addWidget(self.findings)
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

        self.compose.body.textChanged.connect(self._changed)
        self.compose.check_requested.connect(self.request_check)
        self.compose.save_requested.connect(self.save_post)
        self.compose.new_requested.connect(self.new_post)
        self.findings.finding_activated.connect(self._select_finding)
        self.queue.open_requested.connect(self.open_post)
        self.queue.export_requested.connect(self.export_queue)
        self.compose.body.add_to_dictionary_requested.connect(self.add_to_dictionary)
        self.compose.body.ignore_requested.connect(self._ignore_finding)
        self.compose.body.ignore_all_requested.connect(self._ignore_word)

        self.findings.show_pending(self.tr("Memuat kamus…"))
        self.statusBar().showMessage(self.tr("Memuat kamus dan paket aturan…"))
        self.tasks.run(checker_factory, self._checker_ready, self._checker_failed)
        self.resize(1180, 760)

    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Berkas"))
        entries: list[tuple[str, QKeySequence | str, Callable[[], object]]] = [
            (self.tr("Unggahan &baru"), QKeySequence.StandardKey.New, self.new_post),
            (self.tr("&Simpan ke antrean"), QKeySequence.StandardKey.Save, self.save_post),
            (self.tr("&Periksa sekarang"), "Ctrl+Return", self.request_check),
            (self.tr("&Ekspor CSV…"), "Ctrl+E", self.export_queue),
            (self.tr("&Keluar"), QKeySequence.StandardKey.Quit, self.close),
        ]
        for label, shortcut, slot in entries:
            action = QAction(label, self)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            menu.addAction(action)

    # -- checking -------------------------------------------------------------------------

    def _checker_ready(self, checker: Checker) -> None:
        checker.set_user_words(self.user_dictionary.words())  # no check runs yet
        self.checker = checker
        names = ", ".join(p.name for p in checker.packs)
        self.statusBar().showMessage(self.tr("Siap. Paket aturan: {0}").format(names), 8000)
        if checker.languagetool_error:  # the other checks work without it
            self.statusBar().showMessage(checker.languagetool_error, 15000)
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
        if self.checker is None:
            return
        if self._checking:
            self._check_again = True
            return
        self._revision += 1
        revision, checker = self._revision, self.checker
        text = self.compose.body.toPlainText()
        channels, day = self.compose.channels(), self.compose.check_date()
        try:
            ignores = self.user_dictionary.ignores(post_key(self.compose.editing_id))
        except UserDictionaryError:
            ignores = None  # a database problem must not stop the checks
        self._checking = True
        self.tasks.run(lambda: checker.check(text, channels=channels, on_date=day, ignores=ignores),
                       lambda report: self._checked(revision, report), self._check_failed)

    def _checked(self, revision: int, report: CheckReport) -> None:
        self._checking = False
        if revision == self._revision:  # drop results for text that has changed since
            self.compose.body.show_findings(report.text, report.findings)
            self.findings.show_report(report)
        if self._check_again:
            self._check_again = False
            self.request_check()

    def _check_failed(self, error: BaseException) -> None:
        self._checking = False
        self.findings.show_pending(self.tr("Pemeriksaan gagal: {0}").format(error))

    # -- dictionary and ignores ------------------------------------------------------------

    @Slot(str)
    def add_to_dictionary(self, word: str) -> None:
        if self.checker is None:
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

    def _ignore_finding(self, finding: Finding) -> None:
        self._ignore(lambda key: self.user_dictionary.ignore_finding(key, finding))

    def _ignore_word(self, word: str) -> None:
        self._ignore(lambda key: self.user_dictionary.ignore_word(key, word))

    def _ignore(self, store_ignore: Callable[[str], None]) -> None:
        try:
            store_ignore(post_key(self.compose.editing_id))
        except UserDictionaryError as exc:
            QMessageBox.warning(self, self.tr("Tidak tersimpan"), str(exc))
            return
        self.request_check()

    def _select_finding(self, finding: Finding) -> None:
        if not finding.is_post_level:
            self.compose.body.select_span(finding.start, finding.end)

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
                self.user_dictionary.move_ignores(DRAFT_KEY, post_key(post_id))
            else:
                self.store.update(post_id, draft, report)
        except (StoreError, PostNotFoundError, UserDictionaryError) as exc:
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

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._unsaved_changes_ok():
            event.ignore()
            return
        self.tasks.shutdown()
        super().closeEvent(event)
