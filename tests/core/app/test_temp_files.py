"""Stale temporary files: this version's names and those of earlier versions are removed once
old enough; young ones, look-alikes and other people's files stay."""

from __future__ import annotations

import datetime as dt
import os
import time
from pathlib import Path

from core.app.temp_files import STALE_AFTER, remove_stale, temp_prefix


def _aged(path: Path, *, folder: bool = False, seconds: float = 3600) -> Path:
    if folder:
        path.mkdir()
        (path / "gambar.png").write_bytes(b"x")
    else:
        path.write_bytes(b"x" * 10)
    old = time.time() - seconds
    os.utime(path, (old, old))
    return path


def test_old_style_temporaries_of_earlier_versions_are_removed(tmp_path: Path) -> None:
    gone = [
        _aged(tmp_path / ".ekspor-hootsuite.csv.k2j4_x9q.tmp"),  # NamedTemporaryFile of an export
        _aged(tmp_path / ".tinjauan.saring.ab12cd34.tmp"),  # of a review bundle
        _aged(tmp_path / ".laporan-2026-11.xlsx.zzzzzzzz.tmp"),
        _aged(tmp_path / ".ekspor-hootsuite-gambar.q1w2e3r4", folder=True),  # mkdtemp of pictures
        _aged(tmp_path / f"{temp_prefix(tmp_path / 'baru.csv')}abcd1234.tmp"),  # this version's
    ]
    kept = [
        _aged(tmp_path / ".ekspor.csv.k2j4_x9q.tmp", seconds=60),  # young: a run may be writing
        _aged(tmp_path / ".catatan.txt.abcdefgh.tmp"),  # not a kind Saring wrote
        _aged(tmp_path / ".ekspor.csv.ABCDEFGH.tmp"),  # tempfile names are lowercase
        _aged(tmp_path / ".ekspor.csv.k2j4_x9q.tmp.bak"),
        _aged(tmp_path / ".foto-gambar.q1w2e3r4"),  # a file named like a picture folder
        _aged(tmp_path / ".hasil.csv.q1w2e3r4.tmp", folder=True),  # a folder named like a file
        _aged(tmp_path / "ekspor.csv"),
    ]
    removed = remove_stale(tmp_path)
    assert sorted(removed) == sorted(gone)
    assert not any(p.exists() for p in gone) and all(p.exists() for p in kept)


def test_the_stale_limit_is_the_one_stated(tmp_path: Path) -> None:
    young = _aged(tmp_path / ".a.csv.abcdefgh.tmp", seconds=STALE_AFTER.total_seconds() - 30)
    assert remove_stale(tmp_path) == [] and young.exists()
    assert remove_stale(tmp_path, older_than=dt.timedelta(seconds=1)) == [young]
