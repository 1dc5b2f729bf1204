"""LanguageTool started by Saring from a folder: a fake ``java`` on the PATH (a script that runs
the test stand-in server from lt_fake_server.py on the port it is given) exercises the real
start-up, check and stop path; no Java, or a folder without LanguageTool, gives a clear reason,
starts nothing and opens no connection."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from core.app.offline import LTP_DOWNLOAD_HOSTS, NO_DOWNLOAD_URL
from core.check.checker import Checker
from core.check.findings import Category
from core.check.languagetool import LanguageToolEngine, LanguageToolUnavailableError
from core.check.languagetool_server import (
    LanguageToolServerError,
    LocalLanguageToolServer,
    find_java,
    find_server_jar,
)
from tests.core.lt_fake_server import write_fake_java, write_java, write_languagetool_folder

pytestmark = pytest.mark.skipif(os.name == "nt", reason="the fake java is a POSIX script")

ROOT = Path(__file__).resolve().parents[3]
ENGLISH = "Warga datang.\nPlease come to our office to recieve the form."


@pytest.fixture
def fake_java(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A ``java`` on the PATH that records its arguments and serves /v2 on --port."""
    log = tmp_path / "java-args.json"
    write_fake_java(tmp_path / "bin", log)
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}{os.pathsep}/usr/bin{os.pathsep}/bin")
    monkeypatch.delenv("JAVA_HOME", raising=False)
    return log


def _languagetool_folder(tmp_path: Path) -> Path:
    return write_languagetool_folder(tmp_path / "lt")


