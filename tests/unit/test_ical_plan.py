"""How a series is written to iCalendar, checked without a database: the rule's UNTIL in UTC,
DTSTART on the first real occurrence, times in the repeated hour, and random rules in several
time zones expanded by recurring-ical-events."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import icalendar
from dateutil.relativedelta import relativedelta
from hypothesis import example, given, settings
from hypothesis import strategies as st

from peercenter.domain.ical import build_calendar
from peercenter.domain.ical_plan import (
    EventText,
    SeriesFacts,
    SessionFacts,
    export_rule,
    first_occurrence,
    plan_group,
)
from peercenter.domain.recurrence import Frequency, Recurrence, occurrence_starts
from tests.schedule_data import RULES, ics_slots

CHICAGO = ZoneInfo("America/Chicago")
TEXT = EventText("Recovery Circle", "Oak Room", "Peer support group", "Peer support group")
MOVED = EventText("Recovery Circle", "Cedar Room", "Peer support group", "Peer support group")


def _facts(
    rec: Recurrence, first: date, at: time, tz: ZoneInfo, horizon: date, minutes: int = 90
) -> SeriesFacts:
    rule = rec.to_rrule(first)
    lo = datetime.combine(first, time.min, tz)
    hi = datetime.combine(horizon + timedelta(days=1), time.min, tz)
    planned = tuple(s.astimezone(UTC) for s in occurrence_starts(rule, first, at, tz, lo, hi))
    duration = timedelta(minutes=minutes)
    sessions = tuple(
        SessionFacts(i, s, s, s + duration, False, 1, frozenset({7}), None, False, True, TEXT)
        for i, s in enumerate(planned, start=1)
    )
    return SeriesFacts(
        1,
        rule,
        first,
        at,
        duration,
        rec.until,
        1,
        frozenset({7}),
        None,
        planned,
        True,
        TEXT,
        sessions,
    )


def _write(facts: SeriesFacts, tz: ZoneInfo) -> bytes:
    return build_calendar(
        [plan_group(facts, tz)],
        tz=tz,
        name="Test",
        domain="test.peercenter",
        product="-//Test//EN",
        stamp=datetime(2026, 1, 1, tzinfo=UTC),
    )


def test_until_is_written_in_utc_and_covers_the_whole_last_day() -> None:
    rec = Recurrence(Frequency.WEEKLY, weekdays=(1,), until=date(2026, 6, 30))
    facts = _facts(rec, date(2026, 1, 6), time(18), CHICAGO, date(2026, 3, 1))
    # 23:59:59 in Chicago summer time is 04:59:59 UTC the next day.
    assert export_rule(facts.rrule, facts, CHICAGO) == "FREQ=WEEKLY;BYDAY=TU;UNTIL=20260701T045959Z"
    text = _write(facts, CHICAGO).decode()
    assert "RRULE:FREQ=WEEKLY;UNTIL=20260701T045959Z;BYDAY=TU" in text
    lo = datetime(2026, 1, 1, tzinfo=UTC)
    last = max(ics_slots(text.encode(), lo, lo + timedelta(days=400)))[0]
    assert last.astimezone(CHICAGO).date() == date(2026, 6, 30)


def test_a_count_and_an_end_date_become_one_count() -> None:
    rec = Recurrence(Frequency.WEEKLY, weekdays=(1,), count=20)
    facts = replace(
        _facts(rec, date(2026, 1, 6), time(18), CHICAGO, date(2026, 3, 1)),
        until_date=date(2026, 2, 10),
    )
    assert export_rule(facts.rrule, facts, CHICAGO) == "FREQ=WEEKLY;BYDAY=TU;COUNT=6"


def test_dtstart_is_the_first_real_occurrence() -> None:
    # A group entered on a Monday that meets on Tuesdays and Thursdays: readers of .ics
    # always count DTSTART, so it must be Tuesday.
    rule = Recurrence(Frequency.WEEKLY, weekdays=(1, 3)).to_rrule(date(2026, 3, 2))
    first = first_occurrence(rule, date(2026, 3, 2), time(18), CHICAGO)
    assert first == datetime(2026, 3, 3, 18, tzinfo=CHICAGO).astimezone(UTC)
    facts = _facts(
        Recurrence(Frequency.WEEKLY, weekdays=(1, 3)),
        date(2026, 3, 2),
        time(18),
        CHICAGO,
        date(2026, 4, 1),
    )
    assert "DTSTART;TZID=America/Chicago:20260303T180000" in _write(facts, CHICAGO).decode()


def test_a_session_moved_into_the_repeated_hour_is_written_in_utc() -> None:
    facts = _facts(
        Recurrence(Frequency.WEEKLY, weekdays=(6,)),
        date(2026, 10, 4),
        time(18),
        CHICAGO,
        date(2026, 11, 30),
    )
    # 1:30 am on 1 November 2026 happens twice; this is the second pass (standard time).
    second_pass = datetime(2026, 11, 1, 7, 30, tzinfo=UTC)
    sessions = list(facts.sessions)
    sessions[4] = replace(
        sessions[4],
        starts_at=second_pass,
        ends_at=second_pass + timedelta(hours=1),
        is_exception=True,
    )
    data = _write(replace(facts, sessions=tuple(sessions)), CHICAGO)
    assert b"DTSTART:20261101T073000Z" in data
    lo = datetime(2026, 10, 1, tzinfo=UTC)
    assert (second_pass, second_pass + timedelta(hours=1), "Oak Room") in ics_slots(
        data, lo, lo + timedelta(days=60)
    )


def test_sessions_the_rule_does_not_give_are_stand_alone_events() -> None:
    facts = _facts(
        Recurrence(Frequency.WEEKLY, weekdays=(0,)),
        date(2026, 1, 5),
        time(10),
        CHICAGO,
        date(2026, 2, 28),
    )
    # The series was later changed to Mondays at 10; this Sunday session was kept by hand.
    kept_at = datetime(2026, 1, 4, 16, tzinfo=UTC)
    kept = SessionFacts(
        99,
        kept_at,
        kept_at,
        kept_at + timedelta(hours=1),
        False,
        1,
        frozenset({7}),
        None,
        True,
        True,
        TEXT,
    )
    plan = plan_group(replace(facts, sessions=(*facts.sessions, kept)), CHICAGO)
    assert [o.session_id for o in plan.lone] == [99]
    data = _write(replace(facts, sessions=(*facts.sessions, kept)), CHICAGO)
    assert b"UID:session-99@test.peercenter" in data
    assert len(icalendar.Calendar.from_ical(data).walk("VTIMEZONE")) == 1


def test_an_unfiltered_series_lists_only_its_wanted_dates() -> None:
    facts = _facts(
        Recurrence(Frequency.WEEKLY, weekdays=(0,)),
        date(2026, 1, 5),
        time(10),
        CHICAGO,
        date(2026, 3, 31),
    )
    # Exporting another room: only two sessions of this group were moved there.
    sessions = tuple(
        replace(
            s,
            wanted=i in (3, 6),
            room_id=2 if i in (3, 6) else 1,
            text=MOVED if i in (3, 6) else TEXT,
        )
        for i, s in enumerate(facts.sessions)
    )
    plan = plan_group(replace(facts, follows_rule=False, sessions=sessions), CHICAGO)
    assert plan.series is not None and plan.series.rrule is None
    assert plan.series.first_start == facts.planned[3]
    assert plan.series.rdates == (facts.planned[6],)
    assert [o.recurrence_id for o in plan.series.overrides] == [facts.planned[3], facts.planned[6]]


ZONES = [
    "America/Chicago",
    "Europe/London",
    "Australia/Sydney",
    "America/St_Johns",
    "Asia/Kolkata",
    "Pacific/Auckland",
    "UTC",
]
rules = st.one_of(RULES, st.just(Recurrence(Frequency.ONCE)))


@settings(max_examples=150, deadline=None)
# Half an hour from 1:30 am daily: on the night clocks go back it ends in the repeated hour.
@example(
    rule=Recurrence(Frequency.DAILY),
    zone="America/Chicago",
    first=date(2025, 1, 1),
    quarter=6,
    minutes=30,
    end=None,
    edits={},
)
@given(
    rule=rules,
    zone=st.sampled_from(ZONES),
    first=st.dates(date(2025, 1, 1), date(2028, 12, 28)),
    quarter=st.integers(0, 24 * 4 - 1),  # any time of day, the nights of the changes too
    minutes=st.sampled_from([30, 60, 90, 180]),
    end=st.one_of(st.none(), st.integers(1, 120), st.integers(0, 900).map(timedelta)),
    edits=st.dictionaries(
        st.integers(0, 40),
        st.one_of(st.just("cancel"), st.just("room"), st.integers(-96, 96)),
        max_size=8,
    ),
)
def test_random_rules_in_many_zones_round_trip(
    rule: Recurrence,
    zone: str,
    first: date,
    quarter: int,
    minutes: int,
    end: int | timedelta | None,
    edits: dict[int, str | int],
) -> None:
    tz = ZoneInfo(zone)
    first = first.replace(day=min(first.day, 28))
    if isinstance(end, int) and rule.frequency is not Frequency.ONCE:
        rule = replace(rule, count=end)
    elif isinstance(end, timedelta) and rule.frequency is not Frequency.ONCE:
        rule = replace(rule, until=first + end)
    at = time(quarter // 4, quarter % 4 * 15)
    horizon = first + relativedelta(months=12)
    facts = _facts(rule, first, at, tz, horizon, minutes)
    sessions = list(facts.sessions)
    for index, change in edits.items():
        if index < len(sessions):
            s = sessions[index]
            if change == "cancel":
                sessions[index] = replace(s, cancelled=True)
            elif change == "room":
                sessions[index] = replace(s, room_id=2, text=MOVED, is_exception=True)
            else:
                shift = timedelta(hours=int(change))
                sessions[index] = replace(
                    s, starts_at=s.starts_at + shift, ends_at=s.ends_at + shift, is_exception=True
                )
    data = _write(replace(facts, sessions=tuple(sessions)), tz)
    lo = datetime.combine(first, time.min, tz)
    hi = datetime.combine(first + relativedelta(years=2), time.min, tz)
    past_horizon = datetime.combine(horizon + timedelta(days=1), time.min, tz)
    expected = {
        (s.starts_at, s.ends_at, s.text.location)
        for s in sessions
        if not s.cancelled and lo <= s.starts_at < hi
    }
    expected |= {
        (s.astimezone(UTC), s.astimezone(UTC) + timedelta(minutes=minutes), "Oak Room")
        for s in occurrence_starts(facts.rrule, first, at, tz, past_horizon, hi)
    }
    assert ics_slots(data, lo, hi) == expected


@settings(max_examples=80, deadline=None)
@given(
    rule=rules,
    zone=st.sampled_from(ZONES),
    first=st.dates(date(2025, 1, 1), date(2028, 12, 28)),
    quarter=st.integers(0, 24 * 4 - 1),  # any time of day, the nights of the changes too
    follows_rule=st.booleans(),
    elsewhere=st.sets(st.integers(0, 60), max_size=20),
    cancelled=st.sets(st.integers(0, 60), max_size=5),
)
def test_filtered_exports_keep_only_the_wanted_sessions(
    rule: Recurrence,
    zone: str,
    first: date,
    quarter: int,
    follows_rule: bool,
    elsewhere: set[int],
    cancelled: set[int],
) -> None:
    """A room's export: the series' own room is (follows_rule) or is not the exported room;
    sessions in ``elsewhere`` were moved across, so they flip in or out of the export."""
    tz = ZoneInfo(zone)
    first = first.replace(day=min(first.day, 28))
    at = time(quarter // 4, quarter % 4 * 15)
    horizon = first + relativedelta(months=12)
    facts = replace(_facts(rule, first, at, tz, horizon), follows_rule=follows_rule)
    sessions = []
    for i, s in enumerate(facts.sessions):
        moved = i in elsewhere
        sessions.append(
            replace(
                s,
                wanted=follows_rule != moved,
                cancelled=i in cancelled,
                room_id=2 if moved else 1,
                is_exception=moved,
                text=MOVED if moved else TEXT,
            )
        )
    data = _write(replace(facts, sessions=tuple(sessions)), tz)
    lo = datetime.combine(first, time.min, tz)
    hi = datetime.combine(first + relativedelta(years=2), time.min, tz)
    expected = {
        (s.starts_at, s.ends_at, s.text.location) for s in sessions if s.wanted and not s.cancelled
    }
    if follows_rule:
        past_horizon = datetime.combine(horizon + timedelta(days=1), time.min, tz)
        expected |= {
            (s.astimezone(UTC), s.astimezone(UTC) + facts.duration, "Oak Room")
            for s in occurrence_starts(facts.rrule, first, at, tz, past_horizon, hi)
        }
    assert ics_slots(data, lo, hi) == expected
