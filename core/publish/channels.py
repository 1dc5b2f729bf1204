"""The channels a post can go to."""

from __future__ import annotations

from enum import StrEnum

from core.errors import SaringError


class UnknownChannelError(SaringError, ValueError):
    """A channel name that Saring does not know."""


class Channel(StrEnum):
    FACEBOOK = "facebook"
    INSTAGRAM = "instagram"
    X = "x"
    TIKTOK = "tiktok"
    THREADS = "threads"
    YOUTUBE = "youtube"
    WEBSITE = "website"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    Channel.FACEBOOK: "Facebook",
    Channel.INSTAGRAM: "Instagram",
    Channel.X: "X",
    Channel.TIKTOK: "TikTok",
    Channel.THREADS: "Threads",
    Channel.YOUTUBE: "YouTube",
    Channel.WEBSITE: "Situs web",
}

_ALIASES = {
    "twitter": Channel.X,
    "fb": Channel.FACEBOOK,
    "ig": Channel.INSTAGRAM,
    "web": Channel.WEBSITE,
    "situs": Channel.WEBSITE,
    "situs web": Channel.WEBSITE,
    "situs-web": Channel.WEBSITE,
    "yt": Channel.YOUTUBE,
}


def parse_channel(name: str) -> Channel:
    """Channel from a name as people type it (``Instagram``, ``twitter``, ``situs web``)."""
    key = name.strip().lower()
    if key in _ALIASES:
        return _ALIASES[key]
    try:
        return Channel(key)
    except ValueError:
        known = ", ".join(c.value for c in Channel)
        raise UnknownChannelError(f"kanal tidak dikenal: {name!r} (pilihan: {known})") from None
