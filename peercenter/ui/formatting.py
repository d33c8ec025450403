"""How dates, times and numbers read on screen, in the person's locale. Dates written out
(3 Mar 2026, 3 mar 2026) rather than numeric, so nobody has to guess whether 03/04 is March or
April; times as the locale writes them (6:00 PM, 6:00 p. m., 18:00)."""

from __future__ import annotations

from datetime import date, datetime

from peercenter.domain import timefmt


def long_day(day: date, today: date | None = None) -> str:
    """'Tuesday 3 March' ('martes 3 de marzo'), with the year when it is not this year."""
    return timefmt.long_day(day, with_year=today is None or day.year != today.year)


def short_date(day: date | None) -> str:
    return timefmt.date_text(day) if day is not None else ""


def start_time(moment: datetime) -> str:
    """A start where room is short (a month's day cell): '10 AM', '10 a. m.' on the hour,
    else as ``clock_time``; 24-hour locales keep '10:00'."""
    return timefmt.hour_label(moment.hour) if moment.minute == 0 else timefmt.clock(moment)


def clock_time(moment: datetime) -> str:
    """'6:00 PM', '6:00 p. m.', '18:00' as the locale writes it (not strftime: with a ZoneInfo
    attached it costs tens of microseconds, and the calendar writes two of these for every
    session it draws)."""
    return timefmt.clock(moment)


def time_range(start: datetime, end: datetime) -> str:
    return timefmt.time_range(start, end)


def short_time_range(start: datetime, end: datetime) -> str:
    """'6:00–7:30 PM', where a whole range does not fit."""
    return timefmt.short_time_range(start, end)


def hour_label(hour: int) -> str:
    """An hour on the calendar's ruler: '6 PM', '6 p. m.', '18:00'."""
    return timefmt.hour_label(hour)


def hours(value: float) -> str:
    return f"{value:g} h"
