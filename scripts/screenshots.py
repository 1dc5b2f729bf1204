"""Render the guide's screenshots from the real app with sample data (offscreen, no screen).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [--out docs/img] [--lang id|en]

Each PNG is the real widget grabbed after the real checker has run on a sample post; the
database and settings live in a temporary folder, so the user's data is never touched.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import tempfile
import threading
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from openpyxl import load_workbook  # noqa: E402
from PySide6.QtCore import QCoreApplication, QDateTime, QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget  # noqa: E402

from bench.report_month import SETTINGS as REPORT_SETTINGS  # noqa: E402
from bench.report_month import fill_month  # noqa: E402
from core.app.bidang import default_bidang  # noqa: E402
from core.app.settings import Settings, TimeSlot  # noqa: E402
from core.check.checker import Checker  # noqa: E402
from core.publish.channels import Channel  # noqa: E402
from core.publish.manual import mark_published  # noqa: E402
from core.publish.queue_export import export_queue  # noqa: E402
from core.publish.report import Month  # noqa: E402
from core.store.models import ImageChoice, PostDraft, Status  # noqa: E402
from core.store.queue import QueueStore  # noqa: E402
from core.store.user_dictionary import Scope, post_key  # noqa: E402
from ui import file_dialogs  # noqa: E402
from ui import operations as ops  # noqa: E402
from ui.about_dialog import AboutDialog  # noqa: E402
from ui.app import application, install_translator  # noqa: E402
from ui.export_dialog import ExportDialog  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.report_dialog import ReportDialog  # noqa: E402
from ui.settings_dialog import SettingsDialog  # noqa: E402
from ui.welcome_dialog import WelcomeDialog  # noqa: E402

SETTINGS = Settings(
    user_name="Rina Hartati", opd_name="Dinas Komunikasi dan Informatika Kabupaten Contoh",
    channels=(Channel.FACEBOOK, Channel.INSTAGRAM, Channel.X),
    daily_targets={Channel.FACEBOOK: 2, Channel.INSTAGRAM: 1, Channel.X: 3},
    time_slots=(TimeSlot(0, "08:00"), TimeSlot(0, "13:00"), TimeSlot(2, "08:00"), TimeSlot(4, "15:30")),
    campaign_start=dt.date(2029, 1, 28), campaign_end=dt.date(2029, 2, 10), time_zone="WITA",
    first_start_done=True,
    bidang=default_bidang("Dinas Komunikasi dan Informatika"),
)
# Fixed dates, so that the pictures change only when the app does.
PLANNED = dt.datetime(2026, 12, 1, 8, 0)
QUEUED = (
    ("Jadwal layanan KTP", "Layanan perekaman KTP-el dibuka Selasa pukul 08.00–14.00 di kantor kecamatan.",
     Status.READY),
    ("Imbauan banjir", "Pemkab menghimbau warga untuk waspada banjir.", Status.DRAFT),
    ("Vaksinasi anak", "Vaksinasi anak gratis di puskesmas setiap Kamis.", Status.EXPORTED),
)
# More of the week for the calendar: (days after PLANNED, hour, title, status); None: no time yet.
WEEK = (
    (1, 8, "Lomba kebersihan desa", Status.NEEDS_REVISION),
    (2, 13, "Pengumuman seleksi PPPK", Status.READY),
    (3, 10, "Hari Disabilitas Internasional", Status.READY),
    (None, 0, "Rekap kegiatan November", Status.DRAFT),
    (None, 0, "Ucapan Hari Ibu", Status.DRAFT),
)
# The calendar's "today": the day after the first sample posts.
TODAY = dt.datetime(2026, 12, 2, 9, 0)
FEED_SAMPLE = ("Layanan perekaman KTP-el keliling hadir di Kecamatan Belitang, Selasa 8 Desember "
               "2026 pukul 08.00–14.00 WIB. Bawa KK asli dan fotokopinya. Layanan ini gratis, "
               "tidak dipungut biaya.\nInfo: https://disdukcapil.contoh.go.id #KTPel #LayananPublik")


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_for(condition, timeout_ms: int = 20_000) -> None:  # type: ignore[no-untyped-def]
    waited = 0
    while not condition():
        if waited > timeout_ms:
            raise TimeoutError("the window did not get there in time")
        wait(50)
        waited += 50


def grab(widget: QWidget, path: Path) -> None:
    widget.show()
    wait(150)
    widget.grab().save(str(path))
    print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


SUMMARY_DAY = dt.date(2026, 12, 2)  # the day the queue's summary is about
KOMINFO = tuple(b.name for b in SETTINGS.bidang)
TAGGED = (
    ("Bupati hadiri rapat", "Bupati menghadiri rapat koordinasi di Palembang.",
     dt.datetime(2026, 12, 2, 10, 0), (KOMINFO[1],)),
    ("Peresmian gedung", "Bupati meresmikan gedung serbaguna di Martapura.",
     dt.datetime(2026, 12, 3, 10, 0), (KOMINFO[1],)),
    ("Kunjungan kerja", "Kepala Dinas meninjau pembangunan menara telekomunikasi.",
     dt.datetime(2026, 12, 4, 10, 0), (KOMINFO[0], KOMINFO[1])),
    ("Pelantikan pejabat", "Bupati melantik 40 pejabat administrator di pendopo.",
     dt.datetime(2026, 12, 5, 10, 0), (KOMINFO[0],)),
    ("Rapat paripurna", "Bupati menghadiri rapat paripurna DPRD di gedung dewan.",
     dt.datetime(2026, 12, 1, 14, 0), (KOMINFO[1],)),
    ("Pembukaan pameran", "Bupati membuka pameran UMKM di alun-alun Martapura.",
     dt.datetime(2026, 12, 3, 14, 0), (KOMINFO[1],)),
    ("Tinjau jaringan", "Wakil Bupati meninjau jaringan internet desa di Belitang.",
     dt.datetime(2026, 12, 4, 14, 0), (KOMINFO[0],)),
    ("Data penduduk 2026", "Data statistik sektoral 2026 kini bisa diunduh di portal data.",
     dt.datetime(2026, 11, 10, 9, 0), (KOMINFO[3],)),
)

def grab_modal(open_it, path: Path) -> None:  # type: ignore[no-untyped-def]
    """Grab the modal dialog ``open_it()`` shows (its exec() blocks), then close it."""
    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, poll)
            return
        wait(150)
        dialog.grab().save(str(path))
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
        dialog.close()
    QTimer.singleShot(0, poll)
    open_it()


def _picture(folder: Path, index: int) -> Path:
    """A plain coloured picture standing in for a photo in the feed preview."""
    from PySide6.QtGui import QColor, QImage

    image = QImage(800, 600, QImage.Format.Format_RGB32)
    image.fill(QColor(("#4a90d9", "#e0a030", "#50a050")[index % 3]))
    path = folder / f"foto-{index}.png"
    image.save(str(path))
    return path


NEUTRALITY_SAMPLE = ("Info jadwal senin: pelayanan KTP keliling di Kecamatan Belitang.\n"
                     "Dukung paslon nomor 2! Coblos nomor 2 #2026GantiBupati")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "img")
    parser.add_argument("--lang", choices=("id", "en"), default="id")
    parser.add_argument("--dark", action="store_true",
                        help="as when the system is in dark mode (the scheme signal Saring follows)")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    app = application()
    install_translator(app, args.lang)
    if args.dark:  # what the platform does when the user turns on dark mode
        hints = QGuiApplication.styleHints()
        hints.setColorScheme(Qt.ColorScheme.Dark)
        if hints.colorScheme() != Qt.ColorScheme.Dark:  # offscreen: no platform theme to do it
            hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    checker = Checker.from_resources()
    with tempfile.TemporaryDirectory(prefix="saring-shots-") as tmp:
        store = QueueStore(Path(tmp) / "saring.db")
        for i, (title, body, status) in enumerate(QUEUED):
            report = checker.check(body)
            store.posts.add(PostDraft(body=body, title=title, channels=SETTINGS.channels,
                                scheduled_at=PLANNED + dt.timedelta(hours=3 * i)), report,
                      status=status)  # sample data: no workflow history
        for days, hour, title, status in WEEK:
            when = None if days is None else PLANNED.replace(hour=hour) + dt.timedelta(days=days)
            body = f"{title}: informasi lengkap menyusul."
            store.posts.add(PostDraft(body=body, title=title, channels=SETTINGS.channels[:2],
                                      scheduled_at=when), checker.check(body), status=status)
        window = MainWindow(store, lambda: checker, settings=SETTINGS.replace(language=args.lang),
                            settings_path=Path(tmp) / "settings.json")
        window.confirm = lambda title, question: True  # type: ignore[method-assign]
        window.resize(1280, 800)
        window.show()
        wait_for(lambda: window.checker is not None)
        window.queue.summary.today = lambda: SUMMARY_DAY
        window.queue.refresh()
        for word in ("Cibening", "Sukamaju"):
            window.user_dictionary.add(word)
        for word in ("Diskominfo", "Pemkab", "Puskesmas"):
            window.user_dictionary.add(word, scope=Scope.OFFICE)
        window.user_dictionary.ignore_word(post_key(2), "KTP-el")

        window.load_sample()
        window.compose.when.setDateTime(QDateTime(PLANNED))
        wait_for(lambda: window.findings.report.text == window.compose.body.toPlainText()
                 and bool(window.findings.findings))
        window.next_finding()
        wait(300)
        grab(window, args.out / "jendela-utama.png")

        # issue 18: the preview as the feed shows the post, cut at "… selengkapnya"
        sample_text = window.compose.body.toPlainText()
        window.compose.body.setPlainText(FEED_SAMPLE)
        window.compose.images.show_choices(tuple(ImageChoice(str(_picture(Path(tmp), i)), "Foto")
                                                 for i in range(3)))
        window.side.setCurrentIndex(1)
        wait_for(lambda: bool(window.preview.cards)
                 and FEED_SAMPLE.split()[0] in next(iter(window.preview.cards.values()))[1].toPlainText())
        wait(300)
        grab(window, args.out / "pratinjau-kanal.png")
        window.side.setCurrentIndex(0)
        window.compose.images.show_choices(())
        window.compose.body.setPlainText(sample_text)

        window.tabs.setCurrentIndex(1)
        grab(window, args.out / "antrean.png")
        window.tabs.setCurrentIndex(2)
        window.calendar.clock = lambda: TODAY
        window.calendar.go_today()
        grab(window, args.out / "kalender.png")
        window.calendar.mode.setCurrentIndex(1)
        grab(window, args.out / "kalender-bulan.png")
        window.calendar.mode.setCurrentIndex(0)
        window.tabs.setCurrentIndex(0)

        # issue 18: choosing the export format and the date order
        export = ExportDialog(Path(tmp), Status.READY, window, batches=store.exports.batches())
        export.format.setCurrentIndex(export.format.findData("hootsuite"))
        export.path.setText("/home/rina/Dokumen/antrean-saring.csv")  # a stable path, not the temp folder
        grab(export, args.out / "ekspor.png")
        export.close()
        # issue 18: long work shows how far it is, with "Batal"
        release = threading.Event()
        window.tasks.run(lambda: release.wait(30), lambda _: None, lambda _: None)
        window.run_export(Path(tmp) / "batal.csv", "generic", Status.READY)
        panel = window.tasks.progress_panel()
        panel.bar.setRange(0, 100)
        panel.bar.setValue(40)  # as the first report would show it
        grab(window, args.out / "kemajuan.png")
        panel.cancel()
        release.set()
        wait_for(lambda: not panel.isVisible())

        # issue 18: the summary after an export names every file written
        window.run_export(Path(tmp) / "kiriman.csv", "generic", Status.READY)
        wait_for(lambda: window.exports.last_report is not None)
        grab(window.exports.last_report, args.out / "laporan-ekspor.png")
        window.exports.last_report.close()
        chooser = QFileDialog(window, "Simpan CSV", tmp, "Berkas CSV (*.csv)")
        chooser.setOptions(file_dialogs.dialog_options(native=False))
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        chooser.resize(760, 440)
        chooser.show()
        wait(300)
        grab(chooser, args.out / "pilih-berkas.png")
        chooser.close()

        # issue 17: posts tagged with bidang; a week mostly of ceremony; a bidang left out
        for title, body, when, bidang in TAGGED:
            store.posts.add(PostDraft(body=body, title=title, channels=SETTINGS.channels,
                                      scheduled_at=when, bidang=bidang), checker.check(body))
        window.operations.hub.announce(ops.POSTS, window)
        window.tabs.setCurrentIndex(1)
        window.queue.bidang.setCurrentIndex(0)
        wait_for(lambda: len(window.queue.summary.lines) >= 4)
        grab(window, args.out / "antrean-bidang.png")
        window.tabs.setCurrentIndex(0)

        # issue 12: a call to vote is a violet neutrality error, listed before everything else
        window.compose.body.setPlainText(NEUTRALITY_SAMPLE)
        wait_for(lambda: window.findings.report.text == NEUTRALITY_SAMPLE
                 and any(f.category.value == "neutrality" for f in window.findings.findings))
        wait(300)
        grab(window, args.out / "netralitas.png")

        settings = SettingsDialog(window.settings, window, dictionary=window.user_dictionary,
                                  tasks=window.tasks, settings_path=Path(tmp) / "settings.json")
        grab(settings, args.out / "pengaturan.png")
        settings.tabs.setCurrentIndex(1)
        grab(settings, args.out / "pengaturan-kanal.png")
        settings.show_page("bidang")
        grab(settings, args.out / "pengaturan-bidang.png")
        settings.tabs.setCurrentIndex(3)
        grab(settings, args.out / "pengaturan-jam.png")
        settings.tabs.setCurrentIndex(4)
        grab(settings, args.out / "pengaturan-pemeriksaan.png")
        settings.show_page("dictionary")
        grab(settings, args.out / "pengaturan-kamus.png")
        settings.show_page("packs")
        grab(settings, args.out / "pengaturan-paket.png")
        settings.close()

        # issue 17: the monthly report, counted and drawn in the worker, previewed
        report_db = Path(tmp) / "laporan.db"
        report_store = QueueStore(report_db)
        fill_month(report_store, Month(2026, 11), 3, rng=random.Random(3), done=0.7)
        report_store.close()
        # while it is counted: the dialog's own bar with "Batal" (the worker held, as for export)
        release = threading.Event()
        window.tasks.run(lambda: release.wait(30), lambda _: None, lambda _: None)
        building = ReportDialog(report_db, REPORT_SETTINGS.replace(language=args.lang), window.tasks,
                                window, today=dt.date(2026, 11, 20))
        building.resize(760, 300)
        building.show()
        building.progress.bar.setRange(0, 100)
        building.progress.bar.setValue(40)  # as the first report would show it
        wait(100)
        grab(building, args.out / "laporan-kemajuan.png")
        building.close()  # closing stops the build
        release.set()
        report = ReportDialog(report_db, REPORT_SETTINGS.replace(language=args.lang), window.tasks,
                              window, today=dt.date(2026, 11, 20))
        report.show()
        wait_for(lambda: report.report is not None)
        wait(300)
        grab(report, args.out / "laporan-bulanan.png")
        report.close()

        # the crash-recovery prompt: text typed but not saved when Saring was closed
        window.new_post()
        window.compose.body.setPlainText("Jadwal posyandu balita bulan Desember di Desa Cibening.")
        window.autosave_now()
        grab_modal(window.offer_unsaved_draft, args.out / "pemulihan.png")

        welcome = WelcomeDialog(Settings(), window)
        grab(welcome, args.out / "sambutan.png")
        welcome.close()
        about = AboutDialog(window)
        grab(about, args.out / "tentang.png")
        about.close()

        # Posting by hand: the day of the sample plan, one channel already marked published.
        window.manual._today = PLANNED.date  # type: ignore[method-assign]
        mark_published(store, 1, Channel.FACEBOOK, "https://www.facebook.com/diskominfo/posts/123")
        window.show_tab(3)
        window.manual.refresh()
        grab(window, args.out / "siap-diunggah.png")

        # The head of office's decisions from the .xlsx review copy, with one that cannot apply.
        copy = export_queue(store, preset="review", out=Path(tmp) / "tinjauan.xlsx").result.files[0]
        book = load_workbook(copy)
        sheet = book["Tinjauan"]
        for row, (decision, note) in zip((2, 3, 4), (("Revisi", "Tambahkan lokasi kantor kecamatan"),
                                                      ("Setuju", ""), ("Mungkin", "")), strict=True):
            sheet.cell(row=row, column=12).value, sheet.cell(row=row, column=13).value = decision, note
        book.save(copy)
        window.queue.review.receive_decisions(copy)
        wait_for(lambda: getattr(window.queue.review, "last_report", None) is not None)
        grab(window.queue.review.last_report, args.out / "keputusan-pimpinan.png")
        window.queue.review.last_report.close()

        window.tasks.shutdown()
        window.hide()
        store.close()
    QCoreApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
