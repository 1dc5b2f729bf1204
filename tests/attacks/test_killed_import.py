"""SIGKILL ``bundle import`` of 20,000 posts midway: the queue holds all of them or none
(the import is one transaction). And a refused bundle on the command line: exit 2, a reason,
no traceback."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
POSTS = 20_000


def _env(home: Path) -> dict[str, str]:
    return {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / "data"),
            "PYTHONPATH": str(ROOT)}


def _bundle(path: Path, posts: list[dict[str, object]]) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("bundle.json", json.dumps(
            {"format": "saring-review-bundle", "version": 1, "posts": posts}))
    return path


def _count(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute("SELECT COUNT(*) FROM posts").fetchone()[0])


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_killed_import_leaves_all_or_nothing(tmp_path: Path) -> None:
    path = _bundle(tmp_path / "besar.saring", [
        {"uid": f"u{i}", "body": f"Isi unggahan {i}", "status": "draf",
         "history": [{"at": "2030-01-01T08:00:00", "who": "Rina", "to": "draf"}]}
        for i in range(POSTS)])
    db = tmp_path / "q.db"
    subprocess.run([sys.executable, str(ROOT / "main.py"), "queue", "list", "--db", str(db)],
                   env=_env(tmp_path), check=True, capture_output=True)  # migrated, empty
    proc = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "bundle", "import", str(path),
                             "--db", str(db)], env=_env(tmp_path),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    # Kill once the transaction has begun writing (the WAL grows), before it can commit.
    wal = db.with_name(db.name + "-wal")
    deadline = time.monotonic() + 30
    start = wal.stat().st_size if wal.exists() else 0
    while time.monotonic() < deadline and proc.poll() is None:
        if wal.exists() and wal.stat().st_size > start + 64 * 1024:
            break
        time.sleep(0.005)
    killed = proc.poll() is None
    if killed:
        proc.send_signal(signal.SIGKILL)
    proc.wait()
    count = _count(db)
    assert count in (0, POSTS)
    if killed:
        assert count == 0


def test_refused_bundle_on_the_command_line(tmp_path: Path) -> None:
    path = _bundle(tmp_path / "x.saring", [{"uid": "a1", "body": None, "status": "terbit"}])
    got = subprocess.run([sys.executable, str(ROOT / "main.py"), "bundle", "import", str(path),
                          "--db", str(tmp_path / "q.db")], env=_env(tmp_path),
                         capture_output=True, text=True)
    assert got.returncode == 2 and "Traceback" not in got.stderr
    assert "ditolak" in got.stderr and '"body"' in got.stderr
