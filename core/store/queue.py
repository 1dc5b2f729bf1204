"""The post queue in SQLite (through sqlite-utils): every write is one transaction."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path

from sqlite_utils import Database
from sqlite_utils.db import NotFoundError

from core.findings import Category, CheckReport, Finding, Severity
from core.publish.channels import Channel
from core.store.errors import (
    READ_ONLY_MESSAGE,
    PostNotFoundError,
    ReadOnlyStoreError,
    ReasonRequiredError,
    StoreError,
    TransitionError,
)
from core.store.media import _copy_into, _in_media_dir
from core.store.migrations import migrations
from core.store.models import (
    SCHEDULE_FORMAT,
    ExportBatch,
    ImageChoice,
    Media,
    Post,
    PostDraft,
    QueueQuery,
    QueueRow,
    Slotted,
    Status,
    StatusChange,
    check_transition,
)

_SQLITE_MAGIC = b"SQLite format 3\x00"


class QueueStore:
    """Posts and their findings. Open with a file path, or ``":memory:"`` for tests.

    ``read_only=True`` opens an existing database through SQLite's ``mode=ro`` (no write is
    possible, not even by mistake; every write method raises :class:`ReadOnlyStoreError`) and
    runs no migration: for a second Saring while another one holds the database.

    sqlite3 connections belong to the thread that made them: use a store from one thread.
    """

    def __init__(self, path: Path | str, *, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        if str(path) != ":memory:":
            _refuse_non_sqlite(Path(path))
        if read_only:
            self.db = _open_read_only(Path(path))
            return
        try:
            if str(path) == ":memory:":
                self.db = Database(memory=True)
            else:
                Path(path).parent.mkdir(parents=True, exist_ok=True)
                self.db = Database(path)
                _tune_for_safety(self.db)
            self.db.execute("PRAGMA foreign_keys = ON")
            migrations.apply(self.db)
        except (sqlite3.DatabaseError, OSError) as exc:
            raise StoreError(f"Basis data {path} tidak dapat dibuka: {exc}") from exc

    def close(self) -> None:
        self.db.close()

    # -- writes ---------------------------------------------------------------------------

    def add(self, draft: PostDraft, report: CheckReport, *, status: Status = Status.DRAFT) -> int:
        now = _now()
        row = {**_draft_row(draft), **_report_row(report), "status": status.value,
               "created_at": now, "updated_at": now}
        with self._writing():
            return int(self.db["posts"].insert(row).last_pk)

    def update(self, post_id: int, draft: PostDraft, report: CheckReport) -> None:
        row = {**_draft_row(draft), **_report_row(report), "updated_at": _now()}
        with self._writing():
            self._require(post_id)
            self.db["posts"].update(post_id, row)

    def set_status(self, post_id: int, status: Status, *, reason: str = "", who: str = "") -> None:
        """Change the status and record it in the history (who, when, from, to, reason).

        A post with an error-level finding becomes Siap only with a written ``reason``
        (:class:`ReasonRequiredError` otherwise); the reason is stored with the change. A move
        that :data:`TRANSITIONS` does not allow raises :class:`TransitionError`.
        """
        with self._writing():
            self._change_status(post_id, status, reason=reason, who=who, now=_now())

    def set_statuses(self, post_ids: Sequence[int], status: Status, *, reason: str = "",
                     who: str = "") -> dict[int, str]:
        """Change several posts at once, each in its own transaction (one refusal does not
        stop the others). Returns post id → why it did not change, for the ones that did not."""
        refused: dict[int, str] = {}
        for post_id in dict.fromkeys(post_ids):
            try:
                self.set_status(post_id, status, reason=reason, who=who)
            except PostNotFoundError:
                refused[post_id] = f"Unggahan #{post_id} sudah tidak ada."
            except (ReasonRequiredError, TransitionError, StoreError) as exc:
                refused[post_id] = str(exc)
        return refused

    def _change_status(self, post_id: int, status: Status, *, reason: str, who: str,
                       now: str, checked: bool = True) -> bool:
        rows = list(self.db.query("SELECT status, n_errors FROM posts WHERE id = ?", [post_id]))
        if not rows:
            raise PostNotFoundError(post_id)
        old = rows[0]["status"]
        if old == status.value:
            return False
        if checked:
            check_transition(post_id, Status(old), status)
        if status is Status.READY and rows[0]["n_errors"] and not reason.strip():
            raise ReasonRequiredError(
                f"Unggahan #{post_id} masih punya {rows[0]['n_errors']} galat. Tulis alasan "
                "mengapa unggahan ini tetap siap terbit, atau perbaiki galatnya lebih dulu.")
        self.db["posts"].update(post_id, {"status": status.value, "updated_at": now})
        self.db["status_history"].insert({
            "post_id": post_id, "at": now, "who": who, "from_status": old,
            "to_status": status.value, "reason": reason.strip()})
        return True

    def export_blocks(self, posts: Iterable[Post]) -> dict[int, str]:
        """Posts with an error-level finding that were never made Siap with a written reason:
        they may not go into an import file (post id → what to do)."""
        with_errors = {p.id: p.n_errors for p in posts if p.n_errors}
        if not with_errors:
            return {}
        marks = ", ".join("?" * len(with_errors))
        reasoned = {row["post_id"] for row in self.db.query(
            f"SELECT DISTINCT post_id FROM status_history WHERE post_id IN ({marks}) "
            "AND to_status = ? AND reason != ''", [*with_errors, Status.READY.value])}
        return {
            post_id: (f"masih punya {count} galat; perbaiki dulu, atau jadikan Siap dengan "
                      "alasan tertulis, lalu ekspor lagi")
            for post_id, count in with_errors.items() if post_id not in reasoned
        }

    def delete(self, post_id: int) -> None:
        """Delete a post with its status history and image rows in one transaction (its
        schedule slot is free at once); afterwards remove the image files that no other post
        uses. A file that cannot be removed stays behind: it costs disk space, nothing else."""
        with self._writing():
            self._require(post_id)
            paths = [str(r[0]) for r in self.db.execute(
                "SELECT path FROM post_media WHERE post_id = ?", [post_id]).fetchall()]
            self.db["status_history"].delete_where("post_id = ?", [post_id])
            self.db["post_media"].delete_where("post_id = ?", [post_id])
            self.db["posts"].delete(post_id)
        self._remove_unused_files(paths)

    def _remove_unused_files(self, paths: Iterable[str]) -> None:
        for path in dict.fromkeys(paths):
            if not self.db["post_media"].count_where("path = ?", [path]):
                with suppress(OSError):
                    Path(path).unlink(missing_ok=True)

    def set_schedule(self, post_id: int, when: dt.datetime | None) -> None:
        with self._writing():
            self._require(post_id)
            self.db["posts"].update(post_id, {
                "scheduled_at": when.strftime(SCHEDULE_FORMAT) if when else None,
                "updated_at": _now()})

    def record_export(self, *, preset: str, files: Sequence[Path], post_ids: Sequence[int],
                      who: str = "", options: dict[str, object] | None = None,
                      mark_exported: bool = True) -> int:
        """Record an export batch and mark its posts Diekspor, in one transaction.

        Call only after the files are complete and renamed. Posts already Terbit or Arsip keep
        their status; ``mark_exported=False`` (the review copy) records the batch only.
        Returns the batch id.
        """
        now = _now()
        with self._writing():
            batch_id = int(self.db["export_batches"].insert({
                "at": now, "preset": preset, "files": json.dumps([str(f) for f in files]),
                "post_ids": json.dumps(list(post_ids)),
                "options": json.dumps(options or {}, ensure_ascii=False)}).last_pk)
            reason = f"Ekspor {preset} (kiriman #{batch_id})"
            for post_id in post_ids if mark_exported else ():
                row = list(self.db.query("SELECT status FROM posts WHERE id = ?", [post_id]))
                if row and row[0]["status"] not in _KEEP_ON_EXPORT:
                    self._change_status(post_id, Status.EXPORTED, reason=reason, who=who,
                                        now=now, checked=False)
        return batch_id

    # -- review bundles -------------------------------------------------------------------

    def uid_of(self, post_id: int) -> str:
        """The post's global id (made on first use): the same post on every PC."""
        row = list(self.db.query("SELECT uid FROM posts WHERE id = ?", [post_id]))
        if not row:
            raise PostNotFoundError(post_id)
        if row[0]["uid"]:
            return str(row[0]["uid"])
        uid = uuid.uuid4().hex
        with self._writing():
            self.db.execute("UPDATE posts SET uid = ? WHERE id = ?", [uid, post_id])
        return uid

    def post_id_for_uid(self, uid: str) -> int | None:
        row = self.db.execute("SELECT id FROM posts WHERE uid = ?", [uid]).fetchone()
        return int(row[0]) if row else None

    def add_received(self, uid: str, draft: PostDraft, report: CheckReport, *,
                     status: Status) -> int:
        """Store a post that came in a review bundle under its global id."""
        now = _now()
        row = {**_draft_row(draft), **_report_row(report), "status": status.value,
               "created_at": now, "updated_at": now, "uid": uid}
        with self._writing():
            return int(self.db["posts"].insert(row).last_pk)

    def receive_history(self, post_id: int, changes: Sequence[StatusChange], *,
                        status: Status | None = None) -> int:
        """Add status changes recorded on another PC (a review bundle) that are not here yet
        (same time, who, from, to and reason: never twice), and with ``status`` set the post
        to it (the reviewer's decision, already in ``changes``), in one transaction. The
        caller checks the workflow. Returns how many rows were added."""
        added = 0
        with self._writing():
            self._require(post_id)
            have = {(r["at"], r["who"], r["from_status"] or "", r["to_status"], r["reason"])
                    for r in self.db["status_history"].rows_where("post_id = ?", [post_id])}
            for change in changes:
                row = {"post_id": post_id, "at": change.at.isoformat(timespec="seconds"),
                       "who": change.who,
                       "from_status": change.from_status.value if change.from_status else None,
                       "to_status": change.to_status.value, "reason": change.reason}
                key = (row["at"], row["who"], row["from_status"] or "", row["to_status"],
                       row["reason"])
                if key in have:
                    continue
                self.db["status_history"].insert(row)
                have.add(key)
                added += 1
            if status is not None:
                self.db["posts"].update(post_id, {"status": status.value, "updated_at": _now()})
        return added

    def last_change(self, post_id: int) -> StatusChange | None:
        history = self.history(post_id)
        return history[-1] if history else None

    # -- media ----------------------------------------------------------------------------

    def add_media(self, post_id: int, source: Path, *, media_dir: Path, alt_text: str = "",
                  original_name: str = "") -> Media:
        """Copy an image into ``media_dir`` (the app's media folder) and attach it to a post
        (``original_name``: the name to show, default the source file's name)."""
        if self.read_only:
            raise ReadOnlyStoreError(READ_ONLY_MESSAGE)
        self._require(post_id)
        target = _copy_into(Path(source), media_dir)
        with self._writing():
            position = self.db.execute(
                "SELECT COALESCE(MAX(position), -1) + 1 FROM post_media WHERE post_id = ?",
                [post_id]).fetchone()[0]
            media_id = int(self.db["post_media"].insert({
                "post_id": post_id, "position": position, "path": str(target),
                "alt_text": alt_text, "original_name": original_name or Path(source).name}).last_pk)
        return self._media_row(media_id)

    def set_images(self, post_id: int, images: Sequence[ImageChoice], *, media_dir: Path,
                   known: Iterable[int] | None = None) -> list[Media]:
        """Make the post's images ``images``, in that order (the compose form's strip): picked
        files are copied into ``media_dir``, stored ones keep their file and take the new alt
        text, the others are detached (their file goes when no other post uses it).

        ``known``: the ids of the images the form was showing. Only those can be detached;
        an image attached meanwhile elsewhere (the queue's "Gambar…", a review bundle) stays,
        after the form's images. Every file is copied before the database changes: a failed
        copy (:class:`MediaError`) changes nothing; the rows change in one transaction."""
        if self.read_only:
            raise ReadOnlyStoreError(READ_ONLY_MESSAGE)
        self._require(post_id)
        current = {m.id: m for m in self.media(post_id)}
        copies = {n: _in_media_dir(Path(c.path), media_dir) or _copy_into(Path(c.path), media_dir)
                  for n, c in enumerate(images) if c.media_id not in current}
        kept = {c.media_id for c in images if c.media_id in current}
        removable = current.keys() if known is None else current.keys() & set(known)
        dropped = removable - kept
        others = [i for i in current if i not in kept and i not in dropped]
        gone = [current[i].path for i in dropped]
        with self._writing():
            for media_id in dropped:
                self.db["post_media"].delete(media_id)
            for position, choice in enumerate(images):
                if position in copies:
                    self.db["post_media"].insert({
                        "post_id": post_id, "position": position, "path": str(copies[position]),
                        "alt_text": choice.alt_text.strip(),
                        "original_name": choice.original_name or Path(choice.path).name})
                else:
                    self.db["post_media"].update(choice.media_id, {
                        "position": position, "alt_text": choice.alt_text.strip()})
            for position, media_id in enumerate(others, start=len(images)):
                self.db["post_media"].update(media_id, {"position": position})
        self._remove_unused_files(gone)
        return self.media(post_id)

    def media(self, post_id: int) -> list[Media]:
        rows = self.db["post_media"].rows_where("post_id = ?", [post_id], order_by="position, id")
        return [_media_from_row(r) for r in rows]

    def media_for(self, post_ids: Iterable[int]) -> dict[int, list[Media]]:
        out: dict[int, list[Media]] = {}
        ids = list(post_ids)
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            for row in self.db["post_media"].rows_where(f"post_id IN ({marks})", chunk,
                                                       order_by="post_id, position, id"):
                out.setdefault(int(row["post_id"]), []).append(_media_from_row(row))
        return out

    def set_alt_text(self, media_id: int, alt_text: str) -> None:
        with self._writing():
            self.db["post_media"].update(media_id, {"alt_text": alt_text})

    def remove_media(self, media_id: int) -> None:
        """Detach an image; its file goes too when no other post uses it."""
        with self._writing():
            rows = self.db.execute("SELECT path FROM post_media WHERE id = ?", [media_id]).fetchall()
            self.db["post_media"].delete(media_id)
        self._remove_unused_files(str(r[0]) for r in rows)

    def _media_row(self, media_id: int) -> Media:
        return _media_from_row(self.db["post_media"].get(media_id))

    # -- reads ----------------------------------------------------------------------------

    def get(self, post_id: int) -> Post:
        try:
            return _post_from_row(self.db["posts"].get(post_id))
        except NotFoundError:
            raise PostNotFoundError(post_id) from None

    def list(self, *, status: Status | None = None) -> list[Post]:
        """Posts in schedule order (unscheduled last), then by id."""
        where, args = ("status = ?", [status.value]) if status else (None, [])
        rows = self.db["posts"].rows_where(
            where, args, order_by="scheduled_at IS NULL, scheduled_at, id")
        return [_post_from_row(r) for r in rows]

    def count(self) -> int:
        return self.db["posts"].count

    def history(self, post_id: int) -> list[StatusChange]:
        """Every status change of a post, oldest first."""
        rows = self.db["status_history"].rows_where("post_id = ?", [post_id], order_by="at, id")
        return [StatusChange(
            post_id=int(r["post_id"]), at=dt.datetime.fromisoformat(r["at"]), who=r["who"],
            from_status=Status(r["from_status"]) if r["from_status"] else None,
            to_status=Status(r["to_status"]), reason=r["reason"]) for r in rows]

    def count_matching(self, query: QueueQuery) -> int:
        match = fts_query(query.text)
        if match and query == QueueQuery(text=query.text):  # text only: the index alone counts
            return self._fts_count(match)
        where, args = _where(query)
        return int(self.db.execute(f"SELECT COUNT(*) FROM posts WHERE {where}", args).fetchone()[0])

    def _fts_count(self, match: str) -> int:
        return int(self.db.execute("SELECT COUNT(*) FROM posts_fts WHERE posts_fts MATCH ?",
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
               f" ORDER BY position, id LIMIT 1) FROM {source} WHERE {where}"
               f" ORDER BY p.scheduled_at IS NULL, p.scheduled_at, p.id LIMIT ? OFFSET ?")
        return [QueueRow(
            id=r[0], status=Status(r[1]),
            scheduled_at=dt.datetime.strptime(r[2], SCHEDULE_FORMAT) if r[2] else None,
            channels=tuple(Channel(c) for c in json.loads(r[3])), title=r[4], excerpt=r[5],
            n_errors=r[6], n_warnings=r[7], thumbnail=r[8])
            for r in self.db.execute(sql, [*args, limit, offset]).fetchall()]

    def list_matching(self, query: QueueQuery) -> list[Post]:
        """Full posts matching ``query``, in schedule order (for exports and bundles)."""
        where, args = _where(query)
        rows = self.db["posts"].rows_where(
            where, args, order_by="scheduled_at IS NULL, scheduled_at, id")
        return [_post_from_row(r) for r in rows]

    def get_many(self, post_ids: Sequence[int]) -> list[Post]:
        wanted = list(dict.fromkeys(post_ids))
        found: dict[int, Post] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            marks = ",".join("?" * len(chunk))
            for row in self.db["posts"].rows_where(f"id IN ({marks})", chunk):
                found[int(row["id"])] = _post_from_row(row)
        return [found[i] for i in wanted if i in found]

    def scheduled_between(self, start: dt.datetime, end: dt.datetime) -> list[Slotted]:
        """Posts planned in ``[start, end)`` that hold a slot (not Arsip)."""
        rows = self.db.execute(
            "SELECT id, scheduled_at, channels, status FROM posts WHERE scheduled_at >= ? "
            "AND scheduled_at < ? AND status != ? ORDER BY scheduled_at, id",
            [start.strftime(SCHEDULE_FORMAT), end.strftime(SCHEDULE_FORMAT),
             Status.ARCHIVED.value]).fetchall()
        return [Slotted(id=r[0], at=dt.datetime.strptime(r[1], SCHEDULE_FORMAT),
                        channels=tuple(Channel(c) for c in json.loads(r[2])), status=Status(r[3]))
                for r in rows]

    def unscheduled(self, *, statuses: Iterable[Status]) -> list[Slotted]:
        values = [s.value for s in statuses]
        marks = ",".join("?" * len(values))
        rows = self.db.execute(
            f"SELECT id, channels, status FROM posts WHERE scheduled_at IS NULL "
            f"AND status IN ({marks}) ORDER BY id", values).fetchall()
        return [Slotted(id=r[0], at=None, channels=tuple(Channel(c) for c in json.loads(r[1])),
                        status=Status(r[2])) for r in rows]

    def export_batches(self) -> list[ExportBatch]:
        rows = self.db["export_batches"].rows_where(order_by="id DESC")
        return [ExportBatch(id=r["id"], at=dt.datetime.fromisoformat(r["at"]), preset=r["preset"],
                            files=tuple(json.loads(r["files"])),
                            post_ids=tuple(json.loads(r["post_ids"])),
                            options=json.loads(r["options"])) for r in rows]

    def export_batch(self, batch_id: int) -> ExportBatch:
        for batch in self.export_batches():
            if batch.id == batch_id:
                return batch
        raise KeyError(batch_id)

    # -- helpers --------------------------------------------------------------------------

    def _require(self, post_id: int) -> None:
        if not self.db["posts"].count_where("id = ?", [post_id]):
            raise PostNotFoundError(post_id)

    @contextmanager
    def _writing(self) -> Iterator[None]:
        """One transaction; SQLite failures become :class:`StoreError`."""
        if self.read_only:
            raise ReadOnlyStoreError(READ_ONLY_MESSAGE)
        try:
            with self.db.atomic():
                yield
        except sqlite3.Error as exc:
            raise StoreError(f"Gagal menyimpan ke basis data: {exc}") from exc


_WIDE_MATCH = 2000  # above this many full-text hits, page through the queue-order index
_KEEP_ON_EXPORT = {Status.PUBLISHED.value, Status.ARCHIVED.value}


def fts_query(text: str) -> str:
    """User words → an FTS5 query: every word must occur (as a word prefix)."""
    words = [w for w in text.replace('"', " ").split() if w]
    return " ".join(f'"{w}"*' for w in words)


def _where(query: QueueQuery) -> tuple[str, list[object]]:
    clauses, args = ["1"], []
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
    return " AND ".join(clauses), args


def _media_from_row(row: dict[str, object]) -> Media:
    return Media(id=int(row["id"]), post_id=int(row["post_id"]),  # type: ignore[call-overload]
                 position=int(row["position"]), path=str(row["path"]),  # type: ignore[call-overload]
                 alt_text=str(row["alt_text"]), original_name=str(row["original_name"]))


BUSY_TIMEOUT_MS = 5000


def _tune_for_safety(db: Database) -> None:
    """WAL (readers never block the writer, a killed process loses no committed write),
    FULL sync (a commit survives a power cut), and wait for a busy database instead of failing."""
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = FULL")


def _open_read_only(path: Path) -> Database:
    """A ``mode=ro`` connection to the existing database at ``path``, whose schema is current."""
    if str(path) == ":memory:" or not path.is_file():
        raise StoreError(f"Basis data {path} tidak ada; tidak dapat dibuka hanya-baca.")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA query_only = ON")
        db = Database(conn)
        db.execute("PRAGMA foreign_keys = ON")
        pending = migrations.pending(db)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"Basis data {path} tidak dapat dibuka hanya-baca: {exc}") from exc
    if pending:
        conn.close()
        raise StoreError(f"Basis data {path} berasal dari versi Saring yang lebih lama dan perlu "
                         "diperbarui, yang tidak bisa dilakukan hanya-baca. Tutup Saring yang lain, "
                         "lalu buka Saring lagi.")
    return db


