"""Export from the window: ask what and where (:class:`ExportDialog`), export through the
export operation (files written in the worker), then say what was written and adjusted."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow, QMessageBox

from core.app.progress import Cancelled
from core.app.zones import ExportZones
from core.errors import SaringError
from core.publish.channels import Channel
from core.publish.presets import DateOrder
from core.store.models import Status
from core.store.queue import QueueStore
from ui import operations as ops
from ui.export_dialog import ExportDialog, ExportReport
from ui.labels import counted
from ui.operations import Operations
from ui.queue_view import QueueView


class ExportActions(QObject):
    """``media_base_url()``: the setting "Alamat publik folder media" at export time;
    ``refuse_write()`` says why and returns True when nothing may be written (read-only)."""

    def __init__(self, store: QueueStore, operations: Operations, queue: QueueView, *,
                 media_base_url: Callable[[], str], refuse_write: Callable[[], bool],
                 window: QMainWindow, zones: Callable[[], ExportZones | None] = lambda: None) -> None:
        super().__init__(window)
        self._store, self._ops, self._queue, self._window = store, operations, queue, window
        self._media_base_url, self._refuse_write, self._zones = media_base_url, refuse_write, zones
        self.last_report: ExportReport | None = None

    def export_queue(self, fmt: str | None = None) -> None:
        """Ask what and where, then export; ``fmt``: the format chosen first (a preset id)."""
        if self._refuse_write():
            return
        dialog = ExportDialog(Path.home(), self._queue.status_filter(), self._window,
                              batches=self._store.exports.batches()[:30])
        if fmt is not None:
            dialog.format.setCurrentIndex(max(0, dialog.format.findData(fmt)))
        if dialog.exec() != ExportDialog.DialogCode.Accepted:
            return
        choice = dialog.choice()
        self.run_export(choice.path, choice.fmt, choice.status, channel=choice.channel,
                        date_order=choice.date_order, batch=choice.batch)

    def run_export(self, path: Path, fmt: str, status: Status | None, *, channel: Channel | None = None,
                   date_order: DateOrder = DateOrder.MDY, batch: int | None = None) -> None:
        if self._refuse_write():
            return
        bar = self._window.statusBar()
        op = ops.export(self._store, path, fmt, status=status, channel=channel, batch=batch,
                        date_order=date_order, media_base_url=self._media_base_url(),
                        who=self._queue.who(), zones=self._zones(), started=lambda n: bar.showMessage(
                            self.tr("Mengekspor {0} unggahan…").format(n)))
        self._ops.run(op, initiator=self, success=self._exported, failure=self._failed)

    def _exported(self, done: ops.Exported) -> None:
        if done.record_problem:
            QMessageBox.warning(self._window, self.tr("Status tidak diubah"), done.record_problem)
        result = done.result
        bar = self._window.statusBar()
        if not result.files:  # nothing matched: say so, and why when posts were refused
            bar.showMessage(self.tr("Tidak ada yang diekspor; tidak ada berkas yang ditulis."), 10000)
        else:
            bar.showMessage(counted().exported_files(len(result.post_ids), result.files), 10000)
        self.last_report = ExportReport(result, self._window)  # names every file written
        self.last_report.open()

    def _failed(self, error: BaseException) -> None:
        self._window.statusBar().clearMessage()
        if isinstance(error, Cancelled):  # the user's choice, not a failure: no message box
            self._window.statusBar().showMessage(self.tr("Ekspor dibatalkan; tidak ada berkas "
                                                         "yang ditulis."), 10000)
            return
        message = str(error) if isinstance(error, SaringError) else repr(error)
        QMessageBox.warning(self._window, self.tr("Ekspor gagal"),
                            self.tr("Berkas tidak ditulis dan antrean tidak berubah.\n\n{0}").format(message))
