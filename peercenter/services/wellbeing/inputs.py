"""Everything the guardrail rules read, gathered for many people at once with queries bounded
by date, so the cost follows the days looked at and not the years of history."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from dateutil.relativedelta import relativedelta
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from peercenter.db.models import (
    CredentialProgram,
    Group,
    SessionFacilitator,
    Staff,
    StaffCredential,
    SupervisionAttendee,
    SupervisionSession,
    TimeEntry,
    WellbeingCheckIn,
)
from peercenter.db.models import Session as SessionRow
from peercenter.domain.enums import SessionStatus, TimeEntryKind
from peercenter.domain.guardrails import (
    CheckInScores,
    GuardrailSettings,
    PersonInputs,
    ScoreRule,
    SupervisionInput,
    TimeEntryInput,
    WorkInterval,
    Workload,
)
from peercenter.domain.questionnaires import Questionnaire
from peercenter.services.clock import day_bounds


def lookback_days(settings: GuardrailSettings) -> int:
    """How far back to look for the last supervision, leave and check-ins: far enough for
    every rule to reach its red level (and to compare two check-ins), no further."""
    return max(2 * settings.supervision_days, settings.leave_days,
               4 * settings.checkin_interval_days) + 1


def facilitated_intervals(session: Session, staff_ids: Sequence[int], first: date, last: date,
                          tz: ZoneInfo) -> dict[int, list[WorkInterval]]:
    """The sessions each person facilitates that start on the local days first..last,
    cancelled ones left out, in local time. Read straight from the schedule tables: this is
    the one place to change if the scheduling services offer the same."""
    lo, _ = day_bounds(first, tz)
    _, hi = day_bounds(last, tz)
    rows = session.execute(
        select(SessionFacilitator.staff_id, SessionRow.id, SessionRow.starts_at,
               SessionRow.ends_at, Group.name)
        .join(SessionRow, SessionRow.id == SessionFacilitator.session_id)
        .join(Group, Group.id == SessionRow.group_id)
        .where(SessionFacilitator.staff_id.in_(staff_ids), SessionRow.starts_at >= lo,
               SessionRow.starts_at < hi, SessionRow.status != SessionStatus.CANCELLED))
    found: dict[int, list[WorkInterval]] = defaultdict(list)
    for staff_id, session_id, starts_at, ends_at, name in rows:
        found[staff_id].append(WorkInterval(starts_at.astimezone(tz), ends_at.astimezone(tz),
                                            name, session_id))
    return found


def time_entries(session: Session, staff_ids: Sequence[int], first: date,
                 last: date) -> dict[int, list[TimeEntryInput]]:
    rows = session.execute(
        select(TimeEntry.staff_id, TimeEntry.worked_on, TimeEntry.minutes, TimeEntry.kind)
        .where(TimeEntry.staff_id.in_(staff_ids), TimeEntry.worked_on >= first,
               TimeEntry.worked_on <= last))
    found: dict[int, list[TimeEntryInput]] = defaultdict(list)
    for staff_id, worked_on, minutes, kind in rows:
        found[staff_id].append(TimeEntryInput(worked_on, minutes, kind))
    return found


def workloads(session: Session, staff_ids: Sequence[int], first: date, last: date,
              tz: ZoneInfo) -> dict[int, Workload]:
    """Each person's sessions and time entries on the local days first..last."""
    sessions = facilitated_intervals(session, staff_ids, first, last, tz)
    entries = time_entries(session, staff_ids, first, last)
    return {i: Workload.build(sessions.get(i, []), entries.get(i, [])) for i in staff_ids}


def supervision(session: Session, staff_ids: Sequence[int], first: date,
                last: date) -> dict[int, list[SupervisionInput]]:
    rows = session.execute(
        select(SupervisionAttendee.staff_id, SupervisionSession.held_on,
               SupervisionSession.minutes)
        .join(SupervisionSession, SupervisionSession.id == SupervisionAttendee.supervision_id)
        .where(SupervisionAttendee.staff_id.in_(staff_ids),
               SupervisionSession.held_on >= first, SupervisionSession.held_on <= last))
    found: dict[int, list[SupervisionInput]] = defaultdict(list)
    for staff_id, held_on, minutes in rows:
        found[staff_id].append(SupervisionInput(held_on, minutes))
    return found


