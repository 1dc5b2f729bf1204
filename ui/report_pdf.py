"""The monthly report drawn with QPainter: an A4 PDF (QPdfWriter) and the same pages as images
for the window's preview. Printed in black and white it must still read: series differ by
pattern and grey (outline, hatching, solid), never by colour alone, and every bar has its
number written beside it.

The numbers come from :mod:`core.publish.report`; nothing here counts anything.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from core.app.progress import NO_PROGRESS, Progress
from core.publish.channels import Channel
from core.publish.report import MonthReport, RegencyReport
from core.publish.report_files import (
    OFFICE_COLUMNS,
    gap_lines,
    office_numbers,
    report_format,
    write_atomically,
    write_table_file,
)

Report = MonthReport | RegencyReport

A4_MM = QSizeF(210, 297)
MARGIN_MM = 16
PDF_DPI = 300
BLACK, DARK, MID, LIGHT = QColor(0, 0, 0), QColor(70, 70, 70), QColor(150, 150, 150), QColor(215, 215, 215)


@dataclass(frozen=True, slots=True)
class Series:
    """How one kind of bar is drawn: fill brush and whether it is narrow (inside the others)."""

    label: str
    brush: QBrush
    narrow: bool = False


PLANNED = Series("Direncanakan", QBrush(Qt.GlobalColor.white))
EXPORTED = Series("Diekspor", QBrush(MID, Qt.BrushStyle.BDiagPattern))
PUBLISHED = Series("Terbit", QBrush(BLACK), narrow=True)
CAUGHT = Series("Tertangkap", QBrush(Qt.GlobalColor.white))
FIXED = Series("Diperbaiki", QBrush(DARK))
IGNORED = Series("Diabaikan", QBrush(MID, Qt.BrushStyle.DiagCrossPattern))
CEREMONY = Series("Seremoni pimpinan", QBrush(DARK, Qt.BrushStyle.DiagCrossPattern))


class Pages:
    """Where pages are drawn: ``painter`` on the current page, ``new_page()`` for the next.
    ``width``/``height`` in device pixels, ``mm`` pixels per millimetre."""

    painter: QPainter
    width: float
    height: float
    mm: float
    progress: Progress = NO_PROGRESS  # checked at each new page: a cancel stops the drawing

    def new_page(self) -> None:
        raise NotImplementedError


class PdfPages(Pages):
    def __init__(self, path: Path) -> None:
        self.writer = QPdfWriter(str(path))
        self.writer.setResolution(PDF_DPI)
        self.writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                              QPageLayout.Orientation.Portrait,
                                              QMarginsF(0, 0, 0, 0)))
        self.writer.setCreator("Saring")
        self.painter = QPainter(self.writer)
        self.mm = PDF_DPI / 25.4
        self.width, self.height = A4_MM.width() * self.mm, A4_MM.height() * self.mm

    def new_page(self) -> None:
        self.progress.check()
        self.writer.newPage()

    def finish(self) -> None:
        self.painter.end()


class ImagePages(Pages):
    """A4 pages as white images ``dpi`` dots per inch (the preview)."""

    def __init__(self, dpi: int = 96) -> None:
        self.mm = dpi / 25.4
        self.width, self.height = A4_MM.width() * self.mm, A4_MM.height() * self.mm
        self.dpi = dpi
        self.images: list[QImage] = []
        self.painter = QPainter()
        self._start()

    def _start(self) -> None:
        image = QImage(round(self.width), round(self.height), QImage.Format.Format_RGB32)
        dots_per_metre = round(self.dpi / 0.0254)
        image.setDotsPerMeterX(dots_per_metre)
        image.setDotsPerMeterY(dots_per_metre)
        image.fill(Qt.GlobalColor.white)
        self.images.append(image)
        self.painter.begin(image)
        self.painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)

    def new_page(self) -> None:
        self.progress.check()
        self.painter.end()
        self._start()

    def finish(self) -> list[QImage]:
        self.painter.end()
        return self.images


# -- public entry points ----------------------------------------------------------------------

def write_pdf(report: Report, path: Path, *, made: dt.date | None = None,
              progress: Progress = NO_PROGRESS) -> None:
    """Draw ``report`` into an A4 PDF at ``path`` (atomically; raises ReportError, or
    Cancelled when ``progress`` is cancelled: then no file is left)."""
    def write(tmp: Path) -> None:
        pages = PdfPages(tmp)
        pages.progress = progress
        try:
            draw_report(pages, report, made=made)
        finally:
            pages.finish()
        if tmp.stat().st_size == 0:
            raise OSError("Qt tidak menulis PDF")
    write_atomically(path, write, progress=progress)


def write_report(report: Report, path: Path, *, progress: Progress = NO_PROGRESS) -> None:
    """``report`` as the file type ``path`` names: PDF here, .xlsx/CSV by core (ReportError;
    Cancelled when ``progress`` is cancelled, leaving no file)."""
    if report_format(path) == ".pdf":
        write_pdf(report, path, progress=progress)
    else:
        write_table_file(report, path, progress=progress)


def render_pages(report: Report, *, dpi: int = 96, made: dt.date | None = None,
                 progress: Progress = NO_PROGRESS) -> list[QImage]:
    """The report's pages as images (safe in a worker thread: QImage, not widgets)."""
    pages = ImagePages(dpi)
    pages.progress = progress
    try:
        draw_report(pages, report, made=made)
    except BaseException:
        pages.finish()
        raise
    return pages.finish()


