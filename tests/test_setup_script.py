"""scripts/setup.sh (run-app.sh, test.sh): a busy package manager gets a plain hint, not apt's
raw lock error. apt-get, dpkg-query and sudo are stand-ins on PATH; nothing is installed."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LOCKED = ("E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 4242 (apt)\n"
          "E: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), "
          "is another process using it?")


def _stand_in(folder: Path, name: str, body: str) -> None:
    path = folder / name
    path.write_text("#!/bin/sh\n" + body + "\n", encoding="utf-8")
    path.chmod(0o755)


def run_ensure_debs(tmp_path: Path, apt_says: str, apt_status: int) -> subprocess.CompletedProcess[str]:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    _stand_in(bin_dir, "dpkg-query", "exit 1")  # every package missing
    _stand_in(bin_dir, "sudo", 'exec "$@"')
    _stand_in(bin_dir, "apt-get", f"cat >&2 <<'END'\n{apt_says}\nEND\nexit {apt_status}")
    env = {**os.environ, "PATH": f"{bin_dir}:{os.environ['PATH']}"}
    return subprocess.run(["bash", "-c", f'source "{ROOT}/scripts/setup.sh"; ensure_debs libegl1'],
                          env=env, capture_output=True, text=True, timeout=60)


@pytest.mark.skipif(not Path("/bin/bash").exists(), reason="needs bash")
def test_a_locked_apt_gets_a_plain_hint(tmp_path: Path) -> None:
    done = run_ensure_debs(tmp_path, LOCKED, 100)
    assert done.returncode == 2
    assert "apt is busy" in done.stderr and "run" in done.stderr and "again" in done.stderr
    assert "Could not get lock" not in done.stderr


@pytest.mark.skipif(not Path("/bin/bash").exists(), reason="needs bash")
def test_another_apt_failure_shows_what_apt_said(tmp_path: Path) -> None:
    done = run_ensure_debs(tmp_path, "E: Unable to locate package libegl1", 100)
    assert done.returncode == 2 and "Unable to locate package libegl1" in done.stderr