def _refuse_non_sqlite(path: Path) -> None:
    """Never let SQLite touch a file that is not a database (it would not say so until a write)."""
    if not path.exists():
        return
    if path.is_dir():
        raise StoreError(f"{path} adalah folder, bukan berkas basis data.")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(_SQLITE_MAGIC))
    except OSError as exc:
        raise StoreError(f"Basis data {path} tidak dapat dibaca: {exc.strerror or exc}") from exc
    if header and header != _SQLITE_MAGIC:
        raise StoreError(
            f"{path} bukan basis data Saring (bukan berkas SQLite). Berkas itu tidak diubah; "
            "pilih berkas lain dengan --db.")


def _now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


def _draft_row(draft: PostDraft) -> dict[str, object]:
    return {
        "title": draft.title,
        "body": draft.body,
        "sources": draft.sources,
        "channels": json.dumps([c.value for c in draft.channels]),
        "scheduled_at": draft.scheduled_at.strftime(SCHEDULE_FORMAT) if draft.scheduled_at else None,
    }


def _report_row(report: CheckReport) -> dict[str, object]:
    return {
        "findings": json.dumps([_finding_to_dict(f) for f in report.findings], ensure_ascii=False),
        "n_errors": report.errors,
        "n_warnings": report.warnings,
        "n_infos": report.infos,
    }


