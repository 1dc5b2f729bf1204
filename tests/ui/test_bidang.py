"""Bidang in the window (issue 17): the settings page, the post form's multi-select, the
queue's column, filter and summary (gaps, ceremony share), and the calendar's list."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from core.app.bidang import Bidang
from core.app.settings import Settings, load_settings
from core.check.findings import CheckReport
from core.store.models import PostDraft, QueueQuery
from core.store.queue import QueueStore
from ui.bidang_page import BidangPage
from ui.calendar_view import CalendarView
from ui.main_window import MainWindow
from ui.queue_view import QueueView

TODAY = dt.date(2026, 3, 18)  # a Wednesday
OFFICE = (Bidang("Sekretariat", 1), Bidang("Bidang Pelayanan Kesehatan", 2),
          Bidang("UPTD Puskesmas", 1))
SETTINGS = Settings(opd_name="Dinas Kesehatan", bidang=OFFICE, bidang_gap_days=14)
CEREMONY = "Bupati menghadiri peresmian gedung baru di Martapura."
SERVICE = "Pendaftaran bantuan pupuk dibuka 3-10 Maret di kantor desa."


def add(store: QueueStore, day: str, *bidang: str, body: str = SERVICE) -> int:
    draft = PostDraft(body=body, bidang=bidang, scheduled_at=dt.datetime.fromisoformat(f"{day} 08:00"))
    return store.posts.add(draft, CheckReport(body)).id


@pytest.fixture
def office(qtbot, store, checker, tmp_path: Path) -> MainWindow:
    win = MainWindow(store, lambda: checker, settings=SETTINGS, settings_path=tmp_path / "s.json")
    win.confirm = lambda title, question: True  # type: ignore[method-assign]
    qtbot.addWidget(win)
    win.show()
    return win


def test_settings_page_fills_defaults_with_their_source_and_edits(qtbot) -> None:
    page = BidangPage(Settings(opd_name="Dinas Sosial Kabupaten OKU Timur"))
    qtbot.addWidget(page)
    assert page.kind.currentText() == "Dinas Sosial"
    assert "Permensos" in page.source.text()
    assert page.bidang() == ()  # nothing until the admin asks for the defaults
    page.use_defaults()
    names = [b.name for b in page.bidang()]
    assert names[:2] == ["Sekretariat", "Bidang Perlindungan dan Jaminan Sosial"]
    page.add_row(Bidang("UPTD Panti Sosial", 3))
    page.table.selectRow(0)
    page.remove_selected()
    page.table.setCurrentCell(page.table.rowCount() - 1, 0)
    page.move_selected(-1)
    assert [b.name for b in page.bidang()][-2:] == ["UPTD Panti Sosial", "Bidang Penanganan Fakir Miskin"]
    assert page.bidang()[-2].weekly_target == 3
    page.add_row(Bidang("sekretariat "))
    page.add_row(Bidang("Sekretariat"))
    assert "dua kali" in page.problem()


def test_settings_dialog_saves_bidang_and_gap_days(qtbot, office: MainWindow, tmp_path: Path) -> None:
    from ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(office.settings)
    qtbot.addWidget(dialog)
    dialog.bidang_page.add_row(Bidang("Bidang Sumber Daya Kesehatan", 2))
    dialog.bidang_page.gap_days.setValue(10)
    assert dialog.problem() == ""
    office.apply_settings(dialog.settings())
    saved = load_settings(tmp_path / "s.json")
    assert saved.bidang[-1] == Bidang("Bidang Sumber Daya Kesehatan", 2)
    assert saved.bidang_gap_days == 10
    # the form and the filter know the new name at once
    office.compose.bidang.showMenu = lambda: None  # type: ignore[method-assign]
    office.compose.bidang._fill()
    assert "Bidang Sumber Daya Kesehatan" in [a.text() for a in office.compose.bidang.menu().actions()]
    assert office.queue.bidang.findData("Bidang Sumber Daya Kesehatan") > 0


def test_form_tags_a_post_and_the_queue_shows_and_filters_it(qtbot, office: MainWindow) -> None:
    picker = office.compose.bidang
    assert picker.text() == "Pilih bidang…"
    picker.toggle("UPTD Puskesmas", True)
    picker.toggle("Sekretariat", True)
    assert picker.selected() == ("UPTD Puskesmas", "Sekretariat")  # the order chosen
    assert picker.text() == "UPTD Puskesmas dan 1 lainnya"
    office.compose.body.setPlainText("Jadwal posyandu balita bulan ini.")
    office.save_post()
    qtbot.waitUntil(lambda: office.store.posts.count() == 1, timeout=10_000)
    (post,) = office.store.posts.list()
    assert post.draft.bidang == ("UPTD Puskesmas", "Sekretariat")
    other = office.store.posts.add(PostDraft(body="Lain"), CheckReport("Lain")).id
    office.queue.refresh()
    model = office.queue.model
    assert [model.data(model.index(r, 7)) for r in range(2)] == ["UPTD Puskesmas, Sekretariat", "—"]
    office.queue.bidang.setCurrentIndex(office.queue.bidang.findData("UPTD Puskesmas"))
    assert [p.id for p in model.posts] == [post.id]
    office.queue.bidang.setCurrentIndex(1)  # Tanpa bidang
    assert [p.id for p in model.posts] == [other]
    # a name the settings dropped stays on the post when it is opened and saved again
    office.store.posts.update(post.id, PostDraft(body=post.body, bidang=("Bidang Lama",)),
                              CheckReport(post.body))
    office.open_post(post.id)
    assert office.compose.bidang.selected() == ("Bidang Lama",)
    assert office.compose.draft().bidang == ("Bidang Lama",)


def test_summary_names_gaps_and_kindly_flags_a_week_of_ceremony(qtbot, store: QueueStore) -> None:
    add(store, "2026-03-10", "Sekretariat")  # 8 days ago
    add(store, "2026-03-02", "UPTD Puskesmas")  # 16 days ago
    for day in ("2026-03-16", "2026-03-17", "2026-03-19"):
        add(store, day, body=CEREMONY)
    add(store, "2026-03-20", "Bidang Pelayanan Kesehatan", body=SERVICE)
    view = QueueView(store, settings=lambda: SETTINGS, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    qtbot.waitUntil(lambda: len(view.summary.lines) >= 4, timeout=10_000)
    gaps, target, share, advice = view.summary.lines[:4]
    assert gaps == ("Bidang tanpa unggahan 14 hari terakhir: Bidang Pelayanan Kesehatan (belum "
                    "pernah; berikutnya 20-03-2026); UPTD Puskesmas (terakhir 02-03-2026).")
    assert target.startswith("Minggu ini masih di bawah target mingguan: Sekretariat 0/1, "
                             "Bidang Pelayanan Kesehatan 1/2")
    assert "16-03: 3 dari 4 (75%)" in share
    assert advice.startswith("Minggu 16-03-2026: 3 dari 4 unggahan berisi kegiatan pimpinan")
    assert "layanan" in advice and "bantuan" in advice and "rencana pembangunan" in advice
    assert "Saran:" in view.summary.text()


def test_summary_without_bidang_says_where_to_set_them(qtbot, store: QueueStore) -> None:
    add(store, "2026-03-17", body=SERVICE)
    view = QueueView(store, settings=Settings, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: len(view.summary.lines) == 2, timeout=10_000)
    assert "Pengaturan → Bidang" in view.summary.lines[0]
    assert "16-03: 0 dari 1 (0%)" in view.summary.lines[1]
    assert store.search.count_matching(QueueQuery()) == 1


def test_calendar_lists_bidang_without_posts(qtbot, store: QueueStore) -> None:
    add(store, "2026-03-16", "Sekretariat", "Bidang Pelayanan Kesehatan")
    view = CalendarView(store, now=lambda: dt.datetime(2026, 3, 18, 9, 0), settings=lambda: SETTINGS)
    qtbot.addWidget(view)
    view.show()
    items = [view.bidang_gaps.item(i).text() for i in range(view.bidang_gaps.count())]
    assert items == ["UPTD Puskesmas (belum pernah)"]
    assert "14 hari" in view._bidang_title.text()


def test_first_start_gives_the_office_types_defaults(qtbot) -> None:
    from ui.welcome_dialog import WelcomeDialog

    welcome = WelcomeDialog(Settings())
    qtbot.addWidget(welcome)
    welcome.opd_name.setText("Dinas PUPR Kabupaten OKU Timur")
    assert [b.name for b in welcome.settings().bidang][:2] == ["Sekretariat", "Bidang Bina Marga"]
    kept = WelcomeDialog(Settings(bidang=(Bidang("Bidang Saya"),)))
    qtbot.addWidget(kept)
    kept.opd_name.setText("Dinas PUPR")
    assert kept.settings().bidang == (Bidang("Bidang Saya"),)  # never overwritten


def test_summary_follows_a_saved_post(qtbot, office: MainWindow) -> None:
    office.queue.summary.today = lambda: TODAY
    office.tabs.setCurrentWidget(office.queue)
    qtbot.waitUntil(lambda: len(office.queue.summary.lines) >= 3, timeout=10_000)
    assert "UPTD Puskesmas (belum pernah)" in office.queue.summary.lines[0]
    office.tabs.setCurrentIndex(0)
    office.compose.body.setPlainText(SERVICE)
    office.compose.scheduled.setChecked(True)
    from PySide6.QtCore import QDateTime
    office.compose.when.setDateTime(QDateTime(dt.datetime(2026, 3, 17, 8, 0)))
    office.compose.bidang.toggle("UPTD Puskesmas", True)
    office.save_post()
    qtbot.waitUntil(lambda: office.store.posts.count() == 1, timeout=10_000)
    office.tabs.setCurrentWidget(office.queue)
    qtbot.waitUntil(lambda: "UPTD Puskesmas" not in office.queue.summary.lines[0]
                    and any("16-03: 0 dari 1" in line for line in office.queue.summary.lines),
                    timeout=10_000)


def test_a_renamed_bidang_follows_into_posts_and_the_form(qtbot, office: MainWindow) -> None:
    from ui.settings_dialog import SettingsDialog

    tagged = add(office.store, "2026-03-17", "UPTD Puskesmas", "Sekretariat")
    other = add(office.store, "2026-03-17", "Sekretariat")
    office.open_post(tagged)
    dialog = SettingsDialog(office.settings)
    qtbot.addWidget(dialog)
    page = dialog.bidang_page
    page.table.item(2, 0).setText("UPTD Puskesmas Martapura")
    page.table.setCurrentCell(2, 0)
    page.move_selected(-1)  # a moved row keeps what it was called
    page.add_row(Bidang("Bidang Baru"))
    assert page.renames() == {"UPTD Puskesmas": "UPTD Puskesmas Martapura"}
    assert office.apply_settings(dialog.settings())
    office.rename_bidang(page.renames())
    qtbot.waitUntil(lambda: office.store.posts.get(tagged).draft.bidang[0] != "UPTD Puskesmas",
                    timeout=5000)
    assert office.store.posts.get(tagged).draft.bidang == ("UPTD Puskesmas Martapura", "Sekretariat")
    assert office.store.posts.get(other).draft.bidang == ("Sekretariat",)
    assert office.compose.bidang.selected() == ("UPTD Puskesmas Martapura", "Sekretariat")
    assert not office.autosave.unsaved_changes()
    office.compose.body.setPlainText(SERVICE + " Gratis.")
    office.save_post()  # no version conflict: a rename is no edit
    qtbot.waitUntil(lambda: office.store.posts.get(tagged).body.endswith("Gratis."), timeout=10_000)
    assert office.store.posts.get(tagged).draft.bidang == ("UPTD Puskesmas Martapura", "Sekretariat")


def test_replacing_the_list_or_swapping_names_is_no_rename(qtbot) -> None:
    page = BidangPage(SETTINGS)
    qtbot.addWidget(page)
    page.table.item(0, 0).setText("Bidang Pelayanan Kesehatan")
    page.table.item(1, 0).setText("Sekretariat")
    assert page.renames() == {}  # both names are still in the list
    page.use_defaults()
    assert page.renames() == {}
