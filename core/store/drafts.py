"""Autosave of the text being written, so that a crash or a killed process loses no draft.

The editor calls ``store.drafts.save`` every few seconds and when the window loses focus; the
row lives in the same SQLite database as the queue (table ``drafts``, one row per editor slot).
A clean save to the queue, or the user discarding the text, calls ``store.drafts.clear``.
On the next start ``store.drafts.unsaved`` returns what was left behind, if anything.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from core.store.connection import Connection
from core.store.errors import PostNotFoundError, StoreError
from core.store.models import ImageChoice, PostDraft
from core.store.posts import PostManager
from core.store.rows import bidang_from, channels_from, draft_row, parse_slot

DEFAULT_SLOT = "editor"


@dataclass(frozen=True, slots=True)
class SavedDraft:
    """Text autosaved from the editor: the draft, the queued post it edits (if any), when;
    ``images``: the form's images when they differed from the post's stored ones (a new post's
    picked images), ``None`` when they were the stored ones."""

    draft: PostDraft
    post_id: int | None
    saved_at: dt.datetime
    images: tuple[ImageChoice, ...] | None = None


class DraftManager:
    """``store.drafts``: the editor's autosave."""

    def __init__(self, conn: Connection, posts: PostManager) -> None:
        self._db = conn.db
        self._posts = posts

    def save(self, draft: PostDraft, *, post_id: int | None,
             images: Sequence[ImageChoice] | None = None, slot: str = DEFAULT_SLOT) -> None:
        """Write ``draft`` as the slot's autosave (one transaction); raise :class:`StoreError`.
        ``images``: the form's images when they are not the post's stored ones (else ``None``)."""
        row = {
            "slot": slot, "post_id": post_id, **draft_row(draft),
            "saved_at": dt.datetime.now().isoformat(timespec="seconds"),
            "images": None if images is None else json.dumps(
                [[c.path, c.alt_text, c.media_id, c.original_name] for c in images],
                ensure_ascii=False),
        }
        columns = ", ".join(row)
        updates = ", ".join(f"{c} = excluded.{c}" for c in row if c != "slot")
        try:
            with self._db.atomic():
                # One statement (sqlite-utils' upsert inspects the table first): every call into
                # SQLite from the UI thread waits for the GIL while a check runs in the worker.
                self._db.execute(f"INSERT INTO drafts ({columns}) VALUES ({', '.join('?' * len(row))}) "
                                 f"ON CONFLICT(slot) DO UPDATE SET {updates}", list(row.values()))
        except sqlite3.Error as exc:
            raise StoreError(f"Draf tidak dapat disimpan otomatis: {exc}") from exc

    def clear(self, *, slot: str = DEFAULT_SLOT) -> None:
        try:
            with self._db.atomic():
                self._db.execute("DELETE FROM drafts WHERE slot = ?", [slot])
        except sqlite3.Error as exc:
            raise StoreError(f"Draf otomatis tidak dapat dihapus: {exc}") from exc

    def unsaved(self, *, slot: str = DEFAULT_SLOT) -> SavedDraft | None:
        """The autosaved text that is not in the queue: ``None`` when there is none, when it is
        empty, or when it equals the queued post it was editing."""
        rows = list(self._db.query("SELECT * FROM drafts WHERE slot = ?", [slot]))
        if not rows:
            return None
        row = rows[0]
        draft = PostDraft(
            title=str(row["title"]), body=str(row["body"]), sources=str(row["sources"]),
            channels=channels_from(str(row["channels"])), scheduled_at=parse_slot(row["scheduled_at"]),
            bidang=bidang_from(row.get("bidang")),
        )
        images = _images(row.get("images"))
        if not (draft.body.strip() or draft.title.strip() or images):
            return None
        post_id = int(row["post_id"]) if row["post_id"] is not None else None
        if post_id is not None:
            try:
                if self._posts.get(post_id).draft == draft and images is None:
                    return None
            except PostNotFoundError:
                post_id = None  # the post was deleted since: the text comes back as a new post
                if images is not None:  # its stored images went with it
                    images = tuple(c for c in images if c.media_id is None)
        return SavedDraft(draft=draft, post_id=post_id,
                          saved_at=dt.datetime.fromisoformat(str(row["saved_at"])), images=images)


def _images(value: object) -> tuple[ImageChoice, ...] | None:
    if value is None:
        return None
    try:
        return tuple(ImageChoice(str(path), str(alt), None if media_id is None else int(media_id),
                                 str(name)) for path, alt, media_id, name in json.loads(str(value)))
    except (ValueError, TypeError):  # a damaged row loses its images, never the text
        return None
