"""Coverage of the office's fields (issue 17): posts per bidang per week against each bidang's
weekly target, the bidang that had no post for N days, and the share of leadership-ceremony
posts per week. Counts are of posts planned (``scheduled_at``) on a day, any status but Arsip;
an unplanned post has no day and is not counted. Weeks start on Monday. Qt-free; read from the
store's ``search`` part, nothing written."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from core.app.bidang import DEFAULT_GAP_DAYS, Bidang
from core.check.ceremony import ceremony_share
from core.store.queue import QueueStore

LOOKBACK_DAYS = 366  # how far back the last post of a bidang is looked for
MOSTLY = 0.5  # a week whose ceremony share is above this is "mostly ceremony"


def week_start(day: dt.date) -> dt.date:
    """The Monday of ``day``'s week."""
    return day - dt.timedelta(days=day.weekday())


@dataclass(frozen=True, slots=True)
class BidangCoverage:
    """One bidang over the report's weeks."""

    name: str
    weekly_target: int  # 0: no target
    counts: tuple[int, ...]  # posts per week, in the order of ``Coverage.weeks``
    last_post: dt.date | None  # last day up to today with a post planned (within a year)
    next_post: dt.date | None  # first day after today with one
    in_settings: bool = True  # False: a name posts still carry but the settings no longer list

    def met(self, week: int) -> bool:
        return self.counts[week] >= self.weekly_target

    def days_without(self, today: dt.date) -> int | None:
        """Days since its last post up to ``today`` (None: none within a year)."""
        return (today - self.last_post).days if self.last_post else None


@dataclass(frozen=True, slots=True)
class Coverage:
    today: dt.date
    weeks: tuple[dt.date, ...]  # Mondays, oldest first; the last is today's week
    rows: tuple[BidangCoverage, ...]  # the settings' bidang in their order, then other names
    untagged: tuple[int, ...]  # posts with no bidang, per week
    gap_days: int = DEFAULT_GAP_DAYS

    def gaps(self) -> tuple[BidangCoverage, ...]:
        """The settings' bidang with no post planned on any of the last ``gap_days`` days up
        to today (their next planned post, if any, is in ``next_post``)."""
        return tuple(r for r in self.rows if r.in_settings and (
            r.last_post is None or (self.today - r.last_post).days >= self.gap_days))

    def to_json(self) -> dict[str, object]:
        return {
            "today": self.today.isoformat(), "gap_days": self.gap_days,
            "weeks": [w.isoformat() for w in self.weeks],
            "bidang": [{"name": r.name, "weekly_target": r.weekly_target, "posts": list(r.counts),
                        "met": [r.met(i) for i in range(len(self.weeks))],
                        "last_post": r.last_post.isoformat() if r.last_post else None,
                        "next_post": r.next_post.isoformat() if r.next_post else None,
                        "days_without": r.days_without(self.today),
                        "in_settings": r.in_settings} for r in self.rows],
            "untagged": list(self.untagged),
            "gaps": [r.name for r in self.gaps()],
        }


def coverage(store: QueueStore, bidang: Sequence[Bidang], *, today: dt.date, weeks: int = 4,
             gap_days: int = DEFAULT_GAP_DAYS) -> Coverage:
    """Posts per bidang for the ``weeks`` weeks ending with ``today``'s week (that week counted
    whole, days after today included: what is planned), against each bidang's target; and the
    last and next post of each bidang for the "no post for ``gap_days`` days" warning."""
    weeks = max(1, weeks)
    first = week_start(today) - dt.timedelta(weeks=weeks - 1)
    mondays = tuple(first + dt.timedelta(weeks=i) for i in range(weeks))
    index = {m: i for i, m in enumerate(mondays)}
    counts: dict[str, list[int]] = {}
    for row in store.search.bidang_per_week(first, mondays[-1] + dt.timedelta(days=7)):
        counts.setdefault(row.bidang, [0] * weeks)[index[row.week]] += row.posts
    tomorrow = today + dt.timedelta(days=1)
    past = store.search.bidang_days(today - dt.timedelta(days=LOOKBACK_DAYS), tomorrow)
    future = store.search.bidang_days(tomorrow, tomorrow + dt.timedelta(days=LOOKBACK_DAYS))
    known = {b.name for b in bidang}
    others = sorted(n for n in counts.keys() | past.keys() if n and n not in known)
    rows = tuple(
        BidangCoverage(name, target, tuple(counts.get(name, [0] * weeks)),
                       past[name][1] if name in past else None,
                       future[name][0] if name in future else None, in_settings)
        for name, target, in_settings in (*((b.name, b.weekly_target, True) for b in bidang),
                                          *((n, 0, False) for n in others)))
    return Coverage(today, mondays, rows, tuple(counts.get("", [0] * weeks)), gap_days)


@dataclass(frozen=True, slots=True)
class CeremonyWeek:
    """The posts planned in one week and how many of them are leadership ceremony."""

    week: dt.date  # its Monday
    posts: int
    ceremony: int

    @property
    def share(self) -> float:
        return self.ceremony / self.posts if self.posts else 0.0

    @property
    def mostly_ceremony(self) -> bool:
        """More than half of the week's posts are ceremony."""
        return self.share > MOSTLY


def ceremony_weeks(store: QueueStore, *, start: dt.date, weeks: int) -> tuple[CeremonyWeek, ...]:
    """Per week from ``start``'s week on, the posts planned and the ceremony ones among them;
    weeks without posts are left out. Reads the store, then :func:`ceremony_of_openings`."""
    first = week_start(start)
    end = first + dt.timedelta(weeks=max(1, weeks))
    return ceremony_of_openings(store.search.openings_between(first, end))


def ceremony_of_openings(openings: Iterable[tuple[dt.date, str]]) -> tuple[CeremonyWeek, ...]:
    """(day, title and start of body) of posts → per week the posts and the ceremony ones
    (:func:`core.check.ceremony.ceremony_share`). No store: the window runs it in its worker."""
    texts: dict[dt.date, list[str]] = {}
    for day, text in openings:
        texts.setdefault(week_start(day), []).append(text)
    return tuple(CeremonyWeek(w, len(t), round(ceremony_share(t) * len(t)))
                 for w, t in sorted(texts.items()))