def gui_for_files() -> QGuiApplication:
    """A QGuiApplication for drawing files from the command line: on Linux without a screen,
    Qt's offscreen platform (nothing is shown either way)."""
    app = QGuiApplication.instance()
    if app is not None:
        return app  # type: ignore[return-value]
    if (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    return QGuiApplication(sys.argv[:1])


# -- the layout ----------------------------------------------------------------------------------

class _Doc:
    """A cursor down the page: text, tables and charts, a new page when one does not fit."""

    def __init__(self, pages: Pages, title: str, made: dt.date) -> None:
        self.pages, self.title, self.made = pages, title, made
        self.mm = pages.mm
        self.left = MARGIN_MM * self.mm
        self.right = pages.width - MARGIN_MM * self.mm
        self.bottom = pages.height - (MARGIN_MM + 6) * self.mm
        self.page = 1
        self.y = MARGIN_MM * self.mm
        self._footer()

    @property
    def p(self) -> QPainter:
        return self.pages.painter

    @property
    def width(self) -> float:
        return self.right - self.left

    def font(self, size: float, *, bold: bool = False) -> QFont:
        font = QFont("DejaVu Sans")
        font.setStyleHint(QFont.StyleHint.SansSerif)
        # Point sizes follow the device's dots per inch: the same on paper and in the preview.
        font.setPixelSize(max(1, round(size * self.mm * 25.4 / 72)))
        font.setBold(bold)
        return font

    def ensure(self, height: float) -> None:
        if self.y + height > self.bottom:
            self.pages.new_page()
            self.page += 1
            self.y = MARGIN_MM * self.mm
            self._footer()

    def _footer(self) -> None:
        self.p.setFont(self.font(7.5))
        self.p.setPen(DARK)
        y = self.pages.height - MARGIN_MM * self.mm
        self.p.drawText(QRectF(self.left, y, self.width, 5 * self.mm),
                        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                        f"{self.title} · dibuat Saring {self.made.strftime('%d-%m-%Y')}")
        self.p.drawText(QRectF(self.left, y, self.width, 5 * self.mm),
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                        f"halaman {self.page}")
        self.p.setPen(QPen(MID, 0.25 * self.mm))
        self.p.drawLine(QPointF(self.left, y), QPointF(self.right, y))

    def text(self, value: str, size: float = 10, *, bold: bool = False, gap: float = 1.5,
             colour: QColor = BLACK) -> None:
        font = self.font(size, bold=bold)
        metrics = QFontMetricsF(font)
        flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft
        box = metrics.boundingRect(QRectF(0, 0, self.width, 10_000), flags, value)
        self.ensure(box.height())
        self.p.setFont(font)
        self.p.setPen(colour)
        self.p.drawText(QRectF(self.left, self.y, self.width, box.height() + 2), flags, value)
        self.y += box.height() + gap * self.mm

    def heading(self, value: str) -> None:
        self.ensure(24 * self.mm)  # a heading never ends a page alone
        self.y += 3 * self.mm
        self.text(value, 12.5, bold=True, gap=0.5)
        self.p.setPen(QPen(BLACK, 0.4 * self.mm))
        self.p.drawLine(QPointF(self.left, self.y), QPointF(self.right, self.y))
        self.y += 2.5 * self.mm

    def key_figures(self, figures: Sequence[tuple[str, str]]) -> None:
        """Boxes side by side, each a big number over its label."""
        height = 17 * self.mm
        self.ensure(height)
        gap = 3 * self.mm
        width = (self.width - gap * (len(figures) - 1)) / len(figures)
        for i, (value, label) in enumerate(figures):
            box = QRectF(self.left + i * (width + gap), self.y, width, height)
            self.p.setPen(QPen(BLACK, 0.35 * self.mm))
            self.p.setBrush(Qt.BrushStyle.NoBrush)
            self.p.drawRect(box)
            self.p.setFont(self.font(17, bold=True))
            self.p.drawText(box.adjusted(0, 1 * self.mm, 0, -7 * self.mm), Qt.AlignmentFlag.AlignCenter,
                            value)
            self.p.setFont(self.font(8))
            self.p.drawText(box.adjusted(1 * self.mm, 10 * self.mm, -1 * self.mm, 0),
                            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, label)
        self.y += height + 3 * self.mm

    def legend(self, series: Sequence[Series], extra: Sequence[str] = ()) -> None:
        self.ensure(6 * self.mm)
        self.p.setFont(self.font(8))
        metrics = QFontMetricsF(self.p.font())
        x = self.left
        swatch = 4 * self.mm
        for s in series:
            self._bar(QRectF(x, self.y + 0.5 * self.mm, swatch, swatch * 0.8), s.brush)
            x += swatch + 1.5 * self.mm
            self.p.setPen(BLACK)
            self.p.drawText(QPointF(x, self.y + swatch * 0.75), s.label)
            x += metrics.horizontalAdvance(s.label) + 5 * self.mm
        for label in extra:
            self.p.setPen(QPen(BLACK, 0.45 * self.mm, Qt.PenStyle.DashLine))
            self.p.drawLine(QPointF(x, self.y + swatch * 0.45), QPointF(x + swatch, self.y + swatch * 0.45))
            x += swatch + 1.5 * self.mm
            self.p.setPen(BLACK)
            self.p.drawText(QPointF(x, self.y + swatch * 0.75), label)
            x += metrics.horizontalAdvance(label) + 5 * self.mm
        self.y += 6 * self.mm

    def _bar(self, rect: QRectF, brush: QBrush) -> None:
        self.p.setPen(QPen(BLACK, 0.25 * self.mm))
        if brush.style() not in (Qt.BrushStyle.SolidPattern, Qt.BrushStyle.NoBrush):
            self.p.setBrush(Qt.GlobalColor.white)
            self.p.drawRect(rect)
        self.p.setBrush(brush)
        self.p.drawRect(rect)
        self.p.setBrush(Qt.BrushStyle.NoBrush)

    def day_chart(self, labels: Sequence[str], values: Sequence[Sequence[int]],
                  series: Sequence[Series], target: int) -> None:
        """Vertical bars per day: the wide series overlap, the narrow one stands inside them."""
        height = 62 * self.mm
        self.ensure(height + 8 * self.mm)
        axis = 9 * self.mm
        top = max([target, *(v for row in values for v in row), 1])
        step = _nice_step(top)
        top = step * -(-top // step)
        chart = QRectF(self.left + axis, self.y, self.width - axis, height)
        self.p.setFont(self.font(7))
        for tick in range(0, top + 1, step):
            y = chart.bottom() - chart.height() * tick / top
            self.p.setPen(QPen(LIGHT, 0.2 * self.mm))
            self.p.drawLine(QPointF(chart.left(), y), QPointF(chart.right(), y))
            self.p.setPen(BLACK)
            self.p.drawText(QRectF(self.left, y - 2 * self.mm, axis - 1.5 * self.mm, 4 * self.mm),
                            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(tick))
        slot = chart.width() / max(1, len(labels))
        for i, (label, row) in enumerate(zip(labels, values, strict=True)):
            x = chart.left() + i * slot
            for s, value in zip(series, row, strict=True):
                if not value:
                    continue
                w = slot * (0.3 if s.narrow else 0.72)
                h = chart.height() * value / top
                self._bar(QRectF(x + (slot - w) / 2, chart.bottom() - h, w, h), s.brush)
            self.p.setPen(BLACK)
            if len(labels) <= 16 or i % 2 == 0:
                self.p.drawText(QRectF(x - slot, chart.bottom() + 0.5 * self.mm, slot * 3, 4 * self.mm),
                                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, label)
        if target:
            y = chart.bottom() - chart.height() * target / top
            self.p.setPen(QPen(BLACK, 0.45 * self.mm, Qt.PenStyle.DashLine))
            self.p.drawLine(QPointF(chart.left(), y), QPointF(chart.right(), y))
        self.p.setPen(QPen(BLACK, 0.3 * self.mm))
        self.p.drawLine(QPointF(chart.left(), chart.bottom()), QPointF(chart.right(), chart.bottom()))
        self.y += height + 6 * self.mm

    def bar_rows(self, rows: Sequence[tuple[str, Sequence[int], int]], series: Sequence[Series],
                 *, note: Callable[[Sequence[int], int], str]) -> None:
        """Horizontal bars, one row per key: the series overlap (the first is the outline);
        ``target`` (the third item, 0 for none) is a dashed mark; ``note`` the text after."""
        if not rows:
            self.text("Belum ada data.", 9, colour=DARK)
            return
        label_w, note_w = 60 * self.mm, 44 * self.mm
        row_h = 6.2 * self.mm
        top = max([1, *(max([t, *v]) for _, v, t in rows)])
        area = self.width - label_w - note_w
        for label, values, target in rows:
            self.ensure(row_h)
            self.p.setFont(self.font(8.5))
            self.p.setPen(BLACK)
            metrics = QFontMetricsF(self.p.font())
            self.p.drawText(QRectF(self.left, self.y, label_w - 2 * self.mm, row_h),
                            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                            metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_w - 2 * self.mm))
            x0 = self.left + label_w
            for s, value in zip(series, values, strict=False):
                if not value:
                    continue
                h = row_h * (0.32 if s.narrow else 0.7)
                self._bar(QRectF(x0, self.y + (row_h - h) / 2, area * value / top, h), s.brush)
            if target:
                x = x0 + area * target / top
                self.p.setPen(QPen(BLACK, 0.45 * self.mm, Qt.PenStyle.DashLine))
                self.p.drawLine(QPointF(x, self.y + 0.3 * self.mm),
                                QPointF(x, self.y + row_h - 0.3 * self.mm))
            self.p.setPen(BLACK)
            self.p.setFont(self.font(8))
            self.p.drawText(QRectF(self.right - note_w + 2 * self.mm, self.y, note_w - 2 * self.mm, row_h),
                            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, note(values, target))
            self.y += row_h
        self.y += 3 * self.mm

    def table(self, header: Sequence[str], rows: Sequence[Sequence[object]],
              widths: Sequence[float]) -> None:
        """A ruled table; ``widths`` are shares of the page width; numbers align right."""
        row_h = 5.6 * self.mm
        total = sum(widths)
        xs = [self.left]
        for w in widths:
            xs.append(xs[-1] + self.width * w / total)

        def draw_row(cells: Sequence[object], *, bold: bool) -> None:
            self.ensure(row_h)
            self.p.setFont(self.font(8, bold=bold))
            self.p.setPen(BLACK)
            metrics = QFontMetricsF(self.p.font())
            for i, cell in enumerate(cells):
                rect = QRectF(xs[i] + 1 * self.mm, self.y, xs[i + 1] - xs[i] - 2 * self.mm, row_h)
                numeric = isinstance(cell, int | float) or (i > 0 and not bold)
                align = Qt.AlignmentFlag.AlignRight if numeric else Qt.AlignmentFlag.AlignLeft
                self.p.drawText(rect, align | Qt.AlignmentFlag.AlignVCenter,
                                metrics.elidedText(str(cell), Qt.TextElideMode.ElideRight, rect.width()))
            self.y += row_h
            self.p.setPen(QPen(BLACK if bold else LIGHT, (0.35 if bold else 0.2) * self.mm))
            self.p.drawLine(QPointF(self.left, self.y), QPointF(self.right, self.y))

        draw_row(header, bold=True)
        for row in rows:
            draw_row(row, bold=False)
        self.y += 3 * self.mm


def _nice_step(top: int) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10_000):
        if top / step <= 6:
            return step
    return 10 ** len(str(top))


