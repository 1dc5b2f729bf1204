"""LanguageTool as an optional extra engine (category ``grammar``) for English text in posts.

LanguageTool has no Indonesian, so Saring sends it only the paragraphs that look English.
It runs only against a LanguageTool server the user configured (``languagetool_server`` in
the settings, e.g. ``http://localhost:8081`` or a LAN address), or against LanguageTool's server
that Saring starts on 127.0.0.1 from a folder holding an unzipped LanguageTool
(``languagetool_dir``; see core/check/languagetool_server.py), through language-tool-python in remote
mode, which never downloads anything. Without a configured, reachable server, or without Java or
LanguageTool in the folder, the engine reports itself unavailable and every other check works as
before.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from core.app.offline import forbid_downloads
from core.check.findings import Category, Finding, Severity
from core.errors import SaringError

if TYPE_CHECKING:  # the local server (subprocess, urllib) is loaded only when configured
    from core.check.languagetool_server import LocalLanguageToolServer

LANGUAGE = "en-US"
_WORD_RE = re.compile(r"[A-Za-z']+")
_ENGLISH = frozenset({
    "the", "and", "of", "to", "is", "are", "was", "were", "for", "in", "with", "you", "your", "we",
    "our", "this", "that", "it", "be", "on", "as", "at", "by", "from", "have", "has", "will",
    "can", "not", "please", "all", "more", "about", "their", "they", "an", "or",
})
_INDONESIAN = frozenset({
    "yang", "dan", "di", "ke", "dari", "untuk", "dengan", "ini", "itu", "pada", "dalam", "akan",
    "tidak", "juga", "kami", "kita", "warga", "sudah", "atau", "oleh", "bagi", "serta", "agar",
})


class LanguageToolUnavailableError(SaringError, RuntimeError):
    """The engine cannot run; the message says why, in Indonesian, for the user."""


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: str
    start: int  # code-point offset in the post


def english_paragraphs(text: str, *, min_words: int = 4) -> list[Paragraph]:
    """Paragraphs (split at blank lines or line breaks) that read as English: at least a fifth
    of their words are common English function words, and more of those than Indonesian ones."""
    found = []
    for match in re.finditer(r"[^\n]+", text):
        words = [w.lower() for w in _WORD_RE.findall(match.group())]
        if len(words) < min_words:
            continue
        english = sum(w in _ENGLISH for w in words)
        indonesian = sum(w in _INDONESIAN for w in words)
        if english * 5 >= len(words) and english > indonesian:
            found.append(Paragraph(match.group(), match.start()))
    return found


class LanguageToolEngine:
    """Checks the English paragraphs of a post on a LanguageTool server: the configured
    ``server``, or the ``local`` one, started when a post first has an English paragraph.

    :meth:`check` is called from one checking thread; the local server may start on a
    thread of its own (``wait=False``), guarded by a lock.
    """

    def __init__(self, *, server: str = "", local: LocalLanguageToolServer | None = None,
                 start_timeout: float = 60.0) -> None:
        self._tool: Any = None  # language_tool_python.LanguageTool once connected
        self._local = local
        self._failure: str | None = None  # why the local server could not start (no retry)
        self._closed = False
        self._lock = threading.Lock()
        self._starter: threading.Thread | None = None
        # The last check had English paragraphs but went without LanguageTool (still starting).
        self.skipped_while_starting = False
        self.start_timeout = start_timeout
        self.server = server.strip()
        if local is None:
            if not re.match(r"^https?://[^\s/]+", self.server):
                raise LanguageToolUnavailableError(
                    f"Alamat server LanguageTool tidak sah: “{server}” (contoh: http://localhost:8081).")
            self._tool = self._connect(self.server)

    @staticmethod
    def _connect(server: str, *, folder: str = "") -> Any:
        forbid_downloads(languagetool_dir=folder)  # before the library reads its settings
        try:
            import language_tool_python  # optional dependency, loaded only when configured
        except ImportError as exc:
            raise LanguageToolUnavailableError(
                "Mesin LanguageTool tidak tersedia: paket language-tool-python tidak terpasang."
            ) from exc
        try:
            # remote_server: the library starts and downloads nothing, it only sends requests
            return language_tool_python.LanguageTool(LANGUAGE, remote_server=server)
        except Exception as exc:  # the library raises several types for an unreachable server
            raise LanguageToolUnavailableError(
                f"Mesin LanguageTool tidak tersedia: server {server} tidak dapat dihubungi "
                f"({exc}). Pemeriksaan lain tetap berjalan.") from exc

    @classmethod
    def from_settings(cls, *, server: str, folder: str = "") -> LanguageToolEngine | None:
        """The engine for the configured server, else for the LanguageTool in ``folder`` (Java
        and the jar are looked for now; the server starts on first use); None when nothing is
        configured."""
        if server.strip():
            return cls(server=server)
        if folder.strip():
            from core.check.languagetool_server import LanguageToolServerError, LocalLanguageToolServer
            try:
                return cls(local=LocalLanguageToolServer(folder=folder.strip()))
            except LanguageToolServerError as exc:
                raise LanguageToolUnavailableError(str(exc)) from exc
        return None

    def _started(self, *, wait: bool) -> Any | None:
        """The connected tool; starts the local server the first time it is needed. With
        ``wait`` False the start runs on a thread of its own and this returns None until the
        server answers (Java takes seconds: the other checks must not wait for it)."""
        with self._lock:
            if self._tool is not None:
                return self._tool
            if self._failure is not None:
                raise LanguageToolUnavailableError(self._failure)
            if self._closed:  # a check still running on a replaced checker starts nothing
                raise LanguageToolUnavailableError("Mesin LanguageTool sudah dihentikan.")
            if self._starter is None:
                self._starter = threading.Thread(target=self._start_local,
                                                 name="saring-languagetool-start", daemon=True)
                self._starter.start()
            starter = self._starter
        if not wait:
            return None
        starter.join()
        return self._started(wait=False)

    def _start_local(self) -> None:
        from core.check.languagetool_server import LanguageToolServerError

        assert self._local is not None
        try:
            server = self._local.start(timeout=self.start_timeout)
            tool = self._connect(server, folder=str(self._local.jar.parent))
        except (LanguageToolServerError, LanguageToolUnavailableError) as exc:
            self._local.stop()
            with self._lock:
                self._failure = str(exc)
            return
        with self._lock:
            closed = self._closed
            if not closed:
                self.server, self._tool = server, tool
        if closed:  # closed while it started: stop what was started
            tool.close()
            self._local.stop()

    def check(self, text: str, *, wait: bool = True) -> list[Finding]:
        """LanguageTool's findings on the English paragraphs of ``text``. ``wait``: let a
        local server that is not running yet start first; with False there are no findings
        until it answers (:attr:`skipped_while_starting` says so), so the caller checks again
        later."""
        findings: list[Finding] = []
        self.skipped_while_starting = False
        paragraphs = english_paragraphs(text)
        if not paragraphs:
            return findings  # nothing to send: a local server is not even started
        tool = self._started(wait=wait)
        if tool is None:
            self.skipped_while_starting = True
            return findings
        for paragraph in paragraphs:
            try:
                matches = tool.check(paragraph.text)
            except Exception as exc:  # a dropped connection must not stop the other checks
                raise LanguageToolUnavailableError(
                    f"Mesin LanguageTool tidak menjawab ({exc}).") from exc
            for match in matches:
                start = paragraph.start + match.offset
                end = start + match.error_length
                if not (0 <= start < end <= len(text)):
                    continue
                findings.append(Finding(
                    rule_id=f"languagetool.{match.rule_id}",
                    category=Category.GRAMMAR,
                    severity=Severity.INFO if match.rule_issue_type == "style" else Severity.WARNING,
                    start=start, end=end, actual=text[start:end],
                    message=f"LanguageTool (bahasa Inggris): {match.message}",
                    suggestions=tuple(match.replacements[:5]),
                    reference=f"LanguageTool {match.rule_id}",
                ))
        return findings

    def close(self) -> None:
        """Close the connection and stop the local server, if Saring started one; a local
        server is not started again afterwards."""
        with self._lock:
            self._closed = True
            tool, self._tool = self._tool, None
        if tool is not None:
            tool.close()
        if self._local is not None:
            self._local.stop()
