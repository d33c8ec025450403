"""Turning spreadsheet cells into values: yes/no, dates, times, whole numbers, header names.
Messages leave out the column's name: the user sees them next to it."""

from __future__ import annotations

import re
from datetime import date, datetime, time

from peercenter.domain.errors import ValidationError
from peercenter.i18n import _, ngettext

_YES = {"yes", "y", "true", "t", "1", "x", "on", "agreed"}
_NO = {"", "no", "n", "false", "f", "0", "off"}
_SLASH_DATE = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$")
_CLOCK = re.compile(r"^(\d{1,2})(?:[:.h](\d{2}))?\s*([ap])?\.?\s*(?:m\.?)?$")
_NAMED_FORMATS = ("%d %b %Y", "%d %B %Y", "%b %d %Y", "%B %d %Y", "%b %d, %Y", "%B %d, %Y")


def header_key(text: str) -> str:
    """'First Name', 'first_name' and ' FIRST-NAME ' all read as 'first name'."""
    return " ".join(re.sub(r"[_\-./()]+", " ", text.replace("\ufeff", "")).lower().split())


def yes_no(value: str, field: str) -> bool:
    text = value.strip().lower()
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise ValidationError(_("'{value}' is not yes or no.").format(value=value.strip()), field=field)


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
            raise ValidationError(
                _(
                    "'{text}' could be {a}/{b} or {b}/{a}; write it as year-month-day, like "
                    "2025-03-14."
                ).format(text=text, a=a, b=b),
                field=field,
            )
    raise ValidationError(
        _(
            "'{text}' is not a date PeerCenter can read; write it as year-month-day, like "
            "2025-03-14."
        ).format(text=text),
        field=field,
    )


class DateReader:
    """Reads date cells as ``day`` does, except that a slashed date that could be two days
    (3/4/2025) is read in the center's date order (Settings → Center) instead of refused;
    ``ambiguous`` counts such cells, for the dry run to say how they were read."""

    def __init__(self, month_first: bool) -> None:
        self.month_first = month_first
        self.ambiguous = 0

    def __call__(self, value: str, field: str) -> date | None:
        text = " ".join(value.strip().split())
        match = _SLASH_DATE.match(text)
        if match:
            a, b, year = (int(g) for g in match.groups())
            month, day_ = (a, b) if self.month_first else (b, a)
            read = _real(year, month, day_)
            if read is not None and _real(year, day_, month) not in (None, read):
                self.ambiguous += 1
                return read
        return day(value, field)

    def note(self) -> str:
        """How the ambiguous dates were read, or nothing when there were none."""
        if not self.ambiguous:
            return ""
        example = date(2025, 3, 4)
        order = _("month/day/year") if self.month_first else _("day/month/year")
        return ngettext(
            "{count} date like 3/4/2025 was read as {order} ({example}), the center's date "
            "order (Settings → Center).",
            "{count} dates like 3/4/2025 were read as {order} ({example}), the center's date "
            "order (Settings → Center).",
            self.ambiguous,
        ).format(
            count=self.ambiguous,
            order=order,
            example=example.isoformat() if self.month_first else "2025-04-03",
        )


def clock(value: str, field: str) -> time | None:
    """A time of day: 18:00, 6:30 pm, 6pm; a bare hour without am or pm is refused."""
    text = value.strip().lower()
    if not text:
        return None
    match = _CLOCK.match(text)
    hour, minute, half = (
        (int(match.group(1)), int(match.group(2) or 0), match.group(3)) if match else (-1, -1, None)
    )
    if half and 1 <= hour <= 12 and minute < 60:
        return time(hour % 12 + (12 if half == "p" else 0), minute)
    if match and not half and match.group(2) and hour < 24 and minute < 60:
        return time(hour, minute)
    raise ValidationError(
        _("'{value}' is not a time PeerCenter can read; write it like 18:00 or 6:00 pm.").format(
            value=value.strip()
        ),
        field=field,
    )


def whole_number(value: str, field: str, unit: str = "") -> int | None:
    """A whole number such as 12 (and, with ``unit`` "minutes", 90 min or 1:30)."""
    text = value.strip().lower()
    if not text:
        return None
    if unit == "minutes":
        text = re.sub(r"\s*(minutes|minute|mins|min|m)$", "", text)
        hours = re.match(r"^(\d{1,2}):(\d{2})$", text)
        if hours and int(hours.group(2)) < 60:
            return int(hours.group(1)) * 60 + int(hours.group(2))
    if text.isascii() and text.isdigit() and len(text) <= 6:
        return int(text)
    example = _("90 or 1:30") if unit == "minutes" else "12"
    raise ValidationError(
        _("'{value}' is not a whole number; write it like {example}.").format(
            value=value.strip(), example=example
        ),
        field=field,
    )
