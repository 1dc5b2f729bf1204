"""What the window remembers between sessions that is not a setting: its size and place on the
screen and the folder last used for each kind of file. Kept in a small JSON file beside
settings.json (``window.json``); a missing or damaged file means "nothing remembered yet"."""

from __future__ import annotations

import base64
import contextlib
import json
import os
import tempfile
from pathlib import Path

from core.app.paths import user_data_dir


def window_state_path() -> Path:
    return user_data_dir() / "window.json"


class WindowState:
    """Remembered geometry and folders; ``path`` None keeps them for this session only."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._data: dict[str, object] = {}
        if path is not None:
            with contextlib.suppress(OSError, ValueError):
                data = json.loads(path.read_text(encoding="utf-8"))
                if isinstance(data, dict):
                    self._data = data

    def geometry(self) -> bytes | None:
        value = self._data.get("geometry")
        if not isinstance(value, str):
            return None
        try:
            return base64.b64decode(value, validate=True)
        except ValueError:
            return None

    def set_geometry(self, geometry: bytes) -> None:
        self._data["geometry"] = base64.b64encode(geometry).decode("ascii")
        self._save()

    def folder(self, kind: str) -> str:
        folders = self._data.get("folders")
        value = folders.get(kind, "") if isinstance(folders, dict) else ""
        return value if isinstance(value, str) else ""

    def set_folder(self, kind: str, folder: str) -> None:
        folders = self._data.get("folders")
        if not isinstance(folders, dict):
            folders = self._data["folders"] = {}
        folders[kind] = folder
        self._save()

    def _save(self) -> None:
        """Write atomically; a failure loses only what is remembered, never the user's work."""
        if self.path is None:
            return
        with contextlib.suppress(OSError):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".window-", suffix=".json")
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as handle:
                    json.dump(self._data, handle)
                os.replace(tmp, self.path)
            except OSError:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
                raise
