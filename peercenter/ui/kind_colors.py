"""The colour of each kind of group, defined once for the agenda, the calendar and print."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from peercenter.domain.enums import GroupKind

KIND_COLORS: dict[GroupKind, str] = {
    GroupKind.PEER_SUPPORT: "#3b7ea1",
    GroupKind.MENTORING: "#8a63b8",
    GroupKind.COMMUNITY: "#c9822b",
    GroupKind.TRAINING: "#4a9458",
}

# For narrow places (table cells, calendar blocks); the full label goes in the tooltip.
KIND_SHORT_LABELS: dict[GroupKind, str] = {
    GroupKind.PEER_SUPPORT: "Peer support",
    GroupKind.MENTORING: "Mentoring",
    GroupKind.COMMUNITY: "Community",
    GroupKind.TRAINING: "Training",
}


def kind_color(kind: GroupKind) -> QColor:
    return QColor(KIND_COLORS[kind])


def kind_swatch(kind: GroupKind, size: int = 12) -> QIcon:
    """A small rounded square in the kind's colour, for table cells and legends."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(kind_color(kind))
    painter.drawRoundedRect(0, 0, size, size, 3, 3)
    painter.end()
    return QIcon(pixmap)
