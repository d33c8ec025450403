"""Icons drawn with QPainter at the size and pixel ratio they are shown at, so a status dot
or a kind's shape stays sharp on a 2x screen instead of being a blurred 12-pixel bitmap."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QIconEngine, QPainter, QPixmap

# Draws into the given rectangle; the mode says whether the icon sits on a selection.
Draw = Callable[[QPainter, QRectF, QIcon.Mode], None]


class _PaintedEngine(QIconEngine):
    def __init__(self, draw: Draw) -> None:
        super().__init__()
        self._draw = draw

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._draw(painter, QRectF(rect), mode)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        pixmap = QPixmap(size * scale)
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return _PaintedEngine(self._draw)


def painted_icon(draw: Draw) -> QIcon:
    """An icon that calls ``draw`` for every size and device pixel ratio it is shown at."""
    return QIcon(_PaintedEngine(draw))
