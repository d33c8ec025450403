"""Gathering what a person did and handing it to the progress rules; the supervisor's
overview of all their supervisees, most urgent first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from peercenter.db.models import (
    CredentialProgram,
    Staff,
    StaffCredential,
    SupervisionAttendee,
    SupervisionSession,
    TimeEntry,
    TrainingRecord,
)
from peercenter.domain.credentials.alerts import Alert, program_alerts, urgency_key
from peercenter.domain.credentials.evidence import (
    DirectServiceItem,
    EnrollmentFacts,
    Evidence,
    PersonFacts,
    SupervisionItem,
    TrainingItem,
)
from peercenter.domain.credentials.progress import ProgramProgress, compute_progress
from peercenter.domain.enums import TimeEntryKind
from peercenter.services import settings
from peercenter.services.clock import local_today
from peercenter.services.context import Actor
from peercenter.services.credentials.access import require_person, staff_name, supervisees
from peercenter.services.credentials.facilitation import facilitated_work
from peercenter.services.credentials.programs import spec_of


@dataclass(frozen=True)
class EnrolledProgress:
    enrollment_id: int
    enrollment_version: int
    program_id: int
    credential_number: str
    progress: ProgramProgress
    alerts: tuple[Alert, ...]


@dataclass(frozen=True)
class PersonProgress:
    staff_id: int
    name: str
    supervisor: str
    as_of: date
    programs: tuple[EnrolledProgress, ...]

    @property
    def alerts(self) -> list[Alert]:
        return sorted((a for p in self.programs for a in p.alerts),
                      key=lambda a: (a.level.rank, a.due or date.max))

    @property
    def urgency(self) -> tuple[int, int]:
        return urgency_key(self.alerts, self.as_of)


@dataclass(frozen=True)
class OverviewRow:
    staff_id: int
    name: str
    programs: str
    headline: str
    level: str  # the worst alert level, or "" when nothing needs attention
    next_date: date | None
    person: PersonProgress


def gather_evidence(session: Session, staff: Staff, today: date) -> Evidence:
    tz = settings.center_timezone(session)
    until = datetime.combine(today + timedelta(days=1), time.min, tz)
    training = list(session.scalars(select(TrainingRecord).where(
        TrainingRecord.staff_id == staff.id, TrainingRecord.taken_on <= today)))
    received = select(SupervisionAttendee.supervision_id).where(
        SupervisionAttendee.staff_id == staff.id)
    supervision = list(session.scalars(select(SupervisionSession).where(
        SupervisionSession.id.in_(received), SupervisionSession.held_on <= today)))
    direct = list(session.scalars(select(TimeEntry).where(
        TimeEntry.staff_id == staff.id, TimeEntry.kind == TimeEntryKind.DIRECT_SERVICE,
        TimeEntry.worked_on <= today)))
    ids = {r.verified_by_id for r in training if r.verified_by_id} | \
        {s.supervisor_id for s in supervision}
    names = {s.id: staff_name(s) for s in session.scalars(select(Staff).where(
        Staff.id.in_(ids)))} if ids else {}
    return Evidence(
        training=tuple(TrainingItem(
            r.id, r.taken_on, r.minutes, r.title, r.provider or "", r.domain,
            r.is_continuing_education, r.verified_at is not None,
            names.get(r.verified_by_id or 0, "")) for r in training),
        facilitated=tuple(facilitated_work(session, staff.id, tz, until)),
        direct_service=tuple(DirectServiceItem(e.id, e.worked_on, e.minutes, e.note or "")
                             for e in direct),
        supervision=tuple(SupervisionItem(s.id, s.held_on, s.minutes, s.format,
                                          names.get(s.supervisor_id, ""))
                          for s in supervision))


def _person_progress(session: Session, staff: Staff, today: date,
                     program_id: int | None = None) -> PersonProgress:
    query = (select(StaffCredential, CredentialProgram)
             .join(CredentialProgram, CredentialProgram.id == StaffCredential.program_id)
             .where(StaffCredential.staff_id == staff.id)
             .options(selectinload(CredentialProgram.requirements))
             .order_by(StaffCredential.started_on, CredentialProgram.name))
    if program_id is not None:
        query = query.where(CredentialProgram.id == program_id)
    enrollments = list(session.execute(query))
    supervisor = staff_name(staff.supervisor) if staff.supervisor else ""
    facts = PersonFacts(staff_name(staff), staff.weekly_hours_cap, supervisor)
    evidence = gather_evidence(session, staff, today) if enrollments else Evidence()
    programs = []
    for enrollment, program in enrollments:
        progress = compute_progress(
            spec_of(program),
            EnrollmentFacts(enrollment.started_on, enrollment.achieved_on,
                            enrollment.expires_on),
            facts, evidence, today)
        programs.append(EnrolledProgress(enrollment.id, enrollment.version, program.id,
                                         enrollment.credential_number or "", progress,
                                         tuple(program_alerts(progress))))
    return PersonProgress(staff.id, facts.name, supervisor, today, tuple(programs))


def center_today(session: Session) -> date:
    return local_today(settings.center_timezone(session))


def person_progress(session: Session, actor: Actor, staff_id: int,
                    program_id: int | None = None, today: date | None = None) -> PersonProgress:
    staff = require_person(session, actor, staff_id)
    return _person_progress(session, staff, today or center_today(session), program_id)


def supervisor_overview(session: Session, actor: Actor,
                        today: date | None = None) -> list[OverviewRow]:
    """Every supervisee with their most pressing warning, most urgent first."""
    day = today or center_today(session)
    rows = []
    for staff in supervisees(session, actor):
        person = _person_progress(session, staff, day)
        alerts = person.alerts
        if not person.programs:
            headline, level = "Not enrolled in any credential program.", ""
        elif alerts:
            headline, level = alerts[0].message, alerts[0].level.value
        else:
            headline, level = "On track.", ""
        rows.append(OverviewRow(
            staff.id, person.name,
            ", ".join(p.progress.program.name for p in person.programs), headline, level,
            alerts[0].due if alerts else None, person))
    return sorted(rows, key=lambda r: (*r.person.urgency, not r.person.programs,
                                       r.name.casefold()))
