"""The demo center: what `peercenter init --demo` puts in a new database, checked the way a
person trying the program (or a benchmark relying on it) would notice."""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from peercenter.db.base import Base
from peercenter.db.engine import Database
from peercenter.db.models import (
    Attendance,
    AuditEvent,
    Enrollment,
    Group,
    GroupFacilitator,
    GroupSession,
    Participant,
    Room,
    SessionFacilitator,
    Staff,
    StaffCredential,
    SupervisionSession,
    TimeEntry,
    TrainingRecord,
    User,
    WellbeingCheckIn,
)
from peercenter.domain.enums import (
    AttendanceStatus,
    EnrollmentMode,
    EnrollmentStatus,
    GroupKind,
    Role,
    SessionStatus,
    StaffStatus,
    TimeEntryKind,
)
from peercenter.domain.errors import ValidationError
from peercenter.services import auth, series
from peercenter.services.clock import day_bounds
from peercenter.services.demo import DemoSummary, build_demo
from tests.conftest import fresh_database_url
from tests.factories import PASSWORD, center

TODAY = date(2025, 3, 12)
TZ = ZoneInfo("America/Chicago")


@dataclass(frozen=True)
class Demo:
    db: Database
    summary: DemoSummary


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def engine_name(request: pytest.FixtureRequest) -> str:
    """Module-wide here, so one small demo per engine serves every read-only test."""
    return str(request.param)


@pytest.fixture(scope="module")
def demo(
    engine_name: str, request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Demo]:
    urls = fresh_database_url(engine_name, request, tmp_path_factory.mktemp("demo"))
    db = Database.from_url(next(urls))
    admin = center(db)
    with db.session() as s:
        summary = build_demo(s, admin, PASSWORD, today=TODAY)
    yield Demo(db, summary)
    db.dispose()
    next(urls, None)  # lets the helper drop its database


def _count(s: Session, model: type[Base]) -> int:
    return s.scalar(select(func.count()).select_from(model)) or 0


COUNTED: dict[str, type[Base]] = {
    "staff": Staff,
    "users": User,
    "rooms": Room,
    "groups": Group,
    "sessions": GroupSession,
    "participants": Participant,
    "enrollments": Enrollment,
    "attendance": Attendance,
    "training_records": TrainingRecord,
    "supervision_sessions": SupervisionSession,
    "time_entries": TimeEntry,
    "checkins": WellbeingCheckIn,
    "credentials": StaffCredential,
}


def test_small_demo_counts_match_the_database(demo: Demo) -> None:
    summary = demo.summary
    with demo.db.reader() as s:
        assert {name: _count(s, model) for name, model in COUNTED.items()} == asdict(summary)
    assert 8 <= summary.staff <= 10
    assert summary.rooms == 5
    assert 9 <= summary.groups <= 10
    assert 55 <= summary.participants <= 65
    assert summary.attendance > 1000 and summary.time_entries > 500


def test_demo_logins_work_with_the_admins_password(demo: Demo) -> None:
    for username, role in (
        ("supervisor", Role.SUPERVISOR),
        ("frontdesk", Role.FRONT_DESK),
        ("specialist", Role.SPECIALIST),
    ):
        actor = auth.login(demo.db, username, PASSWORD)
        assert actor.role is role
    with demo.db.reader() as s:
        specialist = s.scalar(select(Staff).join(User).where(User.username == "specialist"))
        supervisor = s.scalar(select(Staff).join(User).where(User.username == "supervisor"))
        assert specialist is not None and supervisor is not None
        assert specialist.supervisor_id == supervisor.id and supervisor.is_supervisor
        # The three share one hash, made once.
        hashes = set(s.scalars(select(User.password_hash).where(User.role != Role.ADMIN)))
        assert len(hashes) == 1


