"""Per-channel text limits.

X counts weighted characters as twitter-text v3 does: most Latin text weighs 1, other code
points 2, every emoji 2 however many code points it has (ZWJ families, skin tones, flags,
keycaps), and every link 23 whatever its length, with or without ``https://``. A bare domain
(``kominfo.go.id``, ``linktr.ee/x``, ``youtu.be/x``) is a link when it ends in one of
twitter-text's own top-level domains (resources/twitter-text/tlds.txt, Apache-2.0, written by
scripts/update_twitter_tlds.py). The other channels count code points. Instagram
allows 5 hashtags a post and Threads 1 topic tag (shared/domain/export-formats.md).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from core.app.paths import resource_dir
from core.check.findings import Category, Finding, Severity
from core.check.text import finditer_chunked, url_spans
from core.publish.channels import Channel

X_URL_WEIGHT = 23
# Code-point ranges that weigh 1 on X (twitter-text v3 config); everything else weighs 2.
_X_LIGHT_RANGES = ((0, 4351), (8192, 8205), (8208, 8223), (8242, 8247))


@dataclass(frozen=True, slots=True)
class ChannelLimit:
    channel: Channel
    max_chars: int
    reference: str
    max_hashtags: int | None = None
    hashtag_reference: str = ""


LIMITS: dict[Channel, ChannelLimit] = {
    Channel.X: ChannelLimit(Channel.X, 280, "X: 280 karakter berbobot (twitter-text v3)"),
    Channel.INSTAGRAM: ChannelLimit(Channel.INSTAGRAM, 2200, "Instagram: keterangan 2.200 karakter",
                                    5, "Instagram: paling banyak 5 tagar per unggahan (Desember 2025)"),
    Channel.FACEBOOK: ChannelLimit(Channel.FACEBOOK, 63206, "Facebook: 63.206 karakter"),
    Channel.TIKTOK: ChannelLimit(Channel.TIKTOK, 2200, "TikTok: keterangan 2.200 karakter"),
    Channel.THREADS: ChannelLimit(Channel.THREADS, 500, "Threads: 500 karakter",
                                  1, "Threads: satu tag topik per unggahan"),
    Channel.YOUTUBE: ChannelLimit(Channel.YOUTUBE, 5000, "YouTube: deskripsi 5.000 karakter"),
}


# Code points that weigh 2 on X: everything outside the light ranges.
_X_HEAVY_RE = re.compile("[^" + "".join(f"\\U{lo:08x}-\\U{hi:08x}" for lo, hi in _X_LIGHT_RANGES) + "]")

# One emoji as a reader sees it: a pictographic base with its variation selector, skin tone,
# tag sequence and ZWJ-joined parts; a flag (two regional indicators); a keycap.
_PICTO = ("\u00a9\u00ae\u203c\u2049\u2122\u2139\u2194-\u2199\u21a9\u21aa\u231a\u231b\u2328"
          "\u23cf\u23e9-\u23f3\u23f8-\u23fa\u24c2\u25aa\u25ab\u25b6\u25c0\u25fb-\u25fe"
          "\u2600-\u27bf\u2934\u2935\u2b05-\u2b07\u2b1b\u2b1c\u2b50\u2b55\u3030\u303d"
          "\u3297\u3299\U0001f000-\U0001f1e5\U0001f200-\U0001faff")
_EMOJI_PART = f"[{_PICTO}](?:\ufe0f|[\U0001f3fb-\U0001f3ff]|[\U000e0020-\U000e007f]+)*"
_EMOJI_RE = re.compile(
    "[\U0001f1e6-\U0001f1ff]{2}"  # flag
    "|[0-9#*]\ufe0f?\u20e3"  # keycap
    f"|{_EMOJI_PART}(?:\u200d{_EMOJI_PART})*")
# A hashtag as the platforms read one: "#" after a non-word character, then letters/digits/_,
# not digits only.
HASHTAG_RE = re.compile(r"(?<![\w&#])#(?!\d+\b)\w+")


def _x_weight(char: str) -> int:
    return 2 if _X_HEAVY_RE.match(char) else 1


@functools.cache
def _x_bare_domain_re() -> re.Pattern[str]:
    """A web address without a scheme as twitter-text's ``extractUrl`` finds one: not after a
    letter, digit, ``@ $ #`` or ``- _ . /``; host labels; one of its TLDs, not followed by a
    letter, digit, ``@ + -``; then a port and a path."""
    lines = (resource_dir() / "twitter-text" / "tlds.txt").read_text(encoding="utf-8").splitlines()
    tlds = sorted((t.strip() for t in lines if t.strip() and not t.startswith("#")), key=len, reverse=True)
    return re.compile(
        # not inside a host label either (else each letter of a long word starts a new try)
        r"(?<![0-9A-Za-z\u00c0-\u024f@$#\-_./])"
        r"(?:[0-9a-z\u00c0-\u024f](?:[-0-9a-z_\u00c0-\u024f]*[0-9a-z\u00c0-\u024f])?\.)+"
        f"(?:{'|'.join(map(re.escape, tlds))})(?=[^0-9A-Za-z@+\\-]|$)"
        r"(?::\d{1,5})?(?:/[^\s<>\"']*[^\s<>\"'.,;:!?)\]}])?", re.IGNORECASE)


def x_link_spans(text: str) -> list[tuple[int, int]]:
    """Spans X counts as links: URLs with a scheme or www., and bare domains ending in one of
    twitter-text's top-level domains (the other checkers keep :func:`link_spans`'s shorter list,
    which does not take ``M.Si`` or ``S.Kom`` for addresses)."""
    spans = url_spans(text)
    taken = [range(a, b) for a, b in spans]
    for match in finditer_chunked(_x_bare_domain_re(), text):
        if not any(match.start() in r for r in taken):
            spans.append(match.span())
    return sorted(spans)


def _x_units(text: str) -> list[tuple[int, int, int]]:
    """(start, end, weight) of every counted unit: links, emoji, then single code points."""
    special = {a: (b, X_URL_WEIGHT) for a, b in x_link_spans(text)}
    for match in finditer_chunked(_EMOJI_RE, text):
        if not any(a <= match.start() < b for a, (b, _) in special.items()):
            special.setdefault(match.start(), (match.end(), 2))
    units: list[tuple[int, int, int]] = []
    i = 0
    while i < len(text):
        found = special.get(i)
        if found:
            units.append((i, found[0], found[1]))
            i = found[0]
        else:
            units.append((i, i + 1, _x_weight(text[i])))
            i += 1
    return units


def length_for(text: str, channel: Channel) -> int:
    """The length of ``text`` as ``channel`` counts it."""
    if channel is not Channel.X:
        return len(text)
    if text.isascii() and "." not in text:  # fast path: no emoji, no link
        return len(text)
    return sum(weight for _, _, weight in _x_units(text))


def hashtags(text: str) -> list[tuple[int, int]]:
    """Spans of the hashtags in ``text`` (what Instagram and Threads count)."""
    return [m.span() for m in finditer_chunked(HASHTAG_RE, text)]


def hashtag_count(text: str) -> int:
    return len(hashtags(text))


def _overflow_start(text: str, channel: Channel, max_chars: int) -> int:
    """Offset of the first code point past ``max_chars``."""
    if channel is not Channel.X:
        return max_chars
    total = 0
    for start, _, weight in _x_units(text):
        total += weight
        if total > max_chars:
            return start
    return len(text)


def check_limits(text: str, channels: tuple[Channel, ...]) -> list[Finding]:
    """One finding per chosen channel whose limit the text exceeds, spanning the overflow."""
    findings: list[Finding] = []
    tags = hashtags(text) if channels else []
    for channel in channels:
        limit = LIMITS.get(channel)
        if limit is None:
            continue
        if limit.max_hashtags is not None and len(tags) > limit.max_hashtags:
            first, last = tags[limit.max_hashtags][0], tags[-1][1]
            extra = len(tags) - limit.max_hashtags
            findings.append(Finding(
                rule_id=f"platform.hashtags.{channel.value}",
                category=Category.PLATFORM,
                severity=Severity.ERROR,
                start=first,
                end=last,
                actual=text[first:last],
                message=(f"Terlalu banyak tagar untuk {channel.label}: {len(tags)} dari paling banyak "
                         f"{limit.max_hashtags}. Hapus {extra} tagar, mulai dari yang ditandai."),
                reference=limit.hashtag_reference,
            ))
        length = length_for(text, channel)
        if length <= limit.max_chars:
            continue
        cut = _overflow_start(text, channel, limit.max_chars)
        findings.append(Finding(
            rule_id=f"platform.length.{channel.value}",
            category=Category.PLATFORM,
            severity=Severity.ERROR,
            start=cut,
            end=len(text),
            actual=text[cut:],
            message=(f"Terlalu panjang untuk {channel.label}: {_thousands(length)} dari "
                     f"{_thousands(limit.max_chars)} karakter. Persingkat "
                     f"{_thousands(length - limit.max_chars)} karakter, mulai dari "
                     "bagian yang ditandai."),
            reference=limit.reference,
        ))
    return findings


def _thousands(number: int) -> str:
    """``2200`` as Indonesian writes it: ``2.200``."""
    return f"{number:,}".replace(",", ".")


# Channels that publish no text-only post: a photo (or video) is the post. Instagram's feed
# and TikTok's photo mode need at least one image; Saring attaches images only, no video.
MEDIA_REQUIRED: dict[Channel, str] = {
    Channel.INSTAGRAM: "Instagram: setiap unggahan feed berupa foto atau video (tidak ada unggahan "
                       "teks saja)",
    Channel.TIKTOK: "TikTok: setiap unggahan berupa video atau foto (mode foto)",
}


def check_media(channels: tuple[Channel, ...], images: int) -> list[Finding]:
    """One post-level finding per chosen channel that cannot publish a post with ``images``
    images (none: Instagram and TikTok need a photo or video). A warning, not an error: a draft
    often gets its image later, and the other channels can take the post as it is; an export
    to a posting tool refuses the Instagram or TikTok row itself (core/publish/export.py)."""
    if images:
        return []
    return [Finding(
        rule_id=f"platform.media.{channel.value}",
        category=Category.PLATFORM,
        severity=Severity.WARNING,
        start=0, end=0,
        message=(f"{channel.label} tidak menerima unggahan tanpa gambar atau video. Lampirkan "
                 f"gambar (dengan teks alternatif), atau hapus {channel.label} dari kanal tujuan."),
        reference=MEDIA_REQUIRED[channel],
    ) for channel in dict.fromkeys(channels) if channel in MEDIA_REQUIRED]