def _pct(part: int, whole: int) -> str:
    return f"{part / whole * 100:.0f}%" if whole else "-"


def draw_report(pages: Pages, report: Report, *, made: dt.date | None = None) -> None:
    made = made or dt.date.today()
    if isinstance(report, RegencyReport):
        _draw_regency(pages, report, made)
    else:
        _draw_month(pages, report, made)


def _counts_note(values: Sequence[int], target: int) -> str:
    planned = f"{values[0]} dari {target}" if target else f"{values[0]}"
    return f"{planned} rencana · {values[2]} terbit"


def _draw_month(pages: Pages, report: MonthReport, made: dt.date) -> None:
    title = f"Laporan Bulanan {report.month.label}" + (f" · {report.opd}" if report.opd else "")
    doc = _Doc(pages, title, made)
    total = report.total
    doc.text("Laporan Bulanan Media Sosial", 18, bold=True, gap=0.5)
    doc.text(f"{report.opd or 'OPD (nama belum diisi di Pengaturan)'} · {report.month.label}", 11.5,
             gap=4, colour=DARK)
    month_target = report.daily_target * len(report.days)
    doc.key_figures([
        (str(total.planned), "direncanakan" + (f" (target {month_target})" if month_target else "")),
        (str(total.exported), "diekspor ke alat unggah"),
        (str(total.published), "terbit"),
        (f"{report.ceremony_share * 100:.0f}%", "seremoni pimpinan")])
    doc.heading("Unggahan per hari")
    doc.legend([PLANNED, EXPORTED, PUBLISHED],
               [f"target {report.daily_target} per hari"] if report.daily_target else [])
    doc.day_chart([str(int(d.key[8:])) for d in report.days],
                  [(d.counts.planned, d.counts.exported, d.counts.published) for d in report.days],
                  [PLANNED, EXPORTED, PUBLISHED], report.daily_target)
    under = report.days_under_target
    summary = [f"{len(under)} dari {len(report.days)} hari di bawah target harian."
               if report.daily_target else "Target harian belum diisi di Pengaturan.",
               f"Pemeriksaan menangkap {report.caught} temuan sebelum terbit; "
               f"{report.fixed} diperbaiki ({_pct(report.fixed, report.caught)}).",
               f"{report.ceremony} dari {total.planned} unggahan ({report.ceremony_share * 100:.0f}%) "
               "berisi seremoni pimpinan."]
    if report.ceremony_share > 0.5:
        summary.append("Lebih dari separuh unggahan berisi seremoni pimpinan. Warga lebih memerlukan "
                       "informasi layanan, bantuan, jadwal, dan rencana pembangunan.")
    for line in summary:
        doc.text("•  " + line, 9.5, gap=1)
    doc.heading("Per saluran")
    doc.legend([PLANNED, EXPORTED, PUBLISHED], ["target bulan"])
    doc.bar_rows([(_channel_label(c.key), (c.counts.planned, c.counts.exported, c.counts.published),
                   c.target) for c in report.channels], [PLANNED, EXPORTED, PUBLISHED], note=_counts_note)
    doc.heading("Per bidang")
    if report.bidang:
        doc.bar_rows([(b.key, (b.counts.planned, b.counts.exported, b.counts.published), b.target)
                      for b in report.bidang], [PLANNED, EXPORTED, PUBLISHED], note=_counts_note)
    else:
        doc.text("Bidang kantor belum diisi di Pengaturan, jadi unggahan belum dapat dihitung "
                 "per bidang.", 9, colour=DARK)
    doc.heading("Per topik")
    doc.legend([PLANNED, CEREMONY])
    doc.bar_rows([(t.key, (t.counts.planned, t.counts.planned if t.key.startswith("seremoni") else 0,
                           t.counts.published), 0) for t in report.topics],
                 [PLANNED, CEREMONY], note=lambda v, _t: f"{v[0]} ({_pct(v[0], total.planned)})")
    doc.heading("Temuan yang tertangkap sebelum terbit")
    doc.legend([CAUGHT, FIXED, IGNORED])
    doc.bar_rows([(f.label, (f.caught, f.fixed + f.ignored, f.ignored), 0) for f in report.findings],
                 [CAUGHT, FIXED, IGNORED],
                 note=lambda v, _t: f"{v[0]} · {v[1] - v[2]} diperbaiki")
    doc.table(("Kategori", "Tertangkap", "Diperbaiki", "Diabaikan", "Masih ada"),
              [(f.label, f.caught, f.fixed, f.ignored, f.open) for f in report.findings],
              (3, 1.3, 1.3, 1.3, 1.3))
    doc.text("Diperbaiki: temuan hilang saat unggahan disimpan ulang. Diabaikan: admin memilih "
             "mengabaikannya. Dihitung sejak versi Saring yang mencatat temuan.", 7.5, colour=DARK)
    doc.heading("Celah")
    for label, detail in gap_lines(report):
        doc.text(f"{label}: {detail}", 9, gap=1)


