"""What one group becomes in an iCalendar export: the rule, the dates it skips (EXDATE), the
sessions that differ from the rule (RECURRENCE-ID overrides) and sessions the rule does not
produce at all (stand-alone events).

The rule is written with DTSTART at its first real occurrence, because RFC 5545 readers always
count DTSTART as an instance while python-dateutil skips a DTSTART the rule does not match.

An export from a date on (``window_start``) starts the rule at its first occurrence on or after
that day: an occurrence keeps the rule's rhythm (every other week, the 2nd Tuesday), and a
COUNT is lowered by the occurrences left behind, so the rule ends where it always did."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from itertools import takewhile
from zoneinfo import ZoneInfo

from peercenter.domain.ical_dst import crossing_slots, differs, instant, wall_of
from peercenter.domain.recurrence import parse_rule, starting_near

_UNTIL = re.compile(r"UNTIL=([0-9TZ]+)", re.IGNORECASE)
_COUNT = re.compile(r"COUNT=([0-9]+)", re.IGNORECASE)
# How far past the export day the file covers: its time zone's rules, and the sessions a
# repeat rule gives across a daylight-saving change.
COVER_YEARS = 12


@dataclass(frozen=True)
class EventText:
    summary: str
    location: str
    description: str
    category: str


@dataclass(frozen=True)
class SessionFacts:
    """One stored session, reduced to what decides how it is exported. Instants are UTC."""

    id: int
    occurrence_start: datetime
    starts_at: datetime
    ends_at: datetime
    cancelled: bool
    room_id: int | None
    facilitator_ids: frozenset[int]
    topic_id: int | None
    is_exception: bool
    wanted: bool  # inside the export's filter (room, facilitator), True when unfiltered
    text: EventText


@dataclass(frozen=True)
class SeriesFacts:
    group_id: int
    rrule: str
    first_date: date
    start_time: time
    duration: timedelta
    until_date: date | None
    room_id: int | None
    facilitator_ids: frozenset[int]
    topic_id: int | None
    # The occurrences the application planned for the days sessions exist (UTC).
    planned: tuple[datetime, ...]
    # Whether occurrences past the stored sessions belong in this export: the group is active
    # and its defaults match the filter. Otherwise only listed sessions are written.
    follows_rule: bool
    text: EventText
    sessions: tuple[SessionFacts, ...]
    # The first local day exported; None exports the whole history. ``planned`` and
    # ``sessions`` then hold only what lies from that day on.
    window_start: date | None = None


@dataclass(frozen=True)
class Occurrence:
    """An override (``recurrence_id`` set) or a stand-alone session."""

    session_id: int
    recurrence_id: datetime | None
    starts_at: datetime
    ends_at: datetime
    text: EventText


@dataclass(frozen=True)
class SeriesPlan:
    group_id: int
    first_start: datetime  # UTC; DTSTART
    start_time: time  # the rule's wall-clock start, which names each instance
    duration: timedelta
    rrule: str | None  # export-ready (UNTIL in UTC); None when only RDATEs are written
    rdates: tuple[datetime, ...]
    exdates: tuple[datetime, ...]
    overrides: tuple[Occurrence, ...]
    text: EventText


@dataclass(frozen=True)
class GroupPlan:
    series: SeriesPlan | None
    lone: tuple[Occurrence, ...]


def plan_group(facts: SeriesFacts, tz: ZoneInfo, cover_until: date | None = None) -> GroupPlan:
    """``cover_until``: the last day past the stored sessions for which sessions across a
    daylight-saving change are written out (default: twelve years past the last planned
    one), since calendar programs expand the rule on wall-clock time."""
    planned = set(facts.planned)
    by_slot = {s.occurrence_start: s for s in facts.sessions}
    lone = tuple(
        _occurrence(s, with_id=False)
        for s in sorted(
            (s for s in facts.sessions if s.occurrence_start not in planned),
            key=lambda s: s.starts_at,
        )
        if s.wanted and not s.cancelled
    )
    overrides = tuple(
        _occurrence(by_slot[slot], with_id=True)
        for slot in sorted(planned)
        if slot in by_slot
        and _shown(by_slot[slot])
        and (_differs(facts, by_slot[slot]) or _crosses(facts, slot, tz))
    )
    if facts.follows_rule:
        first = first_occurrence(
            facts.rrule, facts.first_date, facts.start_time, tz, facts.window_start
        )
        if first is None:
            return GroupPlan(None, lone)
        exdates = tuple(
            sorted(slot for slot in planned if slot not in by_slot or not _shown(by_slot[slot]))
        )
        series = SeriesPlan(
            facts.group_id,
            first,
            facts.start_time,
            facts.duration,
            export_rule(facts.rrule, facts, tz),
            (),
            exdates,
            overrides + _later_crossings(facts, tz, cover_until),
            facts.text,
        )
        return GroupPlan(series, lone)
    dates = sorted(slot for slot in planned if slot in by_slot and _shown(by_slot[slot]))
    if not dates:
        return GroupPlan(None, lone)
    series = SeriesPlan(
        facts.group_id,
        dates[0],
        facts.start_time,
        facts.duration,
        None,
        tuple(dates[1:]),
        (),
        overrides,
        facts.text,
    )
    return GroupPlan(series, lone)


def _crosses(facts: SeriesFacts, slot: datetime, tz: ZoneInfo) -> bool:
    """Whether a calendar program would give this planned session another end than it
    has: it runs across a daylight-saving change."""
    local = slot.astimezone(tz)
    if (
        local.time() == facts.start_time
        and local.utcoffset() == (slot + facts.duration).astimezone(tz).utcoffset()
    ):
        return False  # the usual case, decided with two look-ups: no change in between
    return differs(wall_of(slot, facts.start_time, tz), facts.duration, tz)


def _later_crossings(
    facts: SeriesFacts, tz: ZoneInfo, cover_until: date | None
) -> tuple[Occurrence, ...]:
    """Sessions past the stored ones that the rule will give across a daylight-saving
    change, as overrides with their real length (the application plans them the same way
    when their day comes into the horizon)."""
    after = max(facts.planned, default=None)
    last_known = (after.astimezone(tz).date() if after else facts.first_date) - timedelta(days=1)
    if facts.window_start is not None:  # nothing before the exported window
        last_known = max(last_known, facts.window_start - timedelta(days=1))
    until = cover_until or _years_after(max(last_known, facts.first_date), COVER_YEARS)
    if facts.until_date is not None:
        until = min(until, facts.until_date)
    out = []
    for wall in crossing_slots(
        facts.rrule, facts.first_date, facts.start_time, facts.duration, tz, last_known, until
    ):
        begins = instant(wall, tz)
        if after is None or begins > after:
            out.append(Occurrence(0, begins, begins, begins + facts.duration, facts.text))
    return tuple(out)


def _years_after(day: date, years: int) -> date:
    return day.replace(year=day.year + years, day=min(day.day, 28))


def _shown(s: SessionFacts) -> bool:
    return s.wanted and not s.cancelled


def _differs(facts: SeriesFacts, s: SessionFacts) -> bool:
    return (
        s.is_exception
        or s.starts_at != s.occurrence_start
        or s.ends_at != s.occurrence_start + facts.duration
        or s.room_id != facts.room_id
        or s.facilitator_ids != facts.facilitator_ids
        or s.topic_id != facts.topic_id
    )


def _occurrence(s: SessionFacts, *, with_id: bool) -> Occurrence:
    return Occurrence(s.id, s.occurrence_start if with_id else None, s.starts_at, s.ends_at, s.text)


def first_occurrence(
    rule_text: str,
    first_date: date,
    start_time: time,
    tz: ZoneInfo,
    not_before: date | None = None,
) -> datetime | None:
    """The first start (UTC) the rule gives on or after its first date (and ``not_before``),
    expanded on wall-clock time like the sessions themselves."""
    begin = _window_begin(first_date, start_time, not_before)
    naive = starting_near(parse_rule(rule_text, first_date, start_time), begin).after(
        begin, inc=True
    )
    return None if naive is None else naive.replace(tzinfo=tz).astimezone(UTC)


def _window_begin(first_date: date, start_time: time, not_before: date | None) -> datetime:
    begin = datetime.combine(first_date, start_time)
    return begin if not_before is None else max(begin, datetime.combine(not_before, time.min))


def _left_behind(rule_text: str, facts: SeriesFacts) -> int:
    """How many occurrences of a counted rule come before the exported window."""
    if facts.window_start is None:
        return 0
    begin = _window_begin(facts.first_date, facts.start_time, facts.window_start)
    starts = parse_rule(rule_text, facts.first_date, facts.start_time)
    return sum(1 for _ in takewhile(lambda naive: naive < begin, starts))


def export_rule(rule_text: str, facts: SeriesFacts, tz: ZoneInfo) -> str:
    """The stored rule as RFC 5545 wants it next to a DTSTART with a TZID: UNTIL in UTC.
    The group's own end date caps the rule exactly as it caps the stored sessions."""
    body = rule_text.strip()
    if body.upper().startswith("RRULE:"):
        body = body[6:]
    local_until: datetime | None = None
    match = _UNTIL.search(body)
    if match:
        local_until = _parse_until(match.group(1), tz)
    if facts.until_date is not None:
        cap = datetime.combine(facts.until_date, time(23, 59, 59), tz).astimezone(UTC)
        local_until = cap if local_until is None else min(local_until, cap)
    parts = [p for p in body.split(";") if p and not p.upper().startswith("UNTIL=")]
    count = _COUNT.search(body)
    if local_until is None:
        if count and facts.window_start is not None:
            left = int(count.group(1)) - _left_behind(rule_text, facts)
            parts = [p for p in parts if not p.upper().startswith("COUNT=")]
            parts.append(f"COUNT={max(left, 1)}")
        return ";".join(parts)
    if count:
        # RFC 5545 forbids COUNT together with UNTIL: keep what both allow, as a count.
        starts = parse_rule(rule_text, facts.first_date, facts.start_time)
        kept = sum(1 for naive in starts if naive.replace(tzinfo=tz).astimezone(UTC) <= local_until)
        kept -= _left_behind(rule_text, facts)
        parts = [p for p in parts if not p.upper().startswith("COUNT=")]
        parts.append(f"COUNT={max(kept, 1)}")
        return ";".join(parts)
    parts.append(f"UNTIL={local_until:%Y%m%dT%H%M%S}Z")
    return ";".join(parts)


def _parse_until(value: str, tz: ZoneInfo) -> datetime:
    """UNTIL as python-dateutil reads it next to a naive DTSTART: a date means its midnight,
    a floating time is local, a trailing Z is UTC."""
    text = value.upper()
    if text.endswith("Z"):
        return datetime.strptime(text[:-1], "%Y%m%dT%H%M%S").replace(tzinfo=UTC)
    naive = (
        datetime.strptime(text, "%Y%m%d")
        if len(text) == 8
        else datetime.strptime(text, "%Y%m%dT%H%M%S")
    )
    return naive.replace(tzinfo=tz).astimezone(UTC)
