"""Alat → Laporan bulanan: pick a month, see the report's pages, save it as PDF, .xlsx or CSV,
or merge the reports of several OPDs (Diskominfo's view). The report is counted and its pages
drawn in the worker (ui/tasks.py): the window stays responsive meanwhile, the dialog's progress
bar shows how far it is, and "Batal" stops it (a cancelled save leaves no file). Picking
another month cancels the build of the previous one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, QMargins, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from core.app.progress import Cancelled, Progress
from core.app.settings import Settings
from core.errors import SaringError
from core.publish.report import Month, MonthReport, RegencyReport, merge_reports, office_report_at
from core.publish.report_files import read_many
from ui import file_dialogs
from ui.report_pdf import render_pages, write_report
from ui.tasks import ProgressPanel, TaskRunner

PREVIEW_DPI = 72
MONTHS_BACK = 24


class ReportDialog(QDialog):
    """The monthly report of the database at ``db_path``, built with ``tasks``."""

    def __init__(self, db_path: Path, settings: Settings, tasks: TaskRunner,
                 parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Laporan bulanan"))
        self._db_path, self._settings, self._tasks = db_path, settings, tasks
        self.report: MonthReport | RegencyReport | None = None
        self.pages: list[QImage] = []
        self._generation = 0
        today = today or dt.date.today()
        locale = QLocale(QLocale.Language.Indonesian if settings.language == "id"
                         else QLocale.Language.English)

        self.month = QComboBox()
        self.month.setAccessibleName(self.tr("Bulan laporan"))
        year, month = today.year, today.month
        for _ in range(MONTHS_BACK):
            self.month.addItem(f"{locale.standaloneMonthName(month)} {year}", f"{year:04d}-{month:02d}")
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        self.month.currentIndexChanged.connect(lambda _i: self.build())
        self.merge_button = QPushButton(self.tr("Gabungkan laporan OPD…"))
        self.merge_button.setToolTip(self.tr(
            "Untuk Diskominfo: pilih berkas laporan .xlsx atau .csv dari beberapa OPD untuk bulan "
            "yang sama; hasilnya satu laporan kabupaten."))
        self.merge_button.clicked.connect(self.choose_merge)
        top = QHBoxLayout()
        month_label = QLabel(self.tr("&Bulan:"))
        month_label.setBuddy(self.month)
        top.addWidget(month_label)
        top.addWidget(self.month)
        top.addStretch(1)
        top.addWidget(self.merge_button)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.progress = ProgressPanel()  # a month of 100,000 posts takes seconds: how far, "Batal"
        self.progress.cancel_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.pages_box = QWidget()
        self.pages_layout = QVBoxLayout(self.pages_box)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.pages_layout.setSpacing(12)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.pages_box)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll.setAccessibleName(self.tr("Pratinjau laporan"))

        self.save_pdf = QPushButton(self.tr("Simpan &PDF…"))
        self.save_xlsx = QPushButton(self.tr("Simpan &Excel (.xlsx)…"))
        self.save_csv = QPushButton(self.tr("Simpan &CSV…"))
        close = QPushButton(self.tr("&Tutup"))
        close.clicked.connect(self.reject)
        self.save_pdf.clicked.connect(lambda: self.save(".pdf"))
        self.save_xlsx.clicked.connect(lambda: self.save(".xlsx"))
        self.save_csv.clicked.connect(lambda: self.save(".csv"))
        buttons = QHBoxLayout()
        for button in (self.save_pdf, self.save_xlsx, self.save_csv):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(buttons)
        self.resize(760, 820)
        self._set_saving_enabled(False)
        self.build()

    # -- building ---------------------------------------------------------------------------

    def build(self) -> None:
        """Count the chosen month and draw its pages in the worker."""
        month = Month.parse(self.month.currentData())
        path, settings = self._db_path, self._settings
        self._start(self.tr("Menyiapkan laporan %1…").replace("%1", self.month.currentText()),
                    lambda progress: _with_pages(office_report_at(path, month, settings,
                                                                  progress=progress), progress))

    def choose_merge(self) -> None:
        files = file_dialogs.open_files(self, self.tr("Gabungkan laporan OPD"), "report",
                                        self.tr("Laporan Saring (*.xlsx *.csv)"))
        if files:
            self.merge([Path(f) for f in files])

    def merge(self, files: list[Path]) -> None:
        self._start(self.tr("Menggabungkan %n laporan…", "", len(files)),
                    lambda progress: _with_pages(merge_reports(read_many(files, progress=progress)),
                                                 progress))

    def _start(self, message: str,
               job: Callable[[Progress], tuple[MonthReport | RegencyReport, list[QImage]]]) -> None:
        self._generation += 1
        generation = self._generation
        self.progress.cancel()  # the build this one replaces: its result would be dropped anyway
        self.status.clear()  # the progress panel says what is being done
        self.report = None  # nothing to save until the new report is shown
        self._set_saving_enabled(False)
        self._tasks.run_with_progress(job, lambda result: self._shown(generation, *result),
                                      lambda error: self._failed(generation, error),
                                      label=message, panel=self.progress)

    def _shown(self, generation: int, report: MonthReport | RegencyReport, pages: list[QImage]) -> None:
        if generation != self._generation:
            return  # another month was picked meanwhile
        self.report, self.pages = report, pages
        self._clear_pages()
        for image in pages:
            page = QLabel()
            page.setPixmap(QPixmap.fromImage(image))
            page.setFrameShape(QFrame.Shape.Box)
            page.setFixedSize(image.size().grownBy(QMargins(1, 1, 1, 1)))
            self.pages_layout.addWidget(page)
        # the new pages are shown only when the event loop runs: size the box from them now
        margins = self.pages_layout.contentsMargins()
        spacing = self.pages_layout.spacing() * max(0, len(pages) - 1)
        width = max((i.width() for i in pages), default=0) + 2 + margins.left() + margins.right()
        height = sum(i.height() + 2 for i in pages) + spacing + margins.top() + margins.bottom()
        self.pages_box.resize(width, height)
        if isinstance(report, RegencyReport):
            self.status.setText(self.tr("Laporan gabungan %1 OPD, %2: %3 unggahan direncanakan.")
                                .replace("%1", str(len(report.offices)))
                                .replace("%2", report.month.label)
                                .replace("%3", str(report.total.planned)))
        else:
            self.status.setText(self.tr("%1: %2 unggahan direncanakan, %3 terbit, %4 halaman.")
                                .replace("%1", self.month.currentText())
                                .replace("%2", str(report.total.planned))
                                .replace("%3", str(report.total.published))
                                .replace("%4", str(len(pages))))
        self._set_saving_enabled(True)

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        if isinstance(error, Cancelled):
            self._clear_pages()
            self.status.setText(self.tr("Penyusunan laporan dibatalkan. Pilih bulan untuk "
                                        "menyusunnya lagi."))
            return
        if not isinstance(error, SaringError):
            raise error
        self.status.setText(self.tr("Laporan tidak dapat dibuat: %1").replace("%1", str(error)))

    def _clear_pages(self) -> None:
        while self.pages_layout.count():
            item = self.pages_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()

    def _set_saving_enabled(self, enabled: bool) -> None:
        for button in (self.save_pdf, self.save_xlsx, self.save_csv):
            button.setEnabled(enabled)

    # -- saving -----------------------------------------------------------------------------

    def suggested_name(self, suffix: str) -> str:
        report = self.report
        if isinstance(report, RegencyReport):
            return f"laporan-kabupaten-{report.month}{suffix}"
        return f"laporan-{report.month if report else 'bulanan'}{suffix}"

    def save(self, suffix: str) -> None:
        filters = {".pdf": self.tr("PDF (*.pdf)"), ".xlsx": self.tr("Buku kerja Excel (*.xlsx)"),
                   ".csv": self.tr("Berkas CSV (*.csv)")}[suffix]
        chosen = file_dialogs.save_file(self, self.tr("Simpan laporan"), "report",
                                        self.suggested_name(suffix), filters)
        if chosen:
            path = Path(chosen)
            self.save_to(path if path.suffix.lower() == suffix else path.with_name(path.name + suffix))

    def save_to(self, path: Path) -> None:
        """Write the shown report to ``path`` (the type by its ending) in the worker."""
        report = self.report
        if report is None:
            return
        message = self.tr("Menyimpan %1…").replace("%1", path.name)
        self.status.clear()
        self._set_saving_enabled(False)
        self._tasks.run_with_progress(lambda progress: write_report(report, path, progress=progress),
                                      lambda _none: self._saved(path), self._save_failed,
                                      label=message, panel=self.progress)

    def _saved(self, path: Path) -> None:
        self.status.setText(self.tr("Laporan disimpan: %1").replace("%1", str(path)))
        self._set_saving_enabled(True)

    def _save_failed(self, error: BaseException) -> None:
        if isinstance(error, Cancelled):
            self.status.setText(self.tr("Penyimpanan dibatalkan; tidak ada berkas yang ditulis."))
        elif isinstance(error, SaringError):
            self.status.setText(self.tr("Laporan tidak disimpan: %1").replace("%1", str(error)))
        else:
            raise error
        self._set_saving_enabled(True)

    def done(self, result: int) -> None:
        """Closing the dialog stops its work: a build is dropped, a save leaves no file."""
        self.progress.cancel()
        super().done(result)
        self._set_saving_enabled(True)


def open_report(window: QWidget, db_path: Path, settings: Settings, tasks: TaskRunner) -> None:
    """Alat → Laporan bulanan."""
    ReportDialog(db_path, settings, tasks, window).exec()


def _with_pages(report: MonthReport | RegencyReport, progress: Progress
                ) -> tuple[MonthReport | RegencyReport, list[QImage]]:
    return report, render_pages(report, dpi=PREVIEW_DPI, progress=progress)
