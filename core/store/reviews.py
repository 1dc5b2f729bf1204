"""The store's side of review bundles (``store.reviews``): a post's global id, posts and status
history received from another PC."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from core.check.findings import CheckReport
from core.store.changes import Change, Changes
from core.store.connection import Connection, insert_row
from core.store.errors import PostNotFoundError
from core.store.models import PostDraft, Status, StatusChange
from core.store.rows import draft_row, now, report_row


class ReviewManager:
    """``store.reviews``: global ids and what review bundles bring in."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self._db = conn.db

    def uid_of(self, post_id: int) -> str:
        """The post's global id (made on first use): the same post on every PC."""
        row = self._db.execute("SELECT uid FROM posts WHERE id = ?", [post_id]).fetchone()
        if row is None:
            raise PostNotFoundError(post_id)
        if row[0]:
            return str(row[0])
        uid = uuid.uuid4().hex
        with self._conn.writing() as db:
            db.execute("UPDATE posts SET uid = ? WHERE id = ?", [uid, post_id])
        return uid

    def peer_version(self, post_id: int) -> int | None:
        """The version of the other PC's copy in the last bundle received (None: none yet)."""
        row = self._db.execute("SELECT peer_version FROM posts WHERE id = ?", [post_id]).fetchone()
        return int(row[0]) if row and row[0] is not None else None

    def set_peer_version(self, post_id: int, version: int | None) -> None:
        """Remember the version of the other PC's copy (no edit of the post: its own version
        stays)."""
        with self._conn.writing() as db:
            db.execute("UPDATE posts SET peer_version = ? WHERE id = ?", [version, post_id])

    def post_id_for_uid(self, uid: str) -> int | None:
        row = self._db.execute("SELECT id FROM posts WHERE uid = ?", [uid]).fetchone()
        return int(row[0]) if row else None

    def add_received(self, uid: str, draft: PostDraft, report: CheckReport, *,
                     status: Status) -> Changes:
        """Store a post that came in a review bundle under its global id (``.id``: its id here)."""
        stamp = now()
        row = {**draft_row(draft), **report_row(report), "status": status.value,
               "created_at": stamp, "updated_at": stamp, "uid": uid}
        with self._conn.writing() as db:
            post_id = insert_row(db, "posts", row)
        return Changes.of(Change.POSTS, Change.REVIEWS, post_ids=[post_id], created=(post_id,))

    def receive_history(self, post_id: int, changes: Sequence[StatusChange], *,
                        status: Status | None = None) -> Changes:
        """Add status changes recorded on another PC (a review bundle) that are not here yet
        (same time, who, from, to and reason: never twice), and with ``status`` set the post
        to it (the reviewer's decision, already in ``changes``), in one transaction. The
        caller checks the workflow. ``created`` of the result: the history rows added."""
        added: list[int] = []
        with self._conn.writing() as db:
            self._conn.require_post(post_id)
            have = {(r["at"], r["who"], r["from_status"] or "", r["to_status"], r["reason"])
                    for r in db.query("SELECT * FROM status_history WHERE post_id = ?", [post_id])}
            for change in changes:
                row = {"post_id": post_id, "at": change.at.isoformat(timespec="seconds"),
                       "who": change.who,
                       "from_status": change.from_status.value if change.from_status else None,
                       "to_status": change.to_status.value, "reason": change.reason}
                key = (row["at"], row["who"], row["from_status"] or "", row["to_status"],
                       row["reason"])
                if key in have:
                    continue
                added.append(insert_row(db, "status_history", row))
                have.add(key)
            if status is not None:
                db.execute("UPDATE posts SET status = ?, updated_at = ?, "
                           "version = version + 1 WHERE id = ?",
                           [status.value, now(), post_id])
        kinds = [Change.REVIEWS] + ([Change.STATUS] if added or status is not None else [])
        return Changes.of(*kinds, post_ids=[post_id], created=tuple(added))
