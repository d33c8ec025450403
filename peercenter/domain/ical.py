"""Writing planned series as an RFC 5545 calendar with the icalendar package: one VEVENT per
series (RRULE or RDATE, EXDATE), one per changed session (RECURRENCE-ID), one per stand-alone
session, and a VTIMEZONE for the center's zone."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar

from peercenter.domain.ical_plan import GroupPlan, Occurrence, SeriesPlan

# Far enough ahead for a rule without an end; clients read the zone's later changes from
# their own time zone data anyway.
_TIMEZONE_YEARS_AHEAD = 12


def series_uid(group_id: int, domain: str) -> str:
    return f"group-{group_id}@{domain}"


def session_uid(session_id: int, domain: str) -> str:
    return f"session-{session_id}@{domain}"


def build_calendar(
    plans: Sequence[GroupPlan],
    *,
    tz: ZoneInfo,
    name: str,
    domain: str,
    product: str,
    stamp: datetime,
) -> bytes:
    """The .ics file's bytes. Times are written in ``tz`` (with its TZID), DTSTAMP in UTC."""
    cal = icalendar.Calendar()
    cal.add("prodid", product)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", tz.key)
    stamp = stamp.astimezone(UTC)
    earliest = stamp.date()
    latest = stamp.date()
    for plan in plans:
        if plan.series is not None:
            cal.add_component(_series_event(plan.series, tz, domain, stamp))
            for override in plan.series.overrides:
                cal.add_component(
                    _occurrence_event(override, series_uid(plan.series.group_id, domain), tz, stamp)
                )
            earliest = min(earliest, plan.series.first_start.date())
            latest = max([latest, *(o.ends_at.date() for o in plan.series.overrides)])
        for lone in plan.lone:
            cal.add_component(
                _occurrence_event(lone, session_uid(lone.session_id, domain), tz, stamp)
            )
            earliest = min(earliest, lone.starts_at.date())
            latest = max(latest, lone.ends_at.date())
    if tz.key != "UTC":
        cal.add_component(
            icalendar.Timezone.from_tzinfo(
                tz,
                tzid=tz.key,
                first_date=earliest - timedelta(days=1),
                last_date=max(latest, _years_after(stamp.date(), _TIMEZONE_YEARS_AHEAD)),
            )
        )
        # VTIMEZONE must come before the events that use it.
        cal.subcomponents.insert(0, cal.subcomponents.pop())
    return bytes(cal.to_ical())


def _local(instant: datetime, tz: ZoneInfo) -> datetime:
    """``instant`` as local time with the zone's TZID, or in UTC when the local time cannot
    name it: in the hour repeated when clocks go back, a TZID time means the first pass."""
    local = instant.astimezone(tz)
    if local.replace(fold=0).astimezone(UTC) != instant:
        return instant.astimezone(UTC)
    return local


def _years_after(day: date, years: int) -> date:
    return day.replace(year=day.year + years, day=min(day.day, 28))


def _base(
    uid: str, stamp: datetime, summary: str, location: str, description: str, category: str
) -> icalendar.Event:
    event = icalendar.Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("summary", summary)
    if location:
        event.add("location", location)
    if description:
        event.add("description", description)
    if category:
        event.add("categories", [category])
    return event


def _series_event(plan: SeriesPlan, tz: ZoneInfo, domain: str, stamp: datetime) -> icalendar.Event:
    text = plan.text
    event = _base(
        series_uid(plan.group_id, domain),
        stamp,
        text.summary,
        text.location,
        text.description,
        text.category,
    )
    event.add("dtstart", plan.first_start.astimezone(tz))
    event.add("dtend", _local(plan.first_start + plan.duration, tz))
    if plan.rrule:
        event.add("rrule", icalendar.vRecur.from_ical(plan.rrule))
    if plan.rdates:
        event.add("rdate", [d.astimezone(tz) for d in plan.rdates])
    if plan.exdates:
        event.add("exdate", [d.astimezone(tz) for d in plan.exdates])
    return event


def _occurrence_event(item: Occurrence, uid: str, tz: ZoneInfo, stamp: datetime) -> icalendar.Event:
    text = item.text
    event = _base(uid, stamp, text.summary, text.location, text.description, text.category)
    if item.recurrence_id is not None:
        event.add("recurrence-id", item.recurrence_id.astimezone(tz))
    event.add("dtstart", _local(item.starts_at, tz))
    event.add("dtend", _local(item.ends_at, tz))
    return event
