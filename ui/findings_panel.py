"""The findings beside the editor: a one-line verdict, a filter, then the findings grouped by
category, each with what is wrong, why (with its reference) and a "Perbaiki" link that applies
the first suggestion. Clicking a finding's text selects it in the editor."""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from core.check.cards import Card, cards_of
from core.check.findings import Category, CheckReport, Finding, Severity
from ui.highlighter import finding_color, is_partisan_error
from ui.labels import category_label, counted, severity_color, severity_label
from ui.severity_icons import severity_pixmap

# More entries than this make the list useless and slow; the editor still underlines all.
MAX_LISTED = 100  # more costs the UI thread >50 ms of HTML layout on a huge paste
_SELECT = "finding"
_FIX = "fix"
ALL = ""  # the filter value that shows every group

translate = QCoreApplication.translate



@dataclass(frozen=True, slots=True)
class Group:
    key: str
    categories: frozenset[Category]

    @property
    def label(self) -> str:
        return {
            "spelling": translate("FindingsPanel", "Ejaan"),
            "standard": translate("FindingsPanel", "Kata baku"),
            "orthography": translate("FindingsPanel", "EYD"),
            "grammar": translate("FindingsPanel", "Tata bahasa"),
            "source": translate("FindingsPanel", "Sumber"),
            "neutrality": translate("FindingsPanel", "Netralitas"),
            "hoax": translate("FindingsPanel", "Hoaks/Penipuan/Provokasi"),
            "platform": translate("FindingsPanel", "Platform"),
            "informasi": translate("FindingsPanel", "Kelengkapan informasi"),
        }[self.key]


GROUPS: tuple[Group, ...] = (
    Group("spelling", frozenset({Category.SPELLING})),
    Group("standard", frozenset({Category.STANDARD})),
    Group("orthography", frozenset({Category.ORTHOGRAPHY})),
    Group("grammar", frozenset({Category.GRAMMAR})),
    Group("source", frozenset({Category.SOURCE})),
    Group("neutrality", frozenset({Category.NEUTRALITY})),
    Group("hoax", frozenset({Category.HOAX, Category.FRAUD, Category.PROVOCATION})),
    Group("platform", frozenset({Category.PLATFORM})),
    Group("informasi", frozenset({Category.INFORMASI})),
)


def group_of(finding: Finding) -> Group:
    return next(g for g in GROUPS if finding.category in g.categories)


@dataclass(frozen=True, slots=True)
class PanelModel:
    """What the panel needs of a report besides its findings: its cards (core.check.cards:
    the findings on the same words, shown as one), the cards of each group and the cards
    per severity; every count the panel shows counts cards, so the verdict and the filter
    agree. Pure Python: the worker builds it with the check (on a 1 MB paste with 26,000
    findings, ~20 ms the UI thread does not spend)."""

    cards: tuple[Card, ...]
    members: dict[str, list[int]]  # card numbers of each group, in list order
    errors: int
    warnings: int
    infos: int = 0

    @classmethod
    def of(cls, report: CheckReport) -> PanelModel:
        cards = cards_of(report.findings)
        members = _group_members(report.findings, cards)
        errors = sum(1 for c in cards if c.severity is Severity.ERROR)
        warnings = sum(1 for c in cards if c.severity is Severity.WARNING)
        return cls(cards, members, errors, warnings, len(cards) - errors - warnings)


def verdict(report: CheckReport, model: PanelModel | None = None) -> tuple[str, Severity | None]:
    """The plain verdict on a post, and the severity that colours it (``None``: ready).
    ``model`` (of the same report) saves counting the findings again."""
    if not report.text.strip():
        return translate("FindingsPanel", "Tulis isi unggahan untuk mulai memeriksa."), Severity.INFO
    model = model or PanelModel.of(report)
    errors, warnings = model.errors, model.warnings
    # The info count too, so the sentence adds up to the "Semua kategori (N)" of the filter.
    infos = counted().also_info(model.infos) if model.infos else ""
    if errors:
        text = counted().must_fix(errors)
        if warnings:
            text += counted().also_to_check(warnings)
        return text + infos, Severity.ERROR
    if warnings:
        return counted().to_check_before_posting(warnings) + infos, Severity.WARNING
    # Not "ready to post": the post's status (Draf, Siap…) says that, not the check.
    if model.infos:
        return counted().no_problem_but_info(model.infos), None
    return translate("FindingsPanel", "Tidak ada masalah ditemukan"), None


