"""Weekday and month names for the calendar's headers and titles, in the locale the window
speaks (QLocale's default, set with the language): "Mon 2 Mar" in English, "Lun 2 mar" in
Spanish."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _capital(text: str) -> str:
    """Spanish writes day and month names in lower case; a header starts with a capital."""
    return text[:1].upper() + text[1:]


def weekday_names() -> list[str]:
    """Monday to Sunday, short: the month grid's column heads."""
    locale = QLocale()
    return [
        _capital(locale.standaloneDayName(i, QLocale.FormatType.ShortFormat)) for i in range(1, 8)
    ]


def day_header(day: date, with_month: bool) -> str:
    """A week column's head: "Mon 2 Mar", or "Mon 2" where it is narrow."""
    return _capital(QLocale().toString(_qdate(day), "ddd d MMM" if with_month else "ddd d"))


def week_title(first: date, last: date) -> str:
    """ "Week of 2 Mar – 8 Mar 2026"."""
    locale = QLocale()
    return QCoreApplication.translate("CalendarScreen", "Week of {first} – {last}").format(
        first=locale.toString(_qdate(first), "d MMM"),
        last=locale.toString(_qdate(last), "d MMM yyyy"),
    )


def month_title(month: date) -> str:
    """ "March 2026"."""
    return QCoreApplication.translate("CalendarScreen", "{month} {year}").format(
        month=_capital(QLocale().standaloneMonthName(month.month)), year=month.year
    )
