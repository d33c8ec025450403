"""The day's sessions as a table: time, group, kind, room, facilitators, enrolled, attended
and what became of the session (scheduled, held with how many, no attendance, cancelled)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from peercenter.domain.enums import SessionStatus
from peercenter.services.today import AgendaItem
from peercenter.ui import formatting
from peercenter.ui.kind_colors import kind_short_label, kind_swatch
from peercenter.ui.tables import RIGHT, Column, RowStyle


def _enrolled(item: AgendaItem) -> str:
    return f"{item.enrolled} / {item.capacity}" if item.capacity else str(item.enrolled)


def status_text(item: AgendaItem, now: datetime) -> str:
    """'Scheduled', 'In progress', 'Held (5 present)', 'No attendance recorded' or
    'Cancelled: reason'."""
    if item.status is SessionStatus.CANCELLED:
        if item.cancel_reason:
            return QCoreApplication.translate("TodayScreen", "Cancelled: {reason}").format(
                reason=item.cancel_reason
            )
        return QCoreApplication.translate("TodayScreen", "Cancelled")
    if item.ends_at <= now:
        return item.held_text()
    if item.starts_at <= now:
        return QCoreApplication.translate("TodayScreen", "In progress")
    return item.status.label


def agenda_columns(now: Callable[[], datetime]) -> list[Column[AgendaItem]]:
    """``now()`` (in the center's time zone, as of the last refresh) tells past sessions from
    those still to come. Titled in the window's language."""

    def status(item: AgendaItem) -> str:
        return status_text(item, now())

    return [
        Column(
            QCoreApplication.translate("TodayScreen", "Time"),
            lambda i: formatting.time_range(i.starts_at, i.ends_at),
            sort=lambda i: i.starts_at,
            width=100,
        ),
        Column(
            QCoreApplication.translate("TodayScreen", "Group"),
            lambda i: i.group_name,
            tooltip=lambda i: i.group_name,
            stretch=True,
        ),
        Column(
            QCoreApplication.translate("TodayScreen", "Kind"),
            lambda i: kind_short_label(i.kind),
            sort=lambda i: i.kind.label,
            decoration=lambda i: kind_swatch(i.kind),
            tooltip=lambda i: i.kind.label,
            width=120,
        ),
        Column(QCoreApplication.translate("TodayScreen", "Room"), lambda i: i.room, width=110),
        Column(
            QCoreApplication.translate("TodayScreen", "Facilitators"),
            lambda i: i.facilitators,
            tooltip=lambda i: i.facilitators,
            width=150,
        ),
        Column(
            QCoreApplication.translate("TodayScreen", "Enrolled"),
            _enrolled,
            sort=lambda i: i.enrolled,
            align=RIGHT,
            width=76,
        ),
        Column(
            QCoreApplication.translate("TodayScreen", "Attended"),
            lambda i: str(i.attended),
            sort=lambda i: i.attended,
            align=RIGHT,
            width=86,
        ),
        Column(
            QCoreApplication.translate("TodayScreen", "Status"), status, tooltip=status, width=160
        ),
    ]


def row_style(item: AgendaItem) -> RowStyle | None:
    if item.status is SessionStatus.CANCELLED:
        tooltip = (
            QCoreApplication.translate("TodayScreen", "This session is cancelled ({reason}).")
            if item.cancel_reason
            else QCoreApplication.translate("TodayScreen", "This session is cancelled.")
        ).format(reason=item.cancel_reason)
        return RowStyle(muted=True, italic=True, tooltip=tooltip)
    return None
