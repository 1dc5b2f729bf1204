"""Posts and their status: add, edit, delete, plan, move through the workflow, read back.

Writes on many posts are single statements over a JSON list of ids
(``… WHERE id IN (SELECT value FROM json_each(?))``), never one round trip per post."""

from __future__ import annotations

import builtins
import datetime as dt
from collections.abc import Iterable, Mapping, Sequence

from core.app.post_size import check_post_size
from core.check.findings import CheckReport
from core.store.changes import Change, Changes
from core.store.connection import IDS, Connection, ids_json
from core.store.errors import (
    PostNotFoundError,
    ReasonRequiredError,
    StaleEditError,
    StoreError,
    TransitionError,
)
from core.store.media import remove_unused_files
from core.store.models import (
    Post,
    PostDraft,
    Status,
    StatusChange,
    check_transition,
    id_in_range,
)
from core.store.rows import (
    bidang_from,
    bidang_json,
    change_from_row,
    draft_row,
    format_slot,
    now,
    post_from_row,
    report_row,
)

BUMP = "version = version + 1"  # in every UPDATE of a post
ORDER = "scheduled_at IS NULL, scheduled_at, id"  # the queue's order: planned first, by time
_POST_COLUMNS = ("title", "body", "sources", "channels", "scheduled_at", "findings", "n_errors",
                 "n_warnings", "n_infos", "status", "created_at", "updated_at", "bidang")


