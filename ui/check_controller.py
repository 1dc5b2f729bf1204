"""The check loop of the post form: the checker, checks off the UI thread, ignores and fixes.

The editor's debounce asks for a check; the text is taken here with a revision number and
checked in the worker (``ui/tasks.py``), which also builds the underlines' index and the
panel's counts; a result for text that has changed since is dropped. At most one check runs;
a request during a check runs once it is done. While a local LanguageTool starts, the other
findings show at once and the post is checked again until LanguageTool's come too.
Dictionary words, ignores and packs changed anywhere (``Changes``) reach the checker here.
"""

from __future__ import annotations

import gc
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QMessageBox, QStatusBar, QWidget

from core.app.post_size import MAX_POST_CHARS, thousands
from core.check.checker import Checker
from core.check.findings import CheckReport, Finding
from core.store.user_dictionary import IgnoreSet, UserDictionary, UserDictionaryError, post_key
from ui import operations as ops
from ui.compose import ComposeForm
from ui.findings_panel import FindingsPanel, PanelModel, verdict
from ui.highlighter import HighlightIndex
from ui.labels import category_label
from ui.offsets import OffsetMap
from ui.operations import Changes, Operations
from ui.severity_icons import severity_pixmap

ENGINE_RECHECK_MS = 2000  # while a local LanguageTool starts, check again this often


