"""The guardrail check at the moment of scheduling: given a proposed facilitator assignment
(one session, several, or a whole series), the flags it WOULD bring, computed on the person's
schedule as it would be (the proposed sessions added to the ones they already have). The
schedule's services turn them into warnings of the change (schedule/review.py); going ahead
over a red flag needs a reason, which is written to the audit trail.

What the check tells depends on who asks. The front desk (anyone who may not see the
person's wellbeing) is told the schedule facts only: hours, days in a row, back-to-back
sessions, and a day the person is not available, never why. The person's supervisor and
administrators see the full reasons: the flags about leave, and the person's standing
supervision, check-in and questionnaire flags beside the ones the assignment brings."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from peercenter.db.models import Group, GroupSession, Staff
from peercenter.domain.enums import SessionStatus
from peercenter.domain.errors import NotFound
from peercenter.domain.guardrails import (
    Flag,
    Level,
    Scope,
    WorkInterval,
    data_span,
    evaluate_assignment,
    sort_flags,
    worst_level,
)
from peercenter.domain.guardrails.evaluate import standing_flags
from peercenter.domain.guardrails.schedule_facts import schedule_facts
from peercenter.domain.names import staff_display_name
from peercenter.domain.permissions import Permission
from peercenter.domain.recurrence import occurrence_starts
from peercenter.i18n import _
from peercenter.services import settings
from peercenter.services.clock import day_bounds, local_today
from peercenter.services.context import Actor, require
from peercenter.services.series import horizon_date
from peercenter.services.wellbeing import access, inputs, questionnaires


@dataclass(frozen=True)
class ProposedSession:
    starts_at: datetime  # aware
    ends_at: datetime
    label: str
    # An existing session being given this facilitator; None for one not created yet.
    session_id: int | None = None


@dataclass(frozen=True)
class AssignmentCheck:
    staff_id: int
    staff_name: str
    level: Level
    flags: tuple[Flag, ...]
    # Rules whose flag the assignment causes or makes worse (the others were there already).
    caused: frozenset[str]
    sessions: int
    first_day: date | None
    last_day: date | None
    # Whether ``flags`` are the full reasons (False: the schedule facts only).
    full: bool = False

    @property
    def needs_reason(self) -> bool:
        return self.level is Level.RED

    def is_caused(self, flag: Flag) -> bool:
        return flag.rule in self.caused


def check_assignment(
    session: Session,
    actor: Actor,
    staff_id: int,
    proposed: Sequence[ProposedSession],
    today: date | None = None,
) -> AssignmentCheck:
    """The flags that giving ``staff_id`` the ``proposed`` sessions would bring, as much of
    them as ``actor`` may see."""
    require(actor, Permission.MANAGE_SCHEDULE)
    staff = session.get(Staff, staff_id)
    if staff is None:
        raise NotFound(_("That staff member no longer exists."))
    name = staff_display_name(staff.first_name, staff.last_name, staff.preferred_name)
    full = access.may_see(actor, staff)
    tz = settings.center_timezone(session)
    today = today or local_today(tz)
    intervals = [
        WorkInterval(
            p.starts_at.astimezone(tz),
            p.ends_at.astimezone(tz),
            p.label,
            p.session_id,
            proposed=True,
        )
        for p in proposed
    ]
    if not intervals:
        return AssignmentCheck(staff.id, name, Level.GREEN, (), frozenset(), 0, None, None, full)
    rules = settings.guardrail_settings(session)
    first, last = data_span(Scope.for_days((i.day for i in intervals), today), rules)
    standing: list[Flag] = []
    if full:
        got = inputs.gather(session, [access.Person.of(staff)], first, last, today, tz, rules)
        person = got[staff.id].inputs
        load = person.workload
        score_rules = inputs.score_rules(questionnaires.available(), rules)
        standing = standing_flags(person, today, rules, score_rules)
    else:
        load = inputs.workloads(session, [staff.id], first, last, tz)[staff.id]
    outcome = evaluate_assignment(load, intervals, staff.weekly_hours_cap, today, rules)
    caused = [f for f in outcome.flags if outcome.is_new(f)]
    flags = sort_flags([*outcome.flags, *standing]) if full else schedule_facts(outcome.flags)
    if not full:
        caused = schedule_facts(caused)
    days = [i.day for i in intervals]
    return AssignmentCheck(
        staff.id,
        name,
        worst_level(flags),
        tuple(flags),
        frozenset(f.rule for f in caused),
        len(intervals),
        min(days),
        max(days),
        full,
    )


def check_sessions(
    session: Session,
    actor: Actor,
    staff_id: int,
    session_ids: Sequence[int],
    today: date | None = None,
) -> AssignmentCheck:
    """The check for giving ``staff_id`` existing sessions (cancelled ones are skipped)."""
    rows = session.execute(
        select(GroupSession.id, GroupSession.starts_at, GroupSession.ends_at, Group.name)
        .join(Group, Group.id == GroupSession.group_id)
        .where(GroupSession.id.in_(session_ids), GroupSession.status != SessionStatus.CANCELLED)
    )
    proposed = [ProposedSession(s, e, name, sid) for sid, s, e, name in rows]
    return check_assignment(session, actor, staff_id, proposed, today)


def series_sessions(session: Session, group_id: int, from_day: date) -> list[ProposedSession]:
    """The sessions of a series on the schedule from ``from_day`` on (cancelled ones left
    out), as proposals: what a facilitator of the whole series would take on."""
    tz = settings.center_timezone(session)
    start, _ = day_bounds(from_day, tz)
    rows = session.execute(
        select(GroupSession.id, GroupSession.starts_at, GroupSession.ends_at, Group.name)
        .join(Group, Group.id == GroupSession.group_id)
        .where(
            GroupSession.group_id == group_id,
            GroupSession.starts_at >= start,
            GroupSession.status != SessionStatus.CANCELLED,
        )
        .order_by(GroupSession.starts_at)
    )
    return [ProposedSession(s, e, name, sid) for sid, s, e, name in rows]


def check_series(
    session: Session,
    actor: Actor,
    staff_id: int,
    group_id: int,
    from_day: date | None = None,
    today: date | None = None,
) -> AssignmentCheck:
    """The check for making ``staff_id`` a facilitator of a series from ``from_day`` (default
    today) on: every session of it on the schedule from then."""
    day = from_day or today or local_today(settings.center_timezone(session))
    return check_assignment(
        session, actor, staff_id, series_sessions(session, group_id, day), today
    )


def proposed_series(
    session: Session,
    label: str,
    rrule: str,
    first_date: date,
    start_time: time,
    duration_minutes: int,
    until: date | None = None,
) -> list[ProposedSession]:
    """The sessions a series not saved yet would have, up to the planning horizon, for
    ``check_assignment`` (a new group's form)."""
    tz = settings.center_timezone(session)
    horizon = horizon_date(local_today(tz), settings.get(session, "schedule.horizon_months"))
    end = min(horizon, until) if until else horizon
    lo, _ = day_bounds(first_date, tz)
    _, hi = day_bounds(end, tz)
    length = timedelta(minutes=duration_minutes)
    return [
        ProposedSession(s, s + length, label)
        for s in occurrence_starts(rrule, first_date, start_time, tz, lo, hi)
    ]
