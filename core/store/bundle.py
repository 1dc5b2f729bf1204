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
import tempfile
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from core.errors import SaringError
from core.findings import CheckReport
from core.publish.channels import Channel
from core.store.errors import TransitionError
from core.store.media import IMAGE_SUFFIXES
from core.store.models import SCHEDULE_FORMAT, PostDraft, Status, StatusChange, check_transition
from core.store.queue import QueueStore
from core.store.rows import finding_from_dict, finding_to_dict

FORMAT = "saring-review-bundle"
VERSION = 1
SUFFIX = ".saring"


class BundleError(SaringError, RuntimeError):
    """The bundle cannot be written or read; nothing was changed."""


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
            "scheduled_at": draft.scheduled_at.strftime(SCHEDULE_FORMAT) if draft.scheduled_at else None,
            "status": post.status.value,
            "findings": [finding_to_dict(f) for f in post.findings],
            "history": [{"at": h.at.isoformat(), "who": h.who,
                         "from": h.from_status.value if h.from_status else None,
                         "to": h.to_status.value, "reason": h.reason}
                        for h in store.posts.history(post.id)],
            "images": pictures,
        })
    manifest = {"format": FORMAT, "version": VERSION, "sender": sender, "office": office,
                "created_at": dt.datetime.now().isoformat(timespec="seconds"), "posts": entries}
    return BundleContent(manifest, tuple(dict(images).items()))


