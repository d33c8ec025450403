"""A month of a small center built by hand for the service report: a person who came twice (and
the month before), two new people, a no-show, an excused absence, a walk-in, a session nobody
was marked at, a cancelled session with marks, a mentoring session, and supervision for two
specialists. In March 2026 (America/Chicago) the figures are: 3 people served, 2 new, 1
returning; sessions held 2 peer support and 1 mentoring; 5 attendances, 1 walk-in, 1 no-show,
1 excused; average group size 2; 4 h of peer support; 2.5 h of supervision received."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from peercenter.db.engine import Database
from peercenter.db.models import (
    Attendance,
    Group,
    GroupSession,
    Participant,
    Staff,
    SupervisionAttendee,
    SupervisionSession,
)
from peercenter.domain.enums import AttendanceStatus, GroupKind, SessionStatus, SupervisionFormat
from peercenter.services.context import Actor
from tests.factories import center

TZ = ZoneInfo("America/Chicago")
MARCH = date(2026, 3, 1)
TODAY = date(2026, 4, 6)
P, L, A, E = (
    AttendanceStatus.PRESENT,
    AttendanceStatus.LATE,
    AttendanceStatus.ABSENT,
    AttendanceStatus.EXCUSED,
)


class Month:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.people: dict[str, int] = {}
        self.groups: dict[str, int] = {}

    def person(self, name: str) -> int:
        with self.db.session() as s:
            row = Participant(preferred_name=name, last_name="Test")
            s.add(row)
            s.flush()
            self.people[name] = row.id
            return row.id

    def group(self, name: str, kind: GroupKind, minutes: int) -> int:
        with self.db.session() as s:
            row = Group(
                name=name,
                kind=kind,
                rrule="FREQ=WEEKLY",
                first_date=date(2026, 2, 3),
                start_time=time(18),
                duration_minutes=minutes,
            )
            s.add(row)
            s.flush()
            self.groups[name] = row.id
            return row.id

    def session(
        self,
        group: str,
        day: date,
        marks: dict[str, AttendanceStatus],
        *,
        cancelled: bool = False,
        walk_ins: tuple[str, ...] = (),
        at: time = time(18),
    ) -> None:
        with self.db.session() as s:
            g = s.get(Group, self.groups[group])
            assert g is not None
            begins = datetime.combine(day, at, TZ).astimezone(UTC)
            row = GroupSession(
                group_id=g.id,
                occurrence_start=begins,
                starts_at=begins,
                ends_at=begins + timedelta(minutes=g.duration_minutes),
                status=SessionStatus.CANCELLED if cancelled else SessionStatus.SCHEDULED,
            )
            s.add(row)
            s.flush()
            for name, status in marks.items():
                s.add(
                    Attendance(
                        session_id=row.id,
                        participant_id=self.people[name],
                        status=status,
                        is_walk_in=name in walk_ins,
                        recorded_at=begins,
                    )
                )

    def supervision(self, day: date, minutes: int, supervisees: list[int], boss: int) -> None:
        with self.db.session() as s:
            row = SupervisionSession(
                supervisor_id=boss,
                held_on=day,
                minutes=minutes,
                format=SupervisionFormat.GROUP
                if len(supervisees) > 1
                else SupervisionFormat.INDIVIDUAL,
            )
            row.supervisees = [SupervisionAttendee(staff_id=i) for i in supervisees]
            s.add(row)


def build_month(database: Database) -> Actor:
    """The month the tests know the figures of; returns the administrator."""
    admin = center(database, tz="America/Chicago")
    m = Month(database)
    for name in ("Ana", "Ben", "Cal", "Dee", "Eve", "Fay"):
        m.person(name)
    m.group("Tuesday Circle", GroupKind.PEER_SUPPORT, 90)
    m.group("Mentoring", GroupKind.MENTORING, 60)
    m.group("Family Night", GroupKind.COMMUNITY, 120)
    # February: Ana's first time.
    m.session("Tuesday Circle", date(2026, 2, 24), {"Ana": P})
    # March.
    m.session("Tuesday Circle", date(2026, 3, 3), {"Ana": P, "Cal": A, "Dee": E})
    m.session(
        "Tuesday Circle", date(2026, 3, 10), {"Ana": L, "Ben": P, "Eve": P}, walk_ins=("Eve",)
    )
    m.session("Mentoring", date(2026, 3, 12), {"Ben": P}, at=time(10))
    m.session("Tuesday Circle", date(2026, 3, 17), {})  # nobody marked: not held
    m.session("Family Night", date(2026, 3, 24), {"Fay": P, "Ana": P}, cancelled=True)
    # Late on the last evening of March in Chicago is already April in UTC: still March.
    m.session("Tuesday Circle", date(2026, 3, 31), {}, at=time(21))
    # April: Ben again; not in March's figures.
    m.session("Tuesday Circle", date(2026, 4, 1), {"Ben": P})
    with database.session() as s:
        boss = Staff(first_name="Maria", last_name="Lopez", is_supervisor=True)
        one, two = (
            Staff(first_name="Jo", last_name="Reyes"),
            Staff(first_name="Al", last_name="Kim"),
        )
        s.add_all([boss, one, two])
        s.flush()
        ids = (boss.id, one.id, two.id)
    m.supervision(date(2026, 3, 5), 60, [ids[1], ids[2]], ids[0])  # 2 h received
    m.supervision(date(2026, 3, 19), 30, [ids[1]], ids[0])  # 0.5 h
    m.supervision(date(2026, 2, 19), 45, [ids[1]], ids[0])  # February
    return admin
