"""Review bundles ("Kirim untuk ditinjau"): posts, findings and images in one file, between PCs.

A bundle is a ZIP file (``.saring``) holding ``bundle.json`` and ``images/``. Every post
carries its global id (``store.reviews.uid_of``), so importing the same post twice updates it
instead of adding a copy. The reviewer changes statuses (with reasons) and sends a bundle back
the same way; on import, a status change that is newer than the local one is applied with the
reviewer's name and reason and lands in the history. Qt-free.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import os
import re
import tempfile
import time
import zipfile
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from core.app.progress import NO_PROGRESS, Progress
from core.app.temp_files import STALE_AFTER, remove_stale, temp_prefix
from core.app.temp_files import SUFFIX as TEMP_SUFFIX
from core.check.findings import CheckReport
from core.store.bundle_schema import (
    ARRIVAL_STATUSES,
    FORMAT,
    VERSION,
    BundleError,
    BundleInvalidError,
    BundlePost,
    check_image,
    check_manifest,
    read_members,
)
from core.store.errors import TransitionError
from core.store.models import SCHEDULE_FORMAT, Status, check_transition
from core.store.queue import QueueStore
from core.store.rows import finding_to_dict

SUFFIX = ".saring"
__all__ = ["FORMAT", "VERSION", "BundleError", "BundleInvalidError"]


@dataclass(frozen=True, slots=True)
class BundleResult:
    path: Path
    posts: int
    images: int


@dataclass(frozen=True, slots=True)
class ImportResult:
    added: tuple[int, ...] = ()
    updated: tuple[int, ...] = ()
    decisions: tuple[int, ...] = ()  # posts whose status changed from the sender's decision
    notes: tuple[str, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class BundleContent:
    """What goes into a bundle, read from the database (``collect_bundle``, on the store's
    thread); ``write_bundle`` reads the image files and writes the file (any thread)."""

    manifest: dict[str, object]
    images: tuple[tuple[str, str], ...]  # (name in the bundle, file to read)


def collect_bundle(store: QueueStore, post_ids: Sequence[int], *, sender: str = "",
                   office: str = "") -> BundleContent:
    """The posts with findings, status history and image references; no file is read."""
    posts = store.posts.get_many(post_ids)
    media = store.media.for_posts(p.id for p in posts)
    entries, images = [], []
    for post in posts:
        pictures = []
        for item in media.get(post.id, ()):
            name = Path(item.path).stem[:20] + Path(item.path).suffix.lower()
            images.append((name, item.path))
            pictures.append({"name": name, "alt_text": item.alt_text,
                             "original_name": item.original_name})
        draft = post.draft
        entries.append({
            "uid": store.reviews.uid_of(post.id), "title": draft.title, "body": draft.body,
            "sources": draft.sources, "channels": [c.value for c in draft.channels],
            "bidang": list(draft.bidang),
            "scheduled_at": draft.scheduled_at.strftime(SCHEDULE_FORMAT) if draft.scheduled_at else None,
            "status": post.status.value,
            "findings": [finding_to_dict(f) for f in post.findings],
            "history": [{"at": h.at.isoformat(), "who": h.who,
                         "from": h.from_status.value if h.from_status else None,
                         "to": h.to_status.value, "reason": h.reason}
                        for h in store.posts.history(post.id)],
            "images": pictures,
            "version": post.version, "base_version": store.reviews.peer_version(post.id),
        })
    manifest = {"format": FORMAT, "version": VERSION, "sender": sender, "office": office,
                "created_at": dt.datetime.now().isoformat(timespec="seconds"), "posts": entries}
    return BundleContent(manifest, tuple(dict(images).items()))


def write_bundle(content: BundleContent, path: Path, *,
                 progress: Progress = NO_PROGRESS) -> BundleResult:
    """Write the bundle to ``path`` atomically (temporary name, then rename); raise
    :class:`BundleError`, or :class:`~core.app.progress.Cancelled` when ``progress`` (over the images) is
    cancelled: no file is left either way. Touches no database: safe in the worker thread."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    remove_stale(folder)
    tmp: Path | None = None
    try:
        with tempfile.NamedTemporaryFile(dir=folder, prefix=temp_prefix(path), suffix=TEMP_SUFFIX,
                                         delete=False) as handle:
            tmp = Path(handle.name)
            with zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED) as archive:
                archive.writestr("bundle.json", json.dumps(content.manifest, ensure_ascii=False,
                                                           indent=1))
                total = len(content.images) + 1
                progress(1, total)
                for number, (name, source) in enumerate(content.images, start=2):
                    try:
                        data = Path(source).read_bytes()
                    except OSError as exc:
                        raise BundleError(f"Gambar {source} tidak dapat dibaca: "
                                          f"{exc.strerror or exc}") from exc
                    archive.writestr(f"images/{name}", data)
                    progress(number, total)
        progress.check()  # the last moment to stop: the rename is not undone by a cancel
        os.replace(tmp, path)
    except BaseException as exc:  # whatever stopped it, leave no partial file behind
        if tmp is not None:
            tmp.unlink(missing_ok=True)
        if not isinstance(exc, OSError):
            raise
        raise BundleError(f"Berkas tinjauan {path} tidak dapat ditulis: {exc.strerror or exc}") from exc
    posts = content.manifest["posts"]
    return BundleResult(path=path, posts=len(posts),  # type: ignore[arg-type]
                        images=len(content.images))


