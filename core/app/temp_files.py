"""Saring's temporary files beside a target (an export, a review bundle): written under a name
that says whose they are, renamed to the target when complete. A run killed midway leaves one
behind; the next run in that folder removes those older than :data:`STALE_AFTER` (a younger
one may belong to a run still writing), and those of earlier versions too (:data:`OLD_FILE`,
:data:`OLD_FOLDER`)."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import time
from contextlib import suppress
from pathlib import Path

PREFIX = ".saring-tmp-"
SUFFIX = ".tmp"
STALE_AFTER = dt.timedelta(minutes=10)
# Before 2026-12-06 (c85b2cf) the same temporaries were made by tempfile with the target's name
# as prefix: ".<export>.csv.<8 random>.tmp" (also .saring bundles, .xlsx/.pdf reports) and, for
# an export's pictures, the folder ".<name>-gambar.<8 random>". Only these shapes are removed.
OLD_FILE = re.compile(r"\.[^/\\]+\.(?:csv|saring|xlsx|pdf)\.[a-z0-9_]{8}\.tmp")
OLD_FOLDER = re.compile(r"\.[^/\\]+-gambar\.[a-z0-9_]{8}")


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
                      if (p.name.startswith(PREFIX) and p.name.endswith(SUFFIX))
                      or OLD_FILE.fullmatch(p.name) or OLD_FOLDER.fullmatch(p.name)]
    except OSError:
        return removed
    for path in candidates:
        with suppress(OSError):
            if path.is_symlink() or path.lstat().st_mtime > limit:
                continue
            if path.is_dir():
                if OLD_FILE.fullmatch(path.name):
                    continue  # an old-style name is a file's, or a picture folder's
                shutil.rmtree(path)
            else:
                if OLD_FOLDER.fullmatch(path.name):
                    continue
                path.unlink()
            removed.append(path)
    return removed
