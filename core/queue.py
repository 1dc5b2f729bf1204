"""The post queue in SQLite (through sqlite-utils): every write is one transaction."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from sqlite_utils import Database
from sqlite_utils.db import NotFoundError

from core.channels import Channel
from core.findings import Category, CheckReport, Finding, Severity
from core.migrations import migrations

SCHEDULE_FORMAT = "%Y-%m-%d %H:%M"
_SQLITE_MAGIC = b"SQLite format 3\x00"


class StoreError(RuntimeError):
    """The database cannot be opened or written; the message says why, for people."""


class PostNotFoundError(KeyError):
    """No post with that id."""


class Status(StrEnum):
    DRAFT = "draf"
    NEEDS_REVISION = "perlu-revisi"
    READY = "siap"
    EXPORTED = "diekspor"
    PUBLISHED = "terbit"
    ARCHIVED = "arsip"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]


_STATUS_LABELS = {
    Status.DRAFT: "Draf",
    Status.NEEDS_REVISION: "Perlu revisi",
    Status.READY: "Siap",
    Status.EXPORTED: "Diekspor",
    Status.PUBLISHED: "Terbit",
    Status.ARCHIVED: "Arsip",
}


def parse_status(value: str) -> Status:
    key = value.strip().lower().replace(" ", "-").replace("_", "-")
    for status in Status:
        names = (status.value, status.label.lower(), status.name.lower())
        if key in {n.replace(" ", "-").replace("_", "-") for n in names}:
            return status
    choices = ", ".join(s.value for s in Status)
    raise ValueError(f"status tidak dikenal: {value!r} (pilihan: {choices})")


def parse_schedule(value: str) -> dt.datetime:
    try:
        return dt.datetime.strptime(value.strip(), SCHEDULE_FORMAT)
    except ValueError:
        raise ValueError(f"waktu tidak sah: {value!r} (bentuk: YYYY-MM-DD HH:MM)") from None


@dataclass(frozen=True, slots=True)
class PostDraft:
    """What the admin writes: everything a post holds before it is stored."""

    body: str
    title: str = ""
    sources: str = ""
    channels: tuple[Channel, ...] = ()
    scheduled_at: dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class Post:
    id: int
    draft: PostDraft
    status: Status
    findings: tuple[Finding, ...]
    n_errors: int
    n_warnings: int
    n_infos: int
    created_at: dt.datetime
    updated_at: dt.datetime

    @property
    def title(self) -> str:
        return self.draft.title

    @property
    def body(self) -> str:
        return self.draft.body


class QueueStore:
    """Posts and their findings. Open with a file path, or ``":memory:"`` for tests.

    sqlite3 connections belong to the thread that made them: use a store from one thread.
    """

    def __init__(self, path: Path | str) -> None:
        self.path = path
        if str(path) != ":memory:":
            _refuse_non_sqlite(Path(path))
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

    def set_status(self, post_id: int, status: Status) -> None:
        with self._writing():
            self._require(post_id)
            self.db["posts"].update(post_id, {"status": status.value, "updated_at": _now()})

    def delete(self, post_id: int) -> None:
        with self._writing():
            self._require(post_id)
            self.db["posts"].delete(post_id)

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

    # -- helpers --------------------------------------------------------------------------

    def _require(self, post_id: int) -> None:
        if not self.db["posts"].count_where("id = ?", [post_id]):
            raise PostNotFoundError(post_id)

    @contextmanager
    def _writing(self) -> Iterator[None]:
        """One transaction; SQLite failures become :class:`StoreError`."""
        try:
            with self.db.atomic():
                yield
        except sqlite3.Error as exc:
            raise StoreError(f"Gagal menyimpan ke basis data: {exc}") from exc


BUSY_TIMEOUT_MS = 5000


def _tune_for_safety(db: Database) -> None:
    """WAL (readers never block the writer, a killed process loses no committed write),
    FULL sync (a commit survives a power cut), and wait for a busy database instead of failing."""
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = FULL")


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


def channels_text(channels: Iterable[Channel]) -> str:
    return ", ".join(c.label for c in channels)