def test_every_kind_of_group_with_facilitators_who_are_active(demo: Demo) -> None:
    with demo.db.reader() as s:
        kinds = set(s.scalars(select(Group.kind)))
        assert kinds == set(GroupKind)
        rules = list(s.scalars(select(Group.rrule)))
        assert any("INTERVAL=2" in r for r in rules)
        assert any("BYDAY=2TU,4TU" in r for r in rules)
        assert any("BYDAY=-1FR" in r for r in rules)
        assert any("BYDAY=1SA" in r for r in rules)
        assert any("COUNT=8" in r for r in rules)
        for group in s.scalars(select(Group)):
            assert any(f.role.value == "lead" for f in group.facilitators), group.name
            assert group.materialized_until == series.horizon_date(TODAY, 12)
        staff_status = dict(s.execute(select(Staff.id, Staff.status)).all())
        used = set(s.scalars(select(GroupFacilitator.staff_id))) | set(
            s.scalars(select(SessionFacilitator.staff_id))
        )
        assert used and all(staff_status[i] is StaffStatus.ACTIVE for i in used)
        virtual = s.scalar(select(Room).where(Room.is_virtual.is_(True)))
        assert virtual is not None and (virtual.meeting_url or "").startswith("https://")


def test_attendance_only_for_past_sessions(demo: Demo) -> None:
    midnight, _ = day_bounds(TODAY, TZ)
    with demo.db.reader() as s:
        assert _attendance_after(s, midnight) == 0
        future = s.scalar(
            select(func.count()).select_from(GroupSession).where(GroupSession.starts_at >= midnight)
        )
        assert future and future > 100  # a year of planned sessions ahead


def test_attendance_is_for_enrolled_people_or_walk_ins_to_open_groups(demo: Demo) -> None:
    with demo.db.reader() as s:
        spans: dict[tuple[int, int], list[tuple[date, date | None]]] = defaultdict(list)
        for e in s.scalars(
            select(Enrollment).where(Enrollment.status == EnrollmentStatus.ENROLLED)
        ):
            spans[(e.group_id, e.participant_id)].append((e.from_date, e.to_date))
        modes = dict(s.execute(select(Group.id, Group.enrollment_mode)).all())
        rows = s.execute(
            select(
                GroupSession.group_id,
                GroupSession.starts_at,
                Attendance.participant_id,
                Attendance.is_walk_in,
                Attendance.recorded_by_id,
            ).join(Attendance, Attendance.session_id == GroupSession.id)
        ).all()
        frontdesk = s.scalar(select(User.id).where(User.username == "frontdesk"))
        statuses = dict(
            s.execute(select(Attendance.status, func.count()).group_by(Attendance.status)).all()
        )
    walk_ins = 0
    for group_id, starts_at, participant_id, walk_in, recorded_by in rows:
        day = starts_at.astimezone(TZ).date()
        assert recorded_by == frontdesk
        if walk_in:
            walk_ins += 1
            assert modes[group_id] is EnrollmentMode.OPEN
            continue
        assert any(
            lo <= day and (hi is None or day <= hi) for lo, hi in spans[(group_id, participant_id)]
        )
    assert walk_ins > 0
    present = statuses.get(AttendanceStatus.PRESENT, 0) / len(rows)
    assert 0.6 < present < 0.8


def _double_bookings(s: Session) -> tuple[list[int], list[int]]:
    """Rooms and staff with two scheduled sessions that overlap."""
    scheduled = GroupSession.status == SessionStatus.SCHEDULED
    rooms: dict[int, list[tuple[datetime, datetime]]] = defaultdict(list)
    people: dict[int, list[tuple[datetime, datetime]]] = defaultdict(list)
    for room_id, starts, ends in s.execute(
        select(GroupSession.room_id, GroupSession.starts_at, GroupSession.ends_at).where(
            scheduled, GroupSession.room_id.is_not(None)
        )
    ):
        assert room_id is not None
        rooms[room_id].append((starts, ends))
    for staff_id, starts, ends in s.execute(
        select(SessionFacilitator.staff_id, GroupSession.starts_at, GroupSession.ends_at)
        .join(GroupSession, GroupSession.id == SessionFacilitator.session_id)
        .where(scheduled)
    ):
        people[staff_id].append((starts, ends))
    assert rooms and people

    def clashing(bookings: dict[int, list[tuple[datetime, datetime]]]) -> list[int]:
        out = []
        for key, spans in sorted(bookings.items()):
            spans.sort()
            if any(spans[i + 1][0] < spans[i][1] for i in range(len(spans) - 1)):
                out.append(key)
        return out

    return clashing(rooms), clashing(people)


