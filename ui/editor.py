"""The post body editor: debounced check requests, underlines, hover help, suggestions."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QContextMenuEvent, QHelpEvent, QPainter, QPaintEvent, QTextCursor
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QToolTip, QWidget

from core.check.findings import Category, Finding
from ui.highlighter import FindingHighlighter, HighlightIndex, finding_color
from ui.labels import category_label, severity_label
from ui.offsets import OffsetMap

DEBOUNCE_MS = 250
PARTISAN_LINE_PX = 3  # the solid line under a neutrality error (issue 12: not a thin wave)


class PostEditor(QPlainTextEdit):
    """Emits ``check_requested`` once typing pauses for :data:`DEBOUNCE_MS` milliseconds."""

    check_requested = Signal()
    add_to_dictionary_requested = Signal(str)  # the word
    ignore_requested = Signal(object)  # the Finding
    ignore_all_requested = Signal(str)  # the word, for every finding on it in this post

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.retranslate_ui()
        self.setTabChangesFocus(True)
        self._highlighter = FindingHighlighter(self.document(), editor=self)
        self._offsets = OffsetMap("")
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self.check_requested)
        self.textChanged.connect(self._debounce.start)

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Isi unggahan"))
        self.setPlaceholderText(self.tr("Tulis isi unggahan di sini…"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.PaletteChange:
            self._highlighter.recolour()  # the underline colours suit light or dark

    def show_findings(self, text: str, findings: Sequence[Finding], *,
                      index: HighlightIndex | None = None) -> None:
        """Underline ``findings``, which were computed for ``text`` (the current text);
        ``index`` is :meth:`HighlightIndex.build` of both, when the worker made it."""
        if index is None or index.text is not text:
            index = HighlightIndex.build(text, findings)
        self._offsets = index.offsets
        self._highlighter.set_findings(text, findings, first_block=self.firstVisibleBlock().blockNumber(),
                                       index=index)
        self.viewport().update()  # the thick lines under neutrality errors move with them

    def select_span(self, start: int, end: int) -> None:
        """Select code points ``start:end`` of the text and scroll to them."""
        cursor = self.textCursor()
        length = self.document().characterCount() - 1
        cursor.setPosition(min(self._offsets.to_utf16(start), length))
        cursor.setPosition(min(self._offsets.to_utf16(end), length), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        lines = self.partisan_lines()
        if lines:
            painter = QPainter(self.viewport())
            try:
                for rect, colour in lines:
                    painter.fillRect(rect, colour)
            finally:
                painter.end()

    def partisan_lines(self) -> list[tuple[QRectF, QColor]]:
        """Where the thick line goes under each neutrality error in the visible text (viewport
        coordinates, one rectangle per line of a wrapped span), and its colour."""
        lines: list[tuple[QRectF, QColor]] = []
        offset = self.contentOffset()
        bottom = self.viewport().rect().bottom()
        block = self.firstVisibleBlock()
        while block.isValid():
            geometry = self.blockBoundingGeometry(block).translated(offset)
            if geometry.top() > bottom:
                break
            start = block.position()
            spans = self._highlighter.partisan_spans(start, start + block.length() - 1) \
                if block.isVisible() else []
            layout = block.layout()
            for lo, hi, finding in spans:
                colour = finding_color(finding, self.palette())
                lo, hi = max(lo, start) - start, min(hi, start + block.length() - 1) - start
                for n in range(layout.lineCount()):
                    line = layout.lineAt(n)
                    a = max(lo, line.textStart())
                    b = min(hi, line.textStart() + line.textLength())
                    if b <= a:
                        continue
                    x0, x1 = _x(line.cursorToX(a)), _x(line.cursorToX(b))
                    y = geometry.top() + line.y() + line.ascent() + line.descent() - PARTISAN_LINE_PX + 1
                    lines.append((QRectF(geometry.left() + x0, y, x1 - x0, PARTISAN_LINE_PX), colour))
            block = block.next()
        return lines

    def finding_at(self, point: QPoint) -> Finding | None:
        return self._highlighter.finding_at(self.cursorForPosition(point).position())

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            finding = self.finding_at(self.viewport().mapFromGlobal(event.globalPos()))
            if finding is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), _tooltip(finding), self)
            return True
        return super().event(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.context_menu(self.finding_at(event.pos())).exec(event.globalPos())

    def context_menu(self, finding: Finding | None) -> QMenu:
        """The standard edit menu, with the entries for ``finding`` on top."""
        menu = self.createStandardContextMenu()
        if finding is not None:
            first = menu.actions()[0] if menu.actions() else None
            for i, (label, handler) in enumerate(self.finding_actions(finding)):
                if i == len(finding.suggestions) and i:
                    menu.insertSeparator(first)  # suggestions apart from dictionary/ignore
                action = menu.addAction(label)
                action.triggered.connect(lambda _=False, h=handler: h())
                menu.insertAction(first, action)
            menu.insertSeparator(first)
        return menu

    def finding_actions(self, finding: Finding) -> list[tuple[str, Callable[[], None]]]:
        """The context-menu entries for ``finding``: its suggestions, then adding the word to
        the dictionary (spelling only) and ignoring it."""
        actions: list[tuple[str, Callable[[], None]]] = [
            (self.tr("Ganti dengan “{0}”").format(s),
             lambda f=finding, s=s: self.replace_span(f.start, f.end, s))
            for s in finding.suggestions
        ]
        if not finding.actual:
            return actions
        if finding.category is Category.SPELLING:
            actions.append((self.tr("Tambahkan “{0}” ke kamus").format(finding.actual),
                            lambda w=finding.actual: self.add_to_dictionary_requested.emit(w)))
        actions.append((self.tr("Abaikan"), lambda f=finding: self.ignore_requested.emit(f)))
        actions.append((self.tr("Abaikan semua “{0}” di pos ini").format(finding.actual),
                        lambda w=finding.actual: self.ignore_all_requested.emit(w)))
        return actions

    def replace_span(self, start: int, end: int, replacement: str) -> None:
        """Replace code points ``start:end`` with ``replacement`` as one undoable edit."""
        self.select_span(start, end)
        self.textCursor().insertText(replacement)


def _x(found: float | tuple[float, int]) -> float:
    """QTextLine.cursorToX's x (PySide6 returns it alone or with the position)."""
    return found[0] if isinstance(found, tuple) else found


def _tooltip(finding: Finding) -> str:
    """What is wrong, why (with the reference) and what to do, as the findings panel says it."""
    head = f"{severity_label(finding.severity)} · {category_label(finding.category)}"
    text = f"<b>{html.escape(head)}</b><br>{html.escape(finding.message)}"
    if finding.reference:
        basis = QCoreApplication.translate("PostEditor", "Dasar: {0}").format(finding.reference)
        text += f"<br><i>{html.escape(basis)}</i>"
    if finding.suggestions:
        fix = QCoreApplication.translate("PostEditor", "Saran: {0} (Ctrl+. menerapkan yang pertama)")
        text += "<br>" + html.escape(fix.format(", ".join(finding.suggestions)))
    return text
