"""How guardrail levels look wherever they are shown: one colour and one word each."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter

from peercenter.domain.guardrails import Level
from peercenter.ui import theme
from peercenter.ui.painted_icon import painted_icon

# Dark text on light backgrounds, light text on dark ones: readable either way.
COLORS = theme.BySchemeColors(
    {Level.GREEN: "#2e7d4f", Level.AMBER: "#955500", Level.RED: "#b3261e"},
    {Level.GREEN: "#80d09c", Level.AMBER: "#f0b45c", Level.RED: "#ff8f86"},
)
# Dots, bars and lines: brighter, beside their word.
MARKS = theme.BySchemeColors(
    {Level.GREEN: "#2e7d4f", Level.AMBER: "#c77700", Level.RED: "#b3261e"},
    {Level.GREEN: "#80d09c", Level.AMBER: "#f0b45c", Level.RED: "#ff8f86"},
)
SOFT = theme.BySchemeColors(
    {Level.GREEN: "#e3f1e8", Level.AMBER: "#fdf0d9", Level.RED: "#fbe9e7"},
    {Level.GREEN: "#1f3a2a", Level.AMBER: "#3d3020", Level.RED: "#3f2624"},
)


def color(level: Level) -> QColor:
    """The level's colour for dots, bars and lines."""
    return QColor(MARKS[level])


def dot(level: Level, size: int = 12) -> QIcon:
    """A filled circle in the level's colour, for tables and lists; drawn at the size and
    pixel ratio it is shown at (``size`` is kept for callers)."""
    return _dot(level)


@lru_cache(maxsize=8)
def _dot(level: Level) -> QIcon:  # the colour is read when drawn: it follows the scheme
    return painted_icon(lambda painter, rect, _mode: draw_dot(painter, rect, color(level)))


def draw_dot(painter: QPainter, rect: QRectF, colour: QColor) -> None:
    side = min(rect.width(), rect.height()) - 2
    circle = QRectF(0, 0, side, side)
    circle.moveCenter(rect.center())
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawEllipse(circle)
