"""Reading the queue by filter (``store.search``): full-text search, light rows for lazy views,
the schedule's occupancy, and a streamed listing for the command line."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from core.check.text import first_line
from core.store.connection import Connection
from core.store.models import SCHEDULE_FORMAT, Post, QueueQuery, QueueRow, Slotted, Status
from core.store.posts import ORDER
from core.store.rows import bidang_from, channels_from, parse_slot, post_from_row

_WIDE_MATCH = 2000  # above this many full-text hits, page through the queue-order index
# The stored JSON list of channel ids (json.dumps: '["x", "instagram"]') as "x,instagram", in
# SQL: channel ids hold no quote, comma or bracket, and json_each per row costs twice as much.
_WHITESPACE = "char(32, 9, 10, 13, 11, 12)"  # what str.strip() drops at the start, in ASCII
_CHANNEL_VALUES = ("replace(replace(replace(replace(channels, '\", \"', ','), '[', ''), ']', ''), "
                   "'\"', '')")


@dataclass(frozen=True, slots=True)
class ListLine:
    """One post as ``queue list`` prints it: stored text as is, nothing parsed."""

    id: int
    status: str  # the status value
    scheduled_at: str | None  # "YYYY-MM-DD HH:MM" as stored
    channels: str  # channel values joined by ","
    n_errors: int
    n_warnings: int
    n_infos: int
    title: str
    body: str  # the whole body, or its start (leading whitespace dropped) for a listing
    sources: str  # "" unless the whole post was asked for
    bidang: tuple[str, ...] = ()


class SearchManager:
    """``store.search``: the queue read by filters."""

    def __init__(self, conn: Connection) -> None:
        self._db = conn.db

    def count_matching(self, query: QueueQuery) -> int:
        match = fts_query(query.text)
        if match and query == QueueQuery(text=query.text):  # text only: the index alone counts
            return self._fts_count(match)
        where, args = _where(query)
        return int(self._db.execute(f"SELECT COUNT(*) FROM posts WHERE {where}", args).fetchone()[0])

    def _fts_count(self, match: str) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM posts_fts WHERE posts_fts MATCH ?",
                                    [match]).fetchone()[0])

    def rows(self, query: QueueQuery, *, offset: int = 0, limit: int = 200) -> list[QueueRow]:
        """One page of light rows (no findings parsed) in schedule order: for lazy views."""
        where, args = _where(query)
        match = fts_query(query.text)
        source = "posts p"
        if match and self._fts_count(match) > _WIDE_MATCH:
            # Many hits: walk the queue order and stop after one page, instead of sorting them all.
            source = "posts p INDEXED BY posts_queue_order"
            where = where.replace("id IN (SELECT rowid", "+p.id IN (SELECT rowid")
        sql = (f"SELECT p.id, p.status, p.scheduled_at, p.channels, p.title, substr(p.body, 1, 300),"
               f" p.n_errors, p.n_warnings, (SELECT path FROM post_media m WHERE m.post_id = p.id"
               f" ORDER BY position, id LIMIT 1), p.bidang FROM {source} WHERE {where}"
               f" ORDER BY p.scheduled_at IS NULL, p.scheduled_at, p.id LIMIT ? OFFSET ?")
        return [QueueRow(
            id=r[0], status=Status(r[1]), scheduled_at=parse_slot(r[2]),
            channels=channels_from(r[3]), title=r[4], excerpt=r[5],
            n_errors=r[6], n_warnings=r[7], thumbnail=r[8], bidang=bidang_from(r[9]))
            for r in self._db.execute(sql, [*args, limit, offset]).fetchall()]

    def list_matching(self, query: QueueQuery) -> list[Post]:
        """Full posts matching ``query``, in schedule order (for exports and bundles)."""
        where, args = _where(query)
        return [post_from_row(r) for r in self._db.query(
            f"SELECT * FROM posts WHERE {where} ORDER BY {ORDER}", args)]

    def ids_matching(self, query: QueueQuery) -> list[int]:
        """Ids of the posts matching ``query``, in schedule order."""
        where, args = _where(query)
        return [r[0] for r in self._db.execute(
            f"SELECT id FROM posts WHERE {where} ORDER BY {ORDER}", args)]

    def lines(self, *, status: Status | None = None, whole: bool = False,
              batch: int = 2000) -> Iterator[ListLine]:
        """Every post (or those with ``status``) in queue order as :class:`ListLine`, streamed
        from the cursor ``batch`` rows at a time: no post is built, no JSON parsed. Without
        ``whole``, ``body`` is its first 200 characters after leading white space."""
        where, args = ("WHERE status = ?", [status.value]) if status else ("", [])
        body = "body, sources" if whole else f"substr(ltrim(body, {_WHITESPACE}), 1, 200), ''"
        cursor = self._db.execute(
            f"SELECT id, status, scheduled_at, {_CHANNEL_VALUES}, n_errors, n_warnings, n_infos, "
            f"title, {body}, bidang "
            f"FROM posts {where} ORDER BY {ORDER}", args)
        while chunk := cursor.fetchmany(batch):
            for r in chunk:
                yield ListLine(r[0], r[1], r[2], r[3] or "", r[4], r[5], r[6], r[7], r[8], r[9],
                               bidang_from(r[10]) if r[10] != "[]" else ())

    def listing(self, *, status: Status | None = None, batch: int = 5000) -> Iterator[str]:
        """``queue list``'s lines, tab-separated: id, status, planned time or "-", channels or
        "-", "N harus diperbaiki, M perlu diperiksa", title (else the body's first line, cut to 60). SQLite
        formats them; Python only cuts the first line of untitled posts. Streamed."""
        where, args = ("WHERE status = ?", [status.value]) if status else ("", [])
        cursor = self._db.execute(
            "SELECT printf('%d\t%s\t%s\t%s\t%d harus diperbaiki, %d perlu diperiksa\t', id, status, "
            f"coalesce(scheduled_at, '-'), coalesce(nullif({_CHANNEL_VALUES}, ''), '-'), n_errors, "
            "n_warnings), title, CASE WHEN title = '' THEN "
            f"substr(ltrim(body, {_WHITESPACE}), 1, 200) END FROM posts {where} ORDER BY {ORDER}", args)
        while chunk := cursor.fetchmany(batch):
            yield "".join(f"{head}{title or first_line(body, 60)}\n" for head, title, body in chunk)

    def scheduled_between(self, start: dt.datetime, end: dt.datetime) -> list[Slotted]:
        """Posts planned in ``[start, end)`` that hold a slot (not Arsip)."""
        rows = self._db.execute(
            "SELECT id, scheduled_at, channels, status FROM posts WHERE scheduled_at >= ? "
            "AND scheduled_at < ? AND status != ? ORDER BY scheduled_at, id",
            [start.strftime(SCHEDULE_FORMAT), end.strftime(SCHEDULE_FORMAT),
             Status.ARCHIVED.value]).fetchall()
        return [Slotted(id=r[0], at=parse_slot(r[1]), channels=channels_from(r[2]),
                        status=Status(r[3])) for r in rows]

    def due(self, until: dt.datetime, *, statuses: Iterable[Status]) -> list[Post]:
        """Posts with one of ``statuses`` planned before ``until``, then the unplanned ones, in
        queue order (what is to be posted by hand by the end of a day)."""
        values = [s.value for s in statuses]
        marks = ",".join("?" * len(values))
        return [post_from_row(r) for r in self._db.query(
            f"SELECT * FROM posts WHERE status IN ({marks}) AND (scheduled_at IS NULL OR "
            f"scheduled_at < ?) ORDER BY {ORDER}", [*values, until.strftime(SCHEDULE_FORMAT)])]

    def unscheduled(self, *, statuses: Iterable[Status]) -> list[Slotted]:
        values = [s.value for s in statuses]
        marks = ",".join("?" * len(values))
        rows = self._db.execute(
            f"SELECT id, channels, status FROM posts WHERE scheduled_at IS NULL "
            f"AND status IN ({marks}) ORDER BY id", values).fetchall()
        return [Slotted(id=r[0], at=None, channels=channels_from(r[1]), status=Status(r[2]))
                for r in rows]


    # -- bidang (issue 17): what core.publish.coverage counts --------------------------------

    def bidang_in_use(self) -> dict[str, int]:
        """Every bidang name some post carries → how many posts carry it (names renamed or
        removed in the settings stay on their posts until changed)."""
        return {r[0]: r[1] for r in self._db.execute(
            "SELECT j.value, COUNT(*) FROM posts, json_each(posts.bidang) j "
            "WHERE posts.bidang != '[]' GROUP BY j.value ORDER BY j.value")}

    def bidang_per_week(self, start: dt.date, end: dt.date) -> list[BidangWeek]:
        """Posts planned on days ``[start, end)`` (not Arsip) counted per bidang and per week
        (weeks start on Monday); a post with two bidang counts for each, a post with none
        under the name ``""``. Unplanned posts have no week and are not counted."""
        week = ("date(substr(p.scheduled_at, 1, 10), '-' || "
                "((CAST(strftime('%w', substr(p.scheduled_at, 1, 10)) AS INTEGER) + 6) % 7) || ' days')")
        rows = self._db.execute(
            f"SELECT coalesce(j.value, ''), {week}, COUNT(*) FROM posts p "
            "LEFT JOIN json_each(p.bidang) j WHERE p.scheduled_at >= ? AND p.scheduled_at < ? "
            "AND p.status != ? GROUP BY 1, 2",
            [start.isoformat(), end.isoformat(), Status.ARCHIVED.value]).fetchall()
        return [BidangWeek(r[0], dt.date.fromisoformat(r[1]), r[2]) for r in rows]

    def bidang_counts(self, start: dt.date, end: dt.date) -> dict[str, int]:
        """Posts planned on days ``[start, end)`` (not Arsip) per bidang (``""``: untagged), for
        any span (a month's report): a post with two bidang counts for each."""
        return {r[0]: r[1] for r in self._db.execute(
            "SELECT coalesce(j.value, ''), COUNT(*) FROM posts p LEFT JOIN json_each(p.bidang) j "
            "WHERE p.scheduled_at >= ? AND p.scheduled_at < ? AND p.status != ? GROUP BY 1",
            [start.isoformat(), end.isoformat(), Status.ARCHIVED.value])}

    def bidang_days(self, start: dt.date, end: dt.date) -> dict[str, tuple[dt.date, dt.date]]:
        """Per bidang, the first and the last day in ``[start, end)`` with a post planned on
        it (not Arsip); bidang without one are absent."""
        rows = self._db.execute(
            "SELECT j.value, MIN(substr(p.scheduled_at, 1, 10)), MAX(substr(p.scheduled_at, 1, 10)) "
            "FROM posts p, json_each(p.bidang) j WHERE p.scheduled_at >= ? AND p.scheduled_at < ? "
            "AND p.status != ? GROUP BY j.value",
            [start.isoformat(), end.isoformat(), Status.ARCHIVED.value]).fetchall()
        return {r[0]: (dt.date.fromisoformat(r[1]), dt.date.fromisoformat(r[2])) for r in rows}

    def openings_between(self, start: dt.date, end: dt.date) -> list[tuple[dt.date, str]]:
        """Each post planned on days ``[start, end)`` (not Arsip) as (its day, its title and
        the start of its body): what the ceremony recogniser reads (headline, first sentence)."""
        rows = self._db.execute(
            "SELECT substr(scheduled_at, 1, 10), title, substr(body, 1, 600) FROM posts "
            "WHERE scheduled_at >= ? AND scheduled_at < ? AND status != ? ORDER BY scheduled_at, id",
            [start.isoformat(), end.isoformat(), Status.ARCHIVED.value]).fetchall()
        return [(dt.date.fromisoformat(r[0]), f"{r[1]}\n{r[2]}" if r[1] else r[2]) for r in rows]


@dataclass(frozen=True, slots=True)
class BidangWeek:
    """Posts of one bidang (``""``: none) planned in the week starting ``week`` (a Monday)."""

    bidang: str
    week: dt.date
    posts: int


def fts_query(text: str) -> str:
    """User words → an FTS5 query: every word must occur (as a word prefix)."""
    words = [w for w in text.replace('"', " ").split() if w]
    return " ".join(f'"{w}"*' for w in words)


def _where(query: QueueQuery) -> tuple[str, list[object]]:
    clauses: list[str] = ["1"]
    args: list[object] = []
    match = fts_query(query.text)
    if match:
        clauses.append("id IN (SELECT rowid FROM posts_fts WHERE posts_fts MATCH ?)")
        args.append(match)
    if query.status:
        clauses.append("status = ?")
        args.append(query.status.value)
    if query.channel:
        clauses.append("channels LIKE ?")
        args.append(f'%"{query.channel.value}"%')
    if query.date_from:
        clauses.append("scheduled_at >= ?")
        args.append(query.date_from.isoformat())
    if query.date_to:
        clauses.append("scheduled_at < ?")
        args.append((query.date_to + dt.timedelta(days=1)).isoformat())
    if query.bidang:
        clauses.append("EXISTS (SELECT 1 FROM json_each(bidang) WHERE value = ?)")
        args.append(query.bidang)
    if query.untagged:
        clauses.append("bidang = '[]'")
    if query.unscheduled:
        clauses.append("scheduled_at IS NULL")
    return " AND ".join(clauses), args
