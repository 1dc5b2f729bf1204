"""LanguageTool as an optional extra engine (category ``grammar``) for English text in posts.

LanguageTool has no Indonesian, so Saring sends it only the paragraphs that look English.
It runs only against a LanguageTool server the user configured (``languagetool_server`` in
the settings, e.g. ``http://localhost:8081`` or a LAN address), or against LanguageTool's server
that Saring starts on 127.0.0.1 from a folder holding an unzipped LanguageTool
(``languagetool_dir``; see core/languagetool_server.py), through language-tool-python in remote
mode, which never downloads anything. Without a configured, reachable server, or without Java or
LanguageTool in the folder, the engine reports itself unavailable and every other check works as
before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from core.findings import Category, Finding, Severity
from core.languagetool_server import LanguageToolServerError, LocalLanguageToolServer
from core.offline import forbid_downloads

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


class LanguageToolUnavailableError(RuntimeError):
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

    Not thread-safe: use it from the checking thread only.
    """

    def __init__(self, *, server: str = "", local: LocalLanguageToolServer | None = None,
                 start_timeout: float = 60.0) -> None:
        self._tool: Any = None  # language_tool_python.LanguageTool once connected
        self._local = local
        self._failure: str | None = None  # why the local server could not start (no retry)
        self._closed = False
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
            try:
                return cls(local=LocalLanguageToolServer(folder=folder.strip()))
            except LanguageToolServerError as exc:
                raise LanguageToolUnavailableError(str(exc)) from exc
        return None

    def _started(self) -> Any:
        """The connected tool; starts the local server the first time it is needed."""
        if self._tool is not None:
            return self._tool
        if self._failure is not None:
            raise LanguageToolUnavailableError(self._failure)
        if self._closed:  # a check still running on a replaced checker starts nothing
            raise LanguageToolUnavailableError("Mesin LanguageTool sudah dihentikan.")
        assert self._local is not None
        try:
            self.server = self._local.start(timeout=self.start_timeout)
            self._tool = self._connect(self.server, folder=str(self._local.jar.parent))
        except (LanguageToolServerError, LanguageToolUnavailableError) as exc:
            self._local.stop()
            self._failure = str(exc)
            raise LanguageToolUnavailableError(self._failure) from exc
        return self._tool

    def check(self, text: str) -> list[Finding]:
        findings: list[Finding] = []
        paragraphs = english_paragraphs(text)
        if not paragraphs:
            return findings  # nothing to send: a local server is not even started
        tool = self._started()
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
        self._closed = True
        if self._tool is not None:
            self._tool.close()
            self._tool = None
        if self._local is not None:
            self._local.stop()
