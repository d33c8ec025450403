"""Colours and short texts for levels and statuses, shared by the training screens."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from peercenter.domain.credentials.alerts import AlertLevel
from peercenter.domain.credentials.status import Status
from peercenter.ui import theme

LEVEL_COLORS = {
    AlertLevel.CRITICAL: theme.ERROR,
    AlertLevel.WARNING: "#a15c00",
    AlertLevel.NOTICE: "#2f5f8a",
    AlertLevel.INFO: theme.MUTED,
}
LEVEL_LABELS = {
    AlertLevel.CRITICAL: "Urgent",
    AlertLevel.WARNING: "Warning",
    AlertLevel.NOTICE: "Coming up",
    AlertLevel.INFO: "Note",
}
GOOD = "#2e7d4f"
STATUS_COLORS = {
    Status.MET: GOOD,
    Status.ACHIEVED: GOOD,
    Status.ON_SCHEDULE: GOOD,
    Status.GAPS: "#a15c00",
    Status.ON_TRACK: theme.ACCENT,
    Status.NO_RECENT_PROGRESS: "#a15c00",
    Status.BEHIND: "#a15c00",
    Status.CANNOT_BE_MET: theme.ERROR,
    Status.OVERDUE: theme.ERROR,
    Status.NOT_YET: theme.MUTED,
    Status.ENDED: theme.MUTED,
}


def level_color(level: AlertLevel | None) -> str:
    return LEVEL_COLORS[level] if level is not None else GOOD


def dot(color: str, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(color))
    painter.drawEllipse(0, 0, size, size)
    painter.end()
    return QIcon(pixmap)


def hours_text(minutes: int | float | None) -> str:
    """'12 h', '7.5 h', '' for nothing."""
    if minutes is None:
        return ""
    value = round(minutes / 60, 2)
    return f"{value:g} h"
