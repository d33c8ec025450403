"""Gathering the hours report a certification board receives (the data is in
domain/credentials/hours_report.py); producing it is audited as an export of sensitive
records."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from peercenter.db.models import Staff, StaffCredential
from peercenter.domain.credentials.hours_report import HoursReport, Signer, report_lines
from peercenter.domain.credentials.status import Status
from peercenter.domain.errors import NotFound, ValidationError
from peercenter.domain.names import staff_display_name
from peercenter.i18n import _
from peercenter.services import audit, settings
from peercenter.services.clock import local_today, now
from peercenter.services.context import Actor
from peercenter.services.credentials.progress import person_progress


def hours_report(
    session: Session,
    actor: Actor,
    staff_id: int,
    program_id: int,
    today: date | None = None,
    period_from: date | None = None,
    period_to: date | None = None,
) -> HoursReport:
    """The report as of ``period_to`` (default today). With ``period_from`` the entries
    listed are those from that day on; the requirement table always counts every hour up to
    the end of the period, as the board does."""
    tz = settings.center_timezone(session)
    this_day = today or local_today(tz)
    if period_to is not None and period_to > this_day:
        raise ValidationError(_("The period cannot end after today."), field="to")
    if period_from is not None and period_from > (period_to or this_day):
        raise ValidationError(_("The period starts after it ends."), field="from")
    as_of = period_to or this_day
    person = person_progress(session, actor, staff_id, program_id, as_of)
    if not person.programs:
        raise NotFound(_("This person is not enrolled in that program."))
    enrolled = person.programs[0]
    progress = enrolled.progress
    shown = progress.current or tuple(
        r for r in progress.requirements if r.status is not Status.NOT_YET
    )
    enrollment = session.get(StaffCredential, enrolled.enrollment_id)
    assert enrollment is not None
    lines = report_lines(shown)
    if period_from is not None:
        lines = tuple(line for line in lines if line.on >= period_from)
    first_day = min([enrollment.started_on, *(line.on for line in lines)])
    details: dict[str, Any] = {"staff_id": staff_id, "program": progress.program.name}
    if period_from is not None or period_to is not None:
        details["period"] = [(period_from or first_day).isoformat(), as_of.isoformat()]
    audit.record(session, actor, "export", "hours_report", enrollment.id, details)
    values = settings.get_many(session, ["center.name", "center.address"])
    return HoursReport(
        center_name=str(values["center.name"]),
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
        lines=lines,
        alerts=enrolled.alerts,
        center_address=str(values["center.address"]).strip(),
        signer=_signer(session, staff_id),
        period_start=period_from or first_day,
        period_end=as_of,
        period_chosen=period_from is not None or period_to is not None,
    )


def _signer(session: Session, staff_id: int) -> Signer | None:
    member = session.get(Staff, staff_id)
    boss = member.supervisor if member is not None else None
    if boss is None:
        return None
    return Signer(
        staff_display_name(boss.first_name, boss.last_name, boss.preferred_name),
        boss.credentials or "",
        boss.credential_number or "",
    )
