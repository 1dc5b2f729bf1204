"""The store's values: a post and its status workflow, images, queue filters and rows, export
batches. Frozen dataclasses; nothing here touches the database."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from core.check.findings import Finding
from core.publish.channels import Channel
from core.store.errors import InvalidIdError, TransitionError

SCHEDULE_FORMAT = "%Y-%m-%d %H:%M"


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


# The workflow Draf → Perlu revisi → Siap → Diekspor → Terbit, plus Arsip. Going forward
# passes Siap (a checked post); going back for more work is always possible, Arsip from
# anywhere, and an archived post comes back as Draf. Terbit → Diekspor undoes a mistaken mark.
# An export records Diekspor itself (store.exports.record): the file is written, a fact.
TRANSITIONS: dict[Status, frozenset[Status]] = {
    Status.DRAFT: frozenset({Status.NEEDS_REVISION, Status.READY, Status.ARCHIVED}),
    Status.NEEDS_REVISION: frozenset({Status.DRAFT, Status.READY, Status.ARCHIVED}),
    Status.READY: frozenset({Status.DRAFT, Status.NEEDS_REVISION, Status.EXPORTED,
                             Status.PUBLISHED, Status.ARCHIVED}),
    Status.EXPORTED: frozenset({Status.DRAFT, Status.NEEDS_REVISION, Status.READY,
                                Status.PUBLISHED, Status.ARCHIVED}),
    Status.PUBLISHED: frozenset({Status.EXPORTED, Status.ARCHIVED}),
    Status.ARCHIVED: frozenset({Status.DRAFT}),
}


def check_transition(post_id: int, old: Status, new: Status) -> None:
    """Raise :class:`TransitionError` when the workflow does not allow ``old`` → ``new``."""
    if new is old or new in TRANSITIONS[old]:
        return
    allowed = ", ".join(s.label for s in Status if s in TRANSITIONS[old])
    hint = ""
    if new in (Status.EXPORTED, Status.PUBLISHED):
        hint = " Jadikan Siap lebih dulu (setelah temuannya diperiksa)."
    elif old is Status.ARCHIVED:
        hint = " Kembalikan ke Draf lebih dulu."
    raise TransitionError(
        f"Unggahan #{post_id} berstatus {old.label}; status tidak bisa langsung diubah ke "
        f"{new.label}.{hint} Dari {old.label} bisa ke: {allowed}.")


MAX_ID = 2**63 - 1  # SQLite's largest rowid


def parse_id(value: str | int) -> int:
    """A post or batch number (1 … 2⁶³−1) from the command line or a file; raise
    :class:`InvalidIdError` with an Indonesian message before any SQL sees it."""
    text = str(value).strip()
    if not (text.isascii() and text.isdigit()) or len(text) > 19 or not 1 <= int(text) <= MAX_ID:
        shown = text if len(text) <= 30 else text[:30] + "…"
        raise InvalidIdError(f"ID tidak sah: {shown!r}. ID adalah bilangan bulat positif, paling "
                             f"besar {MAX_ID} (nomor unggahan: kolom pertama `queue list`).")
    return int(text)


def id_in_range(value: int) -> bool:
    """``value`` can be a rowid (SQLite would raise OverflowError past 64 bits)."""
    return 1 <= value <= MAX_ID


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
    # The office's fields (bidang, sekretariat, UPT/UPTD) the post is about, by their names in
    # the settings (``Settings.bidang``), in the order chosen; () = not tagged.
    bidang: tuple[str, ...] = ()


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
    version: int = 1  # raised by every write to the post (a save names the version it edited)

    @property
    def title(self) -> str:
        return self.draft.title

    @property
    def body(self) -> str:
        return self.draft.body


@dataclass(frozen=True, slots=True)
class StatusChange:
    post_id: int
    at: dt.datetime
    who: str
    from_status: Status | None
    to_status: Status
    reason: str


@dataclass(frozen=True, slots=True)
class ImageChoice:
    """An image as the compose form holds it: a stored one (``media_id``) or a file just
    picked (``media_id`` None, ``path`` the user's file)."""

    path: str
    alt_text: str = ""
    media_id: int | None = None
    original_name: str = ""  # the picked file's name, kept when the file is staged


@dataclass(frozen=True, slots=True)
class Media:
    id: int
    post_id: int
    position: int
    path: str
    alt_text: str
    original_name: str


@dataclass(frozen=True, slots=True)
class QueueQuery:
    """What the queue view shows: free text (full-text search) and filters."""

    text: str = ""
    status: Status | None = None
    channel: Channel | None = None
    date_from: dt.date | None = None  # planned day, inclusive
    date_to: dt.date | None = None
    bidang: str | None = None  # only posts tagged with this bidang (its name)
    untagged: bool = False  # only posts tagged with no bidang
    unscheduled: bool = False  # only posts without a planned time (the calendar's list)


@dataclass(frozen=True, slots=True)
class QueueRow:
    """A light row for list views: no findings parsed, body cut to an excerpt."""

    id: int
    status: Status
    scheduled_at: dt.datetime | None
    channels: tuple[Channel, ...]
    title: str
    excerpt: str
    n_errors: int
    n_warnings: int
    thumbnail: str | None
    bidang: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Slotted:
    id: int
    at: dt.datetime | None
    channels: tuple[Channel, ...]
    status: Status


@dataclass(frozen=True, slots=True)
class ExportBatch:
    id: int
    at: dt.datetime
    preset: str
    files: tuple[str, ...]
    post_ids: tuple[int, ...]
    options: dict[str, object]


def channels_text(channels: Iterable[Channel]) -> str:
    return ", ".join(c.label for c in channels)

