"""The post body editor: debounced check requests, underlines, hover help, suggestions."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QContextMenuEvent, QHelpEvent, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QToolTip, QWidget

from core.findings import Finding
from ui.highlighter import FindingHighlighter
from ui.labels import category_label, severity_label
from ui.offsets import OffsetMap

DEBOUNCE_MS = 250


class PostEditor(QPlainTextEdit):
    """Emits ``check_requested`` once typing pauses for :data:`DEBOUNCE_MS` milliseconds."""

    check_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Isi unggahan"))
        self.setPlaceholderText(self.tr("Tulis isi unggahan di sini…"))
        self.setTabChangesFocus(True)
        self._highlighter = FindingHighlighter(self.document())
        self._offsets = OffsetMap("")
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self.check_requested)
        self.textChanged.connect(self._debounce.start)

    def show_findings(self, text: str, findings: Sequence[Finding]) -> None:
        """Underline ``findings``, which were computed for ``text`` (the current text)."""
        self._offsets = OffsetMap(text)
        self._highlighter.set_findings(text, findings)

    def select_span(self, start: int, end: int) -> None:
        """Select code points ``start:end`` of the text and scroll to them."""
        cursor = self.textCursor()
        length = self.document().characterCount() - 1
        cursor.setPosition(min(self._offsets.to_utf16(start), length))
        cursor.setPosition(min(self._offsets.to_utf16(end), length), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

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
        menu = self.createStandardContextMenu()
        finding = self.finding_at(event.pos())
        if finding is not None and finding.suggestions:
            first = menu.actions()[0] if menu.actions() else None
            for suggestion in finding.suggestions:
                action = menu.addAction(self.tr("Ganti dengan “{0}”").format(suggestion))
                action.triggered.connect(
                    lambda _=False, f=finding, s=suggestion: self.replace_span(f.start, f.end, s))
                menu.insertAction(first, action)
            menu.insertSeparator(first)
        menu.exec(event.globalPos())

    def replace_span(self, start: int, end: int, replacement: str) -> None:
        """Replace code points ``start:end`` with ``replacement`` as one undoable edit."""
        self.select_span(start, end)
        self.textCursor().insertText(replacement)


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
