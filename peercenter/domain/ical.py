"""Writing planned series as an RFC 5545 calendar with the icalendar package: one VEVENT per
series (RRULE or RDATE, EXDATE), one per changed session (RECURRENCE-ID), one per stand-alone
session, and a VTIMEZONE for the center's zone."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import icalendar

from peercenter.domain.ical_dst import local_span_fits, wall_of
from peercenter.domain.ical_plan import COVER_YEARS, GroupPlan, Occurrence, SeriesPlan


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
    # No X-WR-TIMEZONE: every time carries its TZID or is in UTC, and readers that move UTC
    # times into that zone misorder a session ending in the repeated hour of autumn.
    stamp = stamp.astimezone(UTC)
    earliest = stamp.date()
    latest = stamp.date()
    for plan in plans:
        if plan.series is not None:
            cal.add_component(_series_event(plan.series, tz, domain, stamp))
            for override in plan.series.overrides:
                cal.add_component(
                    _occurrence_event(
                        override,
                        series_uid(plan.series.group_id, domain),
                        tz,
                        stamp,
                        plan.series.start_time,
                    )
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
                last_date=max(latest, _years_after(stamp.date(), COVER_YEARS)),
            )
        )
        # VTIMEZONE must come before the events that use it.
        cal.subcomponents.insert(0, cal.subcomponents.pop())
    return bytes(cal.to_ical())


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
    # DTSTART names the rule's wall-clock time and DTEND lies the group's length after it on
    # the wall clock, as readers expand it; sessions whose real length differs across a
    # daylight-saving change are overrides of their own.
    first = wall_of(plan.first_start, plan.start_time, tz)
    event.add("dtstart", first.replace(tzinfo=tz))
    event.add("dtend", (first + plan.duration).replace(tzinfo=tz))
    if plan.rrule:
        event.add("rrule", icalendar.vRecur.from_ical(plan.rrule))
    if plan.rdates:
        event.add("rdate", [_named(d, plan, tz) for d in plan.rdates])
    if plan.exdates:
        event.add("exdate", [_named(d, plan, tz) for d in plan.exdates])
    return event


def _named(slot: datetime, plan: SeriesPlan, tz: ZoneInfo) -> datetime:
    return wall_of(slot, plan.start_time, tz).replace(tzinfo=tz)


def _occurrence_event(
    item: Occurrence, uid: str, tz: ZoneInfo, stamp: datetime, start_time: time | None = None
) -> icalendar.Event:
    """An override (RECURRENCE-ID named like the instance it replaces) or a stand-alone
    session. DTSTART and DTEND are local when both name their moment and the wall-clock
    length is the real one; otherwise both are in UTC, never one of each."""
    text = item.text
    event = _base(uid, stamp, text.summary, text.location, text.description, text.category)
    if item.recurrence_id is not None:
        named = (
            wall_of(item.recurrence_id, start_time, tz).replace(tzinfo=tz)
            if start_time is not None
            else item.recurrence_id.astimezone(tz)
        )
        event.add("recurrence-id", named)
    zone = tz if local_span_fits(item.starts_at, item.ends_at, tz) else UTC
    event.add("dtstart", item.starts_at.astimezone(zone))
    event.add("dtend", item.ends_at.astimezone(zone))
    return event
