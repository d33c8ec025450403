"""The plain data of the hours report a certification board receives: one person, one program,
the requirement table, every counted entry by date and the totals. reports/ turns it into a
PDF or CSV; producing it is audited as an export of sensitive records."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from peercenter.db.models import StaffCredential
from peercenter.domain.credentials.alerts import Alert
from peercenter.domain.credentials.counting import CountedEntry
from peercenter.domain.credentials.periods import Cycle
from peercenter.domain.credentials.program import ProgramSpec
from peercenter.domain.credentials.progress import RequirementProgress
from peercenter.domain.credentials.status import Status
from peercenter.domain.errors import NotFound
from peercenter.services import audit, settings
from peercenter.services.clock import now
from peercenter.services.context import Actor
from peercenter.services.credentials.progress import person_progress


@dataclass(frozen=True)
class ReportLine:
    on: date
    source: str
    description: str
    minutes: int  # counted
    entered_minutes: int
    counts_toward: tuple[str, ...]
    counted: bool  # False: listed as waiting for verification
    note: str


@dataclass(frozen=True)
class HoursReport:
    center_name: str
    generated_at: datetime  # in the center's time zone
    person: str
    supervisor: str
    program: ProgramSpec
    started_on: date
    achieved_on: date | None
    expires_on: date | None
    credential_number: str
    cycle: Cycle | None
    requirements: tuple[RequirementProgress, ...]
    lines: tuple[ReportLine, ...]
    alerts: tuple[Alert, ...]

    @property
    def counted_lines(self) -> tuple[ReportLine, ...]:
        return tuple(line for line in self.lines if line.counted)

    @property
    def pending_lines(self) -> tuple[ReportLine, ...]:
        return tuple(line for line in self.lines if not line.counted)

    @property
    def total_counted_minutes(self) -> int:
        return sum(line.minutes for line in self.counted_lines)


def _lines(requirements: tuple[RequirementProgress, ...]) -> tuple[ReportLine, ...]:
    merged: dict[tuple[str, int, bool], tuple[CountedEntry, list[str]]] = {}
    for item in requirements:
        for counted, entries in ((True, item.entries), (False, item.pending)):
            for e in entries:
                key = (e.source.value, e.source_id, counted)
                merged.setdefault(key, (e, []))[1].append(item.requirement.name)
    lines = [
        ReportLine(
            e.on,
            e.source.label,
            e.description,
            e.minutes if counted else 0,
            e.entered_minutes,
            tuple(names),
            counted,
            e.note,
        )
        for (_, _, counted), (e, names) in merged.items()
    ]
    return tuple(sorted(lines, key=lambda ln: (not ln.counted, ln.on, ln.source, ln.description)))


def hours_report(
    session: Session, actor: Actor, staff_id: int, program_id: int, today: date | None = None
) -> HoursReport:
    person = person_progress(session, actor, staff_id, program_id, today)
    if not person.programs:
        raise NotFound("This person is not enrolled in that program.")
    enrolled = person.programs[0]
    progress = enrolled.progress
    shown = progress.current or tuple(
        r for r in progress.requirements if r.status is not Status.NOT_YET
    )
    enrollment = session.get(StaffCredential, enrolled.enrollment_id)
    assert enrollment is not None
    tz = settings.center_timezone(session)
    audit.record(
        session,
        actor,
        "export",
        "hours_report",
        enrollment.id,
        {"staff_id": staff_id, "program": progress.program.name},
    )
    return HoursReport(
        center_name=settings.get(session, "center.name"),
        generated_at=now().astimezone(tz),
        person=person.name,
        supervisor=person.supervisor,
        program=progress.program,
        started_on=enrollment.started_on,
        achieved_on=enrollment.achieved_on,
        expires_on=enrollment.expires_on,
        credential_number=enrollment.credential_number or "",
        cycle=progress.cycle,
        requirements=shown,
        lines=_lines(shown),
        alerts=enrolled.alerts,
    )


def enrolled_program_ids(session: Session, staff_id: int) -> list[int]:
    return list(
        session.scalars(
            select(StaffCredential.program_id)
            .where(StaffCredential.staff_id == staff_id)
            .order_by(StaffCredential.started_on)
        )
    )
