"""A small team for the wellbeing tests: two supervisors with a specialist each, a front desk
worker, and builders for their sessions, time entries and supervision."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import update

from peercenter.db.engine import Database
from peercenter.db.models import (
    Group,
    GroupSession,
    SessionFacilitator,
    Staff,
    SupervisionAttendee,
    SupervisionSession,
    TimeEntry,
    WellbeingCheckIn,
)
from peercenter.domain.enums import GroupKind, Role, SupervisionFormat, TimeEntryKind
from peercenter.services import auth
from peercenter.services.context import Actor
from tests.factories import PASSWORD, center, staff_with_login

TZ = ZoneInfo("America/Chicago")
# A Wednesday; the week runs Mon 2 Jun .. Sun 8 Jun 2025.
TODAY = date(2025, 6, 4)
HIRED = date(2024, 1, 8)


@dataclass(frozen=True)
class Team:
    admin: Actor
    maria: Actor  # supervisor of Sam
    lee: Actor  # supervisor of Jo
    sam: Actor  # peer specialist
    jo: Actor  # peer specialist
    desk: Actor  # front desk


def team(db: Database) -> Team:
    admin = center(db)
    maria = staff_with_login(db, admin, "maria", Role.SUPERVISOR, "Maria", "Lopez", supervisor=True)
    lee = staff_with_login(db, admin, "lee", Role.SUPERVISOR, "Lee", "Chen", supervisor=True)
    staff_with_login(db, admin, "sam", Role.SPECIALIST, "Sam", "Rivera", supervisor_id=maria)
    staff_with_login(db, admin, "jo", Role.SPECIALIST, "Jo", "Park", supervisor_id=lee)
    desk = staff_with_login(db, admin, "desk", Role.FRONT_DESK, "Fran", "Desk")
    with db.session() as s:
        s.execute(update(Staff).values(hire_date=HIRED))
        s.execute(update(Staff).where(Staff.id == desk).values(is_specialist=False))
    return Team(
        admin, *(auth.login(db, name, PASSWORD) for name in ("maria", "lee", "sam", "jo", "desk"))
    )


def sessions(
    db: Database,
    staff_id: int,
    starts: list[datetime],
    minutes: int = 90,
    name: str = "Recovery Circle",
) -> list[int]:
    """Sessions of a group (created for them) facilitated by ``staff_id``; local times."""
    with db.session() as s:
        group = Group(
            name=name,
            kind=GroupKind.PEER_SUPPORT,
            rrule="FREQ=WEEKLY",
            first_date=starts[0].date(),
            start_time=starts[0].time(),
            duration_minutes=minutes,
        )
        s.add(group)
        s.flush()
        ids = []
        for begins in starts:
            aware = begins.replace(tzinfo=TZ)
            row = GroupSession(
                group_id=group.id,
                occurrence_start=aware,
                starts_at=aware,
                ends_at=aware + timedelta(minutes=minutes),
            )
            row.facilitators = [SessionFacilitator(staff_id=staff_id)]
            s.add(row)
            s.flush()
            ids.append(row.id)
        return ids


def at(day: date, hhmm: str) -> datetime:
    return datetime.combine(day, time.fromisoformat(hhmm))


def time_entry(
    db: Database,
    staff_id: int,
    day: date,
    hours: float,
    kind: TimeEntryKind = TimeEntryKind.DOCUMENTATION,
) -> None:
    with db.session() as s:
        s.add(TimeEntry(staff_id=staff_id, worked_on=day, minutes=round(hours * 60), kind=kind))


def supervision(
    db: Database, supervisor_id: int, staff_ids: list[int], day: date, minutes: int = 60
) -> None:
    with db.session() as s:
        row = SupervisionSession(
            supervisor_id=supervisor_id,
            held_on=day,
            minutes=minutes,
            format=SupervisionFormat.INDIVIDUAL,
        )
        row.supervisees = [SupervisionAttendee(staff_id=i) for i in staff_ids]
        s.add(row)


def checkin(
    db: Database,
    staff_id: int,
    day: date,
    questionnaire: str,
    scores: dict[str, float | None],
    answers: dict[str, int] | None = None,
) -> None:
    """A check-in taken at noon on ``day`` (saving through the service stamps it now)."""
    with db.session() as s:
        s.add(
            WellbeingCheckIn(
                staff_id=staff_id,
                taken_at=at(day, "12:00").replace(tzinfo=TZ),
                questionnaire=questionnaire,
                answers=answers or {},
                scores=scores,
            )
        )