class FindingsPanel(QWidget):
    finding_activated = Signal(object)  # Finding: show it in the editor
    fix_requested = Signal(object)  # Finding: apply its first suggestion

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = CheckReport(text="")
        self.findings: tuple[Finding, ...] = ()
        self.cards: tuple[Card, ...] = ()
        self._members: dict[str, list[int]] = _group_members((), ())
        self.current: int | None = None  # index of the finding the admin is looking at
        self._pending: str | None = None  # a message shown instead of a verdict, if any
        self._has_report = False
        self.summary = QLabel(self.tr("Belum diperiksa."))
        self.summary.setWordWrap(True)
        # A drawn icon, not a character: "⛔" is an empty box with some systems' fonts.
        self.summary_icon = QLabel()
        self.summary_icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.summary_icon.hide()
        summary_font = self.summary.font()
        summary_font.setBold(True)
        summary_font.setPointSizeF(summary_font.pointSizeF() * 1.2)
        self.summary.setFont(summary_font)
        self.filter = QComboBox()
        self.filter.currentIndexChanged.connect(self._render)
        self._filter_label = filter_label = QLabel()
        filter_label.setBuddy(self.filter)
        self.view = QTextBrowser()
        self.view.setOpenLinks(False)
        self.view.anchorClicked.connect(self._anchor_clicked)
        # A real button for the finding the admin is on (clicked in the list, or reached with
        # F7): reachable with Tab, read out by screen readers, drawn by the style.
        self.fix_button = QPushButton()
        self.fix_button.clicked.connect(self.fix_current)
        row = QHBoxLayout()
        row.addWidget(filter_label)
        row.addWidget(self.filter, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.summary_icon)
        head.addWidget(self.summary, 1)
        layout.addLayout(head)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.fix_button)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Every text of the panel in the current language. The findings' own messages are
        rule data written in Indonesian and are shown as they are in every language."""
        self.summary.setAccessibleName(self.tr("Ringkasan pemeriksaan"))
        self.filter.setAccessibleName(self.tr("Tampilkan kategori"))
        self._filter_label.setText(self.tr("&Tampilkan:"))
        self.view.setAccessibleName(self.tr("Daftar temuan"))
        if self._pending is None and self._has_report:
            self._show_verdict()
        elif self._pending is None:
            self.summary.setText(self.tr("Belum diperiksa."))
        self._fill_filter()
        self._render()

    # -- public -------------------------------------------------------------------------

    def show_report(self, report: CheckReport, *, model: PanelModel | None = None) -> None:
        """Show ``report``; ``model`` is :meth:`PanelModel.of` it, when the worker made it."""
        previous = self.findings[self.current] if self.current is not None else None
        model = model or PanelModel.of(report)
        self.report = report
        self.findings = report.findings
        self.cards = model.cards
        self._members = model.members
        # Keep the admin's place when the same finding is still there (e.g. after a re-check).
        self.current = None if previous is None else next(
            (i for i, f in enumerate(report.findings)
             if (f.rule_id, f.start, f.end) == (previous.rule_id, previous.start, previous.end)), None)
        self._pending, self._has_report = None, True
        self._show_verdict(model)
        self._fill_filter()
        self._render()

    def _show_verdict(self, model: PanelModel | None = None) -> None:
        text, severity = verdict(self.report, model)
        self.summary.setText(text)
        if self.report.text.strip():
            self.summary_icon.setPixmap(severity_pixmap(severity, 20, self.palette()))
            self.summary_icon.show()
        else:
            self.summary_icon.hide()
        self._colour_summary(severity)

    def show_pending(self, message: str) -> None:
        self._pending = message
        self.summary_icon.hide()
        self.summary.setText(message)
        self._colour_summary(Severity.INFO)

    def counts(self) -> dict[str, int]:
        """Cards per group key."""
        return {key: len(cards) for key, cards in self._members.items()}

    def set_filter(self, key: str) -> None:
        """Show one group (its key) or every group (:data:`ALL`)."""
        self.filter.setCurrentIndex(max(0, self.filter.findData(key)))

    def shown(self) -> list[int]:
        """Indices of the lead findings of the cards the filter lets through, in list order."""
        key = self.filter.currentData() or ALL
        return [self.cards[c].lead for g in self._ordered_groups() if key in (ALL, g.key)
                for c in self._members[g.key]]

    def activate(self, index: int) -> None:
        """Act as if the admin clicked the ``index``-th finding."""
        self.mark(index)
        self.finding_activated.emit(self.findings[index])

    def fix(self, index: int) -> None:
        """Act as if the admin pressed "Perbaiki" on the ``index``-th finding."""
        if self.findings[index].suggestions:
            self.fix_requested.emit(self.findings[index])

    @Slot()
    def fix_current(self) -> None:
        """The "Perbaiki" button: apply the first suggestion of the current finding."""
        if self.current is not None and self.current < len(self.findings):
            self.fix(self.current)

    def mark(self, index: int | None) -> None:
        """Make ``index`` the current finding and scroll the list to it."""
        self.current = index
        self._render()
        if index is not None:
            self.view.scrollToAnchor(f"f{index}")

    def changeEvent(self, event: QEvent) -> None:
        """Redraw in the new colours when the system switches between light and dark."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._colour_summary(verdict(self.report)[1] if self.report.text.strip() else Severity.INFO)
            self._render()
        elif event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()

    # -- drawing ------------------------------------------------------------------------

    def _ordered_groups(self) -> list[Group]:
        """The groups in list order: neutrality first when it holds an error, then the other
        groups that hold an error, then the rest, each part in :data:`GROUPS` order."""
        return ordered_groups(self._members, self.cards)

    def _fill_filter(self) -> None:
        counts = self.counts()
        key = self.filter.currentData() or ALL
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(self.tr("Semua kategori ({0})").format(len(self.cards)), ALL)
        for group in GROUPS:
            self.filter.addItem(f"{group.label} ({counts[group.key]})", group.key)
        self.filter.setCurrentIndex(max(0, self.filter.findData(key)))
        self.filter.blockSignals(False)

    def _colour_summary(self, severity: Severity | None) -> None:
        palette = self.summary.palette()
        base = self.palette()
        if severity is None:
            colour = severity_color(None, base)
        elif severity is Severity.INFO:
            colour = base.color(QPalette.ColorRole.WindowText)
        else:
            colour = severity_color(severity, base)
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        self.summary.setPalette(palette)

    def _render(self) -> None:
        if not self.report.text.strip() and not self.findings:
            self.view.setHtml("")
            self._update_fix_button()
            return
        key = self.filter.currentData() or ALL
        parts: list[str] = []
        listed = 0
        for group in self._ordered_groups():
            if key not in (ALL, group.key):
                continue
            members = self._members[group.key]
            if not members:
                continue
            parts.append(f"<h3>{html.escape(group.label)} ({len(members)})</h3>")
            for number in members:
                if listed >= MAX_LISTED:
                    break
                parts.append(self._card(self.cards[number]))
                listed += 1
        hidden = len(self.shown()) - listed
        if hidden > 0:
            more = self.tr("… dan {0} temuan lain. Perbaiki yang di atas dulu.").format(hidden)
            parts.append(f"<p><i>{html.escape(more)}</i></p>")
        if not parts:
            parts.append(f"<p>{html.escape(self.tr('Tidak ada temuan di kategori ini.'))}</p>")
        self.view.setHtml("".join(parts))
        self._update_fix_button()

    def _update_fix_button(self) -> None:
        finding = (self.findings[self.current] if self.current is not None
                   and self.current < len(self.findings) else None)
        if finding is not None and finding.suggestions:
            plain = self.tr("Perbaiki: “{0}” → “{1}”").format(_clip(finding.actual, 24),
                                                             _clip(finding.suggestions[0], 24))
            tip = self.tr("Terapkan saran pertama (Ctrl+.). Ctrl+Z membatalkan.")
        else:
            plain = self.tr("Perbaiki")
            tip = self.tr("Pilih temuan yang punya saran (klik di daftar, atau F7) untuk memperbaikinya.")
        self.fix_button.setText(plain.replace("&", "&&"))  # no mnemonic: Alt+P opens "Periksa"
        self.fix_button.setEnabled(plain != self.tr("Perbaiki"))
        self.fix_button.setToolTip(tip)
        self.fix_button.setAccessibleName(plain)
        self.fix_button.setAccessibleDescription(tip)

    def _card(self, card: Card) -> str:
        """One card: the words it is about, then what to fix there, one line each."""
        if len(card.members) == 1:
            return self._entry(card.lead, self.findings[card.lead])
        palette = self.palette()
        lead = self.findings[card.lead]
        colour = finding_color(lead, palette).name()
        what = (f"“{html.escape(_clip(self.report.text[card.start:card.end]))}”" if card.end > card.start
                else html.escape(self.tr("seluruh unggahan")))
        marker = "▶ " if self.current in card.members else ""
        dot = "■" if is_partisan_error(lead) else "●"
        head = html.escape(self.tr("{0} · {1} hal di sini").format(severity_label(card.severity),
                                                                 len(card.members)))
        anchors = "".join(f'<a name="f{i}"></a>' for i in card.members)
        lines = [f'{anchors}{marker}<span style="color:{colour}">{dot}&nbsp;<b>{head}</b></span>'
                 f' — <a href="{_SELECT}:{card.lead}">{what}</a>']
        mixed = len({self.findings[i].category for i in card.members}) > 1
        for index in card.members:
            finding = self.findings[index]
            said = [category_label(finding.category)] if mixed else []
            if finding.severity is not card.severity:
                said.append(severity_label(finding.severity))
            label = f"<b>{html.escape(' · '.join(said))}:</b> " if said else "• "
            own = "▸ " if index == self.current else ""
            lines.append(own + label + "<br>".join(self._details(index, finding)))
        return f'<p style="margin-bottom:10px; margin-left:4px">{"<br>".join(lines)}</p>'

    def _entry(self, index: int, finding: Finding) -> str:
        palette = self.palette()  # the view's may still be the old one during a PaletteChange
        colour = finding_color(finding, palette).name()
        what = (f"“{html.escape(_clip(finding.actual))}”" if finding.actual
                else html.escape(self.tr("seluruh unggahan")))
        head = severity_label(finding.severity)
        if len(group_of(finding).categories) > 1:  # say which of the grouped categories it is
            head += " · " + category_label(finding.category)
        head = html.escape(head)
        marker = "▶ " if index == self.current else ""
        dot = "■" if is_partisan_error(finding) else "●"  # a shape too, not only a colour
        lines = [
            f'<a name="f{index}"></a>{marker}<span style="color:{colour}">{dot}&nbsp;<b>{head}</b></span>'
            f' — <a href="{_SELECT}:{index}">{what}</a>',
            *self._details(index, finding),
        ]
        return f'<p style="margin-bottom:10px; margin-left:4px">{"<br>".join(lines)}</p>'

    def _details(self, index: int, finding: Finding) -> list[str]:
        """A finding's message, its reference and its "Perbaiki" link, as HTML lines."""
        palette = self.palette()
        muted = palette.color(QPalette.ColorRole.PlaceholderText).name()
        lines = [html.escape(finding.message)]
        if finding.reference:
            why = html.escape(self.tr("Dasar: {0}").format(finding.reference))
            lines.append(f'<span style="color:{muted}">{why}</span>')
        if finding.suggestions:
            label = html.escape(self.tr("Perbaiki → “{0}”").format(finding.suggestions[0]))
            # drawn like a button in the palette's button colours (light or dark)
            button, button_text = (palette.color(QPalette.ColorRole.Button).name(),
                                   palette.color(QPalette.ColorRole.ButtonText).name())
            line = (f'<a href="{_FIX}:{index}" style="text-decoration:none; color:{button_text}; '
                    f'background-color:{button}">&nbsp;<b>{label}</b>&nbsp;</a>')
            others = finding.suggestions[1:4]
            if others:
                line += " " + html.escape(self.tr("(saran lain: {0})").format(", ".join(others)))
            lines.append(line)
        return lines

    def _anchor_clicked(self, url: QUrl) -> None:
        path = url.path()
        if not path.isdigit() or int(path) >= len(self.findings):
            return
        if url.scheme() == _SELECT:
            self.activate(int(path))
        elif url.scheme() == _FIX:
            self.fix(int(path))


def _group_members(findings: tuple[Finding, ...], cards: tuple[Card, ...]) -> dict[str, list[int]]:
    """Numbers of the cards in each group (the group of a card's lead finding): errors first,
    then warnings, then the rest, each in text order."""
    key_of = {category: group.key for group in GROUPS for category in group.categories}
    members: dict[str, list[int]] = {g.key: [] for g in GROUPS}
    for number, card in enumerate(cards):
        members[key_of[findings[card.lead].category]].append(number)
    for numbers in members.values():
        numbers.sort(key=lambda n: -cards[n].severity.rank)  # stable: text order kept
    return members


def ordered_groups(members: dict[str, list[int]], cards: tuple[Card, ...]) -> list[Group]:
    """Groups in the order the panel lists them: neutrality first when it holds an error (a
    partisan post is the worst a government account can publish), then every other group that
    holds an error, then the rest, each part in :data:`GROUPS` order."""
    def rank(group: Group) -> int:
        has_error = any(cards[n].severity is Severity.ERROR for n in members[group.key]
                        if n < len(cards))
        if has_error and group.key == "neutrality":
            return 0
        return 1 if has_error else 2
    return sorted(GROUPS, key=rank)


def _clip(text: str, width: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