class PostManager:
    """``store.posts``: the posts and their status workflow."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self._db = conn.db

    # -- writes ---------------------------------------------------------------------------

    def add(self, draft: PostDraft, report: CheckReport, *, status: Status = Status.DRAFT) -> Changes:
        """Store a new post; ``.id`` of the result is its id."""
        return self.add_many([(draft, report)], status=status)

    def add_many(self, items: Iterable[tuple[PostDraft, CheckReport]], *,
                 status: Status = Status.DRAFT) -> Changes:
        """Store many posts in one transaction and one statement (bulk imports); ``created``
        of the result holds their ids in order. A text longer than a post may be raises
        :class:`~core.app.post_size.PostTooLongError` and nothing is stored."""
        items = list(items)
        for draft, _ in items:
            check_post_size(draft.body)
        stamp = now()
        fixed = {"status": status.value, "created_at": stamp, "updated_at": stamp}
        rows = [_values({**draft_row(d), **report_row(r), **fixed}) for d, r in items]
        if not rows:
            return Changes()
        sql = (f"INSERT INTO posts ({', '.join(_POST_COLUMNS)}) "
               f"VALUES ({', '.join('?' * len(_POST_COLUMNS))})")
        with self._conn.writing() as db:
            before = db.execute("SELECT COALESCE(MAX(id), 0) FROM posts").fetchone()[0]
            db.conn.executemany(sql, rows)
            after = db.execute("SELECT MAX(id) FROM posts").fetchone()[0]
        created = tuple(range(before + 1, after + 1))
        if len(created) != len(rows):  # rowids are max+1 inside one write transaction
            raise StoreError("Gagal menyimpan ke basis data: nomor unggahan baru tidak berurutan.")
        return Changes.of(Change.POSTS, post_ids=created, created=created)

    def update(self, post_id: int, draft: PostDraft, report: CheckReport, *,
               base_version: int | None = None) -> Changes:
        """Store the edited post. ``base_version``: the version the edit started from (the
        editor's copy); when the stored post has moved on since, nothing is written and
        :class:`StaleEditError` (with the stored post) says what changed. A text longer than
        a post may be raises :class:`~core.app.post_size.PostTooLongError`, before any write."""
        check_post_size(draft.body)
        row = {**draft_row(draft), **report_row(report), "updated_at": now()}
        with self._conn.writing() as db:
            self._conn.require_post(post_id)
            if base_version is not None:
                current = self.get(post_id)
                if current.version != base_version:
                    raise StaleEditError(stale_message(current, draft), current)
            db.table("posts").update(post_id, row)
            db.execute(f"UPDATE posts SET {BUMP} WHERE id = ?", [post_id])
        return Changes.of(Change.POSTS, Change.SCHEDULE, post_ids=[post_id])

    def delete(self, post_id: int) -> Changes:
        """Delete a post with its status history and image rows in one transaction (its
        schedule slot is free at once); afterwards remove the image files that no other post
        uses. A file that cannot be removed stays behind: it costs disk space, nothing else."""
        with self._conn.writing() as db:
            self._conn.require_post(post_id)
            paths = [str(r[0]) for r in db.execute(
                "SELECT path FROM post_media WHERE post_id = ?", [post_id]).fetchall()]
            db.execute("DELETE FROM status_history WHERE post_id = ?", [post_id])
            db.execute("DELETE FROM publications WHERE post_id = ?", [post_id])
            db.execute("DELETE FROM post_media WHERE post_id = ?", [post_id])
            db.execute("DELETE FROM posts WHERE id = ?", [post_id])
        remove_unused_files(self._db, paths)
        return Changes.of(Change.POSTS, Change.STATUS, Change.SCHEDULE, Change.MEDIA,
                          post_ids=[post_id], removed=frozenset({post_id}))

    def set_schedule(self, post_id: int, when: dt.datetime | None) -> Changes:
        with self._conn.writing() as db:
            self._conn.require_post(post_id)
            db.execute(f"UPDATE posts SET scheduled_at = ?, updated_at = ?, {BUMP} WHERE id = ?",
                       [format_slot(when), now(), post_id])
        return Changes.of(Change.SCHEDULE, post_ids=[post_id])

    def rename_bidang(self, renames: Mapping[str, str]) -> Changes:
        """Every post tagged with an old name (a key) carries the new one instead, in its place
        (once, should it carry both): the settings renamed a bidang. One transaction. A relabel,
        not an edit: the posts' versions and times stay, so an open editor saves as before."""
        renames = {old: new for old, new in renames.items() if old != new}
        if not renames:
            return Changes()
        marks = ", ".join("?" * len(renames))
        with self._conn.writing() as db:
            rows = db.execute(
                f"SELECT id, bidang FROM posts WHERE EXISTS (SELECT 1 FROM json_each(posts.bidang) "
                f"WHERE value IN ({marks}))", list(renames)).fetchall()
            db.conn.executemany("UPDATE posts SET bidang = ? WHERE id = ?", [
                (bidang_json(renames.get(n, n) for n in bidang_from(value)), post_id)
                for post_id, value in rows])
        ids = [r[0] for r in rows]
        return Changes.of(Change.POSTS, post_ids=ids) if ids else Changes()

    def set_status(self, post_id: int, status: Status, *, reason: str = "", who: str = "") -> Changes:
        """Change the status and record it in the history (who, when, from, to, reason).

        A post with an error-level finding becomes Siap only with a written ``reason``
        (:class:`ReasonRequiredError` otherwise); the reason is stored with the change. A move
        that :data:`TRANSITIONS` does not allow raises :class:`TransitionError`.
        """
        self._conn.require_writable()
        if not id_in_range(post_id):
            raise PostNotFoundError(post_id)
        row = self._db.execute("SELECT status, n_errors FROM posts WHERE id = ?", [post_id]).fetchone()
        if row is None:
            raise PostNotFoundError(post_id)
        if row[0] == status.value:
            return Changes()
        _check_move(post_id, Status(row[0]), status, n_errors=row[1], reason=reason)
        with self._conn.writing():
            self.move([post_id], status, reason=reason, who=who)
        return Changes.of(Change.STATUS, post_ids=[post_id])

    def set_statuses(self, post_ids: Sequence[int], status: Status, *, reason: str = "",
                     who: str = "") -> Changes:
        """Change several posts at once. Each is checked on its own (one refusal does not stop
        the others); the allowed ones move in one transaction of two statements.
        ``refused`` of the result: post id → why it did not change."""
        wanted = list(dict.fromkeys(post_ids))
        found = {r[0]: (r[1], r[2]) for r in self._db.execute(
            f"SELECT id, status, n_errors FROM posts WHERE id IN ({IDS})", [ids_json(wanted)])}
        refused: dict[int, str] = {}
        moving: list[int] = []
        for post_id in wanted:
            if post_id not in found:
                refused[post_id] = f"Unggahan #{post_id} sudah tidak ada."
                continue
            old, n_errors = found[post_id]
            try:
                _check_move(post_id, Status(old), status, n_errors=n_errors, reason=reason)
            except (ReasonRequiredError, TransitionError) as exc:
                refused[post_id] = str(exc)
                continue
            if old != status.value:
                moving.append(post_id)
        if moving:
            try:
                with self._conn.writing():
                    self.move(moving, status, reason=reason, who=who)
            except StoreError as exc:
                refused.update(dict.fromkeys(moving, str(exc)))
                moving = []
        return Changes.of(Change.STATUS, post_ids=moving, refused=refused) if moving else \
            Changes(refused=refused)

    def move(self, post_ids: Sequence[int], status: Status, *, reason: str, who: str,
             keep: Iterable[Status] = ()) -> builtins.list[int]:
        """Inside a write: set ``status`` on ``post_ids`` unchecked, with one history row each,
        except posts already in ``status`` or in ``keep``. Three statements whatever the count.
        Returns the ids that moved."""
        stamp = now()
        skip = [status.value, *(s.value for s in keep)]
        unless = f"status NOT IN ({', '.join('?' * len(skip))})"
        ids = ids_json(post_ids)
        moved = [r[0] for r in self._db.execute(
            f"SELECT id FROM posts WHERE id IN ({IDS}) AND {unless} ORDER BY id", [ids, *skip])]
        if not moved:
            return []
        ids = ids_json(moved)
        self._db.execute(
            "INSERT INTO status_history (post_id, at, who, from_status, to_status, reason) "
            f"SELECT id, ?, ?, status, ?, ? FROM posts WHERE id IN ({IDS}) ORDER BY id",
            [stamp, who, status.value, reason.strip(), ids])
        self._db.execute(f"UPDATE posts SET status = ?, updated_at = ?, {BUMP} WHERE id IN ({IDS})",
                         [status.value, stamp, ids])
        return moved

    # -- reads ----------------------------------------------------------------------------

    def get(self, post_id: int) -> Post:
        if not id_in_range(post_id):
            raise PostNotFoundError(post_id)
        rows = list(self._db.query("SELECT * FROM posts WHERE id = ?", [post_id]))
        if not rows:
            raise PostNotFoundError(post_id)
        return post_from_row(rows[0])

    def get_many(self, post_ids: Sequence[int]) -> builtins.list[Post]:
        """The posts with these ids that exist, in the order given."""
        wanted = list(dict.fromkeys(post_ids))
        found = {int(r["id"]): post_from_row(r) for r in self._db.query(
            f"SELECT * FROM posts WHERE id IN ({IDS})", [ids_json(wanted)])}
        return [found[i] for i in wanted if i in found]

    def list(self, *, status: Status | None = None) -> builtins.list[Post]:
        """Posts in schedule order (unscheduled last), then by id."""
        where, args = ("WHERE status = ?", [status.value]) if status else ("", [])
        return [post_from_row(r) for r in self._db.query(
            f"SELECT * FROM posts {where} ORDER BY {ORDER}", args)]

    def count(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM posts").fetchone()[0])

    def exists(self, post_id: int) -> bool:
        return id_in_range(post_id) and self._db.execute(
            "SELECT 1 FROM posts WHERE id = ?", [post_id]).fetchone() is not None

    def history(self, post_id: int) -> builtins.list[StatusChange]:
        """Every status change of a post, oldest first."""
        if not id_in_range(post_id):
            return []
        return [change_from_row(r) for r in self._db.query(
            "SELECT * FROM status_history WHERE post_id = ? ORDER BY at, id", [post_id])]

    def last_change(self, post_id: int) -> StatusChange | None:
        history = self.history(post_id)
        return history[-1] if history else None


def stale_message(current: Post, mine: PostDraft) -> str:
    """What changed in the stored post since the editor's copy was taken, for the admin."""
    changed = []
    stored = current.draft
    if stored.scheduled_at != mine.scheduled_at:
        when = f"{stored.scheduled_at:%d-%m-%Y %H:%M}" if stored.scheduled_at else "tanpa jadwal"
        changed.append(f"jadwal sekarang {when}")
    if stored.body != mine.body or stored.title != mine.title or stored.sources != mine.sources:
        changed.append("teksnya berbeda")
    if stored.channels != mine.channels:
        changed.append("kanalnya berbeda")
    if stored.bidang != mine.bidang:
        changed.append("bidangnya berbeda")
    detail = "; ".join(changed) or "statusnya atau datanya diperbarui"
    return (f"Unggahan #{current.id} sudah diubah di tempat lain sejak dibuka di sini "
            f"({detail}; status {current.status.label}). Perubahan Anda belum disimpan: pilih "
            "simpan versi Anda atau ambil versi tersimpan.")


def _values(row: dict[str, object]) -> tuple[object, ...]:
    return tuple(row[c] for c in _POST_COLUMNS)


def _check_move(post_id: int, old: Status, new: Status, *, n_errors: int, reason: str) -> None:
    """Raise :class:`TransitionError` or :class:`ReasonRequiredError` when ``old`` → ``new``
    is not allowed for this post."""
    if old is new:
        return
    check_transition(post_id, old, new)
    if new is Status.READY and n_errors and not reason.strip():
        raise ReasonRequiredError(
            f"Unggahan #{post_id} masih punya {n_errors} temuan yang harus diperbaiki. Tulis alasan "
            "mengapa unggahan ini tetap siap terbit, atau perbaiki temuan itu lebih dulu.")


