"""One export path for the command line and the window: choose the posts (status, channel, or
an earlier batch), apply the workflow rule, gather images and blocks, write the files, record
the batch.

The workflow rule is decided here and nowhere else: a posting tool's import file (a preset
with ``only_ready``) takes only Siap posts, or the posts of an earlier posting-tool batch again
(a re-export: Siap, Diekspor or Terbit); any other post is refused with
:func:`not_ready_reason`, the same Indonesian sentence in the command line and in the window.
A Draf post never reaches a Hootsuite file. The generic file and the review copy take any
status (they are data and review copies, not publishing orders).

The window runs the three steps apart — :func:`select_for_export` and
:func:`record_export` on the thread that owns the store, :func:`write_export` in the
background; the command line runs them in a row through :func:`export_queue`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from core.app.progress import NO_PROGRESS, Progress
from core.app.zones import ExportZones
from core.publish.channels import Channel
from core.publish.export import ExportResult, Level, Note, plan_export, write_plan
from core.publish.presets import PRESETS, DateOrder, ExportError, Preset, get_preset
from core.store.changes import Changes
from core.store.errors import StoreError
from core.store.models import Media, Post, QueueQuery, Status
from core.store.queue import QueueStore

_READY = frozenset({Status.READY})
_READY_AGAIN = frozenset({Status.READY, Status.EXPORTED, Status.PUBLISHED})  # re-export of a batch


def not_ready_reason(status: Status, preset: Preset) -> str:
    """Why a post with ``status`` may not go into ``preset``'s file (one sentence, Indonesian)."""
    return (f"berstatus {status.label}; hanya unggahan Siap yang masuk berkas {preset.tool} "
            "(atau ekspor ulang kiriman sebelumnya). Periksa temuannya, jadikan Siap, lalu "
            "ekspor lagi.")


@dataclass(frozen=True, slots=True)
class ExportSelection:
    """What an export will write: the posts chosen, their images, and the posts refused before
    writing (post id → why: the workflow rule, or errors without a written reason)."""

    preset: Preset
    posts: tuple[Post, ...]
    media: Mapping[int, Sequence[Media]] = field(default_factory=dict)
    refused: Mapping[int, str] = field(default_factory=dict)
    notes: tuple[Note, ...] = ()  # about the whole selection
    batch: int | None = None  # the earlier batch exported again


@dataclass(frozen=True, slots=True)
class QueueExport:
    result: ExportResult
    changes: Changes


def select_for_export(store: QueueStore, *, preset: str | Preset, status: Status | None = None,
                      channel: Channel | None = None, batch: int | None = None) -> ExportSelection:
    """Choose the posts of an export (``batch``: the posts of that earlier batch again, else
    those with ``status`` and ``channel``). Raises :class:`ExportError` when the choice itself
    breaks the workflow rule (e.g. Draf posts for Hootsuite), the batch does not exist, or the
    store is read-only (the batch could not be recorded, so no file is written)."""
    spec = get_preset(preset)
    try:  # the batch must be recordable, else no file is written at all
        store.check_writable()
    except StoreError as exc:
        raise ExportError(f"{exc} Berkas ekspor tidak ditulis.") from exc
    notes: list[Note] = []
    if batch is not None:
        try:
            earlier = store.exports.batch(batch)
        except KeyError:
            raise ExportError(f"tidak ada kiriman ekspor #{batch}") from None
        posts = store.posts.get_many(earlier.post_ids)
        # its posts were Siap when they went into a posting tool's file; a generic file or a
        # review copy may have held drafts, so for those the plain rule holds
        was_checked = earlier.preset in PRESETS and PRESETS[earlier.preset].only_ready
        allowed = _READY_AGAIN if was_checked else _READY
    else:
        allowed = _READY
        if spec.only_ready and status is not None and status not in allowed:
            raise ExportError("Unggahan " + not_ready_reason(status, spec))
        if spec.only_ready and status is None:
            status = Status.READY
            others = store.search.count_matching(QueueQuery(channel=channel)) - \
                store.search.count_matching(QueueQuery(status=status, channel=channel))
            if others:
                notes.append(Note(Level.INFO, f"{others} unggahan lain belum berstatus Siap dan "
                                  f"tidak masuk berkas {spec.tool}."))
        posts = store.search.list_matching(QueueQuery(status=status, channel=channel))
    refused = {p.id: not_ready_reason(p.status, spec) for p in posts
               if spec.only_ready and p.status not in allowed}
    refused.update({i: why for i, why in store.exports.blocks(posts).items() if i not in refused})
    return ExportSelection(spec, tuple(posts), store.media.for_posts(p.id for p in posts), refused,
                           tuple(notes), batch)


def write_export(selection: ExportSelection, out: Path, *, date_order: DateOrder = DateOrder.MDY,
                 media_base_url: str = "", now: dt.datetime | None = None,
                 zones: ExportZones | None = None,
                 progress: Progress = NO_PROGRESS) -> ExportResult:
    """Plan and write the files (no database: any thread). Raises :class:`ExportError`, or
    :class:`~core.app.progress.Cancelled` (no file written) when ``progress`` is cancelled."""
    plan = plan_export(selection.posts, out, preset=selection.preset, now=now,
                       date_order=date_order, media=selection.media, blocked=selection.refused,
                       media_base_url=media_base_url, zones=zones)
    return write_plan(dataclasses.replace(plan, notes=selection.notes + plan.notes), progress=progress)


def record_export(store: QueueStore, result: ExportResult, *, who: str = "",
                  date_order: DateOrder = DateOrder.MDY) -> Changes:
    """Record the batch of a written export and mark its Siap posts Diekspor (the review copy
    marks nothing). Nothing is recorded when no post went in."""
    if not result.post_ids:
        return Changes()
    spec = get_preset(result.preset)
    return store.exports.record(preset=spec.id, files=result.files, post_ids=result.post_ids,
                                who=who, options={"date_order": date_order.value},
                                mark_exported=spec.marks_exported)


def export_queue(store: QueueStore, *, preset: str | Preset, out: Path,
                 status: Status | None = None, channel: Channel | None = None,
                 batch: int | None = None, date_order: DateOrder = DateOrder.MDY, who: str = "",
                 media_base_url: str = "", now: dt.datetime | None = None,
                 zones: ExportZones | None = None,
                 progress: Progress = NO_PROGRESS) -> QueueExport:
    """Select, write and record in one go (the command line). Raises :class:`ExportError`
    (nothing written, nothing changed) or ``StoreError`` (the files are written but the batch
    could not be recorded)."""
    selection = select_for_export(store, preset=preset, status=status, channel=channel, batch=batch)
    result = write_export(selection, out, date_order=date_order, media_base_url=media_base_url,
                          now=now, zones=zones, progress=progress)
    return QueueExport(result, record_export(store, result, who=who, date_order=date_order))