def export_bundle(store: QueueStore, post_ids: Sequence[int], path: Path, *, sender: str = "",
                  office: str = "", progress: Progress = NO_PROGRESS) -> BundleResult:
    """Write the posts (with findings, history and images) to ``path`` atomically."""
    return write_bundle(collect_bundle(store, post_ids, sender=sender, office=office), path,
                        progress=progress)


@dataclass(frozen=True, slots=True)
class ReceivedBundle:
    """A bundle read from disk and checked whole (``read_bundle``, any thread), its images
    already in the media folder; ``apply_bundle`` puts it into the queue (on the store's thread)."""

    posts: tuple[BundlePost, ...]
    images: dict[str, Path]  # name in the bundle → file in the media folder
    written: tuple[Path, ...] = ()  # the files of ``images`` this read put there (not there before)
    # Lists ``written`` until the import is committed or undone: a killed import leaves it, and
    # sweep_interrupted_imports removes those files then (unless a post uses them).
    journal: Path | None = None


def read_bundle(path: Path, *, media_dir: Path,
                progress: Progress = NO_PROGRESS) -> ReceivedBundle:
    """Read the bundle, check all of it (:mod:`core.store.bundle_schema`: sizes, every post,
    every image's header) and only then copy the images its posts use into ``media_dir``
    (named by content, so an image already there is not copied twice). Raises
    :class:`BundleError` (:class:`BundleInvalidError` for a refused bundle) having changed
    nothing. Touches no database. ``progress`` counts the images checked, then copied; a
    cancel (:class:`~core.app.progress.Cancelled`) removes the images this read copied."""
    path = Path(path)
    try:
        raw, data = read_members(path)
        posts = check_manifest(json.loads(raw.decode("utf-8")))
        used = {image.name for post in posts for image in post.images} & data.keys()
        total = 2 * len(used) + 1
        progress(1, total)
        for number, name in enumerate(sorted(used), start=2):
            check_image(name, data[name])
            progress(number, total)
    except BundleInvalidError as exc:
        raise BundleInvalidError(f"Berkas tinjauan {path} ditolak: {exc} Tidak ada yang "
                                 "diubah.") from None
    except FileNotFoundError:
        raise BundleError(f"Berkas tinjauan {path} tidak ditemukan.") from None
    except RecursionError:
        raise BundleInvalidError(f"Berkas tinjauan {path} ditolak: isi bundle.json bersarang "
                                 "terlalu dalam. Tidak ada yang diubah.") from None
    except (OSError, zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError,
            NotImplementedError, RuntimeError, UnicodeDecodeError, ValueError) as exc:
        raise BundleError(f"{path} bukan berkas tinjauan Saring yang utuh ({exc}).") from exc
    images: dict[str, Path] = {}
    written: list[Path] = []
    journal: Path | None = None
    try:
        media_dir.mkdir(parents=True, exist_ok=True)
        targets = {name: media_dir / (hashlib.sha256(data[name]).hexdigest()[:16]
                                      + Path(name).suffix.lower()) for name in sorted(used)}
        new = [t for t in dict.fromkeys(targets.values()) if not t.exists()]
        if new:  # written before any image: a kill from here on leaves it for the sweep
            journal = _write_journal(media_dir, new)
        for number, (name, target) in enumerate(targets.items(), start=len(used) + 2):
            if target in new and target not in written:
                tmp = target.with_name(target.name + ".tmp")
                tmp.write_bytes(data[name])
                os.replace(tmp, target)
                written.append(target)
            images[name] = target
            progress(number, total)
    except BaseException as exc:  # a cancel too: take back the images this read copied
        for target in written:
            target.unlink(missing_ok=True)
        if journal is not None:
            journal.unlink(missing_ok=True)
        if not isinstance(exc, OSError):
            raise
        raise BundleError(f"Gambar dari {path} tidak dapat disimpan di {media_dir}: "
                          f"{exc.strerror or exc}") from exc
    return ReceivedBundle(posts, images, tuple(written), journal)


