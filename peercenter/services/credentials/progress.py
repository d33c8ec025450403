"""Gathering what a person did and handing it to the progress rules; the supervisor's
overview of all their supervisees, most urgent first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import ColumnElement, false, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session, selectinload

from peercenter.db.models import (
    CredentialProgram,
    Staff,
    StaffCredential,
    SupervisionAttendee,
    SupervisionSession,
    TimeEntry,
    TrainingRecord,
)
from peercenter.domain import access_log
from peercenter.domain.credentials.alerts import Alert, program_alerts, urgency_key
from peercenter.domain.credentials.evidence import (
    DirectServiceItem,
    EnrollmentFacts,
    Evidence,
    PersonFacts,
    SupervisionItem,
    TrainingItem,
)
from peercenter.domain.credentials.progress import (
    ProgramProgress,
    compute_progress,
    evidence_windows,
)
from peercenter.domain.enums import TimeEntryKind
from peercenter.i18n import _
from peercenter.services import settings, views
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
        return sorted(
            (a for p in self.programs for a in p.alerts),
            key=lambda a: (a.level.rank, a.due or date.max),
        )

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


def _merged(windows: list[tuple[date, date]]) -> list[tuple[date, date]]:
    out: list[tuple[date, date]] = []
    for first, last in sorted(windows):
        if out and first <= out[-1][1] + timedelta(days=1):
            out[-1] = (out[-1][0], max(out[-1][1], last))
        else:
            out.append((first, last))
    return out


def _within(
    column: InstrumentedAttribute[date], windows: list[tuple[date, date]]
) -> ColumnElement[bool]:
    return or_(false(), *(column.between(first, last) for first, last in windows))


def gather_evidence(
    session: Session, staff: Staff, today: date, windows: list[tuple[date, date]] | None = None
) -> Evidence:
    """The person's training (any date up to today), and their work and supervision within
    ``windows`` (all of it when None). Plain columns, not ORM objects: years of history are
    many rows."""
    tz = settings.center_timezone(session)
    spans = _merged(windows) if windows is not None else [(date.min, today)]
    training = session.execute(
        select(
            TrainingRecord.id,
            TrainingRecord.taken_on,
            TrainingRecord.minutes,
            TrainingRecord.title,
            TrainingRecord.provider,
            TrainingRecord.domain,
            TrainingRecord.is_continuing_education,
            TrainingRecord.verified_at,
            TrainingRecord.verified_by_id,
        ).where(TrainingRecord.staff_id == staff.id, TrainingRecord.taken_on <= today)
    ).all()
    received = select(SupervisionAttendee.supervision_id).where(
        SupervisionAttendee.staff_id == staff.id
    )
    supervision = session.execute(
        select(
            SupervisionSession.id,
            SupervisionSession.held_on,
            SupervisionSession.minutes,
            SupervisionSession.format,
            SupervisionSession.supervisor_id,
        ).where(
            SupervisionSession.id.in_(received),
            SupervisionSession.held_on <= today,
            _within(SupervisionSession.held_on, spans),
        )
    ).all()
    direct = session.execute(
        select(TimeEntry.id, TimeEntry.worked_on, TimeEntry.minutes, TimeEntry.note).where(
            TimeEntry.staff_id == staff.id,
            TimeEntry.kind == TimeEntryKind.DIRECT_SERVICE,
            TimeEntry.worked_on <= today,
            _within(TimeEntry.worked_on, spans),
        )
    ).all()
    facilitated = [
        item
        for first, last in spans
        for item in facilitated_work(
            session, staff.id, tz, min(last, today), first if first > date.min else None
        )
    ]
    ids = {r.verified_by_id for r in training if r.verified_by_id} | {
        r.supervisor_id for r in supervision
    }
    names = (
        {s.id: staff_name(s) for s in session.scalars(select(Staff).where(Staff.id.in_(ids)))}
        if ids
        else {}
    )
    return Evidence(
        training=tuple(
            TrainingItem(
                r.id,
                r.taken_on,
                r.minutes,
                r.title,
                r.provider or "",
                r.domain,
                r.is_continuing_education,
                r.verified_at is not None,
                names.get(r.verified_by_id or 0, ""),
            )
            for r in training
        ),
        facilitated=tuple(facilitated),
        direct_service=tuple(
            DirectServiceItem(r.id, r.worked_on, r.minutes, r.note or "") for r in direct
        ),
        supervision=tuple(
            SupervisionItem(r.id, r.held_on, r.minutes, r.format, names.get(r.supervisor_id, ""))
            for r in supervision
        ),
    )


def _person_progress(
    session: Session, staff: Staff, today: date, program_id: int | None = None
) -> PersonProgress:
    query = (
        select(StaffCredential, CredentialProgram)
        .join(CredentialProgram, CredentialProgram.id == StaffCredential.program_id)
        .where(StaffCredential.staff_id == staff.id)
        .options(selectinload(CredentialProgram.requirements))
        .order_by(StaffCredential.started_on, CredentialProgram.name)
    )
    if program_id is not None:
        query = query.where(CredentialProgram.id == program_id)
    enrollments = list(session.execute(query))
    supervisor = staff_name(staff.supervisor) if staff.supervisor else ""
    facts = PersonFacts(staff_name(staff), staff.weekly_hours_cap, supervisor)
    windows = [
        w
        for enrollment, program in enrollments
        for w in evidence_windows(spec_of(program), _facts(enrollment), today)
    ]
    evidence = gather_evidence(session, staff, today, windows) if enrollments else Evidence()
    programs = []
    for enrollment, program in enrollments:
        progress = compute_progress(spec_of(program), _facts(enrollment), facts, evidence, today)
        programs.append(
            EnrolledProgress(
                enrollment.id,
                enrollment.version,
                program.id,
                enrollment.credential_number or "",
                progress,
                tuple(program_alerts(progress)),
            )
        )
    return PersonProgress(staff.id, facts.name, supervisor, today, tuple(programs))


def _facts(enrollment: StaffCredential) -> EnrollmentFacts:
    return EnrollmentFacts(enrollment.started_on, enrollment.achieved_on, enrollment.expires_on)


def center_today(session: Session) -> date:
    return local_today(settings.center_timezone(session))


def person_progress(
    session: Session,
    actor: Actor,
    staff_id: int,
    program_id: int | None = None,
    today: date | None = None,
) -> PersonProgress:
    staff = require_person(session, actor, staff_id)
    views.record_colleague_view(session, actor, access_log.CERTIFICATION, staff_id)
    return _person_progress(session, staff, today or center_today(session), program_id)


def supervisor_overview(
    session: Session, actor: Actor, today: date | None = None
) -> list[OverviewRow]:
    """Every supervisee with their most pressing warning, most urgent first."""
    day = today or center_today(session)
    rows = []
    for staff in supervisees(session, actor):
        person = _person_progress(session, staff, day)
        views.record_colleague_view(session, actor, access_log.CERTIFICATION, staff.id)
        alerts = person.alerts
        if not person.programs:
            headline, level = _("Not enrolled in any credential program."), ""
        elif alerts:
            headline, level = alerts[0].message, alerts[0].level.value
        else:
            headline, level = _("On track."), ""
        rows.append(
            OverviewRow(
                staff.id,
                person.name,
                ", ".join(p.progress.program.name for p in person.programs),
                headline,
                level,
                alerts[0].due if alerts else None,
                person,
            )
        )
    return sorted(rows, key=lambda r: (*r.person.urgency, not r.person.programs, r.name.casefold()))
