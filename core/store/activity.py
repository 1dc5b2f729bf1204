"""What happened to the posts of a period (``store.activity``): the rows the monthly report
counts (issue 17), read in two statements, whatever the size of the queue."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from core.store.connection import Connection
from core.store.models import SCHEDULE_FORMAT, Status
from core.store.search import _CHANNEL_VALUES

# A post counts for a period when it is planned inside it and not archived (an archived post
# was called off). "Exported": it is, or once was, Diekspor (a posting-tool file was written);
# a post marked Terbit straight from Siap (posted by hand) was published, not exported.
_IN_PERIOD = "p.scheduled_at >= ? AND p.scheduled_at < ? AND p.status != 'arsip'"
_EXPORTED = ("(p.status = 'diekspor' OR EXISTS (SELECT 1 FROM status_history h "
             "WHERE h.post_id = p.id AND h.to_status = 'diekspor'))")
_IGNORED = ("EXISTS (SELECT 1 FROM ignored_findings i WHERE i.post_key = 'post:' || f.post_id "
            "AND i.rule_id = f.rule_id AND i.text = f.text)")


@dataclass(frozen=True, slots=True)
class ActivityRow:
    """One planned post of the period: what the report needs, nothing parsed beyond that."""

    id: int
    day: dt.date
    status: Status
    channels: tuple[str, ...]  # channel values
    text: str  # title and body, for the topic and ceremony
    exported: bool
    bidang: tuple[str, ...] = ()  # the office's fields the post is tagged with


@dataclass(frozen=True, slots=True)
class FindingTally:
    """Findings of one category that the checks caught on the period's posts: ``fixed`` went
    away on a later save without being ignored, ``ignored`` went away because the admin chose
    to ignore them, the rest are still there."""

    category: str
    caught: int
    fixed: int
    ignored: int

    @property
    def open(self) -> int:
        return self.caught - self.fixed - self.ignored


class ActivityManager:
    """``store.activity``: the posts planned in a period and the findings they had."""

    def __init__(self, conn: Connection) -> None:
        self._db = conn.db

    def planned(self, start: dt.date, end: dt.date) -> list[ActivityRow]:
        """The posts planned from ``start`` up to (not including) ``end``, by time."""
        rows = self._db.execute(
            f"SELECT p.id, substr(p.scheduled_at, 1, 10), p.status, {_CHANNEL_VALUES}, "
            f"p.title || char(10) || p.body, {_EXPORTED}, p.bidang FROM posts p WHERE {_IN_PERIOD} "
            "ORDER BY p.scheduled_at, p.id", _bounds(start, end))
        return [ActivityRow(id=r[0], day=dt.date.fromisoformat(r[1]), status=Status(r[2]),
                            channels=tuple(c for c in r[3].split(",") if c), text=r[4],
                            exported=bool(r[5]), bidang=_names(r[6]))
                for r in rows]

    def findings(self, start: dt.date, end: dt.date) -> list[FindingTally]:
        """Per category, the findings the period's posts ever had (see :class:`FindingTally`)."""
        rows = self._db.execute(
            f"SELECT f.category, COUNT(*), SUM(f.fixed_at IS NOT NULL AND NOT {_IGNORED}), "
            f"SUM(f.fixed_at IS NOT NULL AND {_IGNORED}) FROM finding_log f "
            f"JOIN posts p ON p.id = f.post_id WHERE {_IN_PERIOD} GROUP BY f.category "
            "ORDER BY f.category", _bounds(start, end))
        return [FindingTally(r[0], int(r[1]), int(r[2] or 0), int(r[3] or 0)) for r in rows]


def _names(value: str) -> tuple[str, ...]:
    return tuple(json.loads(value)) if value and value != "[]" else ()


def _bounds(start: dt.date, end: dt.date) -> list[str]:
    midnight = dt.time(0, 0)
    return [dt.datetime.combine(start, midnight).strftime(SCHEDULE_FORMAT),
            dt.datetime.combine(end, midnight).strftime(SCHEDULE_FORMAT)]
