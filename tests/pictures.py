"""Small valid picture headers for tests that store images (core.store.image_size reads them)."""

from __future__ import annotations

import struct
import zlib


def png(tag: bytes = b"", width: int = 8, height: int = 8) -> bytes:
    """A PNG (signature, IHDR, IEND) of ``width`` x ``height``; ``tag`` after it makes the
    content, and so the stored name, differ."""
    ihdr = b"IHDR" + struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + ihdr + struct.pack(">I", zlib.crc32(ihdr))
            + b"\x00\x00\x00\x00IEND\xaeB`\x82" + tag)


def jpeg(tag: bytes = b"", width: int = 8, height: int = 8) -> bytes:
    """SOI, a frame header (SOF0) of ``width`` x ``height``, an empty scan, EOI, then ``tag``."""
    sof = b"\xff\xc0" + struct.pack(">HBHHB", 17, 8, height, width, 3) + bytes(9)
    return b"\xff\xd8" + sof + b"\xff\xda\x00\x0c" + bytes(10) + b"\xff\xd9" + tag


def gif(width: int, height: int, *, frame: tuple[int, int, int, int] | None = None) -> bytes:
    """A GIF89a of ``width`` x ``height`` with one image (``frame``: left, top, width, height)."""
    left, top, w, h = frame or (0, 0, width, height)
    screen = b"GIF89a" + struct.pack("<HHBBB", width, height, 0x80, 0, 0) + bytes(6)  # 2 colours
    ext = b"!\xf9\x04\x00\x00\x00\x00\x00"  # graphic control extension
    image = b"," + struct.pack("<HHHHB", left, top, w, h, 0) + b"\x02\x02\x44\x01\x00"
    return screen + ext + image + b";"


def webp(kind: str, width: int, height: int) -> bytes:
    """A WebP header of ``kind`` (VP8X, VP8L or VP8) giving ``width`` x ``height``."""
    if kind == "VP8X":
        body = b"\x00\x00\x00\x00" + (width - 1).to_bytes(3, "little") + (height - 1).to_bytes(3, "little")
    elif kind == "VP8L":
        bits = (width - 1) | ((height - 1) << 14)
        body = b"\x2f" + bits.to_bytes(4, "little") + bytes(5)
    else:
        body = b"\x00\x00\x00\x9d\x01\x2a" + struct.pack("<HH", width, height)
    chunk = kind.encode().ljust(4) + struct.pack("<I", len(body)) + body
    return b"RIFF" + struct.pack("<I", 4 + len(chunk)) + b"WEBP" + chunk
