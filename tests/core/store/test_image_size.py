"""Pixel sizes read from picture headers: real pictures made by Qt, and crafted headers that
declare huge sizes in a few bytes (decompression bombs) in every supported format."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import pytest

from core.store.image_size import (
    MAX_PIXELS,
    MAX_SIDE,
    ImageRefusedError,
    check_image_bytes,
    check_image_file,
)
from tests.pictures import gif, webp


def png(width: int, height: int) -> bytes:
    """A PNG header (signature, IHDR with its CRC) declaring ``width`` x ``height``."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    chunk = b"IHDR" + ihdr
    return (b"\x89PNG\r\n\x1a\n" + struct.pack(">I", len(ihdr)) + chunk
            + struct.pack(">I", zlib.crc32(chunk)) + b"\x00\x00\x00\x00IEND\xaeB`\x82")


def jpeg(width: int, height: int, *, exif: int = 0) -> bytes:
    """SOI, an APP1 segment of ``exif`` bytes, a DQT, then the frame header (SOF0)."""
    app1 = b"\xff\xe1" + struct.pack(">H", exif + 2) + b"E" * exif
    dqt = b"\xff\xdb" + struct.pack(">H", 67) + bytes(65)
    sof = b"\xff\xc0" + struct.pack(">HBHHB", 17, 8, height, width, 3) + bytes(9)
    return b"\xff\xd8" + app1 + dqt + sof + b"\xff\xda\x00\x0c" + bytes(10) + b"\xff\xd9"


@pytest.mark.parametrize(("suffix", "data", "size"), [
    (".png", png(640, 480), (640, 480)),
    (".jpg", jpeg(4000, 3000, exif=60_000), (4000, 3000)),
    (".jpeg", jpeg(12_000, 8_000), (12_000, 8_000)),  # a 96 MP phone photo passes
    (".gif", gif(320, 200), (320, 200)),
    (".webp", webp("VP8 ", 1080, 1350), (1080, 1350)),
    (".webp", webp("VP8L", 300, 300), (300, 300)),
    (".webp", webp("VP8X", 2000, 1000), (2000, 1000)),
])
def test_sizes_read_from_headers(suffix: str, data: bytes, size: tuple[int, int]) -> None:
    found = check_image_bytes(suffix, data)
    assert (found.width, found.height) == size


@pytest.mark.parametrize(("suffix", "data"), [
    (".png", png(100_000, 100_000)),
    (".png", png(MAX_SIDE + 1, 10)),
    (".jpg", jpeg(60_000, 60_000, exif=30_000)),
    (".jpg", jpeg(15_000, 15_000)),  # each side allowed, 225 MP not
    (".gif", gif(65_535, 65_535)),
    (".gif", gif(10, 10, frame=(0, 0, 40_000, 40_000))),  # a frame far larger than the screen
    (".webp", webp("VP8X", 16_000_000, 16_000_000)),
    (".webp", webp("VP8X", 16_000, 16_000)),
])
def test_decompression_bombs_are_refused(suffix: str, data: bytes) -> None:
    with pytest.raises(ImageRefusedError, match="lebih dari batas"):
        check_image_bytes(suffix, data)
    assert len(data) < 100_000  # a few kilobytes declaring gigapixels


@pytest.mark.parametrize(("suffix", "data", "says"), [
    (".png", b"<html><script>alert(1)</script></html>", "bukan gambar PNG"),
    (".jpg", b"MZ\x90\x00" + bytes(100), "bukan gambar JPEG"),
    (".gif", png(10, 10), "bukan gambar GIF"),
    (".png", b"\x89PNG\r\n\x1a\n", "tidak dapat dibaca"),
    (".jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(5), "tidak dapat dibaca"),  # cut short
    (".jpg", b"\xff\xd8\xff\xda\x00\x02" + bytes(50), "tidak dapat dibaca"),  # no frame header
    (".gif", b"GIF89a" + bytes(7) + b"x", "tidak dapat dibaca"),
    (".webp", b"RIFF\x10\x00\x00\x00WEBPJUNK\x00\x00\x00\x00", "tidak dapat dibaca"),
    (".bmp", b"BM" + bytes(50), "bukan gambar yang didukung"),
])
def test_wrong_or_broken_headers_are_refused(suffix: str, data: bytes, says: str) -> None:
    with pytest.raises(ImageRefusedError, match=says):
        check_image_bytes(suffix, data)


def test_a_jpeg_of_many_tiny_segments_stops_at_the_step_cap() -> None:
    data = b"\xff\xd8" + b"\xff\xfe\x00\x02" * 300_000 + jpeg(10, 10)[2:]
    with pytest.raises(ImageRefusedError):
        check_image_bytes(".jpg", data)


def test_real_pictures_written_by_qt(tmp_path: Path) -> None:
    from PySide6.QtGui import QColor, QImage

    image = QImage(123, 45, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    for suffix in (".png", ".jpg", ".gif", ".webp"):
        path = tmp_path / f"foto{suffix}"
        if not image.save(str(path)):
            continue  # a Qt without this writer plugin
        with path.open("rb") as handle:
            found = check_image_file(suffix, handle)
        assert (found.width, found.height) == (123, 45), suffix


def test_limits_are_those_stated() -> None:
    assert MAX_SIDE == 20_000 and MAX_PIXELS == 100_000_000
    assert check_image_file(".png", io.BytesIO(png(MAX_SIDE, MAX_PIXELS // MAX_SIDE))).width == MAX_SIDE
