"""Per-channel text limits.

X counts weighted characters as twitter-text v3 does: most Latin text weighs 1, other code
points 2, and every link 23 whatever its length. The other channels count code points.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.channels import Channel
from core.findings import Category, Finding, Severity
from core.text import TokenKind, tokenize

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


def _x_weight(char: str) -> int:
    code = ord(char)
    return 1 if any(lo <= code <= hi for lo, hi in _X_LIGHT_RANGES) else 2


def weighted_offsets(text: str, channel: Channel) -> list[int]:
    """Cumulative length after each code point of ``text``, as ``channel`` counts it."""
    if channel is not Channel.X:
        return list(range(1, len(text) + 1))
    url_weight: dict[int, int] = {}
    for token in tokenize(text):
        if token.kind is TokenKind.URL:
            url_weight[token.start] = X_URL_WEIGHT
            for i in range(token.start + 1, token.end):
                url_weight[i] = 0
    total = 0
    out: list[int] = []
    for i, char in enumerate(text):
        total += url_weight.get(i, _x_weight(char))
        out.append(total)
    return out


def length_for(text: str, channel: Channel) -> int:
    offsets = weighted_offsets(text, channel)
    return offsets[-1] if offsets else 0


def check_limits(text: str, channels: tuple[Channel, ...]) -> list[Finding]:
    """One finding per chosen channel whose limit the text exceeds, spanning the overflow."""
    findings: list[Finding] = []
    for channel in channels:
        limit = LIMITS.get(channel)
        if limit is None:
            continue
        offsets = weighted_offsets(text, channel)
        length = offsets[-1] if offsets else 0
        if length <= limit.max_chars:
            continue
        cut = next(i for i, total in enumerate(offsets) if total > limit.max_chars)
        findings.append(Finding(
            rule_id=f"platform.length.{channel.value}",
            category=Category.PLATFORM,
            severity=Severity.ERROR,
            start=cut,
            end=len(text),
            actual=text[cut:],
            message=(f"Terlalu panjang untuk {channel.label}: {length:,} dari {limit.max_chars:,} "
                     f"karakter. Persingkat {length - limit.max_chars:,} karakter, mulai dari "
                     "bagian yang ditandai.").replace(",", "."),
            reference=limit.reference,
        ))
    return findings
