"""Check-ins: a person answers a questionnaire about themselves; the person, their supervisor
and administrators can read it back, and every reading is audited.

A half-answered questionnaire is refused, with the reason: every scale must have enough
answers to be scored (the CBI's own rule, for example 4 of the 7 work-related questions), so
a saved check-in always has all its scores."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from peercenter.db.models import Staff, WellbeingCheckIn
from peercenter.domain import validation
from peercenter.domain.enums import StaffStatus
from peercenter.domain.errors import NotFound, ValidationError
from peercenter.domain.guardrails import checkin as checkin_rule
from peercenter.domain.questionnaires import Questionnaire, answer_problems, score
from peercenter.i18n import _
from peercenter.services import audit, settings
from peercenter.services.clock import day_bounds, local_today, now
from peercenter.services.context import Actor
from peercenter.services.wellbeing import access, questionnaires


@dataclass(frozen=True)
class CheckInForm:
    questionnaire: str
    answers: Mapping[str, int | None]
    note: str = ""


@dataclass(frozen=True)
class CheckInRecord:
    id: int
    staff_id: int
    taken_at: datetime  # in the center's time zone
    questionnaire: str
    questionnaire_title: str
    answers: Mapping[str, int | None]
    scores: Mapping[str, float | None]
    note: str


@dataclass(frozen=True)
class CheckInStatus:
    last: date | None
    next_due: date
    due: bool
    questionnaires: list[Questionnaire] = field(default_factory=list)


def _checked(
    questionnaire: Questionnaire, form: CheckInForm
) -> tuple[dict[str, int | None], dict[str, float | None]]:
    problems = answer_problems(questionnaire, form.answers)
    if problems:
        raise ValidationError.collect(problems)
    answers = {item.id: form.answers.get(item.id) for item in questionnaire.items}
    scoring = score(questionnaire, answers)
    missing = {}
    for scale in scoring.unscored(questionnaire):
        count = len(scale.items)
        if count == 1:
            missing[f"scale:{scale.id}"] = _("Choose an answer to the question.")
            continue
        topic = scale.label[0].lower() + scale.label[1:]
        missing[f"scale:{scale.id}"] = _(
            "Answer at least {min_answered} of the {count} questions on {topic} "
            "({answered} answered so far)."
        ).format(
            min_answered=scale.min_answered,
            count=count,
            topic=topic,
            answered=scoring.answered[scale.id],
        )
    if missing:
        raise ValidationError.collect(missing)
    return answers, scoring.scores


def save_checkin(session: Session, actor: Actor, form: CheckInForm) -> CheckInRecord:
    """The signed-in person's own check-in; nobody answers for someone else."""
    questionnaire = questionnaires.get(form.questionnaire)
    answers, scores = _checked(questionnaire, form)
    note = validation.text(form.note, _("Note"), "note", required=False, max_length=2000)
    row = WellbeingCheckIn(
        staff_id=actor.staff_id,
        taken_at=now(),
        questionnaire=questionnaire.id,
        answers=answers,
        scores=scores,
        note=note or None,
    )
    session.add(row)
    session.flush()
    audit.record(
        session, actor, "create", "wellbeing_checkin", row.id, {"questionnaire": questionnaire.id}
    )
    return _record(row, {questionnaire.id: questionnaire.title}, settings.center_timezone(session))


def _titles() -> dict[str, str]:
    return {q.id: q.title for q in questionnaires.available()}


def _record(row: WellbeingCheckIn, titles: Mapping[str, str], tz: ZoneInfo) -> CheckInRecord:
    return CheckInRecord(
        row.id,
        row.staff_id,
        row.taken_at.astimezone(tz),
        row.questionnaire,
        titles.get(row.questionnaire, row.questionnaire),
        dict(row.answers),
        dict(row.scores),
        row.note or "",
    )


def list_checkins(session: Session, actor: Actor, staff_id: int) -> list[CheckInRecord]:
    """A person's check-ins, newest first. Seeing them is audited."""
    staff = access.require_view(session, actor, staff_id)
    records = records_of(session, staff)
    audit.record(
        session,
        actor,
        "view",
        "wellbeing_checkins",
        staff.id,
        {"name": access.Person.of(staff).name, "count": len(records)},
    )
    return records


def records_of(session: Session, staff: Staff, since: date | None = None) -> list[CheckInRecord]:
    """For callers that have checked access and audit the view themselves; ``since`` (a
    local day) leaves out older check-ins."""
    tz = settings.center_timezone(session)
    query = select(WellbeingCheckIn).where(WellbeingCheckIn.staff_id == staff.id)
    if since is not None:
        query = query.where(WellbeingCheckIn.taken_at >= day_bounds(since, tz)[0])
    rows = session.scalars(query.order_by(WellbeingCheckIn.taken_at.desc()))
    titles = _titles()
    return [_record(r, titles, tz) for r in rows]


def get_checkin(session: Session, actor: Actor, checkin_id: int) -> CheckInRecord:
    row = session.get(WellbeingCheckIn, checkin_id)
    if row is None:
        raise NotFound(_("That check-in no longer exists."))
    access.require_view(session, actor, row.staff_id)
    audit.record(session, actor, "view", "wellbeing_checkin", row.id)
    return _record(row, _titles(), settings.center_timezone(session))


def status(session: Session, actor: Actor, today: date | None = None) -> CheckInStatus:
    """The signed-in person's own check-in status: when the last was and whether one is due."""
    tz = settings.center_timezone(session)
    today = today or local_today(tz)
    interval = settings.guardrail_settings(session).checkin_interval_days
    last_at = session.scalar(
        select(WellbeingCheckIn.taken_at)
        .where(WellbeingCheckIn.staff_id == actor.staff_id)
        .order_by(WellbeingCheckIn.taken_at.desc())
        .limit(1)
    )
    last = last_at.astimezone(tz).date() if last_at else None
    next_due = last + timedelta(days=interval) if last else today
    return CheckInStatus(
        last, next_due, checkin_rule.is_due(last, today, interval), questionnaires.available()
    )


def prompt_at_login(session: Session, actor: Actor, today: date | None = None) -> bool:
    """True when the signed-in person is an active peer specialist whose check-in is due."""
    staff = session.get(Staff, actor.staff_id)
    if staff is None or not staff.is_specialist or staff.status is not StaffStatus.ACTIVE:
        return False
    return status(session, actor, today).due
