"""Images of posts (``store.media``): files copied into the app's media folder under a name
made from their content (the same picture is stored once), rows with order and alt text."""

from __future__ import annotations

import dataclasses
import hashlib
import os
import shutil
from collections.abc import Iterable, Sequence
from contextlib import suppress
from pathlib import Path

from sqlite_utils import Database

from core.store.changes import Change, Changes
from core.store.connection import IDS, Connection, ids_json, insert_row
from core.store.errors import MediaError
from core.store.image_size import ImageRefusedError, check_image_file
from core.store.models import ImageChoice, Media
from core.store.rows import media_from_row

IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".gif", ".webp"})


def _in_media_dir(path: Path, media_dir: Path) -> Path | None:
    """``path`` when it is already a file of the media folder (staged), else None."""
    try:
        inside = path.resolve().parent == media_dir.resolve() and path.is_file()
    except OSError:
        return None
    return path if inside else None


def _copy_into(source: Path, media_dir: Path) -> Path:
    """Copy an image into the media folder under a name made from its content (the same
    picture is stored once); raise :class:`MediaError` with a message for people."""
    if source.suffix.lower() not in IMAGE_SUFFIXES:
        raise MediaError(f"{source.name} bukan gambar yang didukung "
                         f"({', '.join(sorted(IMAGE_SUFFIXES))}).")
    digest = hashlib.sha256()
    try:
        with source.open("rb") as handle:
            try:  # the header before anything else: a pixel bomb is never copied nor decoded
                check_image_file(source.suffix, handle)
            except ImageRefusedError as exc:
                raise MediaError(f"{source.name} ditolak: {exc}") from None
            handle.seek(0)
            for chunk in iter(lambda: handle.read(1 << 16), b""):
                digest.update(chunk)
        media_dir.mkdir(parents=True, exist_ok=True)
        target = media_dir / f"{digest.hexdigest()[:16]}{source.suffix.lower()}"
        if not target.exists():
            tmp = target.with_name(target.name + ".tmp")
            shutil.copyfile(source, tmp)
            os.replace(tmp, target)
    except OSError as exc:
        raise MediaError(f"Gambar {source} tidak dapat disalin: {exc.strerror or exc}") from exc
    return target


def stage_image(choice: ImageChoice, *, media_dir: Path) -> ImageChoice:
    """Copy a picked image into the media folder ahead of the save (no database: any thread),
    so that ``store.media.set_images`` only records it. Raises :class:`MediaError`."""
    if choice.media_id is not None:
        return choice
    target = _copy_into(Path(choice.path), media_dir)
    return dataclasses.replace(choice, path=str(target),
                               original_name=choice.original_name or Path(choice.path).name)



def remove_unused_files(db: Database, paths: Iterable[str]) -> None:
    """Remove the image files no post uses any more (after their rows went); a file that
    cannot be removed stays behind: it costs disk space, nothing else."""
    for path in dict.fromkeys(paths):
        if db.execute("SELECT 1 FROM post_media WHERE path = ?", [path]).fetchone() is None:
            with suppress(OSError):
                Path(path).unlink(missing_ok=True)


