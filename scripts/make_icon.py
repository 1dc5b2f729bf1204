"""Draw Saring's icon (a funnel — "saring" is to filter — with a check mark) with QPainter and
write resources/icons/saring.png (256 px) and saring.ico (16–256 px, PNG-compressed entries).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_icon.py

Drawn by the Saring team for this project; licence in resources/icons/README.md.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

OUT = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(size / 256, size / 256)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(QColor("#0f6e6e")))
    p.drawRoundedRect(QRectF(8, 8, 240, 240), 48, 48)
    funnel = QPainterPath()
    funnel.moveTo(44, 52)
    funnel.lineTo(212, 52)
    funnel.lineTo(146, 132)
    funnel.lineTo(146, 200)
    funnel.lineTo(110, 220)
    funnel.lineTo(110, 132)
    funnel.closeSubpath()
    p.setBrush(QBrush(QColor("#ffffff")))
    p.drawPath(funnel)
    pen = QPen(QColor("#f2b705"), 26, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
               Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    check = QPainterPath(QPointF(160, 190))
    check.lineTo(184, 212)
    check.lineTo(222, 160)
    p.drawPath(check)
    p.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico_bytes(images: list[tuple[int, bytes]]) -> bytes:
    """ICO container with PNG entries (read by Windows Vista and later)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, blobs = b"", b""
    for size, blob in images:
        side = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        blobs += blob
        offset += len(blob)
    return header + entries + blobs


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "saring.png").write_bytes(png_bytes(draw(256)))
    (OUT / "saring.ico").write_bytes(ico_bytes([(s, png_bytes(draw(s))) for s in SIZES]))
    print(f"wrote {OUT / 'saring.png'} and {OUT / 'saring.ico'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
