"""The findings beside the editor: a one-line verdict, then each finding with what is wrong,
why, and what to do. Clicking a finding selects its text in the editor."""

from __future__ import annotations

import html
from collections import Counter

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from core.findings import CheckReport, Finding, Severity
from ui.labels import SEVERITY_COLORS, category_label, severity_label

# More entries than this make the list useless and slow; the editor still underlines all.
MAX_LISTED = 100  # more costs the UI thread >50 ms of HTML layout on a huge paste
_SCHEME = "finding"


class FindingsPanel(QWidget):
    finding_activated = Signal(object)  # Finding

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.findings: tuple[Finding, ...] = ()
        title = QLabel(self.tr("<b>Temuan</b>"))
        self.summary = QLabel(self.tr("Belum diperiksa."))
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Ringkasan pemeriksaan"))
        self.view = QTextBrowser()
        self.view.setAccessibleName(self.tr("Daftar temuan"))
        self.view.setOpenLinks(False)
        self.view.anchorClicked.connect(self._anchor_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)

    def show_report(self, report: CheckReport) -> None:
        self.findings = report.findings
        self.summary.setText(self._verdict(report))
        parts = [self._entry(i, f) for i, f in enumerate(report.findings[:MAX_LISTED])]
        hidden = len(report.findings) - MAX_LISTED
        if hidden > 0:
            more = self.tr("… dan {0} temuan lain. Perbaiki yang di atas dulu.").format(hidden)
            parts.append(f"<p><i>{html.escape(more)}</i></p>")
        self.view.setHtml("".join(parts))

    def show_pending(self, message: str) -> None:
        self.summary.setText(message)

    def activate(self, index: int) -> None:
        """Act as if the admin clicked the ``index``-th finding."""
        self.finding_activated.emit(self.findings[index])

    def _anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == _SCHEME and url.path().isdigit() and int(url.path()) < len(self.findings):
            self.activate(int(url.path()))

    def _verdict(self, report: CheckReport) -> str:
        if not report.text.strip():
            return self.tr("Tulis isi unggahan untuk mulai memeriksa.")
        counts = Counter(f.severity for f in report.findings)  # one pass over 20,000 findings
        errors, warnings = counts[Severity.ERROR], counts[Severity.WARNING]
        if errors:
            text = self.tr("⛔ {0} hal harus diperbaiki").format(errors)
            if warnings:
                text += self.tr(", {0} perlu diperiksa").format(warnings)
            return text
        if warnings:
            return self.tr("⚠ {0} hal perlu diperiksa sebelum diunggah").format(warnings)
        return self.tr("✔ Siap diunggah")

    def _entry(self, index: int, finding: Finding) -> str:
        color = SEVERITY_COLORS[finding.severity].name()
        head = html.escape(f"{severity_label(finding.severity)} · {category_label(finding.category)}")
        what = (f"“{html.escape(_clip(finding.actual))}”" if finding.actual
                else html.escape(self.tr("seluruh unggahan")))
        lines = [
            f'<span style="color:{color}; font-size:large">●</span> '
            f'<span style="color:{color}"><b>{head}</b></span> — '
            f'<a href="{_SCHEME}:{index}">{what}</a>',
            html.escape(finding.message),
        ]
        if finding.suggestions:
            label = html.escape(self.tr("Saran:"))
            lines.append(f"{label} <b>{html.escape(', '.join(finding.suggestions))}</b>")
        if finding.reference:
            lines.append(f'<span style="color:gray">{html.escape(finding.reference)}</span>')
        return f'<p style="margin-bottom:10px">{"<br>".join(lines)}</p>'


def _clip(text: str, width: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
