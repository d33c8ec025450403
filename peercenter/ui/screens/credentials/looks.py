"""Colours and short texts for levels and statuses, shared by the training screens."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QIcon

from peercenter.domain.credentials.alerts import AlertLevel
from peercenter.domain.credentials.status import Status
from peercenter.ui import theme
from peercenter.ui.language import QT_TRANSLATE_NOOP
from peercenter.ui.levels import draw_dot
from peercenter.ui.painted_icon import painted_icon


def _levels(c: theme.Colors) -> dict[AlertLevel, str]:
    return {
        AlertLevel.CRITICAL: c.error,
        AlertLevel.WARNING: c.warning,
        AlertLevel.NOTICE: c.notice,
        AlertLevel.INFO: c.muted,
    }


def _statuses(c: theme.Colors) -> dict[Status, str]:
    return {
        Status.MET: c.good,
        Status.ACHIEVED: c.good,
        Status.ON_SCHEDULE: c.good,
        Status.GAPS: c.warning,
        Status.ON_TRACK: c.accent_text,
        Status.NO_RECENT_PROGRESS: c.warning,
        Status.BEHIND: c.warning,
        Status.CANNOT_BE_MET: c.error,
        Status.OVERDUE: c.error,
        Status.NOT_YET: c.muted,
        Status.ENDED: c.muted,
    }


# Text colours, light or dark with the scheme in use.
LEVEL_COLORS = theme.BySchemeColors(_levels(theme.LIGHT), _levels(theme.DARK))
STATUS_COLORS = theme.BySchemeColors(_statuses(theme.LIGHT), _statuses(theme.DARK))
LEVEL_LABELS = {
    AlertLevel.CRITICAL: QT_TRANSLATE_NOOP("CredentialLevels", "Urgent"),
    AlertLevel.WARNING: QT_TRANSLATE_NOOP("CredentialLevels", "Warning"),
    AlertLevel.NOTICE: QT_TRANSLATE_NOOP("CredentialLevels", "Coming up"),
    AlertLevel.INFO: QT_TRANSLATE_NOOP("CredentialLevels", "Note"),
}


def level_label(level: AlertLevel) -> str:
    """The level's word, in the window's language."""
    return QCoreApplication.translate("CredentialLevels", LEVEL_LABELS[level])


def level_color(level: AlertLevel | None) -> str:
    return LEVEL_COLORS[level] if level is not None else theme.GOOD


def dot(color: str, size: int = 12) -> QIcon:
    """A filled circle, sharp at any scale (``size`` is kept for callers)."""
    return _dot(color)


@lru_cache(maxsize=32)
def _dot(color: str) -> QIcon:
    return painted_icon(lambda painter, rect, _mode: draw_dot(painter, rect, QColor(color)))


def hours_text(minutes: int | float | None) -> str:
    """'12 h', '7.5 h', '' for nothing."""
    if minutes is None:
        return ""
    value = round(minutes / 60, 2)
    return f"{value:g} h"
