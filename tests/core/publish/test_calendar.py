"""What the calendar shows of each post: per day in time order, and the posts without a time."""

from __future__ import annotations

import datetime as dt

from core.check.findings import CheckReport
from core.publish.calendar import TITLE_CHARS, calendar_posts
from core.publish.channels import Channel
from core.store.models import PostDraft, Status
from core.store.queue import QueueStore


def _add(store: QueueStore, title: str, at: str | None, status: Status = Status.DRAFT,
         body: str = "isi") -> int:
    when = dt.datetime.fromisoformat(at) if at else None
    return store.posts.add(PostDraft(body=body, title=title, channels=(Channel.FACEBOOK,),
                                     scheduled_at=when), CheckReport(body), status=status).id


def test_days_hold_their_posts_in_time_order_without_the_archived() -> None:
    store = QueueStore(":memory:")
    late = _add(store, "Sore", "2030-06-03 16:00", Status.READY)
    early = _add(store, "Pagi", "2030-06-03 08:00")
    _add(store, "Arsip", "2030-06-03 09:00", Status.ARCHIVED)
    _add(store, "Pekan depan", "2030-06-10 08:00")
    posts = calendar_posts(store, dt.date(2030, 6, 3), 7)
    day = posts.days[dt.date(2030, 6, 3)]
    assert [(e.post_id, e.title, e.status) for e in day] == [
        (early, "Pagi", Status.DRAFT), (late, "Sore", Status.READY)]
    assert day[0].at == dt.datetime(2030, 6, 3, 8, 0)
    assert set(posts.days) == {dt.date(2030, 6, 3)}


def test_unscheduled_posts_newest_first_titled_by_their_text_when_untitled() -> None:
    store = QueueStore(":memory:")
    first = _add(store, "Satu", None)
    second = _add(store, "", None, body="Selamat   memperingati " + "hari jadi " * 20)
    _add(store, "Dibuang", None, Status.ARCHIVED)
    _add(store, "Terjadwal", "2030-06-03 08:00")
    posts = calendar_posts(store, dt.date(2030, 6, 3), 7)
    assert [e.post_id for e in posts.unscheduled] == [second, first]
    title = posts.unscheduled[0].title
    assert title.startswith("Selamat memperingati hari") and title.endswith("…")
    assert len(title) <= TITLE_CHARS and posts.more_unscheduled == 0
