"""The offline guarantee: the command line (check, queue, export) and the window work with
every outgoing connection refused — in-process (socket patched to raise and record), and in a
subprocess under a network namespace without network (``unshare -rn``) where allowed."""

from __future__ import annotations

import csv
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

import main

ROOT = Path(__file__).resolve().parent.parent
POST = "Pemkab menghimbau warga. Silahkan datang ke posyandu 🙂"


@pytest.fixture
def no_network(monkeypatch) -> list[tuple[object, ...]]:
    """Every outgoing connection raises; the attempts are recorded (and must stay empty)."""
    attempts: list[tuple[object, ...]] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(args)
        raise OSError("jaringan ditolak oleh uji luring")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


def test_refusal_is_real(no_network) -> None:
    with pytest.raises(OSError), socket.create_connection(("example.org", 80), timeout=1):
        pass
    no_network.clear()


def test_cli_check_queue_export_without_network(no_network, tmp_path: Path, capsys) -> None:
    post = tmp_path / "post.txt"
    post.write_text(POST, encoding="utf-8")
    db, out = tmp_path / "saring.db", tmp_path / "antrean.csv"
    assert main.main(["check", "--json", str(post)]) == 0
    assert "baku.imbau" in capsys.readouterr().out
    assert main.main(["queue", "add", "--db", str(db), "--channel", "x", str(post)]) == 0
    assert main.main(["queue", "list", "--db", str(db)]) == 0
    assert main.main(["export", "--db", str(db), "--format", "generic", "--out", str(out)]) == 0
    with out.open(encoding="utf-8", newline="") as handle:
        assert [r["body"] for r in csv.DictReader(handle)] == [POST]
    assert no_network == []


def test_window_checks_saves_and_exports_without_network(no_network, qtbot, tmp_path: Path) -> None:
    from core.check.checker import Checker
    from core.store.queue import QueueStore
    from ui.main_window import MainWindow

    store = QueueStore(tmp_path / "saring.db")
    window = MainWindow(store, Checker.from_resources)
    window.confirm = lambda title, question: True
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.checker is not None, timeout=20_000)
    window.compose.body.setPlainText(POST)
    qtbot.waitUntil(lambda: any(f.rule_id == "baku.imbau" for f in window.findings.findings),
                    timeout=10_000)
    window.save_post()
    qtbot.waitUntil(lambda: store.posts.count() == 1, timeout=10_000)
    out = tmp_path / "antrean.csv"
    window.run_export(out, "generic", None)
    # The batch is recorded on the UI thread after the file is in place; the Draf post stays Draf
    # (the workflow has no Draf → Diekspor).
    qtbot.waitUntil(lambda: len(store.exports.batches()) == 1, timeout=10_000)
    assert out.exists() and store.posts.list()[0].status.value == "draf"
    window.close()
    store.close()
    assert no_network == []


def _unshare_works() -> bool:
    if sys.platform != "linux" or shutil.which("unshare") is None:
        return False
    return subprocess.run(["unshare", "-rn", "true"], capture_output=True).returncode == 0


@pytest.mark.skipif(not _unshare_works(),
                    reason="unshare -rn (user + network namespace) is not allowed on this machine")
def test_cli_and_window_in_a_network_namespace_without_network(tmp_path: Path) -> None:
    """The real program in a namespace whose only interface is a down loopback: check, queue
    add, export, and the self-test (which opens the window) all succeed."""
    post = tmp_path / "post.txt"
    post.write_text(POST, encoding="utf-8")
    db, out = tmp_path / "saring.db", tmp_path / "antrean.csv"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(["unshare", "-rn", sys.executable, "main.py", *args], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=120)

    probe = subprocess.run(["unshare", "-rn", sys.executable, "-c",
                            "import socket; socket.create_connection(('1.1.1.1', 53), timeout=2)"],
                           capture_output=True, text=True, timeout=30)
    assert probe.returncode != 0 and "unreachable" in probe.stderr.lower()  # really no network
    assert run("check", str(post)).returncode == 0
    assert run("queue", "add", "--db", str(db), str(post)).returncode == 0
    assert run("export", "--db", str(db), "--format", "generic", "--out", str(out)).returncode == 0
    assert POST in out.read_text(encoding="utf-8")
    selftest = run("--self-test")
    assert selftest.returncode == 0, selftest.stderr
    assert "self-test passed" in selftest.stdout and "window" in selftest.stdout
