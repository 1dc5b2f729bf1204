"""The window's actions as small operations, and who is told what they changed.

Shaped after Anki's operations layer (``qt/aqt/operations``): each action is a function that
returns an :class:`Op`; :class:`Operations` runs it in up to three steps —

  read   on the UI thread (the store's sqlite3 connection belongs to it): gather the inputs
  work   in the worker (``ui/tasks.py``): core work only — checking, copying images, writing
         or reading files; never a widget, never the store
  write  on the UI thread: the store's writes; returns an :class:`Outcome`, the value for the
         caller and the :class:`Changes`

An op without ``work`` runs at once. After the write, :class:`ChangeHub` announces the changes
with the initiator (the widget that asked) and each view refreshes only what changed; an
initiator that already shows its change skips it. A named error of the op (``errors``) goes
to the caller's ``failure``; any other error is a bug and reaches the excepthook.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal

from core.app.post_size import PostTooLongError
from core.app.zones import ExportZones
from core.check.checker import Checker
from core.check.findings import CheckReport, Finding
from core.publish.channels import Channel
from core.publish.export import ExportResult
from core.publish.manual import PostUrlError, mark_published
from core.publish.presets import DateOrder, ExportError
from core.publish.queue_export import ExportSelection, record_export, select_for_export, write_export
from core.publish.review_import import ReviewImport, apply_review_sheet
from core.publish.review_sheet import ReviewCopyError, ReviewSheet, read_review_copy
from core.publish.schedule import Plan, Scheduled, ScheduleError, auto_schedule
from core.store.bundle import (
    BundleError,
    BundleResult,
    ImportResult,
    ReceivedBundle,
    apply_bundle,
    collect_bundle,
    read_bundle,
    write_bundle,
)
from core.store.changes import NOTHING, Change
from core.store.changes import Changes as StoreChanges
from core.store.errors import MediaError, PostNotFoundError, StaleEditError, StoreError
from core.store.media import stage_image
from core.store.models import ImageChoice, Media, PostDraft, Status
from core.store.publications import PublicationError
from core.store.queue import QueueStore
from core.store.user_dictionary import DRAFT_KEY, IgnoreSet, UserDictionary, UserDictionaryError, post_key
from ui.tasks import TaskRunner

R = TypeVar("R")


@dataclass(frozen=True, slots=True)
class Changes:
    """What an operation changed, for the views that show it: the store's own account of its
    writes (:class:`core.store.changes.Changes`), and what changed outside the queue."""

    store: StoreChanges = NOTHING
    dictionary: bool = False  # personal or office words: the checker needs them
    ignores: bool = False  # findings ignored or shown again: check again
    packs: bool = False  # rule packs switched on/off or added: load the checker again
    engine: bool = False  # the LanguageTool setting: load the checker again

    @property
    def queue(self) -> bool:
        """The queue's rows show text, status, schedule, finding counts and a thumbnail."""
        return self.store.touches(Change.POSTS, Change.STATUS, Change.SCHEDULE, Change.MEDIA,
                                  Change.REVIEWS)

    @property
    def calendar(self) -> bool:
        """The calendar counts planned posts by status."""
        return self.store.touches(Change.POSTS, Change.STATUS, Change.SCHEDULE)

    @property
    def media(self) -> frozenset[int]:
        """The posts whose images changed."""
        return self.store.post_ids if self.store.touches(Change.MEDIA) else frozenset()

    def __bool__(self) -> bool:
        return not self.store.empty or any((self.dictionary, self.ignores, self.packs, self.engine))


# posts changed outside an operation (e.g. one deleted elsewhere was not found)
POSTS = Changes(StoreChanges.of(Change.POSTS))
# what a bundle received may touch (posts, history, decisions, images)
RECEIVED = StoreChanges.of(Change.POSTS, Change.STATUS, Change.MEDIA, Change.REVIEWS)


@dataclass(frozen=True, slots=True)
class Outcome(Generic[R]):
    value: R
    changes: Changes = Changes()


