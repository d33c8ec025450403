"""A session in words: the tooltip of a calendar block, and what a screen reader says on
reaching it."""

from __future__ import annotations

from peercenter.services.schedule.common import SessionView
from peercenter.ui import formatting


def describe(s: SessionView) -> str:
    """The tooltip of a block: everything the block may be too small to show."""
    lines = [
        f"{s.group_name} ({s.kind.label})",
        f"{formatting.long_day(s.starts_at.date())}, "
        f"{formatting.time_range(s.starts_at, s.ends_at)}",
    ]
    if s.room:
        lines.append(f"Room: {s.room}")
    if s.facilitators:
        lines.append("With " + ", ".join(s.facilitators))
    if s.topic:
        lines.append(f"Topic: {s.topic}")
    if s.moved:
        lines.append(
            f"Moved from {formatting.long_day(s.occurrence_start.date())} "
            f"{formatting.clock_time(s.occurrence_start)}"
        )
    if s.cancelled:
        lines.append(f"Cancelled: {s.cancel_reason}" if s.cancel_reason else "Cancelled")
    if s.conflict:
        lines.append(f"Clash: {s.conflict}")
    return "\n".join(lines)


def spoken(s: SessionView) -> str:
    """What a screen reader says on reaching a session: title, time and room first."""
    parts = [
        s.group_name,
        f"{formatting.long_day(s.starts_at.date())}, "
        f"{formatting.time_range(s.starts_at, s.ends_at)}",
    ]
    if s.room:
        parts.append(s.room)
    parts.append(s.kind.label)
    if s.cancelled:
        parts.append("cancelled")
    elif s.conflict:
        parts.append(f"clash: {s.conflict}")
    return ", ".join(parts)
