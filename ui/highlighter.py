"""Wavy underlines for findings, coloured by severity. A neutrality error (a call to vote, a
party's praise) is drawn apart, so that nobody takes it for a capital letter: its own violet, a
light violet band behind the words, and a solid line :data:`ui.editor.PARTISAN_LINE_PX` pixels
thick under them, which the editor paints itself (Qt's character formats have no underline
width; :meth:`FindingHighlighter.partisan_spans` tells the editor where).

New findings are applied in slices of at most :data:`SLICE_MS` milliseconds on the UI thread
(visible blocks first), never with one whole-document ``rehighlight()``: on a 1 MB post with
20,000 findings that took ~0.4 s and froze the window. Sorting the findings and mapping the
text's offsets (:class:`HighlightIndex`) can be done in the worker, with the check.
"""

from __future__ import annotations

import time
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from operator import attrgetter

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import (
    QBrush,
    QColor,
    QPalette,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)

from core.check.findings import Category, Finding, Severity
from ui.labels import is_dark, severity_color
from ui.offsets import OffsetMap

SLICE_MS = 8  # longest stretch of re-highlighting per event-loop turn
# A neutrality error's colour on light and on dark themes (WCAG AA on both, like the others).
PARTISAN_COLORS = {False: QColor("#6a1b9a"), True: QColor("#e1a6ee")}


def is_partisan_error(finding: Finding) -> bool:
    """A neutrality finding of severity error: the worst thing a government post can carry."""
    return finding.category is Category.NEUTRALITY and finding.severity is Severity.ERROR


def finding_color(finding: Finding, palette: QPalette | None = None) -> QColor:
    """The colour a finding is drawn in: its severity's, or violet for a neutrality error."""
    if is_partisan_error(finding):
        return PARTISAN_COLORS[is_dark(palette)]
    return severity_color(finding.severity, palette)


@dataclass(frozen=True, slots=True)
class HighlightIndex:
    """The findings of one text, ready to underline: sorted by code-point start, without the
    post-level ones, and the text's UTF-16 offset map. Pure Python (no Qt): the worker builds it
    with the check, because on a 1 MB paste with 26,000 findings it costs ~25 ms."""

    text: str
    findings: tuple[Finding, ...]  # no longer than LONG code points
    starts: tuple[int, ...]  # code-point starts of ``findings``
    longest: int  # longest of ``findings``, in code points
    offsets: OffsetMap
    # Findings longer than LONG (a platform limit's excess from character 281 to the end), by
    # start. Kept apart: one of them in ``findings`` would make every block look back over
    # all the findings before it (quadratic on a long post of short lines).
    long: tuple[Finding, ...] = ()

    @classmethod
    def build(cls, text: str, findings: Sequence[Finding], *,
              offsets: OffsetMap | None = None) -> HighlightIndex:
        ordered = sorted((f for f in findings if not f.is_post_level), key=attrgetter("start"))
        short = tuple(f for f in ordered if f.end - f.start <= LONG)
        return cls(text, short, tuple(f.start for f in short),
                   max((f.end - f.start for f in short), default=0), offsets or OffsetMap(text),
                   tuple(f for f in ordered if f.end - f.start > LONG))


LONG = 500  # code points; a finding longer than this is rare (one per channel over its limit)


class FindingHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument, *, editor: QObject | None = None) -> None:
        super().__init__(document)
        # Re-highlighting a block makes the editor emit textChanged (once per block): that
        # would count as an edit and start another check. Its signals are held meanwhile.
        self._editor = editor
        # Findings sorted by code-point start; converted to UTF-16 only for the blocks being
        # highlighted, so that a new set of 20,000 findings costs the UI thread a few ms.
        self._findings: Sequence[Finding] = ()
        self._starts: Sequence[int] = ()  # code-point starts of _findings
        self._longest = 0  # longest finding, in code points
        self._long: Sequence[Finding] = ()  # findings longer than LONG code points
        self._offsets = OffsetMap("")
        self._pending: list[int] = []  # block numbers still to re-highlight, next one last
        self._slicer = QTimer(self, interval=0)
        self._slicer.timeout.connect(self._rehighlight_slice)

    def set_findings(self, text: str, findings: Sequence[Finding], *, first_block: int = 0,
                     offsets: OffsetMap | None = None, index: HighlightIndex | None = None) -> None:
        """Underline ``findings`` (code-point offsets into ``text``); post-level ones are not
        underlined. Blocks are re-highlighted in slices, from ``first_block`` (the first
        visible one) to the end, then from the top. ``index`` (built from the same text and
        findings) saves the UI thread the sorting."""
        if index is None or index.text is not text:
            index = HighlightIndex.build(text, findings, offsets=offsets)
        self._offsets = index.offsets
        self._findings = index.findings
        self._starts = index.starts
        self._longest = index.longest
        self._long = index.long
        count = self.document().blockCount()
        first_block = min(max(first_block, 0), count)
        self._pending = [*range(first_block - 1, -1, -1), *range(count - 1, first_block - 1, -1)]
        self._rehighlight_slice()
        if self._pending:
            self._slicer.start()

    def recolour(self) -> None:
        """Draw the underlines again in the current palette's colours (light/dark switch)."""
        count = self.document().blockCount()
        self._pending = list(range(count - 1, -1, -1))
        self._rehighlight_slice()
        if self._pending:
            self._slicer.start()

    def is_idle(self) -> bool:
        """True when every block shows the current findings."""
        return not self._pending

    def _rehighlight_slice(self) -> None:
        document = self.document()
        deadline = time.perf_counter() + SLICE_MS / 1000
        while self._pending and time.perf_counter() < deadline:
            block = document.findBlockByNumber(self._pending.pop())
            if block.isValid():
                was_blocked = self._editor.blockSignals(True) if self._editor is not None else False
                try:
                    self.rehighlightBlock(block)
                finally:
                    if self._editor is not None:
                        self._editor.blockSignals(was_blocked)
        if not self._pending:
            self._slicer.stop()

    def finding_at(self, position: int) -> Finding | None:
        """The most severe finding under a UTF-16 position of the document."""
        hits = [f for start, end, f in self._spans_near(position, position + 1) if start <= position < end]
        return max(hits, key=lambda f: f.severity.rank, default=None)

    def _spans_near(self, lo: int, hi: int) -> list[tuple[int, int, Finding]]:
        """Findings overlapping UTF-16 positions ``lo:hi``, as (UTF-16 start, end, finding)."""
        to_cp, to_utf16 = self._offsets.to_code_point, self._offsets.to_utf16
        cp_lo, cp_hi = to_cp(lo), to_cp(hi)
        first = bisect_left(self._starts, cp_lo - self._longest)
        last = bisect_left(self._starts, cp_hi)
        near = [f for f in self._findings[first:last] if f.end > cp_lo]
        long = [f for f in self._long if f.start < cp_hi and f.end > cp_lo]
        if long:
            near = sorted(near + long, key=attrgetter("start"))
        return [(to_utf16(f.start), to_utf16(f.end), f) for f in near]

    def partisan_spans(self, lo: int, hi: int) -> list[tuple[int, int, Finding]]:
        """Neutrality errors overlapping UTF-16 positions ``lo:hi`` (for the editor's thick line)."""
        return [s for s in self._spans_near(lo, hi) if is_partisan_error(s[2])]

    def highlightBlock(self, text: str) -> None:
        block_start = self.currentBlock().position()
        block_end = block_start + len(text)
        # Least severe first, so that where findings overlap the most severe colour wins (and
        # a neutrality error over any other error).
        spans = sorted(self._spans_near(block_start, block_end),
                       key=lambda s: (s[2].severity.rank, is_partisan_error(s[2])))
        for start, end, finding in spans:
            lo, hi = max(start, block_start), min(end, block_end)
            if hi > lo:
                self.setFormat(lo - block_start, hi - lo, _underline(finding))


def _underline(finding: Finding) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    colour = finding_color(finding)
    fmt.setUnderlineColor(colour)
    if is_partisan_error(finding):
        fmt.setBackground(_band(colour))
    return fmt


def _band(colour: QColor) -> QBrush:
    """A light band of ``colour`` behind the words, the wave drawn over it."""
    tint = QColor(colour)
    tint.setAlpha(56)
    return QBrush(tint)