@dataclass(frozen=True, slots=True)
class Op(Generic[R]):
    """``read`` (UI thread) → ``work(read's value)`` (worker) → ``write(work's value)`` (UI
    thread). ``errors``: the named errors a step may raise, handed to the caller's failure;
    ``failed_changes``: what a write stopped halfway may already have changed. ``progress``:
    long work: what the progress panel says while it runs; ``work`` then takes a second
    argument, the :class:`~core.app.progress.Progress` it reports to (and that "Batal" stops)."""

    write: Callable[[Any], Outcome[R]]
    read: Callable[[], Any] = field(default=lambda: None)
    work: Callable[..., Any] | None = None
    errors: tuple[type[BaseException], ...] = ()
    failed_changes: Changes = Changes()
    progress: str = ""


class ChangeHub(QObject):
    """``changed(changes, initiator)`` after every operation (Anki's ``operation_did_execute``)."""

    changed = Signal(object, object)

    def announce(self, changes: Changes, initiator: object = None) -> None:
        if changes:
            self.changed.emit(changes, initiator)


def _raise(error: BaseException) -> None:
    raise error


class Operations:
    """Runs operations through the window's one worker and announces what they changed."""

    def __init__(self, tasks: TaskRunner, hub: ChangeHub) -> None:
        self.tasks, self.hub = tasks, hub

    def run(self, op: Op[R], *, initiator: object = None,
            success: Callable[[R], object] = lambda _: None,
            failure: Callable[[BaseException], object] = _raise) -> None:
        def write(value: Any) -> None:
            try:
                outcome = op.write(value)
            except op.errors as exc:
                self.hub.announce(op.failed_changes, initiator)
                failure(exc)
                return
            self.hub.announce(outcome.changes, initiator)
            success(outcome.value)

        try:
            data = op.read()
        except op.errors as exc:
            failure(exc)
            return
        if op.work is None:
            write(data)
        elif op.progress:
            work = op.work
            self.tasks.run_with_progress(lambda progress: work(data, progress), write, failure,
                                         label=op.progress)
        else:
            work = op.work
            self.tasks.run(lambda: work(data), write, failure)


# -- posts ------------------------------------------------------------------------------


# the post was not stored (StaleEditError: changed elsewhere since the form loaded it)
SAVE_ERRORS = (StoreError, PostNotFoundError, UserDictionaryError, StaleEditError, PostTooLongError)


@dataclass(frozen=True, slots=True)
class Saved:
    post_id: int
    report: CheckReport
    media: tuple[Media, ...] = ()  # the post's images as stored
    image_problem: str = ""  # why the images were not stored (the text was)
    version: int = 1  # the stored post's version now: the base of the form's next save


def _staged(images: tuple[ImageChoice, ...], media_dir: Path) -> tuple[ImageChoice, ...]:
    """Copy picked images into the media folder (worker thread); one that fails stays as
    picked, and storing it then says why."""
    out = []
    for choice in images:
        try:
            out.append(stage_image(choice, media_dir=media_dir))
        except MediaError:
            out.append(choice)
    return tuple(out)


def save_post(store: QueueStore, dictionary: UserDictionary, checker: Checker, *,
              post_id: int | None, draft: PostDraft, ignores: IgnoreSet | None,
              images: tuple[ImageChoice, ...], known: tuple[int, ...], media_dir: Path,
              base_version: int | None = None) -> Op[Saved]:
    """Check the post and copy its new images (worker), then store both; ``known``: the
    stored images the form showed, the only ones a save may detach. ``base_version``: the
    version the form loaded; if the post changed since (auto-schedule, a bundle, another
    window), nothing is written and the failure is a :class:`StaleEditError`."""
    day = draft.scheduled_at.date() if draft.scheduled_at else None

    def work(_: None) -> tuple[CheckReport, tuple[ImageChoice, ...]]:
        report = checker.check(draft.body, channels=draft.channels, on_date=day,
                               sources=draft.sources, ignores=ignores, wait=False,
                               images=len(images))
        return report, _staged(images, media_dir)

    def write(done: tuple[CheckReport, tuple[ImageChoice, ...]]) -> Outcome[Saved]:
        report, staged = done
        if post_id is None:
            stored = store.posts.add(draft, report)
            dictionary.move_ignores(DRAFT_KEY, post_key(stored.id))
        else:
            stored = store.posts.update(post_id, draft, report, base_version=base_version)
        saved_id = stored.id if post_id is None else post_id
        version = store.posts.get(saved_id).version
        try:
            images_stored = store.media.set_images(saved_id, staged, media_dir=media_dir, known=known)
        except (MediaError, StoreError, PostNotFoundError) as exc:
            return Outcome(Saved(saved_id, report, image_problem=str(exc), version=version),
                           Changes(stored))
        return Outcome(Saved(saved_id, report, images_stored.media, version=version),
                       Changes(stored | images_stored))

    return Op(write, work=work, errors=SAVE_ERRORS)


