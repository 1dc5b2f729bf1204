"""Live length and hashtag counters per chosen channel, and a read-only preview per channel."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QImage,
    QImageReader,
    QPainter,
    QPalette,
    QResizeEvent,
    QShowEvent,
    QTextDocument,
)
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QScrollArea, QTextBrowser, QVBoxLayout, QWidget

from core.check.findings import Severity
from core.check.limits import LIMITS, length_for
from core.check.text import TokenKind, tokenize
from core.publish.channels import Channel
from core.publish.feed import feed_text
from ui.labels import channel_label, counted, severity_color
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from ui.image_strip import ImageStrip

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


FEED_IMAGE_HEIGHT = 72  # the thumbnails of a grid (Facebook, X, Threads …)
COVER_HEIGHT = 150  # the one picture an Instagram or TikTok post opens with
MAX_FEED_IMAGES = 4  # a feed shows a few; "+N" says how many more
MAX_VIEW_LINES = 30


def initials(name: str) -> str:
    """Two letters for the avatar placeholder: "Dinas Kominfo Kab. Contoh" → "DK"."""
    words = [w for w in name.replace(".", " ").split() if w[:1].isalnum()]
    return "".join(w[0] for w in words[:2]).upper() or "S"


def _avatar(name: str, palette: QPalette, size: int = 36) -> QImage:
    """A round placeholder with the account's initials (drawn: no picture to load)."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
    painter.drawEllipse(0, 0, size, size)
    font = painter.font()
    font.setBold(True)
    font.setPixelSize(size * 2 // 5)
    painter.setFont(font)
    painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, initials(name))
    painter.end()
    return image


