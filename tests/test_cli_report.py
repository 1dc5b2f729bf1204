"""``main.py report``: the monthly report and the regency merge from the command line, headless."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from bench.report_month import sample_posts
from core.publish.report import Month
from core.publish.report_files import read_report_file
from core.store.queue import QueueStore

ROOT = Path(__file__).resolve().parent.parent


def saring(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """main.py with its own user folder and no screen at all (no DISPLAY, no Qt platform set)."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update({"HOME": str(home), "XDG_DATA_HOME": str(home), "XDG_CONFIG_HOME": str(home)})
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True,
                          text=True, cwd=ROOT, timeout=120, env=env)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("db") / "saring.db"
    store = QueueStore(path)
    store.posts.add_many(list(sample_posts(Month(2026, 11).first_day, 30, 2, rng=random.Random(4))))
    store.close()
    return path


def test_month_report_in_every_format_without_a_screen(db: Path, tmp_path: Path) -> None:
    for suffix in ("csv", "xlsx", "pdf"):
        out = tmp_path / f"laporan.{suffix}"
        result = saring(tmp_path, "report", "--db", str(db), "--month", "2026-11", "--out", str(out))
        assert result.returncode == 0, result.stderr
        assert "Laporan November 2026: 60 unggahan direncanakan" in result.stderr
    assert (tmp_path / "laporan.pdf").read_bytes().startswith(b"%PDF")
    [report] = read_report_file(tmp_path / "laporan.xlsx")
    assert read_report_file(tmp_path / "laporan.csv") == [report]
    assert report.total.planned == 60 and report.daily_target == 2  # the default settings


def test_merge_from_the_command_line(db: Path, tmp_path: Path) -> None:
    one = tmp_path / "a.csv"
    made = saring(tmp_path, "report", "--db", str(db), "--month", "2026-11", "--out", str(one))
    assert made.returncode == 0
    text = one.read_bytes().decode("utf-8-sig").replace("\r\n;2026-11", "\r\nKecamatan B;2026-11")
    two = tmp_path / "b.csv"
    two.write_bytes(text.encode("utf-8-sig"))
    for suffix in ("xlsx", "pdf", "csv"):
        out = tmp_path / f"kabupaten.{suffix}"
        result = saring(tmp_path, "report", "--merge", str(one), str(two), "--out", str(out))
        assert result.returncode == 0, result.stderr
        assert "Laporan 2 OPD, November 2026" in result.stderr
    assert len(read_report_file(tmp_path / "kabupaten.csv")) == 2


def test_bad_input_is_a_clear_message(db: Path, tmp_path: Path) -> None:
    cases = [
        (("--db", str(db), "--month", "November", "--out", str(tmp_path / "r.pdf")), "TTTT-BB"),
        (("--db", str(db), "--month", "2026-11", "--out", str(tmp_path / "r.docx")),
         ".pdf, .xlsx atau .csv"),
        (("--merge", str(tmp_path / "tidak-ada.xlsx"), "--out", str(tmp_path / "r.csv")),
         "tidak dapat dibaca"),
    ]
    for args, message in cases:
        result = saring(tmp_path, "report", *args)
        assert result.returncode == 2 and message in result.stderr, result.stderr
    assert not list(tmp_path.glob("r.*"))


def test_a_progress_line_on_a_terminal_only(db: Path, tmp_path: Path) -> None:
    import pty

    out = tmp_path / "laporan.csv"
    piped = saring(tmp_path, "report", "--db", str(db), "--month", "2026-11", "--out", str(out))
    assert piped.returncode == 0 and "Menyusun laporan" not in piped.stderr
    main, terminal = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update({"HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path),
                "XDG_CONFIG_HOME": str(tmp_path)})
    try:
        run = subprocess.run([sys.executable, str(ROOT / "main.py"), "report", "--db", str(db),
                              "--month", "2026-11", "--out", str(out)], stdout=subprocess.DEVNULL,
                             stderr=terminal, cwd=ROOT, timeout=120, env=env)
        os.close(terminal)
        shown = b""
        while True:
            try:
                chunk = os.read(main, 4096)
            except OSError:  # the terminal's other end is closed: all was read
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(main)
    assert run.returncode == 0
    assert "\rMenyusun laporan… 100% (60/60)" in shown.decode("utf-8")
