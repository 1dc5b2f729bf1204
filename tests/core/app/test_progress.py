"""Long work reports progress and stops on a cancel, leaving nothing half-written."""

from __future__ import annotations

import io
import itertools
import struct
import zlib
from pathlib import Path

import pytest

from core.app.progress import Cancelled, Progress, terminal
from core.check.findings import CheckReport
from core.publish.channels import Channel
from core.publish.export import export_posts
from core.store.bundle import collect_bundle, read_bundle, write_bundle
from core.store.models import PostDraft, Status
from core.store.queue import QueueStore
from core.store.user_dictionary import read_word_list


def _png(path: Path, shade: int) -> Path:
    """A real 1×1 PNG (the bundle checks image headers)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    raw = zlib.compress(bytes([0, shade, shade, shade]))
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
                     + chunk(b"IDAT", raw) + chunk(b"IEND", b""))
    return path


class CancelAt:
    """A progress that records every report and cancels itself once ``at`` is reached."""

    def __init__(self, at: int) -> None:
        self.seen: list[tuple[int, int]] = []
        self.progress = Progress(self.report, clock=itertools.count(step=1.0).__next__)  # no throttle
        self._at = at

    def report(self, done: int, total: int) -> None:
        self.seen.append((done, total))
        if done >= self._at:
            self.progress.cancel()


def test_reports_are_throttled_but_the_end_always_comes() -> None:
    now = [0.0]
    seen: list[tuple[int, int]] = []
    progress = Progress(lambda d, t: seen.append((d, t)), clock=lambda: now[0])
    for done in range(1, 11):
        progress(done, 10)  # all within the same instant
    assert seen == [(1, 10), (10, 10)]
    now[0] = 1.0
    progress(5, 10)
    assert seen[-1] == (5, 10)


def test_a_cancel_raises_at_the_next_step_from_any_caller() -> None:
    progress = Progress()
    progress(1, 2)
    progress.cancel()
    assert progress.cancelled
    with pytest.raises(Cancelled, match="Dibatalkan"):
        progress(2, 2)


def test_terminal_line_only_on_a_terminal() -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True
    out = Tty()
    progress = terminal("Mengekspor…", out)
    progress(4500, 10000)
    progress(10000, 10000)
    assert "\rMengekspor… 45% (4.500/10.000)" in out.getvalue()
    assert out.getvalue().endswith("100% (10.000/10.000)\033[K\n")
    piped = io.StringIO()
    terminal("Mengekspor…", piped)(1, 2)
    assert piped.getvalue() == ""


def _posts(n: int) -> QueueStore:
    store = QueueStore(":memory:")
    store.posts.add_many([(PostDraft(body=f"Unggahan {i}", channels=(Channel.FACEBOOK,)),
                           CheckReport("x")) for i in range(n)], status=Status.READY)
    return store


def test_a_cancelled_export_of_thousands_of_posts_leaves_no_file(tmp_path: Path) -> None:
    store = _posts(3000)
    cancel = CancelAt(1500)
    target = tmp_path / "kiriman.csv"
    with pytest.raises(Cancelled):
        export_posts(store.posts.list(), target, preset="generic", progress=cancel.progress)
    assert cancel.seen[0] == (500, 3000)
    assert list(tmp_path.iterdir()) == []  # neither the file nor a temporary one
    done = CancelAt(10**9)
    result = export_posts(store.posts.list(), target, preset="generic", progress=done.progress)
    assert result.rows == 3000 and done.seen[-1] == (3000, 3000)


def test_a_cancelled_bundle_write_and_read_leave_nothing(tmp_path: Path) -> None:
    store = QueueStore(tmp_path / "saring.db")
    media = tmp_path / "media"
    for i in range(4):
        post_id = store.posts.add(PostDraft(body=f"Unggahan {i}"), CheckReport("x")).id
        store.media.add(post_id, _png(tmp_path / f"g{i}.png", 40 * i), media_dir=media)
    target = tmp_path / "out" / "tinjauan.saring"
    target.parent.mkdir()
    content = collect_bundle(store, [1, 2, 3, 4])
    with pytest.raises(Cancelled):
        write_bundle(content, target, progress=CancelAt(3).progress)
    assert list(target.parent.iterdir()) == []
    write_bundle(content, target)
    elsewhere = tmp_path / "media-b"
    cancel = CancelAt(7)  # 1 + 4 checked + 2 copied, then stop
    with pytest.raises(Cancelled):
        read_bundle(target, media_dir=elsewhere, progress=cancel.progress)
    assert cancel.seen[-1] == (7, 9)
    assert not elsewhere.exists() or list(elsewhere.iterdir()) == []
    received = read_bundle(target, media_dir=elsewhere)
    assert len(received.images) == 4


def test_a_cancelled_word_list_read_stops(tmp_path: Path) -> None:
    source = tmp_path / "kata.txt"
    source.write_text("\n".join(f"kata{i:05d}x" for i in range(10_000)), encoding="utf-8")
    cancel = CancelAt(4000)
    with pytest.raises(Cancelled):
        read_word_list(source, progress=cancel.progress)
    assert cancel.seen == [(2000, 10000), (4000, 10000)]
    assert len(read_word_list(source).words) == 10_000
