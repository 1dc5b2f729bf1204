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


def gif(tag: bytes = b"", width: int = 8, height: int = 8) -> bytes:
    """A GIF89a logical screen of ``width`` x ``height`` with no colour table, then the trailer."""
    return b"GIF89a" + struct.pack("<HHBBB", width, height, 0, 0, 0) + b";" + tag


def webp(tag: bytes = b"", width: int = 8, height: int = 8) -> bytes:
    """A RIFF/WEBP file whose first chunk is VP8X (the extended canvas of ``width`` x ``height``)."""
    body = bytes(4) + (width - 1).to_bytes(3, "little") + (height - 1).to_bytes(3, "little")
    chunk = b"VP8X" + struct.pack("<I", len(body)) + body
    return b"RIFF" + struct.pack("<I", 4 + len(chunk)) + b"WEBP" + chunk + tag


def picture(suffix: str, tag: bytes = b"") -> bytes:
    """A valid header for an image file ending in ``suffix`` (.png, .jpg/.jpeg, .gif, .webp)."""
    make = {".png": png, ".jpg": jpeg, ".jpeg": jpeg, ".gif": gif, ".webp": webp}[suffix.lower()]
    return make(tag)
