"""Image files of posts: copied into the app's media folder under a name made from their
content (the same picture is stored once)."""

from __future__ import annotations

import dataclasses
import hashlib
import os
import shutil
from pathlib import Path

from core.store.errors import MediaError
from core.store.models import ImageChoice

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
    so that :meth:`QueueStore.set_images` only records it. Raises :class:`MediaError`."""
    if choice.media_id is not None:
        return choice
    target = _copy_into(Path(choice.path), media_dir)
    return dataclasses.replace(choice, path=str(target),
                               original_name=choice.original_name or Path(choice.path).name)