def set_status(store: QueueStore, post_ids: Sequence[int], status: Status, *, reason: str,
               who: str) -> Op[dict[int, str]]:
    """The value: post id → why it did not change, for the ones that did not."""
    def write(_: None) -> Outcome[dict[int, str]]:
        changes = store.posts.set_statuses(post_ids, status, reason=reason, who=who)
        return Outcome(dict(changes.refused), Changes(changes))

    return Op(write)


def delete_posts(store: QueueStore, post_ids: Sequence[int]) -> Op[list[str]]:
    """Delete each post; the value names the ones that could not be deleted, and why."""
    def write(_: None) -> Outcome[list[str]]:
        problems, changes = [], NOTHING
        for post_id in post_ids:
            try:
                changes |= store.posts.delete(post_id)
            except (StoreError, PostNotFoundError) as exc:
                problems.append(f"#{post_id}: {exc}")
        return Outcome(problems, Changes(changes))

    return Op(write)


def rename_bidang(store: QueueStore, renames: dict[str, str]) -> Op[None]:
    """Posts tagged with a renamed bidang carry its new name."""
    def write(_: None) -> Outcome[None]:
        return Outcome(None, Changes(store.posts.rename_bidang(renames)))

    return Op(write, errors=(StoreError,))


def schedule_posts(store: QueueStore, post_ids: Sequence[int], plan: Plan) -> Op[list[Scheduled]]:
    """Put the posts in the next free slots of the plan."""
    def write(_: None) -> Outcome[list[Scheduled]]:
        done = auto_schedule(store, post_ids, plan=plan)
        placed = [d.post_id for d in done if d.at is not None]
        return Outcome(done, Changes(StoreChanges.of(Change.SCHEDULE, post_ids=placed) if placed
                                     else NOTHING))

    return Op(write, errors=(ScheduleError, StoreError))


def attach_image(store: QueueStore, post_id: int, path: Path, *, alt_text: str,
                 media_dir: Path) -> Op[None]:
    def write(_: None) -> Outcome[None]:
        return Outcome(None, Changes(store.media.add(post_id, path, media_dir=media_dir,
                                                     alt_text=alt_text.strip())))

    return Op(write, errors=(MediaError, StoreError, PostNotFoundError))


# -- export and review bundles -----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Exported:
    result: ExportResult
    record_problem: str = ""  # the files are written, but the batch was not recorded


def export(store: QueueStore, path: Path, preset: str, *, status: Status | None = None,
           channel: Channel | None = None, batch: int | None = None,
           date_order: DateOrder = DateOrder.MDY, media_base_url: str = "", who: str = "",
           zones: ExportZones | None = None,
           started: Callable[[int], object] = lambda _: None) -> Op[Exported]:
    """The export path the command line takes too (``core.publish.queue_export``), in its
    three steps: choose the posts and refuse what may not go (a Draf for a posting tool, with
    the command line's sentence), write the files in the worker, then record the batch and
    mark the posts; ``started(number of posts)`` once they are chosen."""
    def read() -> ExportSelection:
        selection = select_for_export(store, preset=preset, status=status, channel=channel, batch=batch)
        started(len(selection.posts))
        return selection

    def write(result: ExportResult) -> Outcome[Exported]:
        try:  # the files are in place: now record the batch and the statuses
            recorded = record_export(store, result, who=who, date_order=date_order)
        except StoreError as exc:
            return Outcome(Exported(result, str(exc)))
        return Outcome(Exported(result), Changes(recorded))

    return Op(write, read=read, errors=(ExportError, StoreError, PostNotFoundError),
              work=lambda selection, progress: write_export(
                  selection, path, date_order=date_order, media_base_url=media_base_url,
                  zones=zones, progress=progress),
              progress=QCoreApplication.translate("Operations", "Mengekspor…"))


