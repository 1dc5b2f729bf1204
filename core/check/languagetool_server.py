"""A LanguageTool server started by Saring from a folder holding an unzipped LanguageTool.

When the settings name a folder (``languagetool_dir``) and no server address, Saring runs
LanguageTool's own HTTP server from that folder with the user's Java::

    java -cp <folder>/languagetool-server.jar org.languagetool.server.HTTPServer --port N

on a free port of 127.0.0.1 (LanguageTool listens on localhost only unless given ``--public``,
which Saring never passes), and talks to it as to a configured server. Nothing is downloaded:
the folder must already hold LanguageTool, and language-tool-python's own start-up code (which
fetches a release when it finds none) is never used. The server starts only when a post first
needs it, in the checking thread (never the UI thread), and stops when :meth:`stop` is called
or, at the latest, when the Python process exits.
"""

from __future__ import annotations

import atexit
import os
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import IO

from core.errors import SaringError

SERVER_JAR = "languagetool-server.jar"
SERVER_CLASS = "org.languagetool.server.HTTPServer"
HOST = "127.0.0.1"
UNAVAILABLE = "Mesin LanguageTool tidak tersedia"
STILL_WORKS = "Pemeriksaan lain tetap berjalan."


class LanguageToolServerError(SaringError, RuntimeError):
    """The local LanguageTool cannot run; the message says why, in Indonesian, for the user."""


def find_java(*, environ: dict[str, str] | None = None) -> Path | None:
    """``$JAVA_HOME/bin/java`` when JAVA_HOME names a Java, else ``java`` on the PATH."""
    env = os.environ if environ is None else environ
    home = env.get("JAVA_HOME", "").strip()
    if home:
        for name in ("java", "java.exe"):
            candidate = Path(home) / "bin" / name
            if candidate.is_file() and os.access(candidate, os.X_OK):
                return candidate
    found = shutil.which("java", path=env.get("PATH", os.defpath))
    return Path(found) if found else None


def find_server_jar(folder: Path) -> Path:
    """``languagetool-server.jar`` in ``folder`` or in one ``LanguageTool-*`` folder inside it
    (the folder the zip unpacks to, when the user chose its parent)."""
    if not folder.is_dir():
        raise LanguageToolServerError(
            f"{UNAVAILABLE}: folder LanguageTool “{folder}” tidak ada. Pilih folder hasil "
            f"ekstrak LanguageTool di Pengaturan. {STILL_WORKS}")
    direct = folder / SERVER_JAR
    if direct.is_file():
        return direct
    nested = sorted(p / SERVER_JAR for p in folder.glob("LanguageTool*") if (p / SERVER_JAR).is_file())
    if nested:
        return nested[-1]  # the newest version when several are unzipped side by side
    raise LanguageToolServerError(
        f"{UNAVAILABLE}: folder “{folder}” tidak berisi LanguageTool ({SERVER_JAR} tidak "
        f"ditemukan). Pilih folder hasil ekstrak LanguageTool di Pengaturan. {STILL_WORKS}")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        return int(probe.getsockname()[1])


class LocalLanguageToolServer:
    """LanguageTool's HTTP server run from an unzipped folder with the user's Java.

    The constructor only checks that Java and the server jar exist (it raises
    :class:`LanguageToolServerError` with the reason); :meth:`start` runs the process and waits
    until it answers. :meth:`start` runs on one thread (the engine's starter); :meth:`stop`
    may come from another while it waits, and ends the start with an error.
    """

    def __init__(self, *, folder: str | Path, environ: dict[str, str] | None = None) -> None:
        self.folder = Path(folder).expanduser()
        self.jar = find_server_jar(self.folder)
        java = find_java(environ=environ)
        if java is None:
            raise LanguageToolServerError(
                f"{UNAVAILABLE}: Java tidak ditemukan. Pasang Java (versi 17 atau lebih baru) atau "
                f"atur JAVA_HOME, lalu buka ulang Saring. {STILL_WORKS}")
        self.java = java
        self._environ = environ
        self._process: subprocess.Popen[bytes] | None = None
        self._stderr: IO[bytes] | None = None
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def command(self, port: int) -> list[str]:
        return [str(self.java), "-cp", str(self.jar), SERVER_CLASS, "--port", str(port)]

    def start(self, *, timeout: float = 60.0) -> str:
        """Start the server (once) and wait until it answers; returns its address."""
        if self.running:
            return self.url
        self.stop()
        self.port = free_port()
        self._stderr = tempfile.TemporaryFile()  # noqa: SIM115 - closed in stop()
        try:
            self._process = subprocess.Popen(  # the user's Java and the jar they chose
                self.command(self.port), cwd=self.jar.parent, stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL, stderr=self._stderr, env=self._environ,
                creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))
        except OSError as exc:
            self.stop()
            raise LanguageToolServerError(
                f"{UNAVAILABLE}: Java tidak dapat dijalankan ({exc}). {STILL_WORKS}") from exc
        _RUNNING.add(self)
        self._wait_ready(timeout)
        return self.url

    def _wait_ready(self, timeout: float) -> None:
        # No proxy: a proxy set for the office network must not see a request to this PC.
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        deadline = time.monotonic() + timeout
        while True:
            process = self._process
            if process is None:  # stopped from another thread (Saring closing) while starting
                raise LanguageToolServerError(f"{UNAVAILABLE}: LanguageTool dihentikan. {STILL_WORKS}")
            code = process.poll()
            if code is not None:
                detail = self._stderr_tail()
                self.stop()
                raise LanguageToolServerError(
                    f"{UNAVAILABLE}: LanguageTool dari folder “{self.folder}” berhenti saat dimulai "
                    f"(kode {code}{': ' + detail if detail else ''}). {STILL_WORKS}")
            try:
                with opener.open(f"{self.url}/v2/languages", timeout=2) as answer:
                    if answer.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                pass  # not listening yet
            if time.monotonic() >= deadline:
                self.stop()
                raise LanguageToolServerError(
                    f"{UNAVAILABLE}: LanguageTool dari folder “{self.folder}” tidak menjawab "
                    f"dalam {timeout:.0f} detik. {STILL_WORKS}")
            time.sleep(0.2)

    def _stderr_tail(self) -> str:
        if self._stderr is None:
            return ""
        self._stderr.seek(0)
        lines = self._stderr.read().decode("utf-8", "replace").strip().splitlines()
        return lines[-1][:200] if lines else ""

    def stop(self) -> None:
        """Stop the server process (if it runs) and wait for it to end."""
        process, self._process = self._process, None
        _RUNNING.discard(self)
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=5)
        if self._stderr is not None:
            self._stderr.close()
            self._stderr = None


_RUNNING: set[LocalLanguageToolServer] = set()


@atexit.register
def _stop_all() -> None:
    """No LanguageTool process outlives Saring, whatever way Python ends."""
    for server in list(_RUNNING):
        server.stop()
