"""Time as the center sees it."""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, available_timezones

from peercenter.domain.validation import day_in_calendar


def now() -> datetime:
    return datetime.now(UTC)


def detect_local_timezone() -> str:
    """The computer's IANA time zone name, for the first-start suggestion: on Windows from
    the zone it is set to (Windows names its zones its own way: "Central Standard Time" is
    America/Chicago), elsewhere from TZ, /etc/localtime or /etc/timezone. UTC only when the
    computer says nothing PeerCenter can read."""
    name: str | None
    if sys.platform == "win32":
        name = iana_for_windows(_windows_zone_key())
    else:
        import tzlocal  # only at first start: not kept in memory by every window

        try:
            name = tzlocal.get_localzone_name()
        except (LookupError, ValueError, OSError):
            name = None
    return name if name and name in available_timezones() else "UTC"


def iana_for_windows(windows_name: str | None) -> str | None:
    """The IANA zone of a Windows time zone name (the CLDR table tzlocal ships)."""
    from tzlocal.windows_tz import win_tz

    return win_tz.get(windows_name or "")


def _windows_zone_key() -> str | None:
    """The name of the zone Windows is set to, from the registry."""
    try:
        import winreg

        key = winreg.OpenKey(  # type: ignore[attr-defined,unused-ignore]
            winreg.HKEY_LOCAL_MACHINE,  # type: ignore[attr-defined,unused-ignore]
            r"SYSTEM\CurrentControlSet\Control\TimeZoneInformation",
        )
        with key:
            value, _kind = winreg.QueryValueEx(key, "TimeZoneKeyName")  # type: ignore[attr-defined,unused-ignore]
    except OSError:
        return None
    return str(value).strip("\x00 ") or None


def day_bounds(day: date, tz: ZoneInfo) -> tuple[datetime, datetime]:
    """The UTC instants where a local calendar day starts and ends; a ValidationError for
    a day outside the calendar PeerCenter works in (where the next day cannot be counted)."""
    day_in_calendar(day)
    start = datetime.combine(day, time.min, tz)
    end = datetime.combine(day + timedelta(days=1), time.min, tz)
    return start.astimezone(UTC), end.astimezone(UTC)


def local_today(tz: ZoneInfo, at: datetime | None = None) -> date:
    return (at or now()).astimezone(tz).date()
