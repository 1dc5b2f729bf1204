"""SIGKILL a save loop at random moments, 50 times: the database stays sound and holds every
acknowledged save (bench/crash_loop.py has the loop; it prints the figures when run alone)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from bench.crash_loop import crash_loop

pytestmark = pytest.mark.skipif(sys.platform == "win32" or not hasattr(os, "kill"),
                                reason="SIGKILL is POSIX")


def test_fifty_kills_lose_no_acknowledged_save(tmp_path: Path) -> None:
    seed = int.from_bytes(os.urandom(4), "big")
    result = crash_loop(tmp_path / "crash.db", runs=50, seed=seed)
    assert result.problems == (), f"seed {seed}: {result.problems}"
    assert result.acked_posts > 50  # the kills did land mid-loop, after real saves
    assert result.posts_in_db >= result.acked_posts
    assert result.seconds < 120
