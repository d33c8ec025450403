"""How dates and times read in messages: 'Tue 3 Mar 2026, 18:00–19:30' (the clock the screens
use too)."""

from __future__ import annotations

from datetime import date, datetime, time


def clock(t: time | datetime) -> str:
    return f"{t.hour:02d}:{t.minute:02d}"


def day(d: date | datetime) -> str:
    return f"{d:%a} {d.day} {d:%b %Y}"


def time_range(start: datetime, end: datetime) -> str:
    return f"{clock(start)}–{clock(end)}"


def slot(start: datetime, end: datetime) -> str:
    """'Tue 3 Mar 2026, 18:00–19:30' (both ends already in the center's time zone)."""
    return f"{day(start)}, {time_range(start, end)}"


def session_label(group_name: str, start: datetime, end: datetime) -> str:
    return f"'{group_name}' on {slot(start, end)}"
