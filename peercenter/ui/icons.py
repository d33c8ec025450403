"""Icons drawn as SVG files under resources/icons. Line icons are drawn in ``INK``; a white copy
is added for the selected state so they stay visible on the accent colour."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from peercenter.paths import resource

APP_ICON = "peercenter"
INK = "#2f4a4d"
_SIZES = (16, 20, 24, 32, 48)


def icon(name: str) -> QIcon:
    """The named icon; an empty icon when the file is missing, so a screen still opens."""
    path = resource("icons", f"{name}.svg")
    if not path.exists():
        return QIcon()
    result = QIcon(str(path))
    svg = path.read_text(encoding="utf-8")
    if INK in svg:
        renderer = QSvgRenderer(QByteArray(svg.replace(INK, "#ffffff").encode("utf-8")))
        for size in _SIZES:
            result.addPixmap(_render(renderer, size), QIcon.Mode.Selected)
    return result


def _render(renderer: QSvgRenderer, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter)
    painter.end()
    return pixmap


def app_icon() -> QIcon:
    return icon(APP_ICON)
