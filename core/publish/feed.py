"""How much of a post a feed shows before its "…selengkapnya" link.

The limits in core.check.limits say what a platform accepts; a feed shows far less before the
reader must tap "more". These folds are approximate, as the platforms draw them by lines and
pixels, not characters; the preview uses them so that the admin sees what the first glance
of the post holds. The mobile feed is meant: most Indonesians read social media on a phone.

Sources (read 2026):
- Instagram: "only the first three lines of a caption will be displayed … we recommend adding
  a caption of 125 characters or fewer" (help.instagram.com/1643471055915254).
- Facebook: posts collapse behind "See more" at about 110 characters on mobile, 480 on a
  desktop (posttruncate.com/en/platform-limits); gui.tw's guide: the core message within the
  first 80–120 characters.
- TikTok: about 150 characters before "…more" (toolshake.xyz caption counter).
- Threads: about 250 characters on mobile (posttruncate.com/en/platform-limits).
- YouTube community posts: the first 288 characters are shown
  (lettercounter.org/blog/category/social-media; low confidence).
- X: no fold up to 280 (posttruncate.com); a website shows the whole text.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.publish.channels import Channel


@dataclass(frozen=True, slots=True)
class Fold:
    chars: int  # code points shown at most
    lines: int  # lines shown at most (a feed also stops at line breaks)
    more: str  # the link the feed shows after the cut, as in its Indonesian interface


FOLDS: dict[Channel, Fold] = {
    Channel.INSTAGRAM: Fold(125, 3, "… selengkapnya"),
    Channel.FACEBOOK: Fold(110, 4, "… Lihat selengkapnya"),
    Channel.TIKTOK: Fold(150, 2, "… selengkapnya"),
    Channel.THREADS: Fold(250, 6, "… selengkapnya"),
    Channel.YOUTUBE: Fold(288, 4, "… Baca selengkapnya"),
}


@dataclass(frozen=True, slots=True)
class FeedText:
    shown: str  # what the feed shows before its "more" link
    more: str  # the "more" link ("" when the whole text is shown)

    @property
    def folded(self) -> bool:
        return bool(self.more)


def feed_text(text: str, channel: Channel) -> FeedText:
    """The part of ``text`` the feed of ``channel`` shows at first, cut at a word boundary,
    and the "more" link after it (none when the whole text fits)."""
    text = text.strip()
    fold = FOLDS.get(channel)
    if fold is None:
        return FeedText(text, "")
    cut = min(len(text), fold.chars)
    breaks = 0
    for i, char in enumerate(text[:cut]):
        if char == "\n":
            breaks += 1
            if breaks == fold.lines:
                cut = i
                break
    if cut >= len(text):
        return FeedText(text, "")
    head = text[:cut]
    space = max(head.rfind(" "), head.rfind("\n"))
    if space > cut // 2 and not text[cut].isspace():  # do not cut a word in two
        head = head[:space]
    return FeedText(head.rstrip(), fold.more)
