"""How dates and times read on screen, on paper and in messages: one spelling for a date
('6 Dec 2026', never '06 Dec'), 'Tue 3 Mar 2026, 18:00–19:30' for a session; and reading back
what a person types into a date or time field ('6pm', '1830', '14 Mar', '3/14/2026')."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def clock(t: time | datetime) -> str:
    return f"{t.hour:02d}:{t.minute:02d}"


def date_text(d: date | datetime) -> str:
    """'6 Dec 2026': the one way a date is written."""
    return f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}"


def day_month(d: date | datetime) -> str:
    """'6 Dec', when the year goes without saying."""
    return f"{d.day} {MONTHS[d.month - 1][:3]}"


def weekday_day_month(d: date | datetime) -> str:
    """'Tue 3 Mar'."""
    return f"{WEEKDAYS[d.weekday()][:3]} {day_month(d)}"


def day(d: date | datetime) -> str:
    """'Tue 3 Mar 2026'."""
    return f"{WEEKDAYS[d.weekday()][:3]} {date_text(d)}"


def time_range(start: datetime, end: datetime) -> str:
    return f"{clock(start)}–{clock(end)}"


def slot(start: datetime, end: datetime) -> str:
    """'Tue 3 Mar 2026, 18:00–19:30' (both ends already in the center's time zone)."""
    return f"{day(start)}, {time_range(start, end)}"


def session_label(group_name: str, start: datetime, end: datetime) -> str:
    return f"'{group_name}' on {slot(start, end)}"


# -- reading what people type ----------------------------------------------------------------

_CLOCK = re.compile(
    r"(?P<hour>\d{1,2})(?:\s*[:.h]\s*(?P<minute>\d{2}))?\s*(?:(?P<half>[ap])\.?\s*(?:m\.?)?)?"
)
_DIGITS = re.compile(r"(?P<hour>\d{1,2})(?P<minute>\d{2})")


def parse_time(text: str) -> time | None:
    """A time of day as people type it: '18:00', '18.00', '1830', '630', '6pm', '6:30 p.m.',
    '18', 'noon', 'midnight'. A bare hour from 1 to 12 could be morning or evening, so it is
    not read (None); nor is anything else that is not a time."""
    words = " ".join(text.strip().lower().split())
    if words in ("noon", "midday", "12 noon"):
        return time(12)
    if words == "midnight":
        return time(0)
    digits = _DIGITS.fullmatch(words)
    if digits:
        hour, minute = int(digits["hour"]), int(digits["minute"])
        return time(hour, minute) if hour < 24 and minute < 60 else None
    match = _CLOCK.fullmatch(words)
    if match is None:
        return None
    hour, minute, half = int(match["hour"]), int(match["minute"] or 0), match["half"]
    if minute >= 60:
        return None
    if half:
        if not 1 <= hour <= 12:
            return None
        return time(hour % 12 + (12 if half == "p" else 0), minute)
    if hour >= 24 or (match["minute"] is None and 1 <= hour <= 12):
        return None
    return time(hour, minute)


_MONTH_NUMBERS = {
    name.lower()[:length]: index
    for index, name in enumerate(MONTHS, start=1)
    for length in range(3, len(name) + 1)
}
_MONTH_NUMBERS["sept"] = 9
_WEEKDAY_WORDS = {
    name.lower()[:length] for name in WEEKDAYS for length in range(2, len(name) + 1)
} | {"tues", "thur", "thurs"}
_RELATIVE = {"today": 0, "tomorrow": 1, "yesterday": -1}
_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_NUMERIC = re.compile(r"(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{2}|\d{4}))?")


def _real(year: int, month: int, day_: int) -> date | None:
    try:
        return date(year, month, day_)
    except ValueError:
        return None


def _full_year(year: int) -> int:
    return year + 2000 if year < 100 else year


def parse_date(text: str, today: date, *, month_first: bool = True) -> date | None:
    """A date as people type it: '2026-03-14', '14 Mar 2026', 'March 14, 2026', 'Sat 14 Mar',
    'today', 'tomorrow', and numbers in the order of the person's locale ('3/14/2026' with
    ``month_first``, '14/3/2026' without). Without a year, the year of ``today``. None when it
    is not a date."""
    words = re.sub(r"[,\s]+", " ", text.strip().lower()).strip()
    if words in _RELATIVE:
        return today + timedelta(days=_RELATIVE[words])
    parts = words.split(" ")
    if len(parts) > 1 and parts[0].rstrip(".") in _WEEKDAY_WORDS:
        parts = parts[1:]  # 'Tue 3 Mar 2026' reads back as it is shown
    words = " ".join(parts)
    iso = _ISO.fullmatch(words)
    if iso:
        return _real(int(iso[1]), int(iso[2]), int(iso[3]))
    numeric = _NUMERIC.fullmatch(words)
    if numeric:
        a, b = int(numeric[1]), int(numeric[2])
        month, day_ = (a, b) if month_first else (b, a)
        year = _full_year(int(numeric[3])) if numeric[3] else today.year
        return _real(year, month, day_)
    return _named(parts, today)


def _named(parts: list[str], today: date) -> date | None:
    """'14 Mar 2026', '14 march', 'Mar 14 2026', '14th of March'."""
    parts = [p.rstrip(".") for p in parts if p != "of"]
    if not 2 <= len(parts) <= 3:
        return None
    months = [i for i, p in enumerate(parts[:2]) if p in _MONTH_NUMBERS]
    if len(months) != 1:
        return None
    month = _MONTH_NUMBERS[parts[months[0]]]
    number = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?", parts[1 - months[0]])
    if number is None:
        return None
    year = today.year
    if len(parts) == 3:
        if not re.fullmatch(r"\d{2}|\d{4}", parts[2]):
            return None
        year = _full_year(int(parts[2]))
    return _real(year, month, int(number[1]))
