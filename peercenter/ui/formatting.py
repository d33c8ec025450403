"""How dates, times and numbers read on screen. Written out (3 Mar 2026) rather than numeric,
so nobody has to guess whether 03/04 is March or April."""

from __future__ import annotations

from datetime import date, datetime

from peercenter.domain import timefmt


def long_day(day: date, today: date | None = None) -> str:
    """'Tuesday 3 March', with the year when it is not this year."""
    text = f"{day:%A} {day.day} {day:%B}"
    if today is None or day.year != today.year:
        text += f" {day.year}"
    return text


def short_date(day: date | None) -> str:
    return timefmt.date_text(day) if day is not None else ""


def clock_time(moment: datetime) -> str:
    # Not strftime: with a ZoneInfo attached it costs tens of microseconds, and the
    # calendar writes two of these for every session it draws.
    return f"{moment.hour:02d}:{moment.minute:02d}"


def time_range(start: datetime, end: datetime) -> str:
    return f"{clock_time(start)}–{clock_time(end)}"


def hours(value: float) -> str:
    return f"{value:g} h"


def plural(count: int, one: str, many: str | None = None) -> str:
    return f"{count} {one if count == 1 else (many or one + 's')}"
