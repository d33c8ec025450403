"""Weekday and month names for the calendar's headers and titles, spelled as everywhere else in
the program (``timefmt``: one spelling per language): "Mon 2 Mar" in English, "Lun 2 mar" in
Spanish, with the capital a header starts with."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from peercenter.domain import timefmt


def _capital(text: str) -> str:
    """Spanish writes day and month names in lower case; a header starts with a capital."""
    return text[:1].upper() + text[1:]


def weekday_names() -> list[str]:
    """Monday to Sunday, short: the month grid's column heads."""
    return [_capital(name) for name in timefmt.names().weekdays_short]


def day_header(day: date, with_month: bool) -> str:
    """A week column's head: "Mon 2 Mar", or "Mon 2" where it is narrow."""
    return _capital(timefmt.weekday_day_month(day) if with_month else timefmt.weekday_day(day))


def week_title(first: date, last: date) -> str:
    """ "Week of 2 Mar – 8 Mar 2026"."""
    return QCoreApplication.translate("CalendarScreen", "Week of {first} – {last}").format(
        first=timefmt.day_month(first), last=timefmt.date_text(last)
    )


def month_title(month: date) -> str:
    """ "March 2026"."""
    return QCoreApplication.translate("CalendarScreen", "{month} {year}").format(
        month=_capital(timefmt.month_name(month)), year=month.year
    )
