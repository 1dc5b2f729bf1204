"""The pixel size of a picture, read from its header before anything decodes it.

A picture of a few kilobytes can declare 100,000 x 100,000 pixels: decoding it (a thumbnail,
the preview) would take 40 GB. Every picture that enters Saring (the image picker, a review
bundle) is checked here first: its header must be that of the type its name says (PNG, JPEG,
GIF, WebP), and its width, height and pixel count within :data:`MAX_SIDE` and
:data:`MAX_PIXELS`. Only headers are read (JPEG segments are skipped by their lengths, GIF
blocks likewise, with a cap on the steps), so a hostile file costs no more than reading it.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from core.errors import SaringError

MAX_SIDE = 20_000  # pixels, width or height
# 100 megapixels: a 108 MP phone photo passes; decoded as RGBA it takes 400 MB, within the
# 1 GB that issue 15 allows for any input.
MAX_PIXELS = 100_000_000
MAX_STEPS = 200_000  # JPEG segments or GIF blocks read before the size is found
KINDS = {".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG", ".gif": "GIF", ".webp": "WebP"}


class ImageRefusedError(SaringError, ValueError):
    """A picture that is not what its name says, or too large in pixels; the message is for
    people (Indonesian) and names no file (the caller adds it)."""


@dataclass(frozen=True, slots=True)
class ImageSize:
    kind: str
    width: int
    height: int


def check_image_bytes(suffix: str, data: bytes) -> ImageSize:
    return check_image_file(suffix, io.BytesIO(data))


def check_image_path(path: Path) -> ImageSize:
    """:func:`check_image_file` for a file on disk (the image picker, before any preview)."""
    try:
        with path.open("rb") as handle:
            return check_image_file(path.suffix, handle)
    except OSError as exc:
        raise ImageRefusedError(f"berkas tidak dapat dibaca ({exc.strerror or exc}).") from exc


def check_image_file(suffix: str, handle: BinaryIO) -> ImageSize:
    """The size of the picture in ``handle`` (read from its start) whose file name ends in
    ``suffix``; raises :class:`ImageRefusedError` when it is not that kind of picture, its size
    cannot be read, or it is over the limits."""
    kind = KINDS.get(suffix.lower())
    if kind is None:
        raise ImageRefusedError(f"jenis berkas {suffix or '(tanpa akhiran)'} bukan gambar yang "
                                f"didukung ({', '.join(sorted(KINDS))}).")
    handle.seek(0)
    head = handle.read(32)
    if not _looks_like(kind, head):
        raise ImageRefusedError(f"isinya bukan gambar {kind} seperti kata namanya.")
    try:
        width, height = _READERS[kind](handle, head)
    except (EOFError, ValueError, OSError):
        width = height = 0
    if width <= 0 or height <= 0:
        raise ImageRefusedError(f"ukuran gambar {kind} ini tidak dapat dibaca dari kepalanya "
                                "(berkas rusak atau terpotong).")
    if max(width, height) > MAX_SIDE or width * height > MAX_PIXELS:
        raise ImageRefusedError(
            f"gambar {width:,} × {height:,} piksel, lebih dari batas {MAX_SIDE:,} piksel per sisi "
            f"dan {MAX_PIXELS // 1_000_000} megapiksel. Perkecil gambarnya lalu pilih lagi.")
    return ImageSize(kind, width, height)


def _looks_like(kind: str, head: bytes) -> bool:
    return {"PNG": head.startswith(b"\x89PNG\r\n\x1a\n"),
            "JPEG": head.startswith(b"\xff\xd8\xff"),
            "GIF": head[:6] in (b"GIF87a", b"GIF89a"),
            "WebP": head[:4] == b"RIFF" and head[8:12] == b"WEBP"}[kind]


def _read(handle: BinaryIO, n: int) -> bytes:
    data = handle.read(n)
    if len(data) != n:
        raise EOFError
    return data


def _png(handle: BinaryIO, head: bytes) -> tuple[int, int]:
    if head[12:16] != b"IHDR" or len(head) < 24:
        return 0, 0
    return int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")


_SOF = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}


def _jpeg(handle: BinaryIO, head: bytes) -> tuple[int, int]:
    """Walk the segments after SOI to the first frame header (SOFn), which holds the size."""
    handle.seek(2)
    for _ in range(MAX_STEPS):
        byte = _read(handle, 1)
        if byte != b"\xff":
            return 0, 0  # segments follow each other: anything else is a broken file
        marker = _read(handle, 1)[0]
        while marker == 0xFF:  # fill bytes
            marker = _read(handle, 1)[0]
        if marker in (0x01, *range(0xD0, 0xD8)):  # no length
            continue
        if marker in (0xD9, 0xDA):  # end of image, or the scan, before any frame header
            return 0, 0
        length = int.from_bytes(_read(handle, 2), "big")
        if length < 2:
            return 0, 0
        if marker in _SOF:
            body = _read(handle, 5)
            return int.from_bytes(body[3:5], "big"), int.from_bytes(body[1:3], "big")
        handle.seek(length - 2, io.SEEK_CUR)
    return 0, 0


def _gif(handle: BinaryIO, head: bytes) -> tuple[int, int]:
    """The logical screen, grown to every frame's extent (a frame may reach past it)."""
    width, height = int.from_bytes(head[6:8], "little"), int.from_bytes(head[8:10], "little")
    handle.seek(13)
    if head[10] & 0x80:  # global colour table
        handle.seek(3 << ((head[10] & 7) + 1), io.SEEK_CUR)
    steps = 0
    while steps < MAX_STEPS:
        block = handle.read(1)
        if block in (b"", b";"):  # trailer (or a file cut after its last frame)
            return width, height
        if block == b"!":  # extension: label, then sub-blocks
            _read(handle, 1)
        elif block == b",":  # image descriptor
            left, top, w, h = (int.from_bytes(x, "little") for x in _pairs(_read(handle, 8)))
            width, height = max(width, left + w), max(height, top + h)
            packed = _read(handle, 1)[0]
            if packed & 0x80:  # local colour table
                handle.seek(3 << ((packed & 7) + 1), io.SEEK_CUR)
            _read(handle, 1)  # LZW minimum code size
        else:
            return 0, 0
        while steps < MAX_STEPS:  # sub-blocks up to the empty one
            steps += 1
            size = _read(handle, 1)[0]
            if size == 0:
                break
            handle.seek(size, io.SEEK_CUR)
    return 0, 0


def _pairs(data: bytes) -> tuple[bytes, ...]:
    return tuple(data[i:i + 2] for i in range(0, len(data), 2))


def _webp(handle: BinaryIO, head: bytes) -> tuple[int, int]:
    """The first chunk: VP8 (lossy), VP8L (lossless) or VP8X (extended: the canvas)."""
    handle.seek(12)
    chunk = _read(handle, 8)
    body = handle.read(10)
    fourcc = chunk[:4]
    if fourcc == b"VP8 " and body[3:6] == b"\x9d\x01\x2a" and len(body) >= 10:
        return (int.from_bytes(body[6:8], "little") & 0x3FFF,
                int.from_bytes(body[8:10], "little") & 0x3FFF)
    if fourcc == b"VP8L" and body[:1] == b"\x2f" and len(body) >= 5:
        bits = int.from_bytes(body[1:5], "little")
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    if fourcc == b"VP8X" and len(body) >= 10:
        return int.from_bytes(body[4:7], "little") + 1, int.from_bytes(body[7:10], "little") + 1
    return 0, 0


_READERS = {"PNG": _png, "JPEG": _jpeg, "GIF": _gif, "WebP": _webp}
