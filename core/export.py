"""CSV export of queued posts.

Files are UTF-8, RFC 4180 quoted, CRLF line ends; each is written to a temporary file beside
the target and renamed when complete, so a failed export leaves no partial file.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from core.queue import SCHEDULE_FORMAT, Post

GENERIC_COLUMNS = (
    "id", "status", "scheduled_at", "channels", "title", "body", "sources",
    "errors", "warnings", "infos", "created_at", "updated_at",
)
FORMATS = ("generic",)


class ExportError(RuntimeError):
    """The export could not be written; nothing was changed."""


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    rows: int


def _generic_row(post: Post) -> list[str]:
    draft = post.draft
    return [
        str(post.id), post.status.value,
        draft.scheduled_at.strftime(SCHEDULE_FORMAT) if draft.scheduled_at else "",
        ",".join(c.value for c in draft.channels), draft.title, draft.body, draft.sources,
        str(post.n_errors), str(post.n_warnings), str(post.n_infos),
        post.created_at.isoformat(sep=" "), post.updated_at.isoformat(sep=" "),
    ]


def export_csv(posts: Sequence[Post], path: Path, *, fmt: str = "generic") -> ExportResult:
    """Write ``posts`` to ``path`` in format ``fmt``; raise :class:`ExportError` on failure."""
    if fmt not in FORMATS:
        raise ExportError(f"format ekspor tidak dikenal: {fmt!r} (pilihan: {', '.join(FORMATS)})")
    path = Path(path)
    if path.is_dir():
        raise ExportError(f"{path} adalah folder; beri nama berkas, misalnya {path / 'antrean.csv'}")
    folder = path.parent if str(path.parent) else Path(".")
    try:
        handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed below, then renamed
            "w", encoding="utf-8", newline="", dir=folder, prefix=f".{path.name}.", suffix=".tmp",
            delete=False)
    except OSError as exc:
        raise ExportError(f"Tidak dapat menulis ke {folder}: {exc.strerror or exc}") from exc
    tmp = Path(handle.name)
    try:
        with handle:
            writer = csv.writer(handle, lineterminator="\r\n")
            writer.writerow(GENERIC_COLUMNS)
            writer.writerows(_generic_row(p) for p in posts)
        os.replace(tmp, path)
    except BaseException as exc:  # whatever went wrong, leave no partial file behind
        tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise ExportError(f"Tidak dapat menulis {path}: {exc.strerror or exc}") from exc
        if isinstance(exc, UnicodeError):
            raise ExportError(f"Tidak dapat menulis {path}: teks tidak dapat disimpan sebagai UTF-8 "
                              f"({exc})") from exc
        raise
    return ExportResult(path=path, rows=len(posts))