def _attendance_after(s: Session, midnight: datetime) -> int:
    """Check-ins for sessions that are not over before today, or that were cancelled."""
    return (
        s.scalar(
            select(func.count())
            .select_from(Attendance)
            .join(GroupSession, GroupSession.id == Attendance.session_id)
            .where(
                (GroupSession.ends_at > midnight) | (GroupSession.status != SessionStatus.SCHEDULED)
            )
        )
        or 0
    )


def test_no_room_or_facilitator_is_double_booked(demo: Demo) -> None:
    with demo.db.reader() as s:
        assert _double_bookings(s) == ([], [])


def test_the_schedule_has_history_edits(demo: Demo) -> None:
    with demo.db.reader() as s:
        cancelled = list(
            s.scalars(select(GroupSession).where(GroupSession.status == SessionStatus.CANCELLED))
        )
        moved = list(s.scalars(select(GroupSession).where(GroupSession.is_exception.is_(True))))
        waitlist = list(
            s.scalars(
                select(Enrollment)
                .where(Enrollment.status == EnrollmentStatus.WAITLISTED)
                .order_by(Enrollment.waitlist_position)
            )
        )
        assert waitlist and [e.waitlist_position for e in waitlist] == [1, 2]
        full = s.get(Group, waitlist[0].group_id)
        assert full is not None and full.enrollment_mode is EnrollmentMode.CLOSED
        enrolled_today = s.scalar(
            select(func.count())
            .select_from(Enrollment)
            .where(
                Enrollment.group_id == full.id,
                Enrollment.status == EnrollmentStatus.ENROLLED,
                Enrollment.from_date <= TODAY,
                (Enrollment.to_date.is_(None)) | (Enrollment.to_date >= TODAY),
            )
        )
        assert enrolled_today == full.capacity
        initial_only = s.scalar(
            select(func.count())
            .select_from(Participant)
            .where(func.length(Participant.last_name) == 1)
        )
        assert initial_only and initial_only > 10  # many give only an initial
        assert len(cancelled) >= 3 and all(c.cancel_reason for c in cancelled)
        assert any((c.cancel_reason or "").startswith("Center closed") for c in cancelled)
        assert len(moved) == 1 and moved[0].starts_at != moved[0].occurrence_start
        assert moved[0].starts_at.astimezone(TZ).date() > TODAY


def test_staff_records_cover_training_supervision_hours_and_checkins(demo: Demo) -> None:
    with demo.db.reader() as s:
        domains = set(s.scalars(select(TrainingRecord.domain)))
        assert {
            "Advocacy",
            "Mentoring/Education",
            "Recovery/Wellness Support",
            "Ethical Responsibility",
        } <= domains
        verified = s.scalar(
            select(func.count())
            .select_from(TrainingRecord)
            .where(TrainingRecord.verified_by_id.is_not(None))
        )
        assert verified and 0 < verified < demo.summary.training_records
        formats = {sup.format.value for sup in s.scalars(select(SupervisionSession))}
        assert formats == {"individual", "group"}
        assert all(sup.supervisees for sup in s.scalars(select(SupervisionSession)))
        kinds = {k.value for k in s.scalars(select(TimeEntry.kind).distinct())}
        assert {"leave", "documentation", "direct_service", "training"} <= kinds
        kinds_by_person: dict[int, set[str]] = defaultdict(set)
        for checkin in s.scalars(select(WellbeingCheckIn)):
            kinds_by_person[checkin.staff_id].add(checkin.questionnaire)
            assert checkin.taken_at.astimezone(TZ).date() < TODAY
            if checkin.questionnaire == "pulse":
                assert checkin.answers["mood"] == checkin.scores["pulse"]
                assert 1 <= checkin.scores["pulse"] <= 5
            else:  # the burnout inventory, every question answered and every scale scored
                assert checkin.questionnaire == "cbi"
                assert len(checkin.answers) == 19
                assert set(checkin.scores) == {"personal", "work", "client"}
                assert all(0 <= v <= 100 for v in checkin.scores.values())
        # A new user sees both questionnaires for every peer specialist.
        assert kinds_by_person and all(k == {"pulse", "cbi"} for k in kinds_by_person.values())


