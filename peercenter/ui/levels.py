"""How guardrail levels look wherever they are shown: one colour and one word each."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from peercenter.domain.guardrails import Level

COLORS = {Level.GREEN: "#2e7d4f", Level.AMBER: "#c77700", Level.RED: "#b3261e"}
SOFT = {Level.GREEN: "#e3f1e8", Level.AMBER: "#fdf0d9", Level.RED: "#fbe9e7"}


def color(level: Level) -> QColor:
    return QColor(COLORS[level])


def dot(level: Level, size: int = 12) -> QIcon:
    """A filled circle in the level's colour, for tables and lists."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(color(level))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)