class MediaManager:
    """``store.media``: the images of posts."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self._db = conn.db

    def add(self, post_id: int, source: Path, *, media_dir: Path, alt_text: str = "",
            original_name: str = "") -> Changes:
        """Copy an image into ``media_dir`` (the app's media folder) and attach it to a post
        (``original_name``: the name to show, default the source file's name). ``media`` of
        the result holds the new image."""
        self._conn.require_writable()
        self._conn.require_post(post_id)
        target = _copy_into(Path(source), media_dir)
        with self._conn.writing() as db:
            position = db.execute(
                "SELECT COALESCE(MAX(position), -1) + 1 FROM post_media WHERE post_id = ?",
                [post_id]).fetchone()[0]
            media_id = insert_row(db, "post_media", {
                "post_id": post_id, "position": position, "path": str(target),
                "alt_text": alt_text, "original_name": original_name or Path(source).name})
        return Changes.of(Change.MEDIA, post_ids=[post_id], media=(self._get(media_id),))

    def set_images(self, post_id: int, images: Sequence[ImageChoice], *, media_dir: Path,
                   known: Iterable[int] | None = None) -> Changes:
        """Make the post's images ``images``, in that order (the compose form's strip): picked
        files are copied into ``media_dir``, stored ones keep their file and take the new alt
        text, the others are detached (their file goes when no other post uses it). ``media``
        of the result: the post's images now.

        ``known``: the ids of the images the form was showing. Only those can be detached;
        an image attached meanwhile elsewhere (the queue's "Gambar…", a review bundle) stays,
        after the form's images. Every file is copied before the database changes: a failed
        copy (:class:`MediaError`) changes nothing; the rows change in one transaction."""
        self._conn.require_writable()
        self._conn.require_post(post_id)
        current = {m.id: m for m in self.of(post_id)}
        copies = {n: _in_media_dir(Path(c.path), media_dir) or _copy_into(Path(c.path), media_dir)
                  for n, c in enumerate(images) if c.media_id not in current}
        kept = {c.media_id for c in images if c.media_id in current}
        removable = current.keys() if known is None else current.keys() & set(known)
        dropped = removable - kept
        others = [i for i in current if i not in kept and i not in dropped]
        gone = [current[i].path for i in dropped]
        with self._conn.writing() as db:
            for media_id in dropped:
                db.execute("DELETE FROM post_media WHERE id = ?", [media_id])
            for position, choice in enumerate(images):
                if position in copies:
                    db.table("post_media").insert({
                        "post_id": post_id, "position": position, "path": str(copies[position]),
                        "alt_text": choice.alt_text.strip(),
                        "original_name": choice.original_name or Path(choice.path).name})
                else:
                    db.execute("UPDATE post_media SET position = ?, alt_text = ? WHERE id = ?",
                               [position, choice.alt_text.strip(), choice.media_id])
            for position, media_id in enumerate(others, start=len(images)):
                db.execute("UPDATE post_media SET position = ? WHERE id = ?", [position, media_id])
        remove_unused_files(self._db, gone)
        return Changes.of(Change.MEDIA, post_ids=[post_id], media=tuple(self.of(post_id)))

    def of(self, post_id: int) -> list[Media]:
        """The post's images in order."""
        return [media_from_row(r) for r in self._db.query(
            "SELECT * FROM post_media WHERE post_id = ? ORDER BY position, id", [post_id])]

    def for_posts(self, post_ids: Iterable[int]) -> dict[int, list[Media]]:
        """Post id → its images in order, for the posts that have any."""
        out: dict[int, list[Media]] = {}
        for row in self._db.query(
                f"SELECT * FROM post_media WHERE post_id IN ({IDS}) ORDER BY post_id, position, id",
                [ids_json(post_ids)]):
            out.setdefault(int(row["post_id"]), []).append(media_from_row(row))
        return out

    def set_alt_text(self, media_id: int, alt_text: str) -> Changes:
        with self._conn.writing() as db:
            db.execute("UPDATE post_media SET alt_text = ? WHERE id = ?", [alt_text, media_id])
        return Changes.of(Change.MEDIA, post_ids=self._owners([media_id]))

    def remove(self, media_id: int) -> Changes:
        """Detach an image; its file goes too when no other post uses it."""
        owners = self._owners([media_id])
        with self._conn.writing() as db:
            rows = db.execute("SELECT path FROM post_media WHERE id = ?", [media_id]).fetchall()
            db.execute("DELETE FROM post_media WHERE id = ?", [media_id])
        remove_unused_files(self._db, (str(r[0]) for r in rows))
        return Changes.of(Change.MEDIA, post_ids=owners)

    def remove_unused(self, paths: Iterable[Path | str]) -> None:
        """Remove these image files unless a post uses them (e.g. copied for an import that
        then failed); a file that cannot be removed stays behind."""
        remove_unused_files(self._conn.db, [str(p) for p in paths])

    def _owners(self, media_ids: Iterable[int]) -> list[int]:
        return [r[0] for r in self._db.execute(
            f"SELECT DISTINCT post_id FROM post_media WHERE id IN ({IDS})", [ids_json(media_ids)])]

    def _get(self, media_id: int) -> Media:
        return media_from_row(next(iter(self._db.query(
            "SELECT * FROM post_media WHERE id = ?", [media_id]))))