JOURNAL_PREFIX, JOURNAL_SUFFIX = ".impor-", ".jurnal"
_MEDIA_TMP = re.compile(r"[0-9a-f]{16}\.(?:png|jpe?g|gif|webp)\.tmp")


def _write_journal(media_dir: Path, targets: list[Path]) -> Path:
    fd, name = tempfile.mkstemp(dir=media_dir, prefix=JOURNAL_PREFIX, suffix=JOURNAL_SUFFIX)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write("\n".join(t.name for t in targets) + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    return Path(name)


def sweep_interrupted_imports(store: QueueStore, media_dir: Path, *,
                              older_than: dt.timedelta = STALE_AFTER,
                              now: float | None = None) -> list[Path]:
    """After a killed import (at the next start, and before the next import): the images its
    journal lists that no post uses are removed, with the journal, and half-written copies
    (``*.tmp``) too. Only what is older than ``older_than`` (another Saring may be importing
    now). Returns the files removed; never fails."""
    limit = (time.time() if now is None else now) - older_than.total_seconds()
    removed: list[Path] = []
    try:
        entries = list(media_dir.iterdir())
    except OSError:
        return removed
    for entry in entries:
        try:
            if entry.is_symlink() or not entry.is_file() or entry.lstat().st_mtime > limit:
                continue
            if entry.name.startswith(JOURNAL_PREFIX) and entry.name.endswith(JOURNAL_SUFFIX):
                names = [n for n in entry.read_text(encoding="utf-8").splitlines()
                         if n and "/" not in n and "\\" not in n and not n.startswith(".")]
                listed = [media_dir / n for n in names]
                store.media.remove_unused(listed)
                removed += [p for p in listed if not p.exists()]
                entry.unlink()
                removed.append(entry)
            elif _MEDIA_TMP.fullmatch(entry.name):
                entry.unlink()
                removed.append(entry)
        except (OSError, UnicodeDecodeError):
            continue
    return removed


def import_bundle(store: QueueStore, path: Path, *, media_dir: Path,
                  progress: Progress = NO_PROGRESS) -> ImportResult:
    """Add new posts, update known ones (no duplicates), apply newer status decisions."""
    return apply_bundle(store, read_bundle(path, media_dir=media_dir, progress=progress),
                        media_dir=media_dir)


def apply_bundle(store: QueueStore, received: ReceivedBundle, *, media_dir: Path) -> ImportResult:
    """Put a checked bundle into the queue in one transaction (all of it or, on any failure,
    nothing): new posts are added with the sender's status history, as Draf (Perlu revisi
    stays), known ones (same global id) are updated, history rows not yet here are added
    (never twice), and the newest decision is applied when it is newer than the local one and
    the workflow allows it (otherwise the report says why)."""
    added: list[int] = []
    updated: list[int] = []
    decisions: list[int] = []
    notes: list[str] = []
    sweep_interrupted_imports(store, media_dir)  # what an earlier, killed import left
    try:
        with store.transaction():
            for entry in received.posts:
                _apply_post(store, entry, received.images, media_dir, added, updated, decisions,
                            notes)
    except BaseException:
        store.media.remove_unused(received.written)  # the images this import copied, unused
        raise
    finally:
        if received.journal is not None:
            received.journal.unlink(missing_ok=True)
    return ImportResult(tuple(added), tuple(updated), tuple(decisions), tuple(notes))


def _apply_post(store: QueueStore, entry: BundlePost, images: dict[str, Path], media_dir: Path,
                added: list[int], updated: list[int], decisions: list[int],
                notes: list[str]) -> None:
    draft, findings, status = entry.draft, entry.findings, entry.status
    history = list(entry.history)
    report = CheckReport(draft.body, findings)
    post_id = store.reviews.post_id_for_uid(entry.uid)
    if post_id is None:
        arrival = status if status in ARRIVAL_STATUSES else Status.DRAFT
        post_id = store.reviews.add_received(entry.uid, draft, report, status=arrival).id
        store.reviews.receive_history(post_id, history)
        added.append(post_id)
        if arrival is not status:
            notes.append(f"#{post_id}: unggahan baru masuk sebagai {arrival.label} (di "
                         f"pengirim: {status.label}); periksa lalu ubah statusnya di sini.")
    else:
        current = store.posts.get(post_id)
        edited_here = entry.base_version is not None and entry.base_version != current.version
        if current.draft != draft and edited_here:
            # Changed here since the other PC's copy was taken: never overwrite it blindly.
            notes.append(f"#{post_id}: teks dari berkas tinjauan tidak diterapkan karena "
                         "unggahan ini sudah diubah di sini sejak dikirim; teks di sini "
                         "dipertahankan. Bandingkan dengan pengirim bila perlu.")
        elif current.draft != draft or current.findings != findings:
            store.posts.update(post_id, draft, report)
            updated.append(post_id)
        decision = history[-1] if history else None
        seen = {dataclasses.replace(h, post_id=0) for h in store.posts.history(post_id)}
        local = store.posts.last_change(post_id)
        new_status: Status | None = None
        if decision and decision not in seen and decision.to_status is status \
                and current.status is not status and (local is None or decision.at >= local.at):
            problem = _refusal(post_id, current.status, status, decision.reason, report)
            if problem:
                notes.append(f"#{post_id}: keputusan peninjau tidak diterapkan: {problem}")
                history = history[:-1]
            else:
                new_status = status
                decisions.append(post_id)
        store.reviews.receive_history(post_id, history, status=new_status)
    store.reviews.set_peer_version(post_id, entry.version)
    have = {Path(m.path).name for m in store.media.of(post_id)}
    for picture in entry.images:
        stored = images.get(picture.name)
        if stored is None:
            notes.append(f"#{post_id}: gambar {picture.name} tidak ada di berkas tinjauan")
            continue
        if stored.name in have:  # the same image is already attached: no copy
            continue
        store.media.add(post_id, stored, media_dir=media_dir, alt_text=picture.alt_text,
                        original_name=picture.original_name)
        have.add(stored.name)


def _refusal(post_id: int, old: Status, new: Status, reason: str, report: CheckReport) -> str:
    """Why a reviewer's decision cannot be applied here ("" when it can)."""
    if new is Status.READY and report.errors and not reason.strip():
        return "status Siap tanpa alasan tertulis, padahal masih ada galat."
    try:
        check_transition(post_id, old, new)
    except TransitionError as exc:
        return str(exc)
    return ""
