"""Where Saring finds its shipped resources and keeps the user's data."""

from __future__ import annotations

import sys
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "Saring"


def resource_dir() -> Path:
    """``resources/`` of the source tree, or of the PyInstaller bundle when frozen."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def user_data_dir() -> Path:
    """The per-user data folder (``%LOCALAPPDATA%\\Saring`` on Windows); not created here."""
    return user_data_path(APP_NAME, appauthor=False, roaming=False)


def default_db_path() -> Path:
    return user_data_dir() / "saring.db"