def test_direct_service_entries_cover_the_days_sessions(demo: Demo) -> None:
    """A direct-service entry is the day's whole direct service, as a specialist writes it:
    on a day with sessions it is at least their length, so the hours are not counted low."""
    facilitated: dict[tuple[int, date], int] = defaultdict(int)
    direct: dict[tuple[int, date], int] = defaultdict(int)
    with demo.db.reader() as s:
        for staff_id, starts, ends in s.execute(
            select(SessionFacilitator.staff_id, GroupSession.starts_at, GroupSession.ends_at)
            .join(GroupSession, GroupSession.id == SessionFacilitator.session_id)
            .where(GroupSession.status == SessionStatus.SCHEDULED)
        ):
            day = starts.astimezone(TZ).date()
            if day < TODAY:
                facilitated[staff_id, day] += round((ends - starts).total_seconds() / 60)
        for staff_id, day, minutes in s.execute(
            select(TimeEntry.staff_id, TimeEntry.worked_on, TimeEntry.minutes).where(
                TimeEntry.kind == TimeEntryKind.DIRECT_SERVICE
            )
        ):
            direct[staff_id, day] += minutes
    both = [key for key in direct if key in facilitated]
    assert len(both) > 50
    assert all(direct[key] >= facilitated[key] + 15 for key in both)


def test_one_audit_event_for_the_whole_build(demo: Demo) -> None:
    with demo.db.reader() as s:
        events = list(s.scalars(select(AuditEvent).where(AuditEvent.entity == "demo_data")))
        assert len(events) == 1
        assert events[0].username == "admin" and events[0].action == "create"
        assert events[0].details["attendance"] == demo.summary.attendance


def test_same_seed_same_center(demo: Demo, sqlite_database: Database) -> None:
    admin = center(sqlite_database)
    with sqlite_database.session() as s:
        again = build_demo(s, admin, PASSWORD, today=TODAY)
    assert again == demo.summary
    with demo.db.reader() as a, sqlite_database.reader() as b:
        names = select(Participant.preferred_name, Participant.last_name).order_by(Participant.id)
        assert list(a.execute(names)) == list(b.execute(names))


def test_refuses_a_center_that_already_has_data(demo: Demo) -> None:
    with demo.db.session() as s:
        admin = auth.actor_for(s.scalars(select(User).where(User.username == "admin")).one())
        with pytest.raises(ValidationError, match="new center"):
            build_demo(s, admin, PASSWORD, today=TODAY)
        with pytest.raises(ValidationError, match="small or large"):
            build_demo(s, admin, PASSWORD, scale="huge", today=TODAY)


@pytest.mark.slow
def test_large_demo_is_the_benchmark_center(
    database: Database, record_property: Callable[[str, object], None]
) -> None:
    admin = center(database)
    started = time.perf_counter()
    with database.session() as s:
        summary = build_demo(s, admin, PASSWORD, scale="large", today=TODAY)
    elapsed = time.perf_counter() - started
    record_property("large_demo_build_seconds", round(elapsed, 1))
    print(f"\nlarge demo on {database.engine.dialect.name}: {elapsed:.1f} s, {summary}")
    assert summary.groups == 40
    assert summary.staff == 25
    assert summary.participants == 2000
    assert 17_000 <= summary.sessions <= 23_000
    assert 170_000 <= summary.attendance <= 230_000
    with database.reader() as s:
        assert {name: _count(s, model) for name, model in COUNTED.items()} == asdict(summary)
        first = s.scalar(select(func.min(Group.first_date)))
        assert first is not None and first <= date(2015, 4, 1)  # ten years of history
        assert _double_bookings(s) == ([], [])
        assert _attendance_after(s, day_bounds(TODAY, TZ)[0]) == 0
    # The database handed out every id, so the next ordinary insert still gets a free one.
    with database.session() as s:
        staff_id = s.scalars(select(Staff.id).limit(1)).one()
        s.add_all(
            [
                Participant(preferred_name="Robin"),
                TimeEntry(staff_id=staff_id, worked_on=TODAY, minutes=30, kind=TimeEntryKind.ADMIN),
            ]
        )
