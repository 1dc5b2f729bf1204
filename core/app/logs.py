"""Saring's log: a rotating file in the user data folder (``log/saring.log``)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from core.app.paths import user_data_dir

LOG_NAME = "saring.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5  # saring.log.1 … saring.log.5
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_path(folder: Path | None = None) -> Path:
    return (folder or user_data_dir() / "log") / LOG_NAME


def setup_logging(*, folder: Path | None = None, level: int = logging.INFO) -> Path:
    """Send the root logger to the rotating log file (once per file); return its path.
    When the folder cannot be written, log to stderr only and return the intended path."""
    path = log_path(folder)
    root = logging.getLogger()
    root.setLevel(level)
    for existing in root.handlers:
        if isinstance(existing, logging.handlers.RotatingFileHandler) and \
                Path(existing.baseFilename) == path.resolve():
            return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(handler)
    return path