class CheckController(QObject):
    """``refuse_write()`` says why and returns True when nothing may be written (read-only);
    ``show_form()`` brings the form's tab to the front."""

    unignore_available = Signal(bool)  # whether "Batalkan abaikan" has something to undo

    def __init__(self, *, compose: ComposeForm, findings: FindingsPanel, verdict: QLabel,
                 status: QStatusBar, operations: Operations, dictionary: UserDictionary,
                 checker_factory: Callable[[], Checker], refuse_write: Callable[[], bool],
                 show_form: Callable[[], None], parent: QWidget,
                 verdict_icon: QLabel | None = None) -> None:
        super().__init__(parent)
        self._compose, self._findings, self._verdict, self._status = compose, findings, verdict, status
        self._ops, self._tasks, self._dictionary = operations, operations.tasks, dictionary
        self._factory, self._refuse_write, self._show_form = checker_factory, refuse_write, show_form
        self.checker: Checker | None = None
        self.verdict_icon = verdict_icon  # the verdict's drawn icon, when the window has one
        self._revision = 0  # bumped on every change that can alter findings
        self._edits = 0  # bumped on every edit of the text
        self._finding_shown: Finding | None = None  # the finding the status bar last explained
        self._checking = False
        self._check_again = False
        self._closed = False
        self._languagetool_error_shown: str | None = None  # said once in the status bar
        self._last_ignore: int | None = None  # the last "Abaikan", for "Batalkan abaikan"
        self.unignore_shortcut = ""  # named in the status bar after an "Abaikan"
        self._engine_recheck = QTimer(self, singleShot=True, interval=ENGINE_RECHECK_MS)
        self._engine_recheck.timeout.connect(self.request_check)
        body = compose.body
        body.textChanged.connect(self._text_changed)
        body.add_to_dictionary_requested.connect(self.add_to_dictionary)
        body.ignore_requested.connect(lambda finding: self._ignore(finding=finding))
        body.ignore_all_requested.connect(lambda word: self._ignore(word=word))
        compose.check_requested.connect(self.request_check)
        compose.sources.textChanged.connect(self._sources_changed)
        findings.finding_activated.connect(self._select_finding)
        findings.fix_requested.connect(self.apply_fix)
        operations.hub.changed.connect(self._changes)

    # -- the checker ------------------------------------------------------------------------

    def load_checker(self) -> None:
        """Build the checker in the worker (at the start, and again for new packs or engine)."""
        self._tasks.run(self._factory, self._checker_ready, self._checker_failed)

    def _checker_ready(self, checker: Checker) -> None:
        checker.set_user_words(self._dictionary.words())  # no check runs yet
        if self.checker is not None and self.checker is not checker:
            self.checker.close()  # a reloaded checker: stop the old one's LanguageTool server
        self.checker = checker
        # The dictionary is ~160,000 long-lived objects: a full garbage collection during a
        # check of a large paste walked them all while holding the GIL (0.1–0.3 s of frozen
        # window). Frozen objects are never scanned again.
        gc.freeze()
        # The count, not the names: eight names do not fit beside the verdict (Alat lists them).
        self._status.showMessage(self.tr("Siap: kamus dan %n paket aturan dimuat.", "",
                                         len(checker.packs)), 8000)
        if checker.languagetool_error:  # the other checks work without it
            self._status.showMessage(checker.languagetool_error, 15000)
            self._languagetool_error_shown = checker.languagetool_error
        self.request_check()

    def _checker_failed(self, error: BaseException) -> None:
        self._findings.show_pending(self.tr("Pemeriksa tidak dapat dimuat: {0}").format(error))
        QMessageBox.critical(self._compose.window(), self.tr("Pemeriksa tidak dapat dimuat"), str(error))

    def _changes(self, changes: Changes, _initiator: object) -> None:
        """Packs or engine: load the checker again; words: give them to the checker; ignores:
        check again."""
        if changes.packs or (changes.engine and self.checker is not None):
            if changes.packs:
                self._status.showMessage(self.tr("Memuat ulang paket aturan…"))
            self.load_checker()
        elif changes.dictionary and self.checker is not None:
            checker, words = self.checker, self._dictionary.words()
            self._tasks.run(lambda: checker.set_user_words(words), lambda _: self.request_check(),
                            self.check_failed)
        elif changes.ignores:
            self.request_check()

    def stop(self) -> Checker | None:
        """The window closes: no more checks. Returns the checker, to close after the worker."""
        checker, self.checker = self.checker, None
        self._closed = True
        self._engine_recheck.stop()
        return checker

    # -- the loop ---------------------------------------------------------------------------

    def _text_changed(self) -> None:
        self._revision += 1
        self._edits += 1

    def _sources_changed(self) -> None:
        """A source named in the Sumber field covers the post's claims: check again."""
        if self._compose.window().isVisible():  # not while the window is closing
            self.request_check()

    def request_check(self) -> None:
        """Check the current post in the background; at most one check runs at a time, and a
        request during a check runs once that check is done."""
        if self.checker is None or self._closed:  # the worker stops when the window closes
            return
        if self._checking:
            self._check_again = True
            return
        self._revision += 1
        revision, checker, compose = self._revision, self.checker, self._compose
        text = compose.body.toPlainText()
        if len(text) > MAX_POST_CHARS:
            self._too_long(text)
            return
        channels, day = compose.channels(), compose.check_date()
        sources, ignores = compose.sources.toPlainText(), self.current_ignores()
        images = len(compose.images.images())
        self._checking = True

        def job() -> tuple[CheckReport, HighlightIndex, PanelModel, bool]:
            # the underlines' index and the panel's counts too: each costs the UI thread ~20 ms
            # on a 1 MB paste (bench/ui_latency.py)
            report = checker.check(text, channels=channels, on_date=day, sources=sources,
                                   ignores=ignores, wait=False, images=images)
            return (report, HighlightIndex.build(report.text, report.findings),
                    PanelModel.of(report), checker.languagetool_pending)

        self._tasks.run(job, lambda result: self._checked(revision, *result), self.check_failed)

    def _checked(self, revision: int, report: CheckReport, index: HighlightIndex | None = None,
                 model: PanelModel | None = None, engine_pending: bool = False) -> None:
        self._checking = False
        error = self.checker.languagetool_error if self.checker is not None else None
        if error and error != self._languagetool_error_shown:  # e.g. the folder's LanguageTool
            self._languagetool_error_shown = error  # could not start: the other checks go on
            self._status.showMessage(error, 15000)
        elif engine_pending:  # LanguageTool's findings were left out: it is still starting
            self._status.showMessage(self.tr(
                "LanguageTool sedang dijalankan; temuan bahasa Inggris menyusul."), ENGINE_RECHECK_MS + 500)
            self._engine_recheck.start()
        if revision == self._revision:  # drop results for text that has changed since
            self._compose.body.show_findings(report.text, report.findings, index=index)
            # the panel in the next event-loop turn: each half stays short on a huge post
            edits = self._edits
            QTimer.singleShot(0, lambda: self._show_report(edits, report, model))
        if self._check_again:
            self._check_again = False
            self.request_check()

    def _show_report(self, edits: int, report: CheckReport, model: PanelModel | None = None) -> None:
        if edits == self._edits:  # the text has not changed since the underlines were set
            model = model or PanelModel.of(report)
            self._findings.show_report(report, model=model)
            self.show_verdict(report, model)
            self._clear_gone_finding(report)

    def _clear_gone_finding(self, report: CheckReport) -> None:
        """The status bar's line about a finding goes once the finding is gone (fixed, or
        its image attached): a stale "Instagram tidak menerima…" must not stay."""
        shown = self._finding_shown
        if shown is None or self._status.currentMessage() != self._finding_line(shown):
            return
        if not any(f.rule_id == shown.rule_id and f.message == shown.message for f in report.findings):
            self._status.clearMessage()
            self._finding_shown = None

    def show_verdict(self, report: CheckReport, model: PanelModel | None = None) -> None:
        """The status bar's verdict on ``report``: its sentence, after a drawn severity icon."""
        text, severity = verdict(report, model) if report.text.strip() else ("", None)
        self._verdict.setText(text)
        if self.verdict_icon is not None:
            self.verdict_icon.setPixmap(severity_pixmap(severity, 14, self._verdict.palette()) if text
                                        else QPixmap())

    def too_long_message(self, length: int) -> str:
        """Why a post this long is neither checked nor saved (core/app/post_size.py)."""
        return self.tr("Unggahan terlalu panjang: {0} karakter, batasnya {1} karakter (media "
                       "sosial mana pun menerima paling banyak 63.206 karakter). Teks ini tidak "
                       "diperiksa dan tidak dapat disimpan ke antrean; bagi menjadi beberapa "
                       "unggahan.").format(thousands(length), thousands(MAX_POST_CHARS))

    def refuse_too_long(self, text: str) -> bool:
        """Say why a text beyond the post limit cannot be saved, and return True; False for
        a text within it."""
        if len(text) <= MAX_POST_CHARS:
            return False
        QMessageBox.warning(self._compose.window(), self.tr("Tidak tersimpan"),
                            self.too_long_message(len(text)))
        return True

    def _too_long(self, text: str) -> None:
        """A text beyond the post limit: say so instead of checking it, with no underlines
        left from an earlier, shorter text."""
        self._compose.body.show_findings(text, ())
        self._findings.show_report(CheckReport(text=text, findings=()))
        self._findings.view.clear()  # not "no findings": the text was not checked
        self._findings.show_pending(self.too_long_message(len(text)))
        self.show_verdict(CheckReport(text="", findings=()))
        self._status.showMessage(self.tr("Unggahan terlalu panjang untuk diperiksa."), 8000)

    def check_failed(self, error: BaseException) -> None:
        self._checking = False
        self._findings.show_pending(self.tr("Pemeriksaan gagal: {0}").format(error))

    # -- dictionary and ignores -------------------------------------------------------------

    def add_to_dictionary(self, word: str) -> None:
        if self.checker is None or self._refuse_write():
            return
        self._ops.run(ops.add_word(self._dictionary, word), initiator=self,
                      success=lambda _: self._status.showMessage(
                          self.tr("“{0}” ditambahkan ke kamus.").format(word), 5000),
                      failure=lambda exc: QMessageBox.warning(
                          self._compose.window(), self.tr("Kamus tidak diubah"), str(exc)))

    def current_ignores(self) -> IgnoreSet | None:
        """What the admin chose to ignore in the post being edited."""
        try:
            return self._dictionary.ignores(post_key(self._compose.editing_id))
        except UserDictionaryError:
            return None  # a database problem must not stop the checks

    def _ignore(self, *, finding: Finding | None = None, word: str = "") -> None:
        if self._refuse_write():
            return
        self._ops.run(ops.ignore(self._dictionary, self._compose.editing_id, finding=finding, word=word),
                      initiator=self, success=self._ignored, failure=self._not_stored)

    def _ignored(self, ignore_id: int) -> None:
        self._last_ignore = ignore_id
        self.unignore_available.emit(True)
        self._status.showMessage(
            self.tr("Diabaikan. Periksa → Batalkan abaikan ({0}) menampilkannya lagi.").format(
                self.unignore_shortcut), 10000)

    def _not_stored(self, error: BaseException) -> None:
        QMessageBox.warning(self._compose.window(), self.tr("Tidak tersimpan"), str(error))

    def undo_ignore(self) -> None:
        """Undo the last "Abaikan" (older ones: Alat → Kamus dan abaikan)."""
        if self._last_ignore is None:
            self._status.showMessage(self.tr("Tidak ada abaikan yang bisa dibatalkan. Semua yang "
                                             "diabaikan ada di Alat → Kamus dan abaikan."), 6000)
            return
        self._ops.run(ops.unignore(self._dictionary, self._last_ignore), initiator=self,
                      success=lambda _: self._unignored(), failure=self._not_stored)

    def _unignored(self) -> None:
        self._last_ignore = None
        self.unignore_available.emit(False)
        self._status.showMessage(self.tr("Abaikan dibatalkan; temuannya tampil lagi."), 6000)

    # -- going to findings and fixing them --------------------------------------------------

    def _select_finding(self, finding: Finding) -> None:
        if not finding.is_post_level:
            self._compose.body.select_span(finding.start, finding.end)

    def _report_is_current(self) -> bool:
        """Whether the findings shown belong to the text in the editor (offsets still valid)."""
        if self._findings.report.text == self._compose.body.toPlainText():
            return True
        self._status.showMessage(self.tr("Teks berubah; tunggu pemeriksaan selesai."), 4000)
        self.request_check()
        return False

    def next_finding(self, step: int = 1) -> None:
        """Go to the next finding (F7, as in Word), in text order, within the filter shown."""
        if not self._report_is_current():
            return
        panel, body = self._findings, self._compose.body
        order = sorted(panel.shown())
        if not order:
            self._status.showMessage(self.tr("Tidak ada temuan."), 4000)
            return
        if panel.current in order:
            index = order[(order.index(panel.current) + step) % len(order)]
        else:
            cursor = body.textCursor()
            here = OffsetMap(body.toPlainText()).to_code_point(
                cursor.selectionEnd() if step > 0 else cursor.selectionStart())
            if step > 0:
                index = next((i for i in order if panel.findings[i].start >= here), order[0])
            else:
                index = next((i for i in reversed(order) if panel.findings[i].end <= here), order[-1])
        self._show_form()
        panel.activate(index)
        finding = panel.findings[index]
        self._finding_shown = finding
        self._status.showMessage(self._finding_line(finding), 10000)

    @staticmethod
    def _finding_line(finding: Finding) -> str:
        return f"{category_label(finding.category)}: {finding.message}"

    def previous_finding(self) -> None:
        self.next_finding(-1)

    def fix_current(self) -> None:
        """Apply the first suggestion of the current finding (the one F7 went to, else the one
        under the cursor)."""
        if not self._report_is_current():
            return
        panel, body = self._findings, self._compose.body
        finding = (panel.findings[panel.current] if panel.current is not None
                   else body.finding_at(body.cursorRect().center()))
        if finding is None or not finding.suggestions:
            self._status.showMessage(self.tr("Tidak ada saran untuk diterapkan di sini."), 4000)
            return
        self.apply_fix(finding)

    def apply_fix(self, finding: Finding) -> None:
        """Replace the finding's text with its first suggestion (one undoable edit)."""
        if not finding.suggestions or not self._report_is_current():
            return
        self._show_form()
        self._compose.body.replace_span(finding.start, finding.end, finding.suggestions[0])
        self._findings.current = None
        self._status.showMessage(
            self.tr("“{0}” diganti dengan “{1}”. Ctrl+Z membatalkan.").format(
                finding.actual, finding.suggestions[0]), 6000)
        self.request_check()
