"""A small center with a supervisor, two specialists, the shipped programs and a few held
sessions, for the credential service tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from peercenter.db.engine import Database
from peercenter.db.models import (
    Attendance,
    CredentialProgram,
    Group,
    GroupSession,
    Participant,
    SessionFacilitator,
)
from peercenter.domain.enums import AttendanceStatus, GroupKind, Role, SessionStatus
from peercenter.services import auth, staff
from peercenter.services.context import Actor
from peercenter.services.credentials.shipped import sync_shipped
from tests.factories import PASSWORD, center, staff_with_login

TZ = ZoneInfo("America/Chicago")


@dataclass(frozen=True)
class Crew:
    admin: Actor
    supervisor: Actor
    specialist: Actor  # supervised by ``supervisor``
    other: Actor  # a specialist supervised by someone else
    front_desk: Actor
    other_supervisor: Actor
    programs: dict[str, int]


def crew(db: Database, hire: date | None = date(2020, 1, 6)) -> Crew:
    admin = center(db)
    boss = staff_with_login(
        db, admin, "supervisor", Role.SUPERVISOR, "Maria", "Lopez", supervisor=True
    )
    boss2 = staff_with_login(
        db, admin, "supervisor2", Role.SUPERVISOR, "Ken", "Okafor", supervisor=True
    )
    spec = staff_with_login(
        db, admin, "specialist", Role.SPECIALIST, "Jordan", "Reyes", supervisor_id=boss
    )
    staff_with_login(db, admin, "other", Role.SPECIALIST, "Ana", "Núñez", supervisor_id=boss2)
    staff_with_login(db, admin, "frontdesk", Role.FRONT_DESK, "Fran", "Desk")
    with db.session() as s:
        for staff_id in (spec,):
            detail = staff.get_staff(s, admin, staff_id)
            form = detail.form.__class__(**{**detail.form.__dict__, "hire_date": hire})
            staff.update_staff(s, admin, staff_id, form, None)
        sync_shipped(s)
        programs = {p.code: p.id for p in s.scalars(select(CredentialProgram))}

    def sign(name: str) -> Actor:
        return auth.login(db, name, PASSWORD)

    return Crew(
        admin,
        sign("supervisor"),
        sign("specialist"),
        sign("other"),
        sign("frontdesk"),
        sign("supervisor2"),
        programs,
    )


def held_session(
    db: Database,
    staff_id: int,
    day: date,
    hours: float,
    *,
    start: time = time(10, 0),
    attended: bool = True,
    cancelled: bool = False,
    status: AttendanceStatus = AttendanceStatus.PRESENT,
) -> int:
    """A one-off group session the staff member facilitated, with attendance."""
    begins = datetime.combine(day, start, TZ).astimezone(UTC)
    with db.session() as s:
        group = Group(
            name=f"Recovery circle {day:%m%d}{start:%H%M}",
            kind=GroupKind.PEER_SUPPORT,
            rrule="FREQ=DAILY;COUNT=1",
            first_date=day,
            start_time=start,
            duration_minutes=round(hours * 60),
        )
        s.add(group)
        s.flush()
        row = GroupSession(
            group_id=group.id,
            occurrence_start=begins,
            starts_at=begins,
            ends_at=begins + timedelta(hours=hours),
            status=SessionStatus.CANCELLED if cancelled else SessionStatus.SCHEDULED,
        )
        row.facilitators = [SessionFacilitator(staff_id=staff_id)]
        s.add(row)
        s.flush()
        if attended:
            person = Participant(preferred_name=f"P{row.id}")
            s.add(person)
            s.flush()
            s.add(
                Attendance(
                    session_id=row.id, participant_id=person.id, status=status, recorded_at=begins
                )
            )
        return row.id
