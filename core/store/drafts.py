"""Autosave of the text being written, so that a crash or a killed process loses no draft.

The editor calls :func:`autosave` every few seconds and when the window loses focus; the row
lives in the same SQLite database as the queue (table ``drafts``, one row per editor slot).
A clean save to the queue, or the user discarding the text, calls :func:`clear_autosave`.
On the next start :func:`unsaved_draft` returns what was left behind, if anything.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from core.publish.channels import Channel
from core.store.errors import PostNotFoundError, StoreError
from core.store.models import SCHEDULE_FORMAT, ImageChoice, PostDraft
from core.store.queue import QueueStore

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


def autosave(store: QueueStore, draft: PostDraft, *, post_id: int | None,
             images: Sequence[ImageChoice] | None = None, slot: str = DEFAULT_SLOT) -> None:
    """Write ``draft`` as the slot's autosave (one transaction); raise :class:`StoreError`.
    ``images``: the form's images when they are not the post's stored ones (else ``None``)."""
    row = {
        "slot": slot, "post_id": post_id, "title": draft.title, "body": draft.body,
        "sources": draft.sources, "channels": json.dumps([c.value for c in draft.channels]),
        "scheduled_at": draft.scheduled_at.strftime(SCHEDULE_FORMAT) if draft.scheduled_at else None,
        "saved_at": dt.datetime.now().isoformat(timespec="seconds"),
        "images": None if images is None else json.dumps(
            [[c.path, c.alt_text, c.media_id, c.original_name] for c in images],
            ensure_ascii=False),
    }
    columns = ", ".join(row)
    updates = ", ".join(f"{c} = excluded.{c}" for c in row if c != "slot")
    try:
        with store.db.atomic():
            # One statement (sqlite-utils' upsert inspects the table first): every call into
            # SQLite from the UI thread waits for the GIL while a check runs in the worker.
            store.db.execute(f"INSERT INTO drafts ({columns}) VALUES ({', '.join('?' * len(row))}) "
                             f"ON CONFLICT(slot) DO UPDATE SET {updates}", list(row.values()))
    except sqlite3.Error as exc:
        raise StoreError(f"Draf tidak dapat disimpan otomatis: {exc}") from exc


def clear_autosave(store: QueueStore, *, slot: str = DEFAULT_SLOT) -> None:
    try:
        with store.db.atomic():
            store.db.execute("DELETE FROM drafts WHERE slot = ?", [slot])
    except sqlite3.Error as exc:
        raise StoreError(f"Draf otomatis tidak dapat dihapus: {exc}") from exc


def unsaved_draft(store: QueueStore, *, slot: str = DEFAULT_SLOT) -> SavedDraft | None:
    """The autosaved text that is not in the queue: ``None`` when there is none, when it is
    empty, or when it equals the queued post it was editing."""
    rows = list(store.db["drafts"].rows_where("slot = ?", [slot]))
    if not rows:
        return None
    row = rows[0]
    scheduled = row["scheduled_at"]
    draft = PostDraft(
        title=str(row["title"]), body=str(row["body"]), sources=str(row["sources"]),
        channels=tuple(Channel(c) for c in json.loads(str(row["channels"]))),
        scheduled_at=dt.datetime.strptime(str(scheduled), SCHEDULE_FORMAT) if scheduled else None,
    )
    images = _images(row.get("images"))
    if not (draft.body.strip() or draft.title.strip() or images):
        return None
    post_id = int(row["post_id"]) if row["post_id"] is not None else None
    if post_id is not None:
        try:
            if store.get(post_id).draft == draft and images is None:
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
