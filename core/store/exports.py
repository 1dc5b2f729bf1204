"""Export batches (``store.exports``): what was exported when, and the posts an import file may
not hold. Marking a batch's posts Diekspor is one set-based write, whatever the batch size."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from pathlib import Path

from core.store.changes import Change, Changes
from core.store.connection import IDS, Connection, ids_json, insert_row
from core.store.models import TRANSITIONS, ExportBatch, Post, Status, id_in_range
from core.store.posts import PostManager

# Statuses an export leaves alone: Terbit and Arsip, and every status the workflow does not let
# move to Diekspor (a Draf in the generic data file stays Draf: no Draf → Diekspor in the history).
_KEEP_ON_EXPORT = tuple(dict.fromkeys(
    [Status.PUBLISHED, Status.ARCHIVED] + [s for s in Status if s is not Status.EXPORTED
                                           and Status.EXPORTED not in TRANSITIONS[s]]))


class ExportManager:
    """``store.exports``: export batches and the export rules that need the history."""

    def __init__(self, conn: Connection, posts: PostManager) -> None:
        self._conn = conn
        self._db = conn.db
        self._posts = posts

    def record(self, *, preset: str, files: Sequence[Path], post_ids: Sequence[int],
               who: str = "", options: dict[str, object] | None = None,
               mark_exported: bool = True) -> Changes:
        """Record an export batch and mark its posts Diekspor, in one transaction.

        Call only after the files are complete and renamed. Posts already Terbit or Arsip keep
        their status, and so do posts the workflow does not let become Diekspor (Draf, Perlu
        revisi: only in a generic data file); ``mark_exported=False`` (the review copy)
        records the batch only.
        ``batch_id`` of the result is the batch's id.
        """
        with self._conn.writing() as db:
            batch_id = insert_row(db, "export_batches", {
                "at": dt.datetime.now().isoformat(timespec="seconds"), "preset": preset,
                "files": json.dumps([str(f) for f in files]), "post_ids": json.dumps(list(post_ids)),
                "options": json.dumps(options or {}, ensure_ascii=False)})
            moved = self._posts.move(post_ids, Status.EXPORTED, who=who, keep=_KEEP_ON_EXPORT,
                                     reason=f"Ekspor {preset} (kiriman #{batch_id})") \
                if mark_exported else []
        kinds = (Change.EXPORTS, Change.STATUS) if moved else (Change.EXPORTS,)
        return Changes.of(*kinds, post_ids=moved, batch_id=batch_id)

    def batches(self) -> list[ExportBatch]:
        """Every export batch, newest first."""
        return [_batch(r) for r in self._db.query("SELECT * FROM export_batches ORDER BY id DESC")]

    def batch(self, batch_id: int) -> ExportBatch:
        if not id_in_range(batch_id):
            raise KeyError(batch_id)
        rows = list(self._db.query("SELECT * FROM export_batches WHERE id = ?", [batch_id]))
        if not rows:
            raise KeyError(batch_id)
        return _batch(rows[0])

    def blocks(self, posts: Iterable[Post]) -> dict[int, str]:
        """Posts with an error-level finding that were never made Siap with a written reason:
        they may not go into an import file (post id → what to do)."""
        with_errors = {p.id: p.n_errors for p in posts if p.n_errors}
        if not with_errors:
            return {}
        reasoned = {row[0] for row in self._db.execute(
            f"SELECT DISTINCT post_id FROM status_history WHERE post_id IN ({IDS}) "
            "AND to_status = ? AND reason != ''",
            [ids_json(with_errors), Status.READY.value])}
        return {
            post_id: (f"masih punya {count} temuan yang harus diperbaiki; perbaiki dulu, atau "
                      "jadikan Siap dengan alasan tertulis, lalu ekspor lagi")
            for post_id, count in with_errors.items() if post_id not in reasoned
        }


def _batch(row: dict[str, object]) -> ExportBatch:
    return ExportBatch(id=int(row["id"]), at=dt.datetime.fromisoformat(str(row["at"])),  # type: ignore[call-overload]
                       preset=str(row["preset"]), files=tuple(json.loads(str(row["files"]))),
                       post_ids=tuple(json.loads(str(row["post_ids"]))),
                       options=json.loads(str(row["options"])))
