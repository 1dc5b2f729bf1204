"""The calendar tab: posts per day against the target, days under target, gaps of 7 days."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from core.app.settings import TimeSlot
from core.check.findings import CheckReport
from core.publish.channels import Channel
from core.publish.schedule import Plan
from core.store.models import PostDraft
from core.store.queue import QueueStore
from ui.calendar_view import UNDER, CalendarView
from ui.export_dialog import ExportDialog, ExportReport

MONDAY = dt.datetime(2030, 6, 3, 7, 0)
PLAN = Plan(targets={Channel.FACEBOOK: 2, Channel.INSTAGRAM: 1},
            slots=tuple(TimeSlot(d, t) for d in range(5) for t in ("08:00", "12:00", "16:00")))


def _calendar(qtbot, store: QueueStore) -> CalendarView:
    for at, channels in [("2030-06-03 08:00", (Channel.FACEBOOK, Channel.INSTAGRAM)),
                         ("2030-06-03 12:00", (Channel.FACEBOOK,)),
                         ("2030-06-04 08:00", (Channel.FACEBOOK,))]:
        store.posts.add(PostDraft(body="x", channels=channels,
                            scheduled_at=dt.datetime.fromisoformat(at)), CheckReport("x"))
    view = CalendarView(store, plan=lambda: PLAN, now=lambda: MONDAY)
    qtbot.addWidget(view)
    view.resize(1100, 600)
    view.show()
    return view


def test_week_shows_counts_against_targets_and_marks_days_under(qtbot, store: QueueStore) -> None:
    view = _calendar(qtbot, store)
    assert view.grid.rowCount() == 1
    monday, tuesday = view.grid.item(0, 0), view.grid.item(0, 1)
    assert monday.text() == "3\nFacebook 2/2\nInstagram 1/1"
    assert tuesday.text() == "4\nFacebook 1/2\nInstagram 0/1"
    assert view.day_state[dt.date(2030, 6, 3)] == "met"
    assert view.day_state[dt.date(2030, 6, 4)] == "under"
    assert tuesday.background().color() == UNDER
    assert view.day_state[dt.date(2030, 6, 8)] == ""  # Saturday: no slots, nothing expected
    gaps = [view.gaps.item(i).text() for i in range(view.gaps.count())]
    assert gaps[0].startswith("Selasa 04-06: Facebook kurang 1 (ada 1 dari 2)")
    assert "12.00, 16.00" in gaps[0]
    assert not any("Senin 03-06" in g for g in gaps)


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