def write_bundle(content: BundleContent, path: Path) -> BundleResult:
    """Write the bundle to ``path`` atomically (temporary name, then rename); raise
    :class:`BundleError`. Touches no database: safe in the worker thread."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    tmp: Path | None = None
    try:
        with tempfile.NamedTemporaryFile(dir=folder, prefix=f".{path.name}.", suffix=".tmp",
                                         delete=False) as handle:
            tmp = Path(handle.name)
            with zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED) as archive:
                archive.writestr("bundle.json", json.dumps(content.manifest, ensure_ascii=False,
                                                           indent=1))
                for name, source in content.images:
                    try:
                        data = Path(source).read_bytes()
                    except OSError as exc:
                        raise BundleError(f"Gambar {source} tidak dapat dibaca: "
                                          f"{exc.strerror or exc}") from exc
                    archive.writestr(f"images/{name}", data)
        os.replace(tmp, path)
    except (OSError, BundleError) as exc:
        if tmp is not None:
            tmp.unlink(missing_ok=True)
        if isinstance(exc, BundleError):
            raise
        raise BundleError(f"Berkas tinjauan {path} tidak dapat ditulis: {exc.strerror or exc}") from exc
    posts = content.manifest["posts"]
    return BundleResult(path=path, posts=len(posts),  # type: ignore[arg-type]
                        images=len(content.images))


def export_bundle(store: QueueStore, post_ids: Sequence[int], path: Path, *, sender: str = "",
                  office: str = "") -> BundleResult:
    """Write the posts (with findings, history and images) to ``path`` atomically."""
    return write_bundle(collect_bundle(store, post_ids, sender=sender, office=office), path)


def _read(path: Path) -> tuple[dict[str, object], dict[str, bytes]]:
    try:
        with zipfile.ZipFile(path) as archive:
            manifest = json.loads(archive.read("bundle.json").decode("utf-8"))
            images = {n.removeprefix("images/"): archive.read(n) for n in archive.namelist()
                      if n.startswith("images/") and not n.endswith("/")}
    except (OSError, zipfile.BadZipFile, KeyError, UnicodeDecodeError, ValueError) as exc:
        raise BundleError(f"{path} bukan berkas tinjauan Saring yang utuh ({exc}).") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BundleError(f"{path} bukan berkas tinjauan Saring.")
    if int(manifest.get("version", 0)) > VERSION:
        raise BundleError(f"{path} dibuat Saring yang lebih baru; perbarui Saring lebih dulu.")
    return manifest, images


@dataclass(frozen=True, slots=True)
class ReceivedBundle:
    """A bundle read from disk (``read_bundle``, any thread), its images already in the media
    folder; ``apply_bundle`` puts it into the queue (on the store's thread)."""

    manifest: dict[str, object]
    images: dict[str, Path]  # name in the bundle → file in the media folder


def read_bundle(path: Path, *, media_dir: Path) -> ReceivedBundle:
    """Read and check the bundle and copy its images into ``media_dir`` (named by content, so
    an image already there is not copied twice). Touches no database."""
    manifest, data = _read(Path(path))
    images: dict[str, Path] = {}
    try:
        media_dir.mkdir(parents=True, exist_ok=True)
        for name, content in data.items():
            suffix = Path(name).suffix.lower()
            if suffix not in IMAGE_SUFFIXES:
                continue
            target = media_dir / (hashlib.sha256(content).hexdigest()[:16] + suffix)
            if not target.exists():
                tmp = target.with_name(target.name + ".tmp")
                tmp.write_bytes(content)
                os.replace(tmp, target)
            images[name] = target
    except OSError as exc:
        raise BundleError(f"Gambar dari {path} tidak dapat disimpan di {media_dir}: "
                          f"{exc.strerror or exc}") from exc
    return ReceivedBundle(manifest, images)


def import_bundle(store: QueueStore, path: Path, *, media_dir: Path) -> ImportResult:
    """Add new posts, update known ones (no duplicates), apply newer status decisions."""
    return apply_bundle(store, read_bundle(path, media_dir=media_dir), media_dir=media_dir)


def apply_bundle(store: QueueStore, received: ReceivedBundle, *, media_dir: Path) -> ImportResult:
    """Put a read bundle into the queue: new posts are added with the sender's status history,
    known ones (same global id) are updated, history rows not yet here are added (never
    twice), and the newest decision is applied when it is newer than the local one and the
    workflow allows it (otherwise the report says why)."""
    added, updated, decisions, notes = [], [], [], []
    for entry in cast("list[Any]", received.manifest.get("posts", [])):  # checked per entry below
        try:
            uid = str(entry["uid"])
            draft = PostDraft(
                body=str(entry["body"]), title=str(entry.get("title", "")),
                sources=str(entry.get("sources", "")),
                channels=tuple(Channel(c) for c in entry.get("channels", [])),
                scheduled_at=dt.datetime.strptime(entry["scheduled_at"], SCHEDULE_FORMAT)
                if entry.get("scheduled_at") else None)
            findings = tuple(finding_from_dict(f) for f in entry.get("findings", []))
            status = Status(entry["status"])
            history = _changes(entry.get("history", []))
        except (KeyError, ValueError, TypeError) as exc:
            notes.append(f"satu unggahan dilewati: data tidak lengkap ({exc})")
            continue
        report = CheckReport(draft.body, findings)
        post_id = store.reviews.post_id_for_uid(uid)
        if post_id is None:
            post_id = store.reviews.add_received(uid, draft, report, status=status).id
            store.reviews.receive_history(post_id, history)
            added.append(post_id)
        else:
            current = store.posts.get(post_id)
            if current.draft != draft or current.findings != findings:
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
        have = {Path(m.path).name for m in store.media.of(post_id)}
        for picture in entry.get("images", []):
            name = str(picture.get("name", ""))
            stored = received.images.get(name)
            if stored is None:
                notes.append(f"#{post_id}: gambar {name} tidak ada di berkas tinjauan")
                continue
            if stored.name in have:  # the same image is already attached: no copy
                continue
            store.media.add(post_id, stored, media_dir=media_dir,
                            alt_text=str(picture.get("alt_text", "")),
                            original_name=str(picture.get("original_name") or name))
            have.add(stored.name)
    return ImportResult(tuple(added), tuple(updated), tuple(decisions), tuple(notes))


def _refusal(post_id: int, old: Status, new: Status, reason: str, report: CheckReport) -> str:
    """Why a reviewer's decision cannot be applied here ("" when it can)."""
    if new is Status.READY and report.errors and not reason.strip():
        return "status Siap tanpa alasan tertulis, padahal masih ada galat."
    try:
        check_transition(post_id, old, new)
    except TransitionError as exc:
        return str(exc)
    return ""


def _changes(rows: object) -> list[StatusChange]:
    """The sender's status history (old bundles without it: none)."""
    if not isinstance(rows, list):
        return []
    return [StatusChange(
        post_id=0, at=dt.datetime.fromisoformat(str(r["at"])), who=str(r.get("who", "")),
        from_status=Status(r["from"]) if r.get("from") else None, to_status=Status(r["to"]),
        reason=str(r.get("reason", ""))) for r in rows]
