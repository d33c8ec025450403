"""How dates and times read on screen and in messages: 'Tue 3 Mar 2026, 6:00–7:30 pm'."""

from __future__ import annotations

from datetime import date, datetime, time


def clock(t: time | datetime) -> str:
    """'6:00 pm', '11:30 am', '12:00 pm'."""
    hour = t.hour % 12 or 12
    suffix = "am" if t.hour < 12 else "pm"
    return f"{hour}:{t.minute:02d} {suffix}"


def day(d: date | datetime) -> str:
    return f"{d:%a} {d.day} {d:%b %Y}"


def time_range(start: datetime, end: datetime) -> str:
    """'6:00–7:30 pm', or '11:00 am–12:30 pm' when the half of the day changes."""
    first, last = clock(start), clock(end)
    if first[-2:] == last[-2:] and start.date() == end.date():
        first = first[:-3]
    return f"{first}–{last}"


def slot(start: datetime, end: datetime) -> str:
    """'Tue 3 Mar 2026, 6:00–7:30 pm' (both ends already in the center's time zone)."""
    return f"{day(start)}, {time_range(start, end)}"


def session_label(group_name: str, start: datetime, end: datetime) -> str:
    return f"'{group_name}' on {slot(start, end)}"
