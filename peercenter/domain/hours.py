"""Hours are stored as whole minutes so that totals never drift; these helpers convert."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta

from peercenter.i18n import _


def hours_to_minutes(hours: float) -> int:
    return round(hours * 60)


def format_hours(minutes: int) -> str:
    """'1 h 30 min', '45 min', '12 h'."""
    if minutes < 60:
        return f"{minutes} min"
    whole, rest = divmod(minutes, 60)
    return f"{whole} h {rest} min" if rest else f"{whole} h"


def parse_hours(text: str) -> float:
    """Parse '1.5', '1,5', '1:30' or '90m' into hours; raise ValueError with a plain message."""
    raw = text.strip().lower().replace(",", ".")
    if not raw:
        raise ValueError(_("Enter the number of hours, for example 1.5 or 1:30."))
    try:
        if ":" in raw:
            h, m = raw.split(":", 1)
            value = int(h or 0) + int(m) / 60
        elif raw.endswith("m"):
            value = float(raw[:-1].strip()) / 60
        else:
            value = float(raw.removesuffix("h").strip())
    except ValueError:
        raise ValueError(
            _("'{text}' is not a number of hours; write it like 1.5 or 1:30.").format(text=text)
        ) from None
    if not math.isfinite(value):
        raise ValueError(_("Enter the number of hours, for example 1.5 or 1:30."))
    return value


def minutes_by_day(intervals: Iterable[tuple[datetime, datetime]]) -> dict[date, int]:
    """Minutes per local calendar day of aware (start, end) intervals given in the center's
    time zone; a session that runs past midnight counts on both days."""
    totals: dict[date, int] = defaultdict(int)
    for start, end in intervals:
        tz = start.tzinfo
        current = start
        while current < end:
            midnight = datetime.combine(current.date() + timedelta(days=1), time.min, tz)
            stop = min(end, midnight)
            # Subtract in UTC: aware datetimes sharing a tzinfo subtract as wall-clock time.
            seconds = (stop.astimezone(UTC) - current.astimezone(UTC)).total_seconds()
            totals[current.date()] += round(seconds / 60)
            current = stop
    return dict(totals)
