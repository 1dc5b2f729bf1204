"""SIGKILL ``bundle import`` of 20,000 posts midway: the queue holds all of them or none
(the import is one transaction). And a refused bundle on the command line: exit 2, a reason,
no traceback."""

from __future__ import annotations

import datetime as dt
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


def _png(width: int, height: int, tag: bytes) -> bytes:
    import struct
    import zlib

    ihdr = b"IHDR" + struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + ihdr
            + struct.pack(">I", zlib.crc32(ihdr)) + b"\x00\x00\x00\x00IEND\xaeB`\x82" + tag)


_PAUSED_IMPORT = r'''
import sys, time
from pathlib import Path
import core.store.bundle as bundle
from core.store.queue import QueueStore

db, path, media, marker = map(Path, sys.argv[1:5])
real = bundle._apply_post
def slow(*args, **kwargs):  # inside the transaction, the images already copied
    real(*args, **kwargs)
    marker.touch()
    time.sleep(60)
bundle._apply_post = slow
store = QueueStore(db)
bundle.import_bundle(store, path, media_dir=media)
'''


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_killed_import_leaves_no_copied_images_after_the_next_start(tmp_path: Path) -> None:
    """SIGKILL while the transaction is open and the bundle's images are already in the media
    folder: the next start (sweep_interrupted_imports) removes every image no post uses."""
    from core.check.findings import CheckReport
    from core.store.bundle import sweep_interrupted_imports
    from core.store.queue import QueueStore
    from tests.core.store.samples import draft

    images = {f"images/foto{i}.png": _png(64, 48, bytes([i])) for i in range(5)}
    path = tmp_path / "gambar.saring"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("bundle.json", json.dumps({
            "format": "saring-review-bundle", "version": 1,
            "posts": [{"uid": f"u{i}", "body": f"Isi {i}", "status": "draf",
                       "images": [{"name": f"foto{i}.png", "alt_text": "foto"}]}
                      for i in range(5)]}))
        for name, data in images.items():
            archive.writestr(name, data)
    media, db, marker = tmp_path / "media", tmp_path / "q.db", tmp_path / "di-tengah"
    media.mkdir()
    store = QueueStore(db)
    try:  # a picture of an existing post: it must stay
        post_id = store.posts.add(draft("Lama"), CheckReport("Lama")).id
        existing = tmp_path / "lama.png"
        existing.write_bytes(_png(10, 10, b"x"))
        store.media.add(post_id, existing, media_dir=media, alt_text="lama")
    finally:
        store.close()
    kept = next(media.iterdir())
    proc = subprocess.Popen([sys.executable, "-c", _PAUSED_IMPORT, str(db), str(path), str(media),
                             str(marker)], env=_env(tmp_path), cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not marker.exists() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    assert marker.exists(), proc.stderr.read().decode() if proc.stderr else ""
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    left = sorted(p.name for p in media.iterdir())
    assert len([n for n in left if n.endswith(".png")]) == 6  # the kill left five copies
    assert any(n.endswith(".jurnal") for n in left)
    store = QueueStore(db)
    try:
        assert _count(db) == 1  # nothing of the import was committed
        # A start within minutes of the kill leaves the files (another Saring may be importing).
        assert sweep_interrupted_imports(store, media) == []
        removed = sweep_interrupted_imports(store, media, older_than=dt.timedelta(0))
    finally:
        store.close()
    assert len(removed) == 6  # five images and the journal
    assert sorted(media.iterdir()) == [kept]
