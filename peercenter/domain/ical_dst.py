"""Daylight-saving days in an iCalendar export.

A calendar program expands a repeating event on wall-clock time: each instance starts at the
rule's local time and ends the event's wall-clock length later (RFC 5545 reads a local time in
the skipped hour with the offset before the change, and a repeated local time as its first
pass). PeerCenter keeps a session's real length instead: a one-hour session at 1:30 am on the
night clocks go back ends at 1:30 am standard time, not at 2:30 am. The sessions where the two
differ are written as overrides; this module finds them and says how to write a time."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from peercenter.domain.recurrence import parse_rule, starting_near

# Rule parts that give occurrences at other times of day than the group's start time.
_MOVING_TIME = re.compile(r"BYHOUR|BYMINUTE|BYSECOND|FREQ=(HOURLY|MINUTELY|SECONDLY)", re.I)


def instant(wall: datetime, tz: ZoneInfo) -> datetime:
    """A wall-clock time as RFC 5545 reads it next to a TZID, in UTC."""
    return wall.replace(tzinfo=tz, fold=0).astimezone(UTC)


def wall_of(slot: datetime, start_time: time, tz: ZoneInfo) -> datetime:
    """The local wall-clock time (naive) a slot of the rule is named by: the group's start
    time on its day, even when that time falls in the hour skipped in spring."""
    local = slot.astimezone(tz)
    named = datetime.combine(local.date(), start_time)
    if instant(named, tz) == slot.astimezone(UTC):
        return named
    return local.replace(tzinfo=None, fold=0)


def differs(wall: datetime, length: timedelta, tz: ZoneInfo) -> bool:
    """Whether a calendar program, starting an instance at ``wall`` and adding ``length`` on
    the wall clock, ends it at another moment than ``length`` of real time later."""
    return instant(wall + length, tz) != instant(wall, tz) + length


def nameable(moment: datetime, tz: ZoneInfo) -> bool:
    """Whether a local time with the zone's TZID means this moment (not in the second pass
    of the repeated hour)."""
    return instant(moment.astimezone(tz).replace(tzinfo=None), tz) == moment.astimezone(UTC)


def local_span_fits(starts: datetime, ends: datetime, tz: ZoneInfo) -> bool:
    """Whether a one-off event can be written with local DTSTART and DTEND: both name their
    moment, and its wall-clock length is its real length."""
    if not (nameable(starts, tz) and nameable(ends, tz)):
        return False
    wall = ends.astimezone(tz).replace(tzinfo=None) - starts.astimezone(tz).replace(tzinfo=None)
    return wall == ends - starts


def change_days(tz: ZoneInfo, first: date, last: date) -> tuple[date, ...]:
    """Days in [first, last] on which the zone's offset changes."""
    return tuple(
        day
        for year in range(first.year, last.year + 1)
        for day in _changes_in(tz, year)
        if first <= day <= last
    )


@lru_cache(maxsize=256)
def _changes_in(tz: ZoneInfo, year: int) -> tuple[date, ...]:
    """Found day by day: 366 cheap look-ups per zone and year, once per process."""
    found = []
    day = date(year, 1, 1)
    before = tz.utcoffset(datetime.combine(day, time.min))
    while day.year == year:
        after = tz.utcoffset(datetime.combine(day + timedelta(days=1), time.min))
        if after != before:
            found.append(day)
        before, day = after, day + timedelta(days=1)
    return tuple(found)


def crossing_slots(
    rule_text: str,
    first_date: date,
    start_time: time,
    length: timedelta,
    tz: ZoneInfo,
    after: date,
    until: date,
) -> list[datetime]:
    """The rule's wall-clock starts on days in (after, until] whose sessions a calendar
    program would end at the wrong moment. Only rules that can reach a change are expanded:
    an evening group never meets across one, and costs a few look-ups."""
    days = change_days(tz, max(first_date, after), until)
    if not days:
        return []
    near = {d + timedelta(days=n) for d in days for n in (-1, 0, 1)}
    rule = parse_rule(rule_text, first_date, start_time)
    if _MOVING_TIME.search(rule_text):
        last = datetime.combine(until, time.max)
        wanted = None
    else:
        # Every occurrence starts at the start time: only those days need looking at.
        wanted = {
            datetime.combine(d, start_time)
            for d in near
            if differs(datetime.combine(d, start_time), length, tz)
        }
        if not wanted:
            return []
        last = max(wanted)
    out = []
    # Expanded from near the first day looked at, not from the group's first date.
    begin = datetime.combine(max(first_date, after), time.min)
    for wall in starting_near(rule, begin).xafter(begin, inc=True):
        if wall > last:
            break
        if not after < wall.date() <= until or wall.date() not in near:
            continue
        if (wanted is None or wall in wanted) and differs(wall, length, tz):
            out.append(wall)
    return out
