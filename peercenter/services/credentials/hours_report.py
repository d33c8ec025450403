"""Gathering the hours report a certification board receives (the data is in
domain/credentials/hours_report.py); producing it is audited as an export of sensitive
records."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from peercenter.db.models import StaffCredential
from peercenter.domain.credentials.hours_report import HoursReport, report_lines
from peercenter.domain.credentials.status import Status
from peercenter.domain.errors import NotFound
from peercenter.services import audit, settings
from peercenter.services.clock import now
from peercenter.services.context import Actor
from peercenter.services.credentials.progress import person_progress


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
        lines=report_lines(shown),
        alerts=enrolled.alerts,
    )
