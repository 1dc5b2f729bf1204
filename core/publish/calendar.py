"""What the calendar shows of each post: its time, title and status, per day, and the posts
that have no time yet. Reads the queue's light rows (no findings parsed); no Qt."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from core.publish.channels import Channel
from core.store.models import QueueQuery, QueueRow, Status
from core.store.queue import QueueStore

# A calendar of six weeks rarely holds more; past this the day says "… dan N lagi" from the
# count, and the queue lists them all.
MAX_SHOWN = 2_000
TITLE_CHARS = 60


@dataclass(frozen=True, slots=True)
class CalendarEntry:
    post_id: int
    at: dt.datetime | None
    title: str  # the post's title, else the start of its text
    status: Status
    channels: tuple[Channel, ...]
    n_errors: int


@dataclass(frozen=True, slots=True)
class CalendarPosts:
    days: dict[dt.date, list[CalendarEntry]]  # each day's posts in time order
    unscheduled: list[CalendarEntry]  # newest first
    more_unscheduled: int = 0  # past MAX_SHOWN


def entry_of(row: QueueRow) -> CalendarEntry:
    title = " ".join((row.title or row.excerpt).split())
    if len(title) > TITLE_CHARS:
        title = title[: TITLE_CHARS - 1].rstrip() + "…"
    return CalendarEntry(row.id, row.scheduled_at, title, row.status, row.channels, row.n_errors)


def calendar_posts(store: QueueStore, start: dt.date, days: int) -> CalendarPosts:
    """The posts planned in ``days`` days from ``start`` and every post without a time, both
    without the archived ones (Arsip holds nothing the admin still plans)."""
    end = start + dt.timedelta(days=days - 1)
    rows = store.search.rows(QueueQuery(date_from=start, date_to=end), limit=MAX_SHOWN)
    by_day: dict[dt.date, list[CalendarEntry]] = defaultdict(list)
    for row in rows:
        if row.status is not Status.ARCHIVED and row.scheduled_at is not None:
            by_day[row.scheduled_at.date()].append(entry_of(row))
    loose = [entry_of(r) for r in store.search.rows(QueueQuery(unscheduled=True), limit=MAX_SHOWN + 1)
             if r.status is not Status.ARCHIVED]
    loose.sort(key=lambda e: -e.post_id)
    return CalendarPosts(dict(by_day), loose[:MAX_SHOWN], max(0, len(loose) - MAX_SHOWN))
