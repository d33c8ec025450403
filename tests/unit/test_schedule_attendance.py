"""Attendance, walk-ins, attendance statistics and facilitated hours."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from peercenter.db.engine import Database
from peercenter.domain.enums import AttendanceStatus, EnrollmentMode
from peercenter.domain.errors import ValidationError
from peercenter.domain.recurrence import Frequency, Recurrence
from peercenter.services.schedule import attendance, edits, rosters, stats
from peercenter.services.schedule.hours import facilitated_minutes
from tests.schedule_factories import CHICAGO, Desk, front_desk
from tests.schedule_factories import freeze as freeze_clock

P, L, E, A = (
    AttendanceStatus.PRESENT,
    AttendanceStatus.LATE,
    AttendanceStatus.EXCUSED,
    AttendanceStatus.ABSENT,
)


@pytest.fixture(autouse=True)
def _frozen(monkeypatch: pytest.MonkeyPatch) -> None:
    freeze_clock(monkeypatch)


def _circle(
    desk: Desk, mode: EnrollmentMode = EnrollmentMode.OPEN, capacity: int | None = 4
) -> int:
    gid = desk.group(
        "Monday Circle",
        first=date(2026, 3, 2),
        at=time(8),
        mode=mode,
        capacity=capacity,
        rule=Recurrence(Frequency.WEEKLY, weekdays=(0,)),
    ).id
    with desk.db.session() as s:
        for name in ("Alex", "Blair", "Casey"):
            rosters.enroll(s, desk.admin, gid, desk.people[name], date(2026, 3, 1))
    return gid


def test_attendance_marks_each_person_and_counts_who_is_here(database: Database) -> None:
    desk = front_desk(database)
    gid = _circle(desk)
    today = desk.sessions(gid)[0]
    with database.session() as s:
        sheet = attendance.attendance_sheet(s, desk.admin, today.id)
    assert [r.name for r in sheet.rows] == ["Alex M.", "Blair N.", "Casey O."]
    assert (sheet.here, sheet.capacity, sheet.marked) == (0, 4, 0)
    with database.session() as s:
        attendance.mark(s, desk.admin, today.id, desk.people["Alex"], P)
        attendance.mark(s, desk.admin, today.id, desk.people["Blair"], L)
        attendance.mark(s, desk.admin, today.id, desk.people["Casey"], E)
        attendance.mark(s, desk.admin, today.id, desk.people["Casey"], A)
        sheet = attendance.attendance_sheet(s, desk.admin, today.id)
    assert [r.status for r in sheet.rows] == [P, L, A]
    assert sheet.here == 2


def test_walk_ins_join_open_groups_up_to_capacity(database: Database) -> None:
    desk = front_desk(database)
    gid = _circle(desk, capacity=4)
    today = desk.sessions(gid)[0]
    with database.session() as s:
        for name in ("Alex", "Blair", "Casey"):
            attendance.mark(s, desk.admin, today.id, desk.people[name], P)
        row = attendance.add_walk_in(s, desk.admin, today.id, desk.people["Devon"])
    assert row.is_walk_in and row.status is P
    with pytest.raises(ValidationError, match=r"full \(4 of 4 here\)"), database.session() as s:
        attendance.add_walk_in(s, desk.admin, today.id, desk.people["Emery"])
    with database.session() as s:
        sheet = attendance.attendance_sheet(s, desk.admin, today.id)
    assert [(r.name, r.is_walk_in) for r in sheet.rows][-1] == ("Devon P.", True)
    assert sheet.here == 4


def test_closed_groups_take_no_walk_ins_and_future_sessions_wait(database: Database) -> None:
    desk = front_desk(database)
    gid = _circle(desk, mode=EnrollmentMode.CLOSED)
    today, next_week = desk.sessions(gid)[:2]
    with pytest.raises(ValidationError, match="closed group"), database.session() as s:
        attendance.add_walk_in(s, desk.admin, today.id, desk.people["Devon"])
    with pytest.raises(ValidationError, match="opens on the day"), database.session() as s:
        attendance.mark(s, desk.admin, next_week.id, desk.people["Alex"], P)
    with pytest.raises(ValidationError, match="not on the roster"), database.session() as s:
        attendance.mark(s, desk.admin, today.id, desk.people["Devon"], P)


def test_group_statistics_count_sessions_held_average_and_trend(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk = front_desk(database)
    gid = _circle(desk, capacity=None)
    sessions = desk.sessions(gid)
    # Three weeks of check-ins: 1, 2 then 3 people; the fourth week is cancelled.
    for week, present in enumerate((["Alex"], ["Alex", "Blair"], ["Alex", "Blair", "Casey"])):
        freeze_clock(monkeypatch, sessions[week].starts_at + timedelta(minutes=5))
        with database.session() as s:
            for name in present:
                attendance.mark(s, desk.admin, sessions[week].id, desk.people[name], P)
    with database.session() as s:
        edits.cancel_session(s, desk.admin, sessions[3].id, "Holiday", sessions[3].version)
    freeze_clock(monkeypatch, datetime(2026, 3, 29, 12, tzinfo=CHICAGO))
    with database.session() as s:
        result = stats.group_stats(s, desk.admin, gid)
        person = stats.participant_stats(s, desk.admin, desk.people["Blair"])
    assert result.sessions_held == 3
    assert result.average_attendance == 2.0
    assert len(result.trend) == 12
    assert [(p.week, p.sessions, p.attended) for p in result.trend[-4:]] == [
        (date(2026, 3, 2), 1, 1),
        (date(2026, 3, 9), 1, 2),
        (date(2026, 3, 16), 1, 3),
        (date(2026, 3, 23), 0, 0),
    ]
    assert result.direction == "rising"
    assert person.counts[P] == 2 and person.attendance_rate == 1.0
    assert person.last_attended == date(2026, 3, 16)
    assert [(g.group_name, g.attended) for g in person.groups] == [("Monday Circle", 2)]


def test_facilitated_minutes_per_day_leave_out_cancelled_sessions(database: Database) -> None:
    desk = front_desk(database)
    gid = desk.group(
        "Late Group",
        first=date(2026, 3, 3),
        at=time(23),
        rule=Recurrence(Frequency.WEEKLY, weekdays=(1,), count=3),
    ).id
    desk.group(
        "Co-led",
        first=date(2026, 3, 4),
        lead="Maria Lopez",
        co=("Jordan Reyes",),
        room="Garden Room",
        minutes=60,
        at=time(10),
        rule=Recurrence(Frequency.ONCE),
    )
    second = desk.sessions(gid)[1]
    with database.session() as s:
        edits.cancel_session(s, desk.admin, second.id, "Holiday", second.version)
        minutes = facilitated_minutes(
            s, desk.admin, desk.staff["Jordan Reyes"], date(2026, 3, 1), date(2026, 3, 31)
        )
    # 11 pm to 12:30 am counts on both days.
    assert minutes == {
        date(2026, 3, 3): 60,
        date(2026, 3, 4): 30 + 60,
        date(2026, 3, 17): 60,
        date(2026, 3, 18): 30,
    }


def _events(database: Database, action: str) -> list[dict[str, object]]:
    from sqlalchemy import select

    from peercenter.db.models import AuditEvent

    with database.reader() as s:
        return [
            dict(e.details or {})
            for e in s.scalars(
                select(AuditEvent)
                .where(AuditEvent.entity == "attendance", AuditEvent.action == action)
                .order_by(AuditEvent.id)
            )
        ]


def test_the_front_desk_corrects_and_removes_marks_on_the_day_audited(
    database: Database,
) -> None:
    from peercenter.domain.enums import Role
    from tests.gui.helpers import sign_in_as

    desk = front_desk(database)
    gid = _circle(desk)
    today = desk.sessions(gid)[0]
    desk_worker = sign_in_as(database, desk.admin, Role.FRONT_DESK, "jo", "Jo", "Desk")
    alex, devon = desk.people["Alex"], desk.people["Devon"]
    with database.session() as s:
        attendance.mark(s, desk_worker, today.id, alex, P)
        attendance.add_walk_in(s, desk_worker, today.id, devon)  # the wrong person
    with database.session() as s:
        attendance.mark(s, desk_worker, today.id, alex, L)  # came late after all
        removed = attendance.mark(s, desk_worker, today.id, devon, None)
        sheet = attendance.attendance_sheet(s, desk_worker, today.id)
    assert removed.status is None and removed.is_walk_in
    assert [(r.name, r.status) for r in sheet.rows] == [
        ("Alex M.", L),
        ("Blair N.", None),
        ("Casey O.", None),
    ]
    assert _events(database, "correct") == [
        {"participant": alex, "status": "late", "was": "present"}
    ]
    assert _events(database, "remove") == [
        {"participant": devon, "was": "present", "walk_in": True}
    ]


def test_after_the_day_only_supervisors_and_administrators_correct_marks(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from peercenter.domain.enums import Role
    from peercenter.domain.errors import PermissionDenied
    from tests.gui.helpers import sign_in_as

    desk = front_desk(database)
    gid = _circle(desk)
    monday = desk.sessions(gid)[0]
    desk_worker = sign_in_as(database, desk.admin, Role.FRONT_DESK, "jo", "Jo", "Desk")
    supervisor = sign_in_as(database, desk.admin, Role.SUPERVISOR, "val", "Val", "Ortiz")
    with database.session() as s:
        attendance.mark(s, desk_worker, monday.id, desk.people["Alex"], P)
    freeze_clock(monkeypatch, datetime(2026, 3, 3, 9, tzinfo=CHICAGO))  # Tuesday
    for change in (A, None):
        refused = pytest.raises(PermissionDenied, match=r"on the day of the session \(2 Mar 2026\)")
        with refused, database.session() as s:
            attendance.mark(s, desk_worker, monday.id, desk.people["Alex"], change)
    # Someone not marked yet can still be entered from the paper sign-in sheet.
    with database.session() as s:
        attendance.mark(s, desk_worker, monday.id, desk.people["Blair"], P)
        attendance.mark(s, supervisor, monday.id, desk.people["Alex"], E)
        sheet = attendance.attendance_sheet(s, supervisor, monday.id)
    assert [r.status for r in sheet.rows] == [E, P, None]


def test_namesakes_on_a_sheet_are_told_apart(database: Database) -> None:
    from peercenter.services import participants

    desk = front_desk(database)
    gid = _circle(desk)
    today = desk.sessions(gid)[0]
    with database.session() as s:
        other = participants.create(
            s,
            desk.admin,
            participants.ParticipantForm("Alex", "Mendez", intake_date=date(2026, 2, 2)),
            not_duplicate_of=[desk.people["Alex"]],
        ).id
        row = attendance.add_walk_in(s, desk.admin, today.id, other)
        sheet = attendance.attendance_sheet(s, desk.admin, today.id)
    assert row.name == "Alex M. (intake 2 Feb 2026)"
    assert [r.name for r in sheet.rows][:2] == [
        "Alex M. (intake 2 Feb 2026)",
        f"Alex M. (no. {desk.people['Alex']})",
    ]
