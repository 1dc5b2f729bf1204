"""Alat → Laporan bulanan: the preview built in the worker, saving, merging; the PDF's pages."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest

from bench.report_month import sample_posts
from core.app.settings import Settings
from core.publish.channels import Channel
from core.publish.report import Month, build_report, merge_reports
from core.publish.report_files import read_report_file
from core.store.queue import QueueStore
from ui.report_dialog import ReportDialog
from ui.report_pdf import render_pages, write_pdf
from ui.tasks import TaskRunner

NOV = Month(2026, 11)
SETTINGS = Settings(opd_name="Dinas Kesehatan", channels=(Channel.FACEBOOK, Channel.X),
                    daily_targets={Channel.FACEBOOK: 3, Channel.X: 2})


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "saring.db"
    store = QueueStore(path)
    store.posts.add_many(list(sample_posts(NOV.first_day, 30, 3, rng=random.Random(2))))
    store.close()
    return path


@pytest.fixture
def dialog(qtbot, db: Path) -> ReportDialog:
    tasks = TaskRunner()
    dialog = ReportDialog(db, SETTINGS, tasks, today=dt.date(2026, 11, 20))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
    yield dialog
    tasks.shutdown()


def test_preview_of_the_chosen_month(dialog: ReportDialog) -> None:
    assert dialog.month.currentData() == "2026-11" and dialog.month.currentText() == "November 2026"
    assert dialog.report.total.planned == 90 and dialog.report.opd == "Dinas Kesehatan"
    assert len(dialog.pages) == dialog.pages_layout.count() >= 2
    assert "90 unggahan direncanakan" in dialog.status.text()
    assert dialog.save_pdf.isEnabled()


def test_another_month_is_built_again(qtbot, dialog: ReportDialog) -> None:
    dialog.month.setCurrentIndex(1)  # October: nothing planned
    assert not dialog.save_pdf.isEnabled()  # while it is built
    qtbot.waitUntil(lambda: dialog.report is not None and dialog.report.month == Month(2026, 10),
                    timeout=20_000)
    assert dialog.report.total.planned == 0 and dialog.save_csv.isEnabled()


def test_save_in_every_format_and_merge(qtbot, dialog: ReportDialog, tmp_path: Path) -> None:
    for name in ("r.pdf", "r.xlsx", "r.csv"):
        dialog.save_to(tmp_path / name)
        qtbot.waitUntil(lambda n=name: (tmp_path / n).exists() and "disimpan" in dialog.status.text(),
                        timeout=20_000)
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    assert read_report_file(tmp_path / "r.csv") == read_report_file(tmp_path / "r.xlsx")
    dialog.merge([tmp_path / "r.xlsx"])
    qtbot.waitUntil(lambda: "gabungan 1 OPD" in dialog.status.text(), timeout=20_000)
    assert dialog.suggested_name(".pdf") == "laporan-kabupaten-2026-11.pdf"


def test_a_file_that_is_no_report_is_explained(qtbot, dialog: ReportDialog, tmp_path: Path) -> None:
    bad = tmp_path / "bukan.csv"
    bad.write_text("nama;umur\n", encoding="utf-8")
    dialog.merge([bad])
    qtbot.waitUntil(lambda: "tidak dapat dibuat" in dialog.status.text(), timeout=20_000)
    assert "bukan CSV laporan Saring" in dialog.status.text()


def test_pdf_pages_and_a_long_report_flows_onto_more_pages(qapp, db: Path, tmp_path: Path) -> None:
    store = QueueStore(db, read_only=True)
    short = build_report(store, NOV, opd="A", daily_targets={"facebook": 2})
    many = build_report(store, NOV, opd="B", daily_targets={"facebook": 2},
                        bidang=[f"Bidang nomor {i}" for i in range(60)])
    store.close()
    pages = render_pages(short, dpi=30)
    assert len(pages) == 2 and abs(pages[0].height() / pages[0].width() - 297 / 210) < 0.01
    assert len(render_pages(many, dpi=30)) > len(pages)
    out = tmp_path / "r.pdf"
    write_pdf(short, out)
    assert out.read_bytes().count(b"/Type /Page\n") + out.read_bytes().count(b"/Type /Page ") >= 2
    assert len(render_pages(merge_reports([short, many]), dpi=30)) >= 1


def test_the_menu_opens_the_report(qtbot, window, monkeypatch) -> None:
    opened = []
    monkeypatch.setattr("ui.report_dialog.ReportDialog.exec", lambda self: opened.append(self) or 0)
    window.window_menu.actions["report"].trigger()
    assert opened and opened[0].windowTitle() == "Laporan bulanan"
    qtbot.waitUntil(lambda: opened[0].report is not None, timeout=20_000)


def _hold(tasks: TaskRunner):
    """Keep the one worker busy until the returned event is set: the next job waits its turn."""
    import threading

    release = threading.Event()
    tasks.run(lambda: release.wait(10), lambda _: None, lambda _: None)
    return release


def test_the_build_shows_progress_and_can_be_cancelled(qtbot, db: Path) -> None:
    tasks = TaskRunner()
    release = _hold(tasks)
    dialog = ReportDialog(db, SETTINGS, tasks, today=dt.date(2026, 11, 20))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.progress.isVisible() and "Menyiapkan laporan" in dialog.progress.label.text()
    dialog.progress.cancel_button.click()
    release.set()
    qtbot.waitUntil(lambda: "dibatalkan" in dialog.status.text(), timeout=20_000)
    assert dialog.report is None and not dialog.save_pdf.isEnabled()
    assert not dialog.progress.isVisible() and dialog.pages_layout.count() == 0
    dialog.build()  # and again, whole
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
    assert dialog.report.total.planned == 90 and dialog.save_pdf.isEnabled()
    tasks.shutdown()


def test_another_month_replaces_the_build_still_running(qtbot, db: Path) -> None:
    tasks = TaskRunner()
    release = _hold(tasks)
    dialog = ReportDialog(db, SETTINGS, tasks, today=dt.date(2026, 11, 20))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.month.setCurrentIndex(1)  # October, while November still waits
    assert dialog.progress.isVisible() and "Oktober" in dialog.progress.label.text()
    release.set()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
    assert dialog.report.month == Month(2026, 10) and not dialog.progress.isVisible()
    tasks.shutdown()


@pytest.mark.parametrize("name", ["r.pdf", "r.xlsx", "r.csv"])
def test_a_cancelled_save_leaves_no_file(qtbot, dialog: ReportDialog, tmp_path: Path,
                                         name: str) -> None:
    out = tmp_path / "keluar"
    out.mkdir()
    dialog.show()
    release = _hold(dialog._tasks)
    dialog.save_to(out / name)
    assert dialog.progress.isVisible() and not dialog.save_pdf.isEnabled()
    dialog.progress.cancel_button.click()
    release.set()
    qtbot.waitUntil(lambda: "dibatalkan" in dialog.status.text(), timeout=20_000)
    assert list(out.iterdir()) == [] and dialog.save_pdf.isEnabled()
    assert not dialog.progress.isVisible()


def test_closing_the_dialog_stops_its_work(qtbot, db: Path, tmp_path: Path) -> None:
    tasks = TaskRunner()
    release = _hold(tasks)
    dialog = ReportDialog(db, SETTINGS, tasks, today=dt.date(2026, 11, 20))
    qtbot.addWidget(dialog)
    progress = dialog.progress.progress
    dialog.reject()
    assert progress is not None and progress.cancelled
    release.set()
    tasks.shutdown()
