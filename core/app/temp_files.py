"""Saring's temporary files beside a target (an export, a review bundle): written under a name
that says whose they are, renamed to the target when complete. A run killed midway leaves one
behind; the next run in that folder removes those older than :data:`STALE_AFTER` (a younger
one may belong to a run still writing)."""

from __future__ import annotations

import datetime as dt
import shutil
import time
from contextlib import suppress
from pathlib import Path

PREFIX = ".saring-tmp-"
SUFFIX = ".tmp"
STALE_AFTER = dt.timedelta(minutes=10)


def temp_prefix(target: Path) -> str:
    """The prefix of a temporary file (or folder) for ``target``: ``.saring-tmp-<name>.``."""
    return f"{PREFIX}{target.name}."


def remove_stale(folder: Path, *, older_than: dt.timedelta = STALE_AFTER,
                 now: float | None = None) -> list[Path]:
    """Remove Saring's temporary files and folders in ``folder`` last changed longer than
    ``older_than`` ago; returns what went. Never fails: what cannot be removed stays."""
    limit = (time.time() if now is None else now) - older_than.total_seconds()
    removed: list[Path] = []
    try:
        candidates = [p for p in folder.iterdir()
                      if p.name.startswith(PREFIX) and p.name.endswith(SUFFIX)]
    except OSError:
        return removed
    for path in candidates:
        with suppress(OSError):
            if path.is_symlink() or path.lstat().st_mtime > limit:
                continue
            if path.is_dir():
                shutil.rmtree(path)
            else:
                path.unlink()
            removed.append(path)
    return removed