def _finding_to_dict(finding: Finding) -> dict[str, object]:
    return {**finding.to_json(), "reference": finding.reference}


def _finding_from_dict(data: dict[str, object]) -> Finding:
    return Finding(
        rule_id=str(data["rule"]), category=Category(str(data["category"])),
        severity=Severity(str(data["severity"])), start=int(data["start"]),  # type: ignore[call-overload]
        end=int(data["end"]), actual=str(data["text"]), message=str(data["message"]),  # type: ignore[call-overload]
        suggestions=tuple(data.get("suggestions", ())),  # type: ignore[arg-type]
        reference=str(data.get("reference", "")),
    )


def _post_from_row(row: dict[str, object]) -> Post:
    scheduled = row["scheduled_at"]
    draft = PostDraft(
        title=str(row["title"]), body=str(row["body"]), sources=str(row["sources"]),
        channels=tuple(Channel(c) for c in json.loads(str(row["channels"]))),
        scheduled_at=dt.datetime.strptime(str(scheduled), SCHEDULE_FORMAT) if scheduled else None,
    )
    return Post(
        id=int(row["id"]),  # type: ignore[call-overload]
        draft=draft, status=Status(str(row["status"])),
        findings=tuple(_finding_from_dict(d) for d in json.loads(str(row["findings"]))),
        n_errors=int(row["n_errors"]), n_warnings=int(row["n_warnings"]),  # type: ignore[call-overload]
        n_infos=int(row["n_infos"]),  # type: ignore[call-overload]
        created_at=dt.datetime.fromisoformat(str(row["created_at"])),
        updated_at=dt.datetime.fromisoformat(str(row["updated_at"])),
    )


