"""Turning spreadsheet cells into values: yes/no, dates, header names. Messages leave out
the column's name: the user sees them next to it."""

from __future__ import annotations

import re
from datetime import date, datetime

from peercenter.domain.errors import ValidationError

_YES = {"yes", "y", "true", "t", "1", "x", "on", "agreed"}
_NO = {"", "no", "n", "false", "f", "0", "off"}
_SLASH_DATE = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$")
_NAMED_FORMATS = ("%d %b %Y", "%d %B %Y", "%b %d %Y", "%B %d %Y", "%b %d, %Y", "%B %d, %Y")


def header_key(text: str) -> str:
    """'First Name', 'first_name' and ' FIRST-NAME ' all read as 'first name'."""
    return " ".join(re.sub(r"[_\-./]+", " ", text.replace("\ufeff", "")).lower().split())


def yes_no(value: str, field: str) -> bool:
    text = value.strip().lower()
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise ValidationError(f"'{value.strip()}' is not yes or no.", field=field)


def _parse(text: str, fmt: str) -> date | None:
    try:
        return datetime.strptime(text, fmt).date()
    except ValueError:
        return None


def _real(year: int, month: int, day_: int) -> date | None:
    try:
        return date(year, month, day_)
    except ValueError:
        return None


def day(value: str, field: str) -> date | None:
    """ISO dates (2025-03-14), written-out months (14 Mar 2025) and slashed dates when they can
    only mean one day; 03/04/2025 could be March or April, so it is refused."""
    text = " ".join(value.strip().split())
    if not text:
        return None
    for fmt in ("%Y-%m-%d", "%Y/%m/%d", *_NAMED_FORMATS):
        parsed = _parse(text, fmt)
        if parsed is not None:
            return parsed
    match = _SLASH_DATE.match(text)
    if match:
        a, b, year = (int(g) for g in match.groups())
        valid = {d for d in (_real(year, a, b), _real(year, b, a)) if d is not None}
        if len(valid) == 1:
            return valid.pop()
        if valid:
            raise ValidationError(f"'{text}' could be {a}/{b} or {b}/{a}; write it as "
                                  "year-month-day, like 2025-03-14.", field=field)
    raise ValidationError(f"'{text}' is not a date PeerCenter can read; write it as "
                          "year-month-day, like 2025-03-14.", field=field)
