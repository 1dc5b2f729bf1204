"""Per-channel text limits.

X counts weighted characters as twitter-text v3 does: most Latin text weighs 1, other code
points 2, and every link 23 whatever its length. The other channels count code points.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.channels import Channel
from core.findings import Category, Finding, Severity
from core.text import url_spans

X_URL_WEIGHT = 23
# Code-point ranges that weigh 1 on X (twitter-text v3 config); everything else weighs 2.
_X_LIGHT_RANGES = ((0, 4351), (8192, 8205), (8208, 8223), (8242, 8247))


@dataclass(frozen=True, slots=True)
class ChannelLimit:
    channel: Channel
    max_chars: int
    reference: str


LIMITS: dict[Channel, ChannelLimit] = {
    Channel.X: ChannelLimit(Channel.X, 280, "X: 280 karakter berbobot (twitter-text v3)"),
    Channel.INSTAGRAM: ChannelLimit(Channel.INSTAGRAM, 2200, "Instagram: keterangan 2.200 karakter"),
    Channel.FACEBOOK: ChannelLimit(Channel.FACEBOOK, 63206, "Facebook: 63.206 karakter"),
    Channel.TIKTOK: ChannelLimit(Channel.TIKTOK, 2200, "TikTok: keterangan 2.200 karakter"),
    Channel.THREADS: ChannelLimit(Channel.THREADS, 500, "Threads: 500 karakter"),
    Channel.YOUTUBE: ChannelLimit(Channel.YOUTUBE, 5000, "YouTube: deskripsi 5.000 karakter"),
}


# Code points that weigh 2 on X: everything outside the light ranges.
_X_HEAVY_RE = re.compile("[^" + "".join(f"\\U{lo:08x}-\\U{hi:08x}" for lo, hi in _X_LIGHT_RANGES) + "]")


def _x_weight(char: str) -> int:
    return 2 if _X_HEAVY_RE.match(char) else 1


def length_for(text: str, channel: Channel) -> int:
    """The length of ``text`` as ``channel`` counts it."""
    if channel is not Channel.X:
        return len(text)
    length = len(text) + len(_X_HEAVY_RE.findall(text))
    for start, end in url_spans(text):
        length += X_URL_WEIGHT - (end - start) - len(_X_HEAVY_RE.findall(text, start, end))
    return length


def _overflow_start(text: str, channel: Channel, max_chars: int) -> int:
    """Offset of the first code point past ``max_chars``."""
    if channel is not Channel.X:
        return max_chars
    links = dict(url_spans(text))
    total, i = 0, 0
    while i < len(text):
        end = links.get(i)
        total += X_URL_WEIGHT if end else _x_weight(text[i])
        if total > max_chars:
            return i
        i = end or i + 1
    return len(text)


def check_limits(text: str, channels: tuple[Channel, ...]) -> list[Finding]:
    """One finding per chosen channel whose limit the text exceeds, spanning the overflow."""
    findings: list[Finding] = []
    for channel in channels:
        limit = LIMITS.get(channel)
        if limit is None:
            continue
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
