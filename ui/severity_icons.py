"""Severity icons drawn with QPainter: they look the same with any fonts installed.

A symbol character such as "⛔" shows as an empty box when no installed font has it (Debian's
default fonts have none), so the window draws its own: a red disc with a white bar (harus
diperbaiki), an amber triangle with "!" (periksa), a blue disc with "i" (info) and a green disc
with a tick (no finding). Shapes differ as well as colours, for colour-blind users; the colours
are :func:`ui.labels.severity_color`, readable on the current palette.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
)

from core.check.findings import Severity
from ui.labels import severity_color


def severity_pixmap(severity: Severity | None, size: int = 16, palette: QPalette | None = None) -> QPixmap:
    """The icon of ``severity`` (``None``: no finding, ready) at ``size`` × ``size`` logical
    pixels, sharp on high-density screens."""
    ratio = QGuiApplication.primaryScreen().devicePixelRatio() if QGuiApplication.primaryScreen() else 1.0
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    colour = severity_color(severity, palette)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = float(size)
    white = QPen(QColor("white"), max(1.5, s / 8), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                 Qt.PenJoinStyle.RoundJoin)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    if severity is Severity.WARNING:
        triangle = QPolygonF([QPointF(s / 2, s * 0.06), QPointF(s * 0.97, s * 0.92),
                              QPointF(s * 0.03, s * 0.92)])
        path = QPainterPath()
        path.addPolygon(triangle)
        painter.drawPath(path)
        painter.setPen(white)
        painter.drawLine(QPointF(s / 2, s * 0.36), QPointF(s / 2, s * 0.6))
        painter.drawPoint(QPointF(s / 2, s * 0.78))
    else:
        painter.drawEllipse(QRectF(s * 0.04, s * 0.04, s * 0.92, s * 0.92))
        painter.setPen(white)
        if severity is Severity.ERROR:
            painter.drawLine(QPointF(s * 0.28, s / 2), QPointF(s * 0.72, s / 2))
        elif severity is Severity.INFO:
            painter.drawPoint(QPointF(s / 2, s * 0.3))
            painter.drawLine(QPointF(s / 2, s * 0.47), QPointF(s / 2, s * 0.72))
        else:
            painter.drawPolyline(QPolygonF([QPointF(s * 0.28, s * 0.52), QPointF(s * 0.44, s * 0.68),
                                            QPointF(s * 0.73, s * 0.36)]))
    painter.end()
    return pixmap


def severity_icon(severity: Severity | None, palette: QPalette | None = None) -> QIcon:
    icon = QIcon()
    for size in (16, 24, 32):
        icon.addPixmap(severity_pixmap(severity, size, palette))
    return icon
