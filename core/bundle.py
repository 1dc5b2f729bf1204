"""Review bundles ("Kirim untuk ditinjau"): posts, findings and images in one file, between PCs.

A bundle is a ZIP file (``.saring``) holding ``bundle.json`` and ``images/``. Every post
carries its global id (``QueueStore.uid_of``), so importing the same post twice updates it
instead of adding a copy. The reviewer changes statuses (with reasons) and sends a bundle back
the same way; on import, a status change that is newer than the local one is applied with the
reviewer's name and reason and lands in the history. Qt-free.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import tempfile
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from core.channels import Channel
from core.findings import CheckReport
from core.queue import (
    SCHEDULE_FORMAT,
    PostDraft,
    QueueStore,
    ReasonRequiredError,
    Status,
    TransitionError,
    _finding_from_dict,
    _finding_to_dict,
)

FORMAT = "saring-review-bundle"
VERSION = 1
SUFFIX = ".saring"


class BundleError(RuntimeError):
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


def export_bundle(store: QueueStore, post_ids: Sequence[int], path: Path, *, sender: str = "",
                  office: str = "") -> BundleResult:
    """Write the posts (with findings, history and images) to ``path`` atomically."""
    path = Path(path)
    posts = store.get_many(post_ids)
    media = store.media_for(p.id for p in posts)
    entries, images = [], []
    for post in posts:
        pictures = []
        for item in media.get(post.id, ()):
            try:
                data = Path(item.path).read_bytes()
            except OSError as exc:
                raise BundleError(f"Gambar {item.path} tidak dapat dibaca: {exc.strerror or exc}") from exc
            name = hashlib.sha256(data).hexdigest()[:20] + Path(item.path).suffix.lower()
            images.append((name, data))
            pictures.append({"name": name, "alt_text": item.alt_text,
                             "original_name": item.original_name})
        draft = post.draft
        entries.append({
            "uid": store.uid_of(post.id), "title": draft.title, "body": draft.body,
            "sources": draft.sources, "channels": [c.value for c in draft.channels],
            "scheduled_at": draft.scheduled_at.strftime(SCHEDULE_FORMAT) if draft.scheduled_at else None,
            "status": post.status.value,
            "findings": [_finding_to_dict(f) for f in post.findings],
            "history": [{"at": h.at.isoformat(), "who": h.who,
                         "from": h.from_status.value if h.from_status else None,
                         "to": h.to_status.value, "reason": h.reason}
                        for h in store.history(post.id)],
            "images": pictures,
        })
    manifest = {"format": FORMAT, "version": VERSION, "sender": sender, "office": office,
                "created_at": dt.datetime.now().isoformat(timespec="seconds"), "posts": entries}
    folder = path.parent if str(path.parent) else Path(".")
    tmp: Path | None = None
    try:
        with tempfile.NamedTemporaryFile(dir=folder, prefix=f".{path.name}.", suffix=".tmp",
                                         delete=False) as handle:
            tmp = Path(handle.name)
            with zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED) as archive:
                archive.writestr("bundle.json", json.dumps(manifest, ensure_ascii=False, indent=1))
                for name, data in dict(images).items():
                    archive.writestr(f"images/{name}", data)
        os.replace(tmp, path)
    except OSError as exc:
        if tmp is not None:
            tmp.unlink(missing_ok=True)
        raise BundleError(f"Berkas tinjauan {path} tidak dapat ditulis: {exc.strerror or exc}") from exc
    return BundleResult(path=path, posts=len(entries), images=len(dict(images)))


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


def import_bundle(store: QueueStore, path: Path, *, media_dir: Path) -> ImportResult:
    """Add new posts, update known ones (no duplicates), apply newer status decisions."""
    manifest, images = _read(Path(path))
    added, updated, decisions, notes = [], [], [], []
    for entry in manifest.get("posts", []):  # type: ignore[union-attr]
        try:
            uid = str(entry["uid"])
            draft = PostDraft(
                body=str(entry["body"]), title=str(entry.get("title", "")),
                sources=str(entry.get("sources", "")),
                channels=tuple(Channel(c) for c in entry.get("channels", [])),
                scheduled_at=dt.datetime.strptime(entry["scheduled_at"], SCHEDULE_FORMAT)
                if entry.get("scheduled_at") else None)
            findings = tuple(_finding_from_dict(f) for f in entry.get("findings", []))
            status = Status(entry["status"])
        except (KeyError, ValueError, TypeError) as exc:
            notes.append(f"satu unggahan dilewati: data tidak lengkap ({exc})")
            continue
        report = CheckReport(draft.body, findings)
        post_id = store.post_id_for_uid(uid)
        if post_id is None:
            post_id = store.add_received(uid, draft, report, status=status)
            added.append(post_id)
        else:
            current = store.get(post_id)
            if current.draft != draft or current.findings != findings:
                store.update(post_id, draft, report)
                updated.append(post_id)
            decision = _newest(entry.get("history", []))
            local = store.last_change(post_id)
            if decision and decision["to"] == status.value and current.status is not status and (
                    local is None or dt.datetime.fromisoformat(decision["at"]) > local.at):
                try:
                    store.set_status(post_id, status, reason=str(decision.get("reason", "")),
                                     who=str(decision.get("who", "")))
                    decisions.append(post_id)
                except ReasonRequiredError:
                    notes.append(f"#{post_id}: status Siap dari peninjau tidak diterapkan karena "
                                 "masih ada galat dan peninjau tidak menulis alasan.")
                except TransitionError as exc:
                    notes.append(f"#{post_id}: keputusan peninjau tidak diterapkan: {exc}")
        have = {Path(m.path).name for m in store.media(post_id)}
        for picture in entry.get("images", []):
            name = str(picture.get("name", ""))
            data = images.get(name)
            if data is None:
                notes.append(f"#{post_id}: gambar {name} tidak ada di berkas tinjauan")
                continue
            local_name = hashlib.sha256(data).hexdigest()[:16] + Path(name).suffix.lower()
            if local_name in have:  # the same image is already attached: no copy
                continue
            with tempfile.TemporaryDirectory() as tmp:
                source = Path(tmp) / (str(picture.get("original_name") or "") or name)
                if source.suffix.lower() != Path(name).suffix.lower():
                    source = Path(tmp) / name
                source.write_bytes(data)
                store.add_media(post_id, source, media_dir=media_dir,
                                alt_text=str(picture.get("alt_text", "")))
            have.add(local_name)
    return ImportResult(tuple(added), tuple(updated), tuple(decisions), tuple(notes))


def _newest(history: list[dict[str, object]]) -> dict[str, object] | None:
    return history[-1] if history else None
