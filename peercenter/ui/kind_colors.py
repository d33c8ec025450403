"""How each kind of group looks, defined once for the agenda, the calendar and print: a colour
and a shape, so that kinds are told apart without relying on colour (a circle, a diamond, a
triangle and a square)."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPolygonF

from peercenter.domain.enums import GroupKind
from peercenter.ui.language import QT_TRANSLATE_NOOP
from peercenter.ui.painted_icon import painted_icon

KIND_COLORS: dict[GroupKind, str] = {
    GroupKind.PEER_SUPPORT: "#3b7ea1",
    GroupKind.MENTORING: "#8a63b8",
    GroupKind.COMMUNITY: "#c9822b",
    GroupKind.TRAINING: "#4a9458",
}

# For narrow places (table cells, calendar blocks); the full label goes in the tooltip.
# In English here; ``kind_short_label`` says them in the window's language.
KIND_SHORT_LABELS: dict[GroupKind, str] = {
    GroupKind.PEER_SUPPORT: QT_TRANSLATE_NOOP("kind_colors", "Peer support"),
    GroupKind.MENTORING: QT_TRANSLATE_NOOP("kind_colors", "Mentoring"),
    GroupKind.COMMUNITY: QT_TRANSLATE_NOOP("kind_colors", "Community"),
    GroupKind.TRAINING: QT_TRANSLATE_NOOP("kind_colors", "Training"),
}

KIND_SHAPES: dict[GroupKind, str] = {
    GroupKind.PEER_SUPPORT: "circle",
    GroupKind.MENTORING: "diamond",
    GroupKind.COMMUNITY: "triangle",
    GroupKind.TRAINING: "square",
}


def kind_short_label(kind: GroupKind) -> str:
    """The kind's short name in the window's language."""
    return QCoreApplication.translate("kind_colors", KIND_SHORT_LABELS[kind])


def kind_color(kind: GroupKind) -> QColor:
    return QColor(KIND_COLORS[kind])


def draw_kind_mark(
    painter: QPainter, rect: QRectF, kind: GroupKind, colour: QColor | None = None
) -> None:
    """The kind's shape filled in its colour (or ``colour``), inside ``rect``."""
    side = min(rect.width(), rect.height())
    box = QRectF(0, 0, side, side)
    box.moveCenter(rect.center())
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour if colour is not None else kind_color(kind))
    shape = KIND_SHAPES[kind]
    if shape == "circle":
        painter.drawEllipse(box.adjusted(0.5, 0.5, -0.5, -0.5))
    elif shape == "square":
        inset = side * 0.08
        painter.drawRoundedRect(box.adjusted(inset, inset, -inset, -inset), 1.5, 1.5)
    elif shape == "diamond":
        c = box.center()
        half = side / 2
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(c.x(), c.y() - half),
                    QPointF(c.x() + half, c.y()),
                    QPointF(c.x(), c.y() + half),
                    QPointF(c.x() - half, c.y()),
                ]
            )
        )
    else:  # triangle
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(box.center().x(), box.top() + side * 0.05),
                    QPointF(box.right(), box.bottom() - side * 0.08),
                    QPointF(box.left(), box.bottom() - side * 0.08),
                ]
            )
        )
    painter.restore()


@lru_cache(maxsize=16)
def kind_swatch(kind: GroupKind, size: int = 12) -> QIcon:
    """The kind's shape in its colour, sharp at any size and scale, for cells and legends.
    (``size`` is kept for callers; the icon draws itself at whatever size it is shown.)"""
    return painted_icon(lambda painter, rect, _mode: draw_kind_mark(painter, rect, kind))
