"""One day as a list: every session with its time, room, people, topic and state."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from peercenter.services.schedule.common import SessionView
from peercenter.ui import formatting, theme
from peercenter.ui.kind_colors import kind_short_label, kind_swatch
from peercenter.ui.screens.calendar.session_text import cancelled_text
from peercenter.ui.tables import Column, RowStyle


def _state(s: SessionView) -> str:
    if s.cancelled:
        return cancelled_text(s)
    if s.conflict:
        return QCoreApplication.translate("SessionText", "Clash: {clash}").format(clash=s.conflict)
    if s.moved:
        was = s.occurrence_start
        if was.date() == s.starts_at.date():
            return QCoreApplication.translate("CalendarScreen", "Moved from {time}").format(
                time=formatting.clock_time(was)
            )
        return QCoreApplication.translate("SessionText", "Moved from {day} {time}").format(
            day=formatting.short_date(was.date()), time=formatting.clock_time(was)
        )
    if s.is_exception:
        return QCoreApplication.translate("CalendarScreen", "Changed for this day")
    return ""


def agenda_columns() -> list[Column[SessionView]]:
    """The day's columns, titled in the window's language."""
    return [
        Column(
            QCoreApplication.translate("CalendarScreen", "Time"),
            lambda s: formatting.time_range(s.starts_at, s.ends_at),
            sort=lambda s: s.starts_at,
            width=100,
        ),
        Column(
            QCoreApplication.translate("CalendarScreen", "Group"),
            lambda s: s.group_name,
            tooltip=lambda s: s.group_name,
            width=200,
        ),
        Column(
            QCoreApplication.translate("CalendarScreen", "Kind"),
            lambda s: kind_short_label(s.kind),
            sort=lambda s: s.kind.label,
            decoration=lambda s: kind_swatch(s.kind),
            tooltip=lambda s: s.kind.label,
            width=120,
        ),
        Column(QCoreApplication.translate("CalendarScreen", "Room"), lambda s: s.room, width=120),
        Column(
            QCoreApplication.translate("CalendarScreen", "Facilitators"),
            lambda s: ", ".join(s.facilitators),
            tooltip=lambda s: ", ".join(s.facilitators),
            width=170,
        ),
        Column(QCoreApplication.translate("CalendarScreen", "Topic"), lambda s: s.topic, width=140),
        Column(
            QCoreApplication.translate("CalendarScreen", "Notes"),
            _state,
            tooltip=_state,
            stretch=True,
            decoration=lambda s: QColor(theme.ERROR) if s.conflict and not s.cancelled else None,
        ),
    ]


def agenda_style(s: SessionView) -> RowStyle | None:
    if s.cancelled:
        return RowStyle(muted=True, italic=True)
    return None
