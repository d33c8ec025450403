"""The plain data of the hours report a certification board receives: one person, one program,
the period it covers, the requirement table, every counted entry by date and the totals per
kind, and who signs it. reports/ turns it into a PDF or CSV; producing it is audited as an
export of sensitive records."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from peercenter.db.models import Staff, StaffCredential
from peercenter.domain.credentials.alerts import Alert
from peercenter.domain.credentials.counting import CountedEntry
from peercenter.domain.credentials.periods import Cycle
from peercenter.domain.credentials.program import ProgramSpec
from peercenter.domain.credentials.progress import RequirementProgress
from peercenter.domain.credentials.status import Status
from peercenter.domain.errors import NotFound, ValidationError
from peercenter.domain.names import staff_display_name
from peercenter.services import audit, settings
from peercenter.services.clock import local_today, now
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
class Signer:
    """The supervisor who signs, as their staff record has them."""

    name: str
    credentials: str = ""
    credential_number: str = ""


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
    center_address: str = ""
    signer: Signer | None = None
    # The days the listed entries fall in; requirement totals count every hour up to the end.
    period_start: date | None = None
    period_end: date | None = None
    period_chosen: bool = False  # --from/--to, rather than everything so far

    @property
    def counted_lines(self) -> tuple[ReportLine, ...]:
        return tuple(line for line in self.lines if line.counted)

    @property
    def pending_lines(self) -> tuple[ReportLine, ...]:
        return tuple(line for line in self.lines if not line.counted)

    @property
    def total_counted_minutes(self) -> int:
        return sum(line.minutes for line in self.counted_lines)

    @property
    def totals_by_kind(self) -> list[tuple[str, int]]:
        """Counted minutes per kind of entry (training, facilitated session, direct
        service, supervision), in the order they first appear: hours of different kinds
        count toward different requirements and are never added together."""
        totals: dict[str, int] = {}
        for line in self.counted_lines:
            totals[line.source] = totals.get(line.source, 0) + line.minutes
        return list(totals.items())


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
        raise ValidationError("The period cannot end after today.", field="to")
    if period_from is not None and period_from > (period_to or this_day):
        raise ValidationError("The period starts after it ends.", field="from")
    as_of = period_to or this_day
    person = person_progress(session, actor, staff_id, program_id, as_of)
    if not person.programs:
        raise NotFound("This person is not enrolled in that program.")
    enrolled = person.programs[0]
    progress = enrolled.progress
    shown = progress.current or tuple(
        r for r in progress.requirements if r.status is not Status.NOT_YET
    )
    enrollment = session.get(StaffCredential, enrolled.enrollment_id)
    assert enrollment is not None
    lines = _lines(shown)
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


def enrolled_program_ids(session: Session, staff_id: int) -> list[int]:
    return list(
        session.scalars(
            select(StaffCredential.program_id)
            .where(StaffCredential.staff_id == staff_id)
            .order_by(StaffCredential.started_on)
        )
    )
