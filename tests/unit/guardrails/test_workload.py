"""How a day's hours are counted: sessions plus time entries, without double counting."""

from __future__ import annotations

from datetime import timedelta

from hypothesis import given
from hypothesis import strategies as st

from peercenter.domain.enums import TimeEntryKind
from peercenter.domain.guardrails import TimeEntryInput, Workload
from tests.unit.guardrails.helpers import TODAY, session


def test_direct_service_entries_cover_the_days_facilitated_sessions_first() -> None:
    load = Workload.build(
        [session(TODAY, "09:00", 90), session(TODAY, "13:00", 90)],
        [
            TimeEntryInput(TODAY, 120, TimeEntryKind.DIRECT_SERVICE),
            TimeEntryInput(TODAY, 60, TimeEntryKind.DOCUMENTATION),
        ],
    )
    today = load.day(TODAY)
    # 3 h facilitated, a 2 h direct-service entry that describes part of them: 3 h, not 5 h.
    assert today.direct_service_minutes == 180
    assert today.total_minutes == 240


def test_direct_service_beyond_the_sessions_counts() -> None:
    load = Workload.build(
        [session(TODAY, "09:00", 60)], [TimeEntryInput(TODAY, 240, TimeEntryKind.DIRECT_SERVICE)]
    )
    assert load.day(TODAY).total_minutes == 240


def test_leave_is_not_work() -> None:
    load = Workload.build([], [TimeEntryInput(TODAY, 480, TimeEntryKind.LEAVE)])
    assert load.day(TODAY).is_leave
    assert load.day(TODAY).total_minutes == 0


def test_a_proposed_session_already_on_the_schedule_is_not_counted_twice() -> None:
    load = Workload.build([session(TODAY, "09:00", 60, session_id=7)], [])
    again = load.with_sessions(
        [
            session(TODAY, "09:00", 60, session_id=7, proposed=True),
            session(TODAY, "11:00", 60, proposed=True),
        ]
    )
    assert again.day(TODAY).total_minutes == 120
    assert load.day(TODAY).total_minutes == 60


@given(
    st.dictionaries(st.integers(-20, 20), st.integers(1, 600), max_size=15),
    st.integers(-30, 30),
    st.integers(0, 40),
)
def test_window_totals_match_adding_up_the_days(
    hours_by_offset: dict[int, int], start: int, length: int
) -> None:
    load = Workload.build(
        [],
        [
            TimeEntryInput(TODAY + timedelta(days=k), m, TimeEntryKind.OUTREACH)
            for k, m in hours_by_offset.items()
        ],
    )
    first = TODAY + timedelta(days=start)
    last = first + timedelta(days=length)
    expected = sum(
        m for k, m in hours_by_offset.items() if first <= TODAY + timedelta(days=k) <= last
    )
    assert load.minutes_between(first, last) == expected
    assert load.minutes_between(last, first - timedelta(days=1)) == 0


def test_a_session_past_midnight_counts_on_both_days() -> None:
    late = session(TODAY, "22:00", 180, "Night Line")
    load = Workload.build([late], [])
    assert load.day(TODAY).total_minutes == 120
    assert load.day(TODAY + timedelta(days=1)).total_minutes == 60
    assert load.sessions_on(TODAY) == (late,)
