"""Posts published by hand (``store.publications``): the published post's address per channel,
and the post's move to Terbit once every one of its channels has one.

Posting by hand (Meta Business Suite, or any tool without an import) ends with "Tandai terbit"
and the address of the post on the platform. Each channel is recorded on its own; when the
last channel of the post is recorded the post becomes Terbit through the workflow, with the
addresses as the reason in the status history. A channel marked again gets its new address.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from core.publish.channels import Channel
from core.store.changes import Change, Changes
from core.store.connection import IDS, Connection, ids_json
from core.store.errors import PostNotFoundError, StoreError, TransitionError
from core.store.models import Status, check_transition, id_in_range
from core.store.posts import PostManager
from core.store.rows import channels_from, now

# A post is published by hand from these statuses (Terbit: one more channel of a post that is
# already public on another).
PUBLISHABLE = frozenset({Status.READY, Status.EXPORTED, Status.PUBLISHED})


class PublicationError(StoreError, ValueError):
    """A mark the store refuses (wrong status, a channel the post does not go to); nothing changed."""


@dataclass(frozen=True, slots=True)
class Publication:
    post_id: int
    channel: Channel
    url: str
    at: dt.datetime
    who: str


class PublicationManager:
    """``store.publications``: where posts went public by hand."""

    def __init__(self, conn: Connection, posts: PostManager) -> None:
        self._conn = conn
        self._db = conn.db
        self._posts = posts

    def record(self, post_id: int, channel: Channel, url: str, *, who: str = "") -> Changes:
        """Record that ``post_id`` is public on ``channel`` at ``url`` (checked by the caller:
        core.publish.manual.parse_post_url), in one transaction; when every channel of the post
        now has an address, move it to Terbit (the history's reason lists the addresses).
        Raises :class:`PublicationError`, :class:`PostNotFoundError`."""
        with self._conn.writing() as db:
            row = db.execute("SELECT status, channels FROM posts WHERE id = ?",
                             [post_id]).fetchone() if id_in_range(post_id) else None
            if row is None:
                raise PostNotFoundError(post_id)
            status, channels = Status(row[0]), channels_from(row[1])
            if status not in PUBLISHABLE:
                raise PublicationError(
                    f"Unggahan #{post_id} berstatus {status.label}; hanya unggahan Siap atau Diekspor "
                    "yang ditandai terbit. Periksa temuannya dan jadikan Siap lebih dulu.")
            if channel not in channels:
                raise PublicationError(
                    f"Unggahan #{post_id} tidak ditujukan ke {channel.label}. Tambahkan kanal itu di "
                    "formulir lebih dulu bila memang diunggah ke sana.")
            db.execute("INSERT INTO publications (post_id, channel, url, at, who) VALUES (?, ?, ?, ?, ?) "
                       "ON CONFLICT(post_id, channel) DO UPDATE SET url = excluded.url, "
                       "at = excluded.at, who = excluded.who",
                       [post_id, channel.value, url, now(), who])
            done = {Channel(r[0]): r[1] for r in db.execute(
                "SELECT channel, url FROM publications WHERE post_id = ?", [post_id])}
            moved = False
            if status is not Status.PUBLISHED and all(c in done for c in channels):
                try:
                    check_transition(post_id, status, Status.PUBLISHED)
                except TransitionError as exc:  # not reached with PUBLISHABLE; kept honest
                    raise PublicationError(str(exc)) from exc
                reason = "Terbit: " + "; ".join(f"{c.label} {done[c]}" for c in channels)
                self._posts.move([post_id], Status.PUBLISHED, reason=reason, who=who)
                moved = True
        kinds = [Change.STATUS] if moved else []
        return Changes.of(Change.POSTS, *kinds, post_ids=[post_id])

    def of(self, post_id: int) -> list[Publication]:
        return self.for_posts([post_id]).get(post_id, [])

    def for_posts(self, post_ids: Iterable[int]) -> dict[int, list[Publication]]:
        out: dict[int, list[Publication]] = {}
        for r in self._db.execute(
                f"SELECT post_id, channel, url, at, who FROM publications WHERE post_id IN ({IDS}) "
                "ORDER BY at, id", [ids_json(post_ids)]):
            out.setdefault(int(r[0]), []).append(
                Publication(int(r[0]), Channel(r[1]), str(r[2]), dt.datetime.fromisoformat(r[3]), str(r[4])))
        return out