def send_bundle(store: QueueStore, post_ids: Sequence[int], path: Path, *, sender: str,
                office: str) -> Op[BundleResult]:
    """Read the posts here, write the review bundle in the worker; nothing in the queue changes."""
    return Op(lambda sent: Outcome(sent),
              read=lambda: collect_bundle(store, post_ids, sender=sender, office=office),
              work=lambda content, progress: write_bundle(content, path, progress=progress),
              errors=(StoreError,),
              progress=QCoreApplication.translate("Operations", "Menulis berkas tinjauan…"))


def receive_bundle(store: QueueStore, path: Path, *, media_dir: Path) -> Op[ImportResult]:
    """Read and check the whole bundle and copy its images (worker), then put its posts and
    decisions in the queue in one transaction: a refused or failed bundle changes nothing."""
    def write(received: ReceivedBundle) -> Outcome[ImportResult]:
        got = apply_bundle(store, received, media_dir=media_dir)
        return Outcome(got, Changes(RECEIVED | StoreChanges(post_ids=frozenset(got.added + got.updated))))

    return Op(write, work=lambda _, progress: read_bundle(path, media_dir=media_dir, progress=progress),
              errors=(BundleError, StoreError, MediaError), failed_changes=Changes(RECEIVED),
              progress=QCoreApplication.translate("Operations", "Membaca berkas tinjauan…"))


def receive_review_copy(store: QueueStore, path: Path, *, who: str) -> Op[ReviewImport]:
    """Read the head of office's .xlsx review copy (worker), then apply its decisions through
    the workflow in one transaction (core/publish/review_import.py)."""
    def write(sheet: ReviewSheet) -> Outcome[ReviewImport]:
        got = apply_review_sheet(store, sheet, source=path.name, who=who)
        return Outcome(got, Changes(got.changes))

    return Op(write, work=lambda _: read_review_copy(path), errors=(ReviewCopyError, StoreError))


def mark_post_published(store: QueueStore, post_id: int, channel: Channel, url: str, *,
                        who: str) -> Op[None]:
    """Posted by hand: record the published post's address on ``channel`` (Terbit when it was
    the post's last channel)."""
    return Op(lambda _: Outcome(None, Changes(mark_published(store, post_id, channel, url, who=who))),
              errors=(PostUrlError, PublicationError, PostNotFoundError, StoreError))


# -- dictionary and ignores --------------------------------------------------------------


def add_word(dictionary: UserDictionary, word: str) -> Op[None]:
    def write(_: None) -> Outcome[None]:
        dictionary.add(word)
        return Outcome(None, Changes(dictionary=True))

    return Op(write, errors=(UserDictionaryError, ValueError))


def ignore(dictionary: UserDictionary, post_id: int | None, *, finding: Finding | None = None,
           word: str = "") -> Op[int]:
    """Ignore one finding, or every finding on ``word``, in the post; the value is the
    ignore's id (to undo it)."""
    key = post_key(post_id)

    def write(_: None) -> Outcome[int]:
        done = (dictionary.ignore_finding(key, finding) if finding is not None
                else dictionary.ignore_word(key, word))
        return Outcome(done, Changes(ignores=True))

    return Op(write, errors=(UserDictionaryError,))


def unignore(dictionary: UserDictionary, ignore_id: int) -> Op[None]:
    def write(_: None) -> Outcome[None]:
        dictionary.unignore(ignore_id)
        return Outcome(None, Changes(ignores=True))

    return Op(write, errors=(UserDictionaryError,))
