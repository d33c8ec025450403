"""One day as a list: every session with its time, room, people, topic and state."""

from __future__ import annotations

from PySide6.QtGui import QColor

from peercenter.services.schedule.common import SessionView
from peercenter.ui import formatting, theme
from peercenter.ui.kind_colors import KIND_SHORT_LABELS, kind_swatch
from peercenter.ui.tables import Column, RowStyle


def _state(s: SessionView) -> str:
    if s.cancelled:
        return f"Cancelled: {s.cancel_reason}" if s.cancel_reason else "Cancelled"
    if s.conflict:
        return f"Clash: {s.conflict}"
    if s.moved:
        was = s.occurrence_start
        when = (
            formatting.clock_time(was)
            if was.date() == s.starts_at.date()
            else f"{formatting.short_date(was.date())} {formatting.clock_time(was)}"
        )
        return f"Moved from {when}"
    return "Changed for this day" if s.is_exception else ""


AGENDA_COLUMNS: list[Column[SessionView]] = [
    Column(
        "Time",
        lambda s: formatting.time_range(s.starts_at, s.ends_at),
        sort=lambda s: s.starts_at,
        width=100,
    ),
    Column("Group", lambda s: s.group_name, tooltip=lambda s: s.group_name, width=200),
    Column(
        "Kind",
        lambda s: KIND_SHORT_LABELS[s.kind],
        sort=lambda s: s.kind.label,
        decoration=lambda s: kind_swatch(s.kind),
        tooltip=lambda s: s.kind.label,
        width=120,
    ),
    Column("Room", lambda s: s.room, width=120),
    Column(
        "Facilitators",
        lambda s: ", ".join(s.facilitators),
        tooltip=lambda s: ", ".join(s.facilitators),
        width=170,
    ),
    Column("Topic", lambda s: s.topic, width=140),
    Column(
        "Notes",
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
