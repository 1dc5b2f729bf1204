"""LanguageTool as an optional extra engine (category ``grammar``) for English text in posts.

LanguageTool has no Indonesian, so Saring sends it only the paragraphs that look English.
It runs only against a LanguageTool server the user configured (``languagetool_server`` in
the settings, e.g. ``http://localhost:8081`` or a LAN address) through language-tool-python
in remote mode, which never downloads anything. Without a configured, reachable server the
engine reports itself unavailable and every other check works as before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.findings import Category, Finding, Severity

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
    """Checks the English paragraphs of a post on a LanguageTool server.

    Not thread-safe: use it from the checking thread only.
    """

    def __init__(self, *, server: str) -> None:
        if not re.match(r"^https?://[^\s/]+", server.strip()):
            raise LanguageToolUnavailableError(
                f"Alamat server LanguageTool tidak sah: “{server}” (contoh: http://localhost:8081).")
        try:
            import language_tool_python  # optional dependency, loaded only when configured
        except ImportError as exc:
            raise LanguageToolUnavailableError(
                "Mesin LanguageTool tidak tersedia: paket language-tool-python tidak terpasang."
            ) from exc
        try:
            # remote_server: the library starts and downloads nothing, it only sends requests
            self._tool = language_tool_python.LanguageTool(LANGUAGE, remote_server=server.strip())
        except Exception as exc:  # the library raises several types for an unreachable server
            raise LanguageToolUnavailableError(
                f"Mesin LanguageTool tidak tersedia: server {server} tidak dapat dihubungi "
                f"({exc}). Pemeriksaan lain tetap berjalan.") from exc
        self.server = server.strip()

    @classmethod
    def from_settings(cls, *, server: str, folder: str = "") -> LanguageToolEngine | None:
        """The engine for the configured server; None when nothing is configured. A folder
        alone is not enough: Saring does not start Java itself (yet)."""
        if server.strip():
            return cls(server=server)
        if folder.strip():
            raise LanguageToolUnavailableError(
                "Mesin LanguageTool tidak tersedia: Saring belum dapat menjalankan LanguageTool "
                f"dari folder ({folder}). Jalankan server LanguageTool lalu isi alamatnya.")
        return None

    def check(self, text: str) -> list[Finding]:
        findings: list[Finding] = []
        for paragraph in english_paragraphs(text):
            try:
                matches = self._tool.check(paragraph.text)
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
        self._tool.close()
