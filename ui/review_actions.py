"""The queue's "Tinjauan" button: send the selected posts for review in one file, receive a
reviewed file back, and apply the head of office's decisions from the .xlsx review copy. The
files are written and read in the worker; the queue stays usable and says it is busy, and
allows no second file meanwhile."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from core.app.progress import Cancelled
from core.app.settings import load_settings
from core.errors import SaringError
from core.publish.review_import import ReviewImport
from core.store.bundle import BundleResult, ImportResult
from core.store.queue import QueueStore
from ui import file_dialogs
from ui import operations as ops
from ui.buttons import MenuButton, close_buttons
from ui.labels import counted
from ui.operations import Operations


class ReviewActions(QObject):
    """``line``: the queue's count line, where progress and results are said;
    ``said(message)``: told the whole last message (a result or an error);
    ``copy_requested``: the export dialog should open on the review copy's format."""

    copy_requested = Signal()

    def __init__(self, store: QueueStore, operations: Operations, *, line: QLabel,
                 selected_ids: Callable[[], list[int]], who: Callable[[], str],
                 media_dir: Callable[[], Path], said: Callable[[str], None], parent: QWidget) -> None:
        super().__init__(parent)
        self._store, self._ops, self._line = store, operations, line
        self._selected_ids, self._who, self._media_dir, self._said = selected_ids, who, media_dir, said
        self._parent = parent
        self.button = MenuButton()
        menu = QMenu(self.button)
        send, receive = menu.addAction("", self._send_dialog), menu.addAction("", self._receive_dialog)
        menu.addSeparator()
        # the head's .xlsx copy is written by the export (its format "Salinan tinjauan Excel");
        # named here too, beside reading the decisions back, so that it can be found
        self.copy_action = menu.addAction("", self.copy_requested.emit)
        self._actions = (send, receive, menu.addAction("", self._decisions_dialog))
        self.button.setMenu(menu)

    def retranslate_ui(self) -> None:
        self.button.setText(self.tr("Tinjauan"))
        self._actions[0].setText(self.tr("Kirim untuk ditinjau…"))
        self._actions[1].setText(self.tr("Terima berkas tinjauan…"))
        self._actions[2].setText(self.tr("Terima keputusan pimpinan (.xlsx)…"))
        self.copy_action.setText(self.tr("Buat salinan tinjauan pimpinan (.xlsx)…"))
        self.button.setToolTip(self.tr(
            "Kirim unggahan terpilih (dengan temuan dan gambarnya) dalam satu berkas untuk "
            "ditinjau di PC lain, terima berkas tinjauan beserta keputusan peninjau, buat "
            "salinan tinjauan Excel untuk pimpinan, atau terapkan keputusan pimpinan dari "
            "salinan itu."))

    # -- sending ----------------------------------------------------------------------------

    def _send_dialog(self) -> None:
        if not self._selected_ids():
            QMessageBox.information(self._parent, self.tr("Kirim untuk ditinjau"),
                                    self.tr("Pilih dulu unggahan yang akan ditinjau."))
            return
        path = file_dialogs.save_file(
            self._parent, self.tr("Simpan berkas tinjauan"), "review", "tinjauan.saring",
            self.tr("Berkas tinjauan Saring (*.saring)"))
        if path:
            self.send(Path(path if path.endswith(".saring") else path + ".saring"))

    def send(self, path: Path) -> None:
        """Write the selected posts to a review bundle: the database is read here, the file is
        written by the worker."""
        self._busy(self.tr("Menulis berkas tinjauan ke {0}…").format(path))
        self._ops.run(ops.send_bundle(self._store, self._selected_ids(), path, sender=self._who(),
                                      office=load_settings().opd_name),
                      initiator=self, success=self._sent, failure=self._send_failed)

    def _sent(self, sent: BundleResult) -> None:
        self._idle()
        message = self.tr("{0} dan {1} ditulis ke {2}. Kirim berkas itu ke peninjau (surel, "
                          "flashdisk).").format(counted().posts(sent.posts),
                                                counted().images(sent.images), sent.path)
        self._line.setText(message)
        self._said(message)

    def _send_failed(self, error: BaseException) -> None:
        self._idle()
        message = str(error) if isinstance(error, SaringError) else repr(error)
        self._said(message)
        if isinstance(error, Cancelled):  # the user's choice: said on the line, no message box
            self._line.setText(self.tr("Pengiriman dibatalkan; tidak ada berkas yang ditulis."))
            return
        QMessageBox.warning(self._parent, self.tr("Berkas tinjauan tidak ditulis"), self.tr(
            "Berkas tidak ditulis; antrean tidak berubah.\n\n{0}").format(message))

    # -- receiving --------------------------------------------------------------------------

    def _receive_dialog(self) -> None:
        path = file_dialogs.open_file(self._parent, self.tr("Buka berkas tinjauan"), "review",
                                      self.tr("Berkas tinjauan Saring (*.saring)"))
        if path:
            self.receive(Path(path))

    def receive(self, path: Path) -> None:
        """Import a review bundle: the worker reads it and copies its images into the media
        folder; the posts, history and decisions go into the queue here, afterwards."""
        self._busy(self.tr("Membaca berkas tinjauan {0}…").format(path))
        self._ops.run(ops.receive_bundle(self._store, path, media_dir=self._media_dir()),
                      initiator=self, success=self._received, failure=self._receive_failed)

    def _received(self, got: ImportResult) -> None:
        self._idle()
        message = self.tr("{0} unggahan baru, {1} diperbarui, {2} keputusan status "
                          "diterapkan.").format(len(got.added), len(got.updated), len(got.decisions))
        if got.notes:
            message += "\n" + "\n".join(got.notes)
        self._line.setText(message.split("\n", 1)[0])
        self._said(message)
        if got.notes:
            self.report_notes(message)

    def report_notes(self, message: str) -> None:
        QMessageBox.information(self._parent, self.tr("Catatan berkas tinjauan"), message)

    def _receive_failed(self, error: BaseException) -> None:
        self._idle()
        message = str(error) if isinstance(error, SaringError) else repr(error)
        self._line.setText(self.tr("Berkas tinjauan tidak dibaca."))
        self._said(message)
        if isinstance(error, Cancelled):
            self._line.setText(self.tr("Penerimaan dibatalkan; antrean tidak berubah."))
            return
        QMessageBox.warning(self._parent, self.tr("Berkas tinjauan tidak dibaca"), message)

    # -- the head of office's decisions (.xlsx review copy) ------------------------------------

    def _decisions_dialog(self) -> None:
        path = file_dialogs.open_file(self._parent, self.tr("Buka salinan tinjauan pimpinan"),
                                      "review", self.tr("Buku kerja Excel (*.xlsx)"))
        if path:
            self.receive_decisions(Path(path))

    def receive_decisions(self, path: Path) -> None:
        """Read the review copy in the worker, then apply its decisions here and show the
        report, post by post."""
        self._busy(self.tr("Membaca keputusan pimpinan dari {0}…").format(path))
        self._ops.run(ops.receive_review_copy(self._store, path, who=self._who()),
                      initiator=self, success=self._decided, failure=self._decisions_failed)

    def _decided(self, got: ReviewImport) -> None:
        self._idle()
        message = self.tr("Keputusan pimpinan: {0} diterapkan, {1} tidak diterapkan, {2} baris "
                          "tanpa keputusan.").format(len(got.applied), len(got.not_applied), got.empty)
        self._line.setText(message)
        self._said(message)
        self.last_report = DecisionsReport(message, got, self._parent)
        self.last_report.open()

    def _decisions_failed(self, error: BaseException) -> None:
        self._idle()
        message = str(error) if isinstance(error, SaringError) else repr(error)
        self._line.setText(self.tr("Keputusan pimpinan tidak dibaca."))
        self._said(message)
        QMessageBox.warning(self._parent, self.tr("Keputusan pimpinan tidak dibaca"), self.tr(
            "Antrean tidak berubah.\n\n{0}").format(message))

    # -- busy -------------------------------------------------------------------------------

    def _busy(self, text: str) -> None:
        """A bundle is being written or read: say so, and allow no second one meanwhile."""
        self.button.setEnabled(False)
        self._line.setText(text)
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)

    def _idle(self) -> None:
        QApplication.restoreOverrideCursor()
        self.button.setEnabled(True)


class DecisionsReport(QDialog):
    """What the head of office's review copy changed, and what it could not, post by post."""

    def __init__(self, summary: str, got: ReviewImport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Laporan keputusan pimpinan"))
        said = QLabel(summary)
        said.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        lines = []
        if got.not_applied:
            lines += [self.tr("Tidak diterapkan:")] + [f"  {line}" for line in
                                                        _lines(got, applied=False)] + [""]
        if got.applied:
            lines += [self.tr("Diterapkan:")] + [f"  {line}" for line in _lines(got, applied=True)]
        self.text.setPlainText("\n".join(lines) or self.tr("Tidak ada keputusan di berkas ini."))
        layout = QVBoxLayout(self)
        layout.addWidget(said)
        layout.addWidget(self.text, 1)
        layout.addWidget(close_buttons(self))
        self.resize(720, 380)


def _lines(got: ReviewImport, *, applied: bool) -> list[str]:
    chosen = ReviewImport(got.applied if applied else got.not_applied, got.empty)
    return chosen.lines()
