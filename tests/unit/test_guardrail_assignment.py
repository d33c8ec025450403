"""The guardrail check when a facilitator is assigned: flags on the schedule as it would be,
a reason required over red, and the going-ahead written to the audit trail."""

from __future__ import annotations

from datetime import time, timedelta

import pytest

from peercenter.db.engine import Database
from peercenter.domain.enums import TimeEntryKind
from peercenter.domain.errors import PermissionDenied
from peercenter.domain.guardrails import Level
from peercenter.services.wellbeing import assignment
from tests.wellbeing_factories import TODAY, TZ, at, checkin, sessions, team, time_entry

MONDAY = TODAY - timedelta(days=TODAY.weekday())


def proposed(
    day_offsets: list[int], hhmm: str = "18:00", minutes: int = 120, label: str = "Evening Group"
) -> list[assignment.ProposedSession]:
    out = []
    for offset in day_offsets:
        begins = at(MONDAY + timedelta(days=offset), hhmm).replace(tzinfo=TZ)
        out.append(assignment.ProposedSession(begins, begins + timedelta(minutes=minutes), label))
    return out


def test_an_assignment_over_the_cap_is_red_and_names_the_week(database: Database) -> None:
    t = team(database)
    sam = t.sam.staff_id
    for i in range(5):
        time_entry(database, sam, MONDAY + timedelta(days=i), 7.6)  # 38 h: amber already
    with database.reader() as s:
        check = assignment.check_assignment(s, t.desk, sam, proposed([5]), TODAY)
    # 40 h is at the cap, not over it: still amber, and amber was there before.
    assert check.level is Level.AMBER and not check.needs_reason
    assert check.staff_name == "Sam Rivera" and check.sessions == 1
    [flag] = check.flags
    assert flag.message == "Worked and scheduled 40 h this week, 100 % of the 40 h cap."
    assert not check.is_caused(flag)
    with database.reader() as s:
        over = assignment.check_assignment(s, t.desk, sam, proposed([5], minutes=180), TODAY)
    assert over.level is Level.RED and over.needs_reason
    [flag] = over.flags
    assert flag.message == "Worked and scheduled 41 h this week; cap is 40 h."
    assert over.is_caused(flag)


def test_a_quiet_week_is_green_and_needs_no_reason(database: Database) -> None:
    t = team(database)
    with database.reader() as s:
        check = assignment.check_assignment(s, t.desk, t.sam.staff_id, proposed([1, 3]), TODAY)
    assert (check.level, check.flags, check.needs_reason) == (Level.GREEN, (), False)


def test_a_whole_series_is_checked_against_existing_sessions(database: Database) -> None:
    t = team(database)
    sam = t.sam.staff_id
    # Sam runs a Tuesday group 16:00-17:50 for a year; the new one would start at 18:00.
    tuesdays = [at(MONDAY + timedelta(days=1, weeks=w), "16:00") for w in range(52)]
    sessions(database, sam, tuesdays, 110, "Recovery Circle")
    with database.reader() as s:
        new = assignment.proposed_series(
            s,
            "Evening Group",
            "FREQ=WEEKLY;BYDAY=TU",
            MONDAY + timedelta(days=1),
            time(18),
            90,
            until=MONDAY + timedelta(weeks=26),
        )
        check = assignment.check_assignment(s, t.desk, sam, new, TODAY)
    assert len(new) == 26
    assert check.level is Level.AMBER and not check.needs_reason
    [flag] = check.flags
    assert flag.rule == "back_to_back" and flag.numbers["occurrences"] == 26
    assert "Recovery Circle ends 5:50 PM and Evening Group starts 6:00 PM" in flag.message


def test_existing_sessions_already_on_the_schedule_are_not_counted_twice(
    database: Database,
) -> None:
    t = team(database)
    sam = t.sam.staff_id
    ids = sessions(
        database, sam, [at(MONDAY + timedelta(days=i), "08:00") for i in range(5)], 8 * 60
    )
    with database.reader() as s:
        again = assignment.check_sessions(s, t.desk, sam, ids, TODAY)
    assert again.level is Level.AMBER  # 40 h: at the cap, not over it
    with database.reader() as s:
        series = assignment.check_series(s, t.desk, sam, 1, MONDAY, TODAY)
    assert series.sessions == 5 and series.level is Level.AMBER


def test_a_session_on_a_day_of_leave_is_red_and_the_front_desk_is_not_told_why(
    database: Database,
) -> None:
    t = team(database)
    time_entry(database, t.sam.staff_id, MONDAY + timedelta(days=3), 8, TimeEntryKind.LEAVE)
    with database.reader() as s:
        desk = assignment.check_assignment(s, t.desk, t.sam.staff_id, proposed([3]), TODAY)
        maria = assignment.check_assignment(s, t.maria, t.sam.staff_id, proposed([3]), TODAY)
    assert [(f.rule, f.level, f.message) for f in desk.flags] == [
        ("unavailable", Level.RED, "Not available on Thu 5 Jun 2025.")
    ]
    assert not desk.full and desk.needs_reason
    assert maria.full
    assert ("session_on_leave", Level.RED) in [(f.rule, f.level) for f in maria.flags]


def test_the_front_desk_sees_schedule_facts_and_the_supervisor_the_full_reasons(
    database: Database,
) -> None:
    t = team(database)
    sam = t.sam.staff_id
    checkin(
        database, sam, TODAY - timedelta(days=2), "cbi", {"personal": 90, "work": 90, "client": 90}
    )
    for i in range(5):
        time_entry(database, sam, MONDAY + timedelta(days=i), 8)
    with database.reader() as s:
        seen = {
            who: assignment.check_assignment(s, actor, sam, proposed([5]), TODAY)
            for who, actor in (
                ("desk", t.desk),
                ("lee", t.lee),
                ("maria", t.maria),
                ("admin", t.admin),
            )
        }
    # The front desk, and a supervisor who is not Sam's, see the hours only.
    for who in ("desk", "lee"):
        assert [f.rule for f in seen[who].flags] == ["weekly_hours"], who
        assert not seen[who].full
    # Sam's supervisor and administrators see the questionnaire and supervision too.
    for who in ("maria", "admin"):
        rules = {f.rule for f in seen[who].flags}
        assert {"weekly_hours", "score_cutoff", "supervision_recency"} <= rules, who
        assert seen[who].full and seen[who].caused == {"weekly_hours"}


def test_specialists_cannot_assign(database: Database) -> None:
    t = team(database)
    with pytest.raises(PermissionDenied), database.reader() as s:
        assignment.check_assignment(s, t.jo, t.sam.staff_id, proposed([2]), TODAY)
