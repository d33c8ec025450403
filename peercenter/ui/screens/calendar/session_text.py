"""A session in words: the tooltip of a calendar block, and what a screen reader says on
reaching it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from peercenter.services.schedule.common import SessionView
from peercenter.ui import formatting


def _when(s: SessionView) -> str:
    return QCoreApplication.translate("SessionText", "{day}, {time}").format(
        day=formatting.long_day(s.starts_at.date()),
        time=formatting.time_range(s.starts_at, s.ends_at),
    )


def describe(s: SessionView) -> str:
    """The tooltip of a block: everything the block may be too small to show."""
    lines = [
        QCoreApplication.translate("SessionText", "{group} ({kind})").format(
            group=s.group_name, kind=s.kind.label
        ),
        _when(s),
    ]
    if s.room:
        lines.append(QCoreApplication.translate("SessionText", "Room: {room}").format(room=s.room))
    if s.facilitators:
        lines.append(
            QCoreApplication.translate("SessionText", "With {people}").format(
                people=", ".join(s.facilitators)
            )
        )
    if s.topic:
        lines.append(
            QCoreApplication.translate("SessionText", "Topic: {topic}").format(topic=s.topic)
        )
    if s.moved:
        lines.append(
            QCoreApplication.translate("SessionText", "Moved from {day} {time}").format(
                day=formatting.long_day(s.occurrence_start.date()),
                time=formatting.clock_time(s.occurrence_start),
            )
        )
    if s.cancelled:
        lines.append(cancelled_text(s))
    if s.conflict:
        lines.append(
            QCoreApplication.translate("SessionText", "Clash: {clash}").format(clash=s.conflict)
        )
    return "\n".join(lines)


def cancelled_text(s: SessionView) -> str:
    """'Cancelled: reason', or 'Cancelled' when no reason was given."""
    if s.cancel_reason:
        return QCoreApplication.translate("SessionText", "Cancelled: {reason}").format(
            reason=s.cancel_reason
        )
    return QCoreApplication.translate("SessionText", "Cancelled")


def spoken(s: SessionView) -> str:
    """What a screen reader says on reaching a session: title, time and room first."""
    parts = [s.group_name, _when(s)]
    if s.room:
        parts.append(s.room)
    parts.append(s.kind.label)
    if s.cancelled:
        parts.append(QCoreApplication.translate("SessionText", "cancelled"))
    elif s.conflict:
        parts.append(
            QCoreApplication.translate("SessionText", "clash: {clash}").format(clash=s.conflict)
        )
    return ", ".join(parts)
