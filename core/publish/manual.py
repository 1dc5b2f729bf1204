"""Posting by hand (Meta Business Suite, or any tool without a CSV import): what is to be
posted today, per post and channel, with the caption as that channel gets it, the images in
order with their alt texts, and "Tandai terbit" with the published post's address.

Meta Business Suite offers no CSV import for feed posts (export-formats.md §1), so the admin
copies the caption, attaches the images and posts; Saring then records where the post went
public (``store.publications``), and the post becomes Terbit when every channel is done.
Qt-free: the window (ui/manual_posting.py) and the command line (``queue today``,
``queue published``) call these functions.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from core.errors import SaringError
from core.publish.channels import Channel
from core.store.changes import Changes
from core.store.models import Media, Post, Status
from core.store.publications import Publication
from core.store.queue import QueueStore

MAX_URL = 2048
ALT_TEXT_FILE = "teks-alternatif.txt"
_DUE = (Status.READY, Status.EXPORTED)  # still to be posted
# What a published post's address may look like per channel (a hint when it looks wrong;
# short links and regional domains exist, so an unknown host is a warning, not a refusal).
_HOSTS = {
    Channel.FACEBOOK: ("facebook.com", "fb.com", "fb.watch", "fb.me"),
    Channel.INSTAGRAM: ("instagram.com", "instagr.am"),
    Channel.X: ("x.com", "twitter.com"),
    Channel.TIKTOK: ("tiktok.com",),
    Channel.THREADS: ("threads.net", "threads.com"),
    Channel.YOUTUBE: ("youtube.com", "youtu.be"),
}


class PostUrlError(SaringError, ValueError):
    """Not the address of a published post; nothing was recorded."""


@dataclass(frozen=True, slots=True)
class ManualItem:
    """One post on one channel, as the admin posts it by hand."""

    post: Post
    channel: Channel
    caption: str
    images: tuple[Media, ...]
    published: Publication | None  # already marked on this channel
    day: dt.date  # the day of the list

    @property
    def overdue(self) -> bool:
        """Planned before the list's day and still not posted on this channel."""
        at = self.post.draft.scheduled_at
        return self.published is None and at is not None and at.date() < self.day


def caption_for(post: Post, channel: Channel) -> str:
    """The caption ``channel`` gets: the text exactly as the admin wrote and checked it (every
    export preset sends it unchanged too), without trailing blank lines. The per-channel limits
    were already checked as findings (core/check/limits.py)."""
    return post.body.rstrip()


def due_today(store: QueueStore, *, today: dt.date | None = None) -> list[ManualItem]:
    """Siap and Diekspor posts planned up to the end of ``today`` (earlier ones not yet posted
    too) and those without a plan, one item per channel; posts Terbit today stay in the list
    with their addresses, so the day's work is seen whole. Posts without a channel are left
    out (nothing to post them to)."""
    day = today or dt.date.today()
    end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time())
    posts = store.search.due(end, statuses=_DUE)
    done_today = [p for p in store.search.due(end, statuses=(Status.PUBLISHED,))
                  if p.draft.scheduled_at is not None and p.draft.scheduled_at.date() == day]
    posts = sorted(posts + done_today, key=lambda p: (p.draft.scheduled_at is None,
                                                      p.draft.scheduled_at or dt.datetime.min, p.id))
    media = store.media.for_posts(p.id for p in posts)
    marks = store.publications.for_posts(p.id for p in posts)
    items = []
    for post in posts:
        marked = {m.channel: m for m in marks.get(post.id, [])}
        for channel in post.draft.channels:
            items.append(ManualItem(post, channel, caption_for(post, channel),
                                    tuple(media.get(post.id, ())), marked.get(channel), day))
    return items


def parse_post_url(text: str, channel: Channel | None = None) -> tuple[str, str]:
    """(address, warning) from what the admin pasted: an http(s) address of the published post.
    ``warning`` is "" or a sentence when the host is not the channel's usual one. Raises
    :class:`PostUrlError` with what to paste instead."""
    url = text.strip()
    if not url:
        raise PostUrlError("Tempel alamat unggahan yang sudah terbit (salin dari tombol Bagikan → "
                           "Salin tautan di platformnya).")
    if len(url) > MAX_URL or any(c.isspace() for c in url):
        raise PostUrlError("Alamat unggahan tidak sah: satu alamat saja, tanpa spasi, paling "
                           f"panjang {MAX_URL} karakter.")
    if "://" not in url:
        url = "https://" + url
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if parts.scheme not in ("http", "https") or "." not in host:
        raise PostUrlError(f"“{text.strip()[:80]}” bukan alamat web unggahan (harus diawali "
                           "https://).")
    warning = ""
    usual = _HOSTS.get(channel) if channel else None
    if usual and not any(host == h or host.endswith("." + h) for h in usual):
        warning = (f"Alamat {host} bukan alamat {channel.label if channel else ''} yang biasa "
                   f"({', '.join(usual)}); periksa bahwa itu tautan unggahannya.")
    return url, warning


def mark_published(store: QueueStore, post_id: int, channel: Channel, url: str, *,
                   who: str = "") -> Changes:
    """Record that the post went public on ``channel`` at ``url`` (checked with
    :func:`parse_post_url` first); the post becomes Terbit when all its channels are done.
    Raises :class:`PostUrlError`, ``PublicationError``, ``PostNotFoundError``."""
    address, _ = parse_post_url(url, channel)
    return store.publications.record(post_id, channel, address, who=who)


def image_folder(post: Post, media: Sequence[Media], root: Path) -> Path:
    """A folder ``root/<post id>`` with the post's images in posting order (``1-name.jpg``,
    ``2-…``) and ``teks-alternatif.txt`` (each image's alt text, to paste into the platform's
    alt-text field). Made afresh each time, so it always matches the post. Raises ``OSError``."""
    folder = root / str(post.id)
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    lines = []
    for n, item in enumerate(media, start=1):
        source = Path(item.path)
        stem = Path(item.original_name).stem if item.original_name else source.stem
        name = f"{n}-{_safe(stem)}{source.suffix.lower()}"
        shutil.copyfile(source, folder / name)
        lines.append(f"{name}\n{item.alt_text.strip() or '(belum ada teks alternatif)'}\n")
    (folder / ALT_TEXT_FILE).write_text("\n".join(lines), encoding="utf-8")
    return folder


def _safe(stem: str) -> str:
    keep = "".join(c if c.isalnum() or c in "-_" else "-" for c in stem)[:40].strip("-")
    return keep or "gambar"

