"""The pure conflict, hour and trend rules, without a database."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from peercenter.domain.attendance_stats import WeekPoint, direction, weekly_trend
from peercenter.domain.conflicts import (
    Booking,
    ConflictKind,
    Names,
    capacity_conflicts,
    clashes_within,
    double_bookings,
    hours_cap_warnings,
    overlaps,
)
from peercenter.domain.hours import minutes_by_day
from peercenter.domain.timefmt import slot, time_range

TZ = ZoneInfo("America/Chicago")
NAMES = Names(rooms={1: "Blue Room"}, staff={7: "Jordan Reyes"}, participants={3: "Alex M."})


def _at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=TZ)


def test_sessions_that_only_touch_do_not_overlap() -> None:
    assert not overlaps(_at(3, 18), _at(3, 19), _at(3, 19), _at(3, 20))
    assert overlaps(_at(3, 18), _at(3, 19, 1), _at(3, 19), _at(3, 20))


def test_double_bookings_name_what_and_where() -> None:
    existing = [
        Booking(
            10, "Tuesday Circle", _at(3, 18), _at(3, 19, 30), 1, frozenset({7}), frozenset({3})
        ),
        Booking(11, "Far Away", _at(20, 18), _at(20, 19), 1),
    ]
    proposed = [Booking(-1, "Art Night", _at(3, 19), _at(3, 20), 1, frozenset({7}), frozenset({3}))]
    found = double_bookings(proposed, existing, NAMES)
    assert [(c.kind, c.other_key) for c in found] == [
        (ConflictKind.ROOM, 10),
        (ConflictKind.FACILITATOR, 10),
        (ConflictKind.PARTICIPANT, 10),
    ]
    assert found[0].message == (
        "Blue Room is already booked for 'Tuesday Circle' on Tue 3 Mar 2026, 6:00 PM–7:30 PM."
    )
    # A session being replaced is not a clash with itself.
    assert double_bookings(proposed, existing, NAMES, ignore=[10]) == []


def test_a_long_session_found_even_when_it_started_hours_earlier() -> None:
    existing = [
        Booking(1, "All-day Training", _at(3, 8), _at(3, 17), 1),
        Booking(2, "Short", _at(3, 9), _at(3, 10), 2),
    ]
    found = double_bookings([Booking(-1, "Afternoon", _at(3, 15), _at(3, 16), 1)], existing, NAMES)
    assert [c.other_key for c in found] == [1]


def test_the_repeated_hour_when_daylight_saving_ends_is_compared_in_real_time() -> None:
    first = datetime(2026, 11, 1, 1, 30, tzinfo=TZ)  # 1:30 am CDT
    first_end = datetime(2026, 11, 1, 1, 0, fold=1, tzinfo=TZ)  # 1:00 am CST, 30 min later
    second = datetime(2026, 11, 1, 1, 10, fold=1, tzinfo=TZ)  # 1:10 am CST
    second_end = datetime(2026, 11, 1, 1, 40, fold=1, tzinfo=TZ)
    existing = [Booking(1, "Night Shift", first, first_end, 1)]
    # On the wall clock 1:10-1:40 looks inside 1:30-1:00; in real time it comes after.
    assert double_bookings([Booking(-1, "Later", second, second_end, 1)], existing, NAMES) == []


def test_clashes_inside_a_calendar_window_are_marked_on_both_sessions() -> None:
    marks = clashes_within(
        [
            Booking(1, "A", _at(3, 18), _at(3, 19), 1),
            Booking(2, "B", _at(3, 18, 30), _at(3, 19, 30), 1),
            Booking(3, "C", _at(3, 20), _at(3, 21), 1),
        ],
        NAMES,
    )
    assert set(marks) == {1, 2}
    assert marks[1] == "Blue Room is already booked for 'B' on Tue 3 Mar 2026, 6:30 PM–7:30 PM."


def test_capacity_rules() -> None:
    assert capacity_conflicts(3, None, 4, {"Blue Room": 10}) == []
    assert [c.kind for c in capacity_conflicts(5, None, 4, {"Garden Room": 3})] == [
        ConflictKind.GROUP_CAPACITY,
        ConflictKind.ROOM_CAPACITY,
    ]
    only_room = capacity_conflicts(5, None, None, {"Garden Room": 3})
    assert [c.message for c in only_room] == ["Garden Room holds 3 people; 5 are enrolled."]
    later = capacity_conflicts(3, date(2026, 3, 24), 2, {})
    assert [c.message for c in later] == [
        "3 people are enrolled from Tue 24 Mar 2026 but the group takes at most 2."
    ]


def test_hours_warning_only_when_the_change_adds_over_the_cap() -> None:
    week = date(2026, 3, 2)
    warnings = hours_cap_warnings("Sam Rivera", 4, {week: 180}, {week: 300})
    assert [w.message for w in warnings] == [
        "Sam Rivera would facilitate 5 h in the week of Mon 2 Mar 2026, over their cap of 4 h."
    ]
    assert warnings[0].is_warning
    # Already over and not made worse: no warning.
    assert hours_cap_warnings("Sam Rivera", 4, {week: 300}, {week: 300}) == []


def test_minutes_split_at_midnight_and_daylight_saving() -> None:
    late = (_at(3, 23), _at(3, 23) + timedelta(minutes=90))
    # 1 am to 4 am on the night summer time starts is two real hours.
    short_night = (datetime(2026, 3, 8, 1, tzinfo=TZ), datetime(2026, 3, 8, 4, tzinfo=TZ))
    assert minutes_by_day([late, short_night]) == {
        date(2026, 3, 3): 60,
        date(2026, 3, 4): 30,
        date(2026, 3, 8): 120,
    }


def test_weekly_trend_and_its_direction() -> None:
    held = [
        (date(2026, 3, 2), 4),
        (date(2026, 3, 4), 6),
        (date(2026, 3, 9), 6),
        (date(2026, 3, 16), 8),
        (date(2025, 1, 1), 50),
    ]
    trend = weekly_trend(held, date(2026, 3, 18), weeks=3)
    assert trend == [
        WeekPoint(date(2026, 3, 2), 2, 10),
        WeekPoint(date(2026, 3, 9), 1, 6),
        WeekPoint(date(2026, 3, 16), 1, 8),
    ]
    assert direction(trend) == "rising"
    flat = [WeekPoint(date(2026, 3, 2) + timedelta(weeks=n), 1, 5) for n in range(4)]
    assert direction(flat) == "steady"
    assert direction(flat[:2]) == "not enough data"


def test_times_read_like_a_calendar() -> None:
    assert time_range(_at(3, 11), _at(3, 12, 30)) == "11:00 AM–12:30 PM"
    assert slot(_at(3, 18), _at(3, 19, 30)) == "Tue 3 Mar 2026, 6:00 PM–7:30 PM"


SPANS = st.lists(
    st.tuples(st.integers(0, 3000), st.integers(5, 720), st.integers(1, 3)), max_size=25
)


@given(existing=SPANS, proposed=SPANS)
def test_double_bookings_find_exactly_the_overlapping_pairs(
    existing: list[tuple[int, int, int]], proposed: list[tuple[int, int, int]]
) -> None:
    base = datetime(2026, 3, 1, tzinfo=UTC)

    def bookings(spans: list[tuple[int, int, int]], sign: int) -> list[Booking]:
        return [
            Booking(
                sign * (i + 1),
                f"G{i}",
                base + timedelta(minutes=start),
                base + timedelta(minutes=start + length),
                room,
            )
            for i, (start, length, room) in enumerate(spans)
        ]

    ex, pr = bookings(existing, 1), bookings(proposed, -1)
    found = {(c.key, c.other_key) for c in double_bookings(pr, ex, NAMES)}
    expected = {
        (p.key, e.key)
        for p in pr
        for e in ex
        if p.room_id == e.room_id and overlaps(p.starts_at, p.ends_at, e.starts_at, e.ends_at)
    }
    assert found == expected
