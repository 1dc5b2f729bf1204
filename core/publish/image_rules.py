"""What a posting tool accepts as an image, per channel, from its published help.

Buffer (support.buffer.com/article/617, "Ideal image sizes and formats for your posts"): an
image must be under 10 MB; JPG, PNG and HEIC for every network except TikTok, which takes only
videos through Buffer; GIF also for X, Facebook, LinkedIn, Instagram, Mastodon and Pinterest.
WebP is not listed, so a .webp image is refused before the file is written.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from core.publish.channels import Channel
from core.store.models import Media

MB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class ImageRule:
    tool: str
    types: frozenset[str]  # file suffixes, lower case
    max_bytes: int
    source: str
    extra_types: Mapping[Channel, frozenset[str]] = field(default_factory=dict)
    no_images: frozenset[Channel] = frozenset()  # channels the tool posts no image to

    def problem(self, image: Media, channel: Channel) -> str:
        """Why ``image`` cannot go to ``channel`` through the tool ("" when it can)."""
        if channel in self.no_images:
            return (f"{self.tool} mengunggah ke {channel.label} hanya video, bukan gambar; unggah "
                    f"langsung di {channel.label} (Siap diunggah hari ini).")
        suffix = Path(image.path).suffix.lower()
        allowed = self.types | self.extra_types.get(channel, frozenset())
        name = image.original_name or Path(image.path).name
        if suffix not in allowed:
            kinds = ", ".join(sorted(t.lstrip(".").upper() for t in allowed))
            return (f"gambar {name} berformat {suffix.lstrip('.').upper() or '?'}; {self.tool} "
                    f"menerima {kinds} untuk {channel.label}. Simpan ulang gambar sebagai JPG atau "
                    "PNG, ganti di formulir, lalu ekspor lagi.")
        try:
            size = Path(image.path).stat().st_size
        except OSError:
            return f"gambar {name} tidak ditemukan di folder media Saring; lampirkan lagi."
        if size > self.max_bytes:
            return (f"gambar {name} berukuran {size / MB:.1f} MB; {self.tool} menerima paling besar "
                    f"{self.max_bytes // MB} MB. Perkecil gambarnya, lalu ekspor lagi.")
        return ""


BUFFER_IMAGES = ImageRule(
    "Buffer", frozenset({".jpg", ".jpeg", ".png", ".heic"}), 10 * MB,
    "support.buffer.com/article/617: under 10 MB; JPG, PNG, HEIC; GIF for X, Facebook, Instagram",
    extra_types={c: frozenset({".gif"}) for c in (Channel.X, Channel.FACEBOOK, Channel.INSTAGRAM)},
    no_images=frozenset({Channel.TIKTOK}),
)