def last_leave(session: Session, staff_ids: Sequence[int], first: date,
               today: date) -> dict[int, date]:
    rows = session.execute(
        select(TimeEntry.staff_id, func.max(TimeEntry.worked_on))
        .where(TimeEntry.staff_id.in_(staff_ids), TimeEntry.kind == TimeEntryKind.LEAVE,
               TimeEntry.worked_on >= first, TimeEntry.worked_on <= today)
        .group_by(TimeEntry.staff_id))
    return dict(rows.all())


def checkins(session: Session, staff_ids: Sequence[int], first: date, last: date,
             tz: ZoneInfo) -> dict[int, list[CheckInScores]]:
    lo, _ = day_bounds(first, tz)
    _, hi = day_bounds(last, tz)
    rows = session.execute(
        select(WellbeingCheckIn.staff_id, WellbeingCheckIn.taken_at,
               WellbeingCheckIn.questionnaire, WellbeingCheckIn.scores)
        .where(WellbeingCheckIn.staff_id.in_(staff_ids), WellbeingCheckIn.taken_at >= lo,
               WellbeingCheckIn.taken_at < hi)
        .order_by(WellbeingCheckIn.taken_at))
    found: dict[int, list[CheckInScores]] = defaultdict(list)
    for staff_id, taken_at, questionnaire, scores in rows:
        found[staff_id].append(CheckInScores(taken_at.astimezone(tz).date(), questionnaire,
                                             _numbers(scores)))
    return found


def _numbers(scores: Mapping[str, object]) -> dict[str, float | None]:
    return {k: float(v) if isinstance(v, int | float) and not isinstance(v, bool) else None
            for k, v in scores.items()}


def in_initial_period(session: Session, staff_ids: Sequence[int], today: date) -> set[int]:
    """People enrolled in a credential program with an initial certification period (for
    example six months in which supervision is weekly) that runs today: from the enrollment's
    start for the program's initial_period_months."""
    rows = session.execute(
        select(StaffCredential.staff_id, StaffCredential.started_on,
               CredentialProgram.initial_period_months)
        .join(CredentialProgram, CredentialProgram.id == StaffCredential.program_id)
        .where(StaffCredential.staff_id.in_(staff_ids),
               CredentialProgram.initial_period_months.is_not(None),
               StaffCredential.started_on <= today))
    return {staff_id for staff_id, started, months in rows
            if months and today < started + relativedelta(months=months)}


def score_rules(questionnaires: Sequence[Questionnaire],
                settings: GuardrailSettings) -> dict[str, ScoreRule]:
    rules = {}
    for q in questionnaires:
        cutoffs = settings.cutoffs(q.cutoffs) if q.cutoffs else None
        if cutoffs is not None:
            amber, red, change = cutoffs
            rules[q.id] = ScoreRule({s.id: s.label for s in q.scales}, amber, red, change,
                                    q.higher_is_worse)
    return rules


@dataclass(frozen=True)
class Gathered:
    """What was read for one person, beside the rule inputs: for display."""

    inputs: PersonInputs
    last_supervision: date | None


def gather(session: Session, people: Sequence[Staff], first: date, last: date, today: date,
           tz: ZoneInfo, settings: GuardrailSettings) -> dict[int, Gathered]:
    """Rule inputs for each person: work on days first..last, and the last supervision, leave
    and check-ins as far back as the rules need."""
    ids = [p.id for p in people]
    if not ids:
        return {}
    back = today - timedelta(days=lookback_days(settings))
    loads = workloads(session, ids, first, last, tz)
    supervised = supervision(session, ids, min(back, first), today)
    leave = last_leave(session, ids, back, today)
    taken = checkins(session, ids, back, today, tz)
    initial = in_initial_period(session, ids, today)
    found = {}
    for person in people:
        started = person.hire_date or person.created_at.astimezone(tz).date()
        sup = supervised.get(person.id, [])
        past = [s.held_on for s in sup if s.held_on <= today]
        mine = taken.get(person.id, [])
        found[person.id] = Gathered(PersonInputs(
            weekly_cap_hours=person.weekly_hours_cap,
            workload=loads[person.id],
            supervision=sup, last_leave=leave.get(person.id), records_from=max(started, back),
            in_initial_period=person.id in initial,
            last_checkin=max((c.taken_on for c in mine), default=None), checkins=mine,
            is_specialist=person.is_specialist), max(past, default=None))
    return found