@pytest.fixture
def no_connections(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    attempts: list[object] = []

    def refuse(self: socket.socket, address: object) -> None:
        attempts.append(address)
        raise OSError("network refused by test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    return attempts


def test_started_from_the_folder_checks_and_stops(tmp_path: Path, fake_java: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (*LTP_DOWNLOAD_HOSTS, "LTP_JAR_DIR_PATH", "LTP_MAX_DOWNLOAD_BYTES"):
        monkeypatch.delenv(name, raising=False)  # restored after the test
    engine = LanguageToolEngine.from_settings(server="", folder=str(_languagetool_folder(tmp_path)))
    assert engine is not None
    assert engine.check("Warga diimbau datang ke kantor desa pada hari Senin.") == []
    assert not fake_java.exists()  # lazy: no English paragraph, no server started
    [finding] = engine.check(ENGLISH)
    assert finding.actual == "recieve" and finding.category is Category.GRAMMAR
    args = json.loads(fake_java.read_text())
    jar = tmp_path / "lt" / "LanguageTool-6.6" / "languagetool-server.jar"
    assert args[:3] == ["-cp", str(jar), "org.languagetool.server.HTTPServer"]
    assert "--public" not in args  # LanguageTool listens on localhost only
    port = int(args[args.index("--port") + 1])
    assert engine.server == f"http://127.0.0.1:{port}"
    engine.check(ENGLISH)  # the running server is used again, not started twice
    # the folder went through the download guard before language-tool-python was used
    assert os.environ["LTP_JAR_DIR_PATH"] == str(jar.parent)
    assert all(os.environ[name] == NO_DOWNLOAD_URL for name in LTP_DOWNLOAD_HOSTS)
    engine.close()
    with pytest.raises(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
        pass  # the server is gone
    fake_java.unlink()
    with pytest.raises(LanguageToolUnavailableError, match="dihentikan"):
        engine.check(ENGLISH)  # a closed engine does not start LanguageTool again
    assert not fake_java.exists()


def test_checker_with_a_languagetool_folder(tmp_path: Path, fake_java: Path) -> None:
    checker = Checker.from_resources(languagetool_dir=str(_languagetool_folder(tmp_path)))
    assert checker.languagetool_error is None
    try:
        grammar = [f.actual for f in checker.check(ENGLISH).findings if f.category is Category.GRAMMAR]
        assert grammar == ["recieve"]
    finally:
        checker.close()


def test_without_waiting_the_other_findings_come_at_once(tmp_path: Path, fake_java: Path) -> None:
    """The window does not wait for Java: the first check has every other finding and says
    LanguageTool is starting; a later check has LanguageTool's findings too."""
    import time

    checker = Checker.from_resources(languagetool_dir=str(_languagetool_folder(tmp_path)))
    text = "Pemkab menghimbau warga.\n" + ENGLISH.splitlines()[1]
    try:
        first = checker.check(text, wait=False)
        assert "baku.imbau" in {f.rule_id for f in first.findings}
        assert not [f for f in first.findings if f.category is Category.GRAMMAR]
        assert checker.languagetool_pending
        deadline, later = time.monotonic() + 20, first
        while checker.languagetool_pending and time.monotonic() < deadline:
            time.sleep(0.05)
            later = checker.check(text, wait=False)
        assert not checker.languagetool_pending and checker.languagetool_error is None
        assert [f.actual for f in later.findings if f.category is Category.GRAMMAR] == ["recieve"]
        assert not checker.check("Warga datang.", wait=False).findings  # no English: not pending
        assert not checker.languagetool_pending
    finally:
        checker.close()


def test_folder_without_languagetool_is_unavailable_and_starts_nothing(
        tmp_path: Path, fake_java: Path, no_connections: list[object]) -> None:
    empty = tmp_path / "kosong"
    empty.mkdir()
    with pytest.raises(LanguageToolUnavailableError, match="tidak berisi LanguageTool"):
        LanguageToolEngine.from_settings(server="", folder=str(empty))
    checker = Checker.from_resources(languagetool_dir=str(empty))
    assert checker.languagetool_error and "languagetool-server.jar" in checker.languagetool_error
    report = checker.check("Pemkab menghimbau warga.\n" + ENGLISH.splitlines()[1])
    assert "baku.imbau" in {f.rule_id for f in report.findings}  # the other checks work
    assert not [f for f in report.findings if f.category is Category.GRAMMAR]
    assert not fake_java.exists() and no_connections == []  # no java run, no connection


def test_missing_folder_is_named(tmp_path: Path) -> None:
    with pytest.raises(LanguageToolServerError, match="tidak ada"):
        find_server_jar(tmp_path / "tidak-ada")


def test_without_java_the_reason_is_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          no_connections: list[object]) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "kosong"))
    monkeypatch.delenv("JAVA_HOME", raising=False)
    with pytest.raises(LanguageToolUnavailableError, match="Java tidak ditemukan"):
        LanguageToolEngine.from_settings(server="", folder=str(_languagetool_folder(tmp_path)))
    assert no_connections == []


def test_java_home_comes_before_the_path(tmp_path: Path) -> None:
    home_java = write_java(tmp_path / "jdk" / "bin", "")
    path_java = write_java(tmp_path / "bin", "")
    on_path = str(tmp_path / "bin")
    assert find_java(environ={"JAVA_HOME": str(tmp_path / "jdk"), "PATH": on_path}) == home_java
    assert find_java(environ={"JAVA_HOME": str(tmp_path / "none"), "PATH": on_path}) == path_java
    assert find_java(environ={"PATH": str(tmp_path / "kosong")}) is None


def test_a_java_that_fails_is_reported_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_java(tmp_path / "bin", 'import sys\nsys.stderr.write("UnsupportedClassVersionError: Java 8\\n")\n'
                            "sys.exit(1)\n")
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    monkeypatch.delenv("JAVA_HOME", raising=False)
    engine = LanguageToolEngine.from_settings(server="", folder=str(_languagetool_folder(tmp_path)))
    assert engine is not None
    with pytest.raises(LanguageToolUnavailableError, match=r"berhenti saat dimulai.*UnsupportedClassVersion"):
        engine.check(ENGLISH)
    (tmp_path / "bin" / "java").unlink()  # a second check must not try to start it again
    with pytest.raises(LanguageToolUnavailableError, match="berhenti saat dimulai"):
        engine.check(ENGLISH)


def test_closing_while_it_starts_stops_the_java_process(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Saring closes while Java is still starting (a background start): the process is
    stopped, the start ends quietly and nothing starts again."""
    import threading
    import time

    pid_file = tmp_path / "java.pid"
    write_java(tmp_path / "bin", f"import os, time\nopen({str(pid_file)!r}, 'w').write(str(os.getpid()))\n"
                                 "time.sleep(60)\n")  # never answers
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    monkeypatch.delenv("JAVA_HOME", raising=False)
    engine = LanguageToolEngine.from_settings(server="", folder=str(_languagetool_folder(tmp_path)))
    assert engine is not None
    assert engine.check(ENGLISH, wait=False) == [] and engine.skipped_while_starting
    deadline = time.monotonic() + 10
    # The fake Java creates the file before it writes its pid: wait for the pid, not the file
    # (CI under load read an empty file).
    while time.monotonic() < deadline and not (pid_file.exists() and pid_file.read_text().strip()):
        time.sleep(0.05)
    pid = int(pid_file.read_text())
    errors: list[object] = []
    monkeypatch.setattr(threading, "excepthook", errors.append)
    engine.close()
    starters = [t for t in threading.enumerate() if t.name == "saring-languagetool-start"]
    for thread in starters:
        thread.join(timeout=10)
    assert not any(t.is_alive() for t in starters) and errors == []
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)  # the Java process is gone (terminated and reaped)
    with pytest.raises(LanguageToolUnavailableError):
        engine.check(ENGLISH, wait=False)


def test_the_server_does_not_outlive_python(tmp_path: Path, fake_java: Path) -> None:
    """A process that ends without closing the engine still stops the server (atexit)."""
    folder = _languagetool_folder(tmp_path)
    code = f"""
from core.check.languagetool_server import LocalLanguageToolServer
server = LocalLanguageToolServer(folder={str(folder)!r})
server.start(timeout=30)
print(server.port)
"""
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         timeout=60, env={**os.environ})
    assert out.returncode == 0, out.stderr
    port = int(out.stdout.strip())
    with pytest.raises(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
        pass


def test_start_reuses_a_running_server(tmp_path: Path, fake_java: Path) -> None:
    server = LocalLanguageToolServer(folder=_languagetool_folder(tmp_path))
    try:
        url = server.start(timeout=30)
        assert server.running and server.start(timeout=30) == url
    finally:
        server.stop()
    assert not server.running
