"""Icons drawn as SVG files under resources/icons. Line icons are drawn in ``INK``, which is
replaced by the text colour of the scheme in use (so they show on a dark sidebar too) and by
the colour of selected text on a selection. They are drawn at the size and pixel ratio they
are shown at."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QRectF
from PySide6.QtGui import QIcon, QPainter

from peercenter.paths import resource
from peercenter.ui import theme

if TYPE_CHECKING:  # the login window shows only the program's icon: loaded for the others
    from PySide6.QtSvg import QSvgRenderer

APP_ICON = "peercenter"
INK = "#2f4a4d"


def icon(name: str) -> QIcon:
    """The named icon; an empty icon when the file is missing, so a screen still opens."""
    path = resource("icons", f"{name}.svg")
    if not path.exists():
        return QIcon()
    svg = path.read_text(encoding="utf-8")
    if INK not in svg:
        return QIcon(str(path))

    from peercenter.ui.painted_icon import painted_icon

    def draw(painter: QPainter, rect: QRectF, mode: QIcon.Mode) -> None:
        ink = theme.ON_ACCENT if mode == QIcon.Mode.Selected else theme.TEXT
        _renderer(svg, ink).render(painter, rect)

    return painted_icon(draw)


@lru_cache(maxsize=64)
def _renderer(svg: str, ink: str) -> QSvgRenderer:
    from PySide6.QtSvg import QSvgRenderer

    return QSvgRenderer(QByteArray(svg.replace(INK, ink).encode("utf-8")))


def app_icon() -> QIcon:
    """The program's own icon in its own colours, for the window and the task bar."""
    return QIcon(str(resource("icons", f"{APP_ICON}.svg")))
