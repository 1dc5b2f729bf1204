"""The calendar tab: posts per day against the target, days under target, gaps of 7 days."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from core.app.settings import TimeSlot
from core.check.findings import CheckReport
from core.publish.channels import Channel
from core.publish.schedule import Plan
from core.store.models import PostDraft, Status
from core.store.queue import QueueStore
from ui.calendar_view import UNDER, CalendarView
from ui.export_dialog import ExportDialog, ExportReport

MONDAY = dt.datetime(2030, 6, 3, 7, 0)
PLAN = Plan(targets={Channel.FACEBOOK: 2, Channel.INSTAGRAM: 1},
            slots=tuple(TimeSlot(d, t) for d in range(5) for t in ("08:00", "12:00", "16:00")))


def _calendar(qtbot, store: QueueStore) -> CalendarView:
    for at, channels, title, status in [
            ("2030-06-03 08:00", (Channel.FACEBOOK, Channel.INSTAGRAM), "Rapat pagi", Status.DRAFT),
            ("2030-06-03 12:00", (Channel.FACEBOOK,), "", Status.DRAFT),
            ("2030-06-04 08:00", (Channel.FACEBOOK,), "Posyandu balita", Status.READY)]:
        store.posts.add(PostDraft(body="x", title=title, channels=channels,
                                  scheduled_at=dt.datetime.fromisoformat(at)), CheckReport("x"),
                        status=status)
    view = CalendarView(store, plan=lambda: PLAN, now=lambda: MONDAY)
    qtbot.addWidget(view)
    view.resize(1100, 600)
    view.show()
    return view


def test_week_shows_posts_with_time_status_and_title_and_marks_days_under(qtbot, store: QueueStore) -> None:
    view = _calendar(qtbot, store)
    assert view.grid.rowCount() == 1
    monday, tuesday = dt.date(2030, 6, 3), dt.date(2030, 6, 4)
    assert view.day_texts(monday) == ["08.00 · Draf\nRapat pagi", "12.00 · Draf\nx"]
    assert view.day_texts(tuesday) == ["08.00 · Siap\nPosyandu balita"]
    assert "Facebook 2/2" in view.cells[monday].head.toolTip()
    assert "Instagram 0/1" in view.cells[tuesday].head.toolTip()
    assert view.day_state[monday] == "met"
    assert view.day_state[tuesday] == "under"
    assert "kurang 2" in view.cells[tuesday].head.text()
    assert view.cells[tuesday].background == UNDER
    assert view.day_state[dt.date(2030, 6, 8)] == ""  # Saturday: no slots, nothing expected
    gaps = [view.gaps.item(i).text() for i in range(view.gaps.count())]
    assert gaps[0].startswith("Selasa 04-06: Facebook kurang 1 (ada 1 dari 2)")
    assert "12.00, 16.00" in gaps[0]
    assert not any("Senin 03-06" in g for g in gaps)


def test_selector_does_not_read_like_the_sunday_column(qtbot, store: QueueStore) -> None:
    view = _calendar(qtbot, store)
    items = [view.mode.itemText(i) for i in range(view.mode.count())]
    headers = [view.grid.horizontalHeaderItem(i).text() for i in range(7)]
    assert items == ["Pekan", "Bulan"] and headers[-1] == "Minggu"
    assert not set(items) & set(headers)


def test_unscheduled_posts_are_listed_and_a_click_opens_a_post(qtbot, store: QueueStore) -> None:
    loose = store.posts.add(PostDraft(body="Tanpa jadwal", title="Belum ada jam",
                                      channels=(Channel.FACEBOOK,)), CheckReport("x"))
    gone = store.posts.add(PostDraft(body="Lama", title="Diarsipkan"), CheckReport("x"),
                           status=Status.ARCHIVED)
    view = _calendar(qtbot, store)
    listed = [view.unscheduled.item(i).text() for i in range(view.unscheduled.count())]
    assert listed == ["Draf · Belum ada jam"] and gone
    assert "(1)" in view._unscheduled_title.text()
    with qtbot.waitSignal(view.open_requested) as opened:
        view.unscheduled.itemClicked.emit(view.unscheduled.item(0))
    assert opened.args == [loose.id]
    posts = view.cells[dt.date(2030, 6, 4)].posts
    with qtbot.waitSignal(view.open_requested) as opened:
        posts.itemClicked.emit(posts.item(0))
    assert store.posts.get(opened.args[0]).title == "Posyandu balita"


def test_month_view_and_navigation(qtbot, store: QueueStore) -> None:
    view = _calendar(qtbot, store)
    view.mode.setCurrentIndex(view.mode.findData("month"))
    assert view.title.text() == "Juni 2030" and view.grid.rowCount() == 5  # 27 May – 30 June
    view.move(1)
    assert view.title.text() == "Juli 2030"
    view.move(-2)
    assert view.title.text() == "Mei 2030"
    view.go_today()
    assert view.title.text() == "Juni 2030"


def test_export_dialog_and_report(qtbot, tmp_path: Path) -> None:
    from core.publish.export import export_posts

    dialog = ExportDialog(tmp_path)
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("hootsuite"))
    assert dialog.date_order.isEnabled() and "350" in dialog.hint.text()
    dialog.date_order.setCurrentIndex(dialog.date_order.findData("dmy"))
    choice = dialog.choice()
    assert (choice.fmt, choice.date_order.value) == ("hootsuite", "dmy")
    dialog.format.setCurrentIndex(dialog.format.findData("buffer"))
    assert not dialog.date_order.isEnabled()
    store = QueueStore(":memory:")
    store.posts.add(PostDraft(body="x", channels=(Channel.X,)), CheckReport("x"))
    result = export_posts(store.posts.list(), tmp_path / "b.csv", preset="buffer", now=MONDAY)
    report = ExportReport(result)
    qtbot.addWidget(report)
    assert "ditolak: 1" in report.findChildren(type(dialog.hint))[0].text()
    assert "Jadwalkan otomatis" in report.text.toPlainText()
    store.close()


def test_a_post_clicked_in_the_calendar_opens_in_the_form(qtbot, window, store: QueueStore) -> None:
    post_id = store.posts.add(PostDraft(body="Posyandu balita di balai desa.", title="Posyandu",
                                        channels=(Channel.FACEBOOK,)), CheckReport("x")).id
    window.tabs.setCurrentWidget(window.calendar)
    calendar = window.calendar
    qtbot.waitUntil(lambda: calendar.unscheduled.count() == 1)
    calendar.unscheduled.itemClicked.emit(calendar.unscheduled.item(0))
    qtbot.waitUntil(lambda: window.compose.editing_id == post_id)
    assert window.tabs.currentIndex() == 0
    assert window.compose.body.toPlainText() == "Posyandu balita di balai desa."


def test_the_windows_calendar_plans_with_the_windows_settings(qtbot, store: QueueStore, checker) -> None:
    """Not with whatever settings file the PC holds: the targets the window was given."""
    from core.app.settings import Settings
    from ui.main_window import MainWindow

    settings = Settings(daily_targets={Channel.FACEBOOK: 3},  # the defaults: 2 on FB and IG
                        time_slots=tuple(TimeSlot(d, t) for d in range(7)
                                         for t in ("08:00", "23:58", "23:59")))
    window = MainWindow(store, lambda: checker, settings=settings)
    window.confirm = lambda title, question: True
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentWidget(window.calendar)
    gaps = [window.calendar.gaps.item(i).text() for i in range(window.calendar.gaps.count())]
    assert gaps and all("Facebook" in g and "dari 3" in g for g in gaps)
