"""Wavy underlines for findings, coloured by severity."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from PySide6.QtGui import QSyntaxHighlighter, QTextCharFormat, QTextDocument

from core.findings import Finding
from ui.labels import severity_color
from ui.offsets import OffsetMap


class FindingHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._spans: list[tuple[int, int, Finding]] = []  # UTF-16 start, end, finding
        self._starts: list[int] = []
        self._longest = 0

    def set_findings(self, text: str, findings: Sequence[Finding]) -> None:
        """Underline ``findings`` (code-point offsets into ``text``); post-level ones are not
        underlined."""
        offsets = OffsetMap(text)
        spans = [
            (offsets.to_utf16(f.start), offsets.to_utf16(f.end), f)
            for f in findings if not f.is_post_level
        ]
        spans.sort(key=lambda s: (s[0], -s[2].severity.rank))
        self._spans = spans
        self._starts = [s[0] for s in spans]
        self._longest = max((end - start for start, end, _ in spans), default=0)
        self.rehighlight()

    def finding_at(self, position: int) -> Finding | None:
        """The most severe finding under a UTF-16 position of the document."""
        hits = [f for start, end, f in self._spans_near(position, position + 1) if start <= position < end]
        return max(hits, key=lambda f: f.severity.rank, default=None)

    def _spans_near(self, lo: int, hi: int) -> list[tuple[int, int, Finding]]:
        first = bisect_left(self._starts, lo - self._longest)
        last = bisect_left(self._starts, hi)
        return [s for s in self._spans[first:last] if s[1] > lo]

    def highlightBlock(self, text: str) -> None:
        block_start = self.currentBlock().position()
        block_end = block_start + len(text)
        # Least severe first, so that where findings overlap the most severe colour wins.
        spans = sorted(self._spans_near(block_start, block_end), key=lambda s: s[2].severity.rank)
        for start, end, finding in spans:
            lo, hi = max(start, block_start), min(end, block_end)
            if hi > lo:
                self.setFormat(lo - block_start, hi - lo, _underline(finding))


def _underline(finding: Finding) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    fmt.setUnderlineColor(severity_color(finding.severity))
    return fmt
