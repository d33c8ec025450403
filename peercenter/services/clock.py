"""Time as the center sees it."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo, available_timezones

from peercenter.domain.validation import day_in_calendar


def now() -> datetime:
    return datetime.now(UTC)


def detect_local_timezone() -> str:
    """The computer's IANA time zone name, for the first-start suggestion."""
    env = os.environ.get("TZ", "").lstrip(":")
    if env and env in available_timezones():
        return env
    localtime = Path("/etc/localtime")
    if localtime.is_symlink():
        target = str(localtime.resolve())
        if "zoneinfo/" in target:
            name = target.split("zoneinfo/", 1)[1]
            if name in available_timezones():
                return name
    timezone_file = Path("/etc/timezone")
    if timezone_file.exists():
        name = timezone_file.read_text().strip()
        if name in available_timezones():
            return name
    return "UTC"


def day_bounds(day: date, tz: ZoneInfo) -> tuple[datetime, datetime]:
    """The UTC instants where a local calendar day starts and ends; a ValidationError for
    a day outside the calendar PeerCenter works in (where the next day cannot be counted)."""
    day_in_calendar(day)
    start = datetime.combine(day, time.min, tz)
    end = datetime.combine(day + timedelta(days=1), time.min, tz)
    return start.astimezone(UTC), end.astimezone(UTC)


def local_today(tz: ZoneInfo, at: datetime | None = None) -> date:
    return (at or now()).astimezone(tz).date()
