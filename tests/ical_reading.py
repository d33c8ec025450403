"""Reading an exported .ics file back in the tests. The icalendar library types a property as
any of its value classes; these readers check that each holds the kind the file should have,
and say which property did not."""

from __future__ import annotations

from datetime import datetime
from typing import TypeVar

import icalendar
from icalendar.cal.component import Component

_V = TypeVar("_V")


def _as(value: object, kind: type[_V], what: str) -> _V:
    if not isinstance(value, kind):
        raise AssertionError(f"{what} is a {type(value).__name__}, not a {kind.__name__}")
    return value


def _property(component: Component, name: str, kind: type[_V]) -> _V:
    if name not in component:
        raise AssertionError(f"the {component.name} has no {name}")
    return _as(component[name], kind, f"{name} of the {component.name}")


def events_of(data: bytes) -> list[icalendar.Event]:
    """The VEVENTs of the file, in the order written."""
    found = icalendar.Calendar.from_ical(data).walk("VEVENT")
    return [_as(c, icalendar.Event, "a VEVENT") for c in found]


def timezones_of(data: bytes) -> list[icalendar.Timezone]:
    """The VTIMEZONEs of the file, in the order written."""
    found = icalendar.Calendar.from_ical(data).walk("VTIMEZONE")
    return [_as(c, icalendar.Timezone, "a VTIMEZONE") for c in found]


def moment_of(event: icalendar.Event, name: str) -> datetime:
    """DTSTART, DTEND or RECURRENCE-ID of ``event``: a date and time, never a bare date."""
    return _as(_property(event, name, icalendar.vDDDTypes).dt, datetime, name)


def start_of(event: icalendar.Event) -> datetime:
    return moment_of(event, "DTSTART")


def end_of(event: icalendar.Event) -> datetime:
    return moment_of(event, "DTEND")


def zone_of(event: icalendar.Event, name: str) -> str | None:
    """The TZID ``name`` is written in; None for a time in UTC (or floating)."""
    zone = _property(event, name, icalendar.vDDDTypes).params.get("TZID")
    return None if zone is None else str(zone)


def moments_in(event: icalendar.Event, name: str) -> list[datetime]:
    """Every date and time of the EXDATE or RDATE lines of ``event``; it must have one."""
    if name not in event:
        raise AssertionError(f"the {event.name} has no {name}")
    value: object = event[name]
    # Several lines of the same name are read as a list, one line as a vDDDLists.
    lines = value if isinstance(value, list) else [value]
    return [
        _as(d.dt, datetime, name)
        for line in lines
        for d in _as(line, icalendar.vDDDLists, name).dts
    ]


def rule_of(event: icalendar.Event) -> bytes:
    """The RRULE of ``event`` as written in the file."""
    rule = _property(event, "RRULE", icalendar.vRecur)
    # icalendar leaves vRecur.to_ical without annotations (the other to_ical have them).
    return _as(rule.to_ical(), bytes, "RRULE")  # type: ignore[no-untyped-call]
