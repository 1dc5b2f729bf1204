"""Live length and hashtag counters per chosen channel, and a read-only preview per channel."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QScrollArea, QTextBrowser, QVBoxLayout, QWidget

from core.check.findings import Severity
from core.check.limits import LIMITS, length_for
from core.check.text import TokenKind, tokenize
from core.publish.channels import Channel
from ui.labels import channel_label, counted, severity_color
from ui.tasks import TaskRunner

UPDATE_MS = 120
PREVIEW_CHARS = 5_000  # YouTube allows 5,000; drawing more only slows typing (bench.ui_panel)

translate = QCoreApplication.translate



def thousands(number: int) -> str:
    """``2200`` as Indonesian writes it: ``2.200``."""
    return f"{number:,}".replace(",", ".")


@dataclass(frozen=True, slots=True)
class Count:
    channel: Channel
    length: int
    limit: int | None
    hashtags: int

    @property
    def over(self) -> bool:
        return self.limit is not None and self.length > self.limit

    def text(self) -> str:
        size = (f"{thousands(self.length)}/{thousands(self.limit)}" if self.limit is not None
                else thousands(self.length))
        template = translate("ChannelPreview", "{0}: {1} karakter, {2}")
        return template.format(channel_label(self.channel), size, counted().hashtags(self.hashtags))


def fitting_length(text: str, channel: Channel, limit: int) -> int:
    """How many code points of ``text`` fit in ``limit`` as ``channel`` counts (binary search over
    prefixes; a link cut in two may count a little differently, close enough for a preview)."""
    if channel is not Channel.X:
        return min(limit, len(text))
    if length_for(text, channel) <= limit:
        return len(text)
    lo, hi = 0, len(text)
    if length_for(text[: 4 * limit], channel) > limit:
        hi = 4 * limit
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if length_for(text[:mid], channel) <= limit:
            lo = mid
        else:
            hi = mid - 1
    return lo


def preview_html(text: str, fits: int, palette: QPalette) -> str:
    """``text`` as HTML: hashtags, mentions and links in the link colour, and the part past
    ``fits`` struck through in the error colour."""
    link = palette.color(QPalette.ColorRole.Link).name()
    over = severity_color(Severity.ERROR, palette).name()
    marks = sorted((t.start, t.end) for t in tokenize(text)
                   if t.kind in (TokenKind.HASHTAG, TokenKind.MENTION, TokenKind.URL))
    out: list[str] = []
    pos = 0

    def plain(lo: int, hi: int) -> None:
        if lo < fits < hi:
            plain(lo, fits)
            plain(fits, hi)
            return
        chunk = html.escape(text[lo:hi]).replace("\n", "<br>")
        out.append(f'<span style="color:{over}; text-decoration:line-through">{chunk}</span>'
                   if lo >= fits else chunk)

    for start, end in marks:
        plain(pos, start)
        chunk = html.escape(text[start:end])
        out.append(f'<span style="color:{over if start >= fits else link}">{chunk}</span>')
        pos = end
    plain(pos, len(text))
    return "".join(out)


def counts(text: str, channels: Sequence[Channel]) -> list[Count]:
    """Length and hashtags of ``text`` for each channel."""
    if not channels:
        return []
    hashtags = sum(1 for t in tokenize(text) if t.kind is TokenKind.HASHTAG)
    result = []
    for channel in channels:
        limit = LIMITS.get(channel)
        result.append(Count(channel, length_for(text, channel), limit.max_chars if limit else None, hashtags))
    return result


class CounterLine(QLabel):
    """One line under the editor: each chosen channel's length against its limit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.counts: list[Count] = []
        self.setAccessibleName(self.tr("Panjang per kanal"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.setAccessibleName(self.tr("Panjang per kanal"))
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.PaletteChange):
            self.show_counts(self.counts)

    def show_counts(self, counts: Sequence[Count]) -> None:
        self.counts = list(counts)
        if not counts:
            self.setText(self.tr("Pilih kanal untuk melihat batas panjangnya."))
            return
        over = severity_color(Severity.ERROR, self.palette()).name()
        parts = [f'<span style="color:{over}"><b>{html.escape(c.text())}</b></span>' if c.over
                 else html.escape(c.text()) for c in counts]
        self.setText(" · ".join(parts))


class ChannelPreview(QScrollArea):
    """A card per chosen channel: its counter and the post as it will read there."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self._inner = QWidget()
        self._layout = QVBoxLayout(self._inner)
        self._layout.addStretch(1)
        self.setWidget(self._inner)
        self.cards: dict[Channel, tuple[QLabel, QTextBrowser]] = {}
        self._latest: tuple[str, list[Count]] = ("", [])
        self._empty = QLabel()
        self._empty.setWordWrap(True)
        self._layout.insertWidget(0, self._empty)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Pratinjau per kanal"))
        self._empty.setText(self.tr("Pilih kanal di formulir untuk melihat pratinjaunya."))
        for channel, (_label, view) in self.cards.items():
            view.setAccessibleName(self.tr("Pratinjau {0}").format(channel_label(channel)))
        if self.isVisible():
            self._draw(*self._latest)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.PaletteChange and self.isVisible():
            self._draw(*self._latest)

    def show_post(self, text: str, counts: Sequence[Count]) -> None:
        self._latest = (text, list(counts))
        if self.isVisible():
            self._draw(text, counts)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._draw(*self._latest)

    def _draw(self, text: str, counts: Sequence[Count]) -> None:
        clipped = len(text) > PREVIEW_CHARS
        text = text[:PREVIEW_CHARS]
        wanted = [c.channel for c in counts]
        for channel in list(self.cards):
            if channel not in wanted:
                label, view = self.cards.pop(channel)
                label.deleteLater()
                view.deleteLater()
        for position, item in enumerate(counts):
            if item.channel not in self.cards:
                label = QLabel()
                view = QTextBrowser()
                view.setTabChangesFocus(True)
                view.setAccessibleName(self.tr("Pratinjau {0}").format(channel_label(item.channel)))
                view.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
                view.setMaximumHeight(self.fontMetrics().lineSpacing() * 12)
                self.cards[item.channel] = (label, view)
            label, view = self.cards[item.channel]
            self._layout.insertWidget(position * 2 + 1, label)
            self._layout.insertWidget(position * 2 + 2, view)
            colour = (severity_color(Severity.ERROR, self.palette()).name() if item.over
                      else self.palette().color(QPalette.ColorRole.WindowText).name())
            note = self.tr(" — terlalu panjang") if item.over else ""
            label.setText(f'<span style="color:{colour}"><b>{html.escape(item.text() + note)}</b></span>')
            fits = fitting_length(text, item.channel, item.limit) if item.over and item.limit else len(text)
            body = preview_html(text, fits, view.palette())
            if clipped:
                note = self.tr("… (pratinjau hanya menampilkan awal teks)")
                body += f"<p><i>{html.escape(note)}</i></p>"
            view.setHtml(body)
        self._empty.setVisible(not counts)


class PreviewUpdater(QTimer):
    """Recounts shortly after typing stops, in the worker (tokenising a 1 MB paste takes about a
    second); a result for text that has changed since is dropped."""

    def __init__(self, source: QPlainTextEdit, channels: Callable[[], Sequence[Channel]],
                 line: CounterLine, preview: ChannelPreview, tasks: TaskRunner) -> None:
        super().__init__(source, singleShot=True, interval=UPDATE_MS)
        self._source, self._channels, self._line, self._preview = source, channels, line, preview
        self._tasks = tasks
        self._stopped = False
        source.textChanged.connect(self.start)
        self.timeout.connect(self.refresh)

    def refresh(self) -> None:
        if self._stopped:
            return
        text, channels = self._source.toPlainText(), tuple(self._channels())
        self._tasks.run(lambda: counts(text, channels), lambda found: self._show(text, channels, found),
                        lambda error: self._line.setText(str(error)))

    def _show(self, text: str, channels: tuple[Channel, ...], found: list[Count]) -> None:
        if self._stopped or text != self._source.toPlainText() or channels != tuple(self._channels()):
            return  # stale: a newer refresh is on its way
        self._line.show_counts(found)
        self._preview.show_post(text, found)

    def stop(self) -> None:
        """No more work once the window closes (its worker is shut down)."""
        self._stopped = True
        super().stop()