def _draw_regency(pages: Pages, regency: RegencyReport, made: dt.date) -> None:
    doc = _Doc(pages, f"Laporan Kabupaten {regency.month.label}", made)
    total = regency.total
    doc.text("Laporan Bulanan Media Sosial OPD", 18, bold=True, gap=0.5)
    doc.text(f"Gabungan {len(regency.offices)} OPD · {regency.month.label}", 11.5, gap=4, colour=DARK)
    caught = sum(f.caught for f in regency.findings)
    fixed = sum(f.fixed for f in regency.findings)
    doc.key_figures([(str(total.planned), "direncanakan"), (str(total.published), "terbit"),
                     (f"{regency.ceremony_share * 100:.0f}%", "seremoni pimpinan"),
                     (f"{fixed}/{caught}", "temuan diperbaiki")])
    doc.heading("Per OPD: rencana dan terbit terhadap target bulan")
    doc.legend([PLANNED, EXPORTED, PUBLISHED], ["target bulan"])
    doc.bar_rows([(o.opd or "-", (o.total.planned, o.total.exported, o.total.published),
                   o.daily_target * len(o.days)) for o in regency.offices],
                 [PLANNED, EXPORTED, PUBLISHED], note=_counts_note)
    doc.heading("Angka per OPD")
    doc.table(("OPD", "Rencana", "Terbit", "Target", "Hari <", "Seremoni", "Temuan", "Diperbaiki"),
              [(n[0], n[1], n[3], n[4], n[5], f"{n[6]}%", n[7], n[8])
               for n in map(office_numbers, regency.offices)], (4, 1.2, 1.1, 1.1, 1, 1.3, 1.2, 1.5))
    doc.text(f"Kolom sama dengan lembar Kabupaten di .xlsx ({', '.join(OFFICE_COLUMNS[1:4])}, …). "
             "Hari <: hari di bawah target harian.", 7.5, colour=DARK)
    doc.heading("Temuan yang tertangkap sebelum terbit (semua OPD)")
    doc.legend([CAUGHT, FIXED, IGNORED])
    doc.bar_rows([(f.label, (f.caught, f.fixed + f.ignored, f.ignored), 0) for f in regency.findings],
                 [CAUGHT, FIXED, IGNORED], note=lambda v, _t: f"{v[0]} · {v[1] - v[2]} diperbaiki")
    doc.heading("Per topik (semua OPD)")
    doc.legend([PLANNED, CEREMONY])
    doc.bar_rows([(t.key, (t.counts.planned, t.counts.planned if t.key.startswith("seremoni") else 0), 0)
                  for t in regency.topics], [PLANNED, CEREMONY],
                 note=lambda v, _t: f"{v[0]} ({_pct(v[0], total.planned)})")
    gaps = [(o.opd or "-", len(o.days_under_target), o.bidang_without_posts) for o in regency.offices]
    doc.heading("Celah per OPD")
    for name, days, fields in gaps:
        text = f"{name}: {days} hari di bawah target"
        if fields:
            text += f"; bidang tanpa unggahan: {', '.join(fields)}"
        doc.text(text, 9, gap=1)


def _channel_label(key: str) -> str:
    """A channel's name as people write it ("Facebook", "TikTok"); unknown keys as stored."""
    try:
        return Channel(key).label
    except ValueError:
        return key