class _Thumbnails:
    """Feed-sized thumbnails of the post's images, read once per file version."""

    def __init__(self) -> None:
        self._cache: dict[tuple[str, float, int], QImage] = {}

    def get(self, path: str, height: int = FEED_IMAGE_HEIGHT) -> QImage | None:
        try:
            key = (path, Path(path).stat().st_mtime, height)
        except OSError:
            return None
        if key not in self._cache:
            reader = QImageReader(path)
            reader.setAutoTransform(True)
            size = reader.size()
            if size.isValid() and size.height() > 0:
                width = max(1, size.width() * height // size.height())
                reader.setScaledSize(QSize(width, height))
            image = reader.read()
            if image.isNull():
                return None
            if len(self._cache) > 64:
                self._cache.clear()
            self._cache[key] = image
        return self._cache[key]


_MEDIA_FIRST = frozenset({Channel.INSTAGRAM, Channel.TIKTOK})  # the picture, then the caption


class ChannelPreview(QScrollArea):
    """A card per chosen channel: its counter and the post as the feed shows it (account name
    and avatar placeholder, the text cut at the feed's "…selengkapnya", hashtags and links in
    the link colour, the images); a click on "selengkapnya" opens the whole text, as in the
    feed. A text over the channel's limit is shown whole, with the part past the limit struck
    through."""

    def __init__(self, parent: QWidget | None = None, *,
                 account: Callable[[], str] | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self._account = account or (lambda: "")
        self._inner = QWidget()
        self._layout = QVBoxLayout(self._inner)
        self._layout.addStretch(1)
        self.setWidget(self._inner)
        self.cards: dict[Channel, tuple[QLabel, QTextBrowser]] = {}
        self.expanded: set[Channel] = set()  # "selengkapnya" clicked: the whole text
        self._latest: tuple[str, list[Count], tuple[str, ...]] = ("", [], ())
        self._thumbnails = _Thumbnails()
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

    def show_post(self, text: str, counts: Sequence[Count], images: Sequence[str] = ()) -> None:
        """``images``: the paths of the post's images, in order."""
        if text != self._latest[0]:
            self.expanded.clear()  # a new text: folded again, as a reader first sees it
        self._latest = (text, list(counts), tuple(images))
        if self.isVisible():
            self._draw(*self._latest)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._draw(*self._latest)

    def _expand(self, url: QUrl) -> None:
        if url.scheme() == "more":
            self.expanded.add(Channel(url.path()))
            self._draw(*self._latest)

    def _draw(self, text: str, counts: Sequence[Count], images: Sequence[str] = ()) -> None:
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
                view.setOpenLinks(False)
                view.anchorClicked.connect(self._expand)
                view.setTabChangesFocus(True)
                view.setAccessibleName(self.tr("Pratinjau {0}").format(channel_label(item.channel)))
                view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
                self.cards[item.channel] = (label, view)
            label, view = self.cards[item.channel]
            self._layout.insertWidget(position * 2 + 1, label)
            self._layout.insertWidget(position * 2 + 2, view)
            colour = (severity_color(Severity.ERROR, self.palette()).name() if item.over
                      else self.palette().color(QPalette.ColorRole.WindowText).name())
            note = self.tr(" — terlalu panjang") if item.over else ""
            label.setText(f'<span style="color:{colour}"><b>{html.escape(item.text() + note)}</b></span>')
            view.setHtml(self._feed_html(view, item, text, images))
            if clipped:
                note = self.tr("… (pratinjau hanya menampilkan awal teks)")
                view.append(f"<p><i>{html.escape(note)}</i></p>")
            self._fit_height(view)
        self._empty.setVisible(not counts)

    def _fit_height(self, view: QTextBrowser) -> None:
        """As tall as the post (a feed card does not scroll), up to :data:`MAX_VIEW_LINES`."""
        width = max(200, self.viewport().width() - 24)
        view.document().setTextWidth(width - 2 * view.frameWidth() - 4)
        lines = self.fontMetrics().lineSpacing()
        height = int(view.document().size().height()) + 2 * view.frameWidth() + 4
        view.setFixedHeight(max(lines * 4, min(height, lines * MAX_VIEW_LINES)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        for _label, view in self.cards.values():
            self._fit_height(view)

    def _feed_html(self, view: QTextBrowser, item: Count, text: str, images: Sequence[str]) -> str:
        """The post as the feed of ``item.channel`` shows it; the avatar and the thumbnails go
        into the view's document as resources."""
        palette = view.palette()
        muted = palette.color(QPalette.ColorRole.PlaceholderText).name()
        account = self._account().strip() or self.tr("Akun instansi Anda")
        document = view.document()
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl("saring:avatar"),
                             _avatar(account, palette))
        name = html.escape(account)
        when = html.escape(self.tr("Baru saja"))
        head = ('<table cellspacing="0" cellpadding="0"><tr><td><img src="saring:avatar" width="36" '
                f'height="36"></td><td style="padding-left:8px"><b>{name}</b><br>'
                f'<span style="color:{muted}">{when}</span></td></tr></table>')
        if item.over and item.limit:
            body = preview_html(text, fitting_length(text, item.channel, item.limit), palette)
        else:
            feed = feed_text(text, item.channel)
            if feed.folded and item.channel not in self.expanded:
                body = (preview_html(feed.shown, len(feed.shown), palette)
                        + f'<a href="more:{item.channel.value}" style="color:{muted}; '
                          f'text-decoration:none">{html.escape(feed.more)}</a>')
            else:
                body = preview_html(text.strip(), len(text), palette)
        if item.channel in _MEDIA_FIRST and not item.over:
            body = f"<b>{name}</b> {body}"
        strip = self._image_strip(document, images, muted, cover=item.channel in _MEDIA_FIRST)
        parts = [head, strip, f"<p>{body}</p>"] if item.channel in _MEDIA_FIRST else \
            [head, f"<p>{body}</p>", strip]
        return "".join(p for p in parts if p)

    def _image_strip(self, document: QTextDocument, images: Sequence[str], muted: str, *,
                     cover: bool) -> str:
        """The images as the feed shows them: one cover picture with "1/N" (Instagram,
        TikTok) or a row of up to :data:`MAX_FEED_IMAGES` thumbnails and "+N"."""
        shown = images[:1] if cover else images[:MAX_FEED_IMAGES]
        height = COVER_HEIGHT if cover else FEED_IMAGE_HEIGHT
        cells = []
        for index, path in enumerate(shown):
            image = self._thumbnails.get(path, height)
            if image is None:
                continue
            url = f"saring:image{index}"
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), image)
            cells.append(f'<img src="{url}" height="{height}"> ')
        if cover and len(images) > 1:
            cells.append(f'<br><span style="color:{muted}">1/{len(images)}</span>')
        elif len(images) > len(shown):
            more = html.escape(self.tr("+{0} gambar").format(len(images) - len(shown)))
            cells.append(f'<span style="color:{muted}">{more}</span>')
        return f"<p>{''.join(cells)}</p>" if cells else ""


class PreviewUpdater(QTimer):
    """Recounts shortly after typing stops, in the worker (tokenising a 1 MB paste takes about a
    second); a result for text that has changed since is dropped."""

    def __init__(self, source: QPlainTextEdit, channels: Callable[[], Sequence[Channel]],
                 line: CounterLine, preview: ChannelPreview, tasks: TaskRunner, *,
                 images: ImageStrip | None = None) -> None:
        super().__init__(source, singleShot=True, interval=UPDATE_MS)
        self._source, self._channels, self._line, self._preview = source, channels, line, preview
        self._tasks = tasks
        self._images = images
        self._stopped = False
        source.textChanged.connect(self.start)
        if images is not None:
            images.changed.connect(self.start)
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
        paths = [c.path for c in self._images.images()] if self._images is not None else []
        self._preview.show_post(text, found, paths)

    def stop(self) -> None:
        """No more work once the window closes (its worker is shut down)."""
        self._stopped = True
        super().stop()
