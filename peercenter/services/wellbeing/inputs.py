"""Everything the guardrail rules read, gathered for many people at once with queries bounded
by date, so the cost follows the days looked at and not the years of history. The queries
read columns through the session's connection: skipping the ORM's row handling keeps the cost
per row small."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from dateutil.relativedelta import relativedelta
from sqlalchemy import BindParameter, bindparam, case, func, select, text
from sqlalchemy.orm import Session

from peercenter.db.models import (
    CredentialProgram,
    StaffCredential,
    SupervisionAttendee,
    SupervisionSession,
    TimeEntry,
    WellbeingCheckIn,
)
from peercenter.db.server.logins import server_of
from peercenter.db.server.names import PRIVATE_SCHEMA
from peercenter.domain.enums import TimeEntryKind
from peercenter.domain.guardrails import (
    CheckInScores,
    GuardrailSettings,
    PersonInputs,
    ScoreRule,
    SupervisionInput,
    WorkInterval,
    Workload,
)
from peercenter.domain.questionnaires import Questionnaire
from peercenter.services.clock import day_bounds
from peercenter.services.facilitated import facilitated_sessions
from peercenter.services.wellbeing.access import Person


def _ids(staff_ids: Sequence[int]) -> BindParameter[list[int]]:
    """One expanding parameter for a list of people: the statement is built in the same time
    for 3 people or 30 (a plain list would be turned into one literal per person)."""
    return bindparam("staff_ids", list(staff_ids), expanding=True)


def lookback_days(settings: GuardrailSettings) -> int:
    """How far back to look for the last supervision, leave and check-ins: far enough for
    every rule to reach its red level (and to compare two check-ins), no further."""
    return (
        max(2 * settings.supervision_days, settings.leave_days, 4 * settings.checkin_interval_days)
        + 1
    )


def facilitated_intervals(
    session: Session, staff_ids: Sequence[int], first: date, last: date, tz: ZoneInfo
) -> dict[int, list[WorkInterval]]:
    """The sessions each person facilitates that start on the local days first..last,
    cancelled ones left out, in local time, whether or not anyone came: the rules about
    breaks and long days need each session's times."""
    found = facilitated_sessions(session, staff_ids, tz, first, last)
    return {
        staff_id: [WorkInterval(f.starts_at, f.ends_at, f.group_name, f.session_id) for f in items]
        for staff_id, items in found.items()
    }


@dataclass
class EntryTotals:
    """A person's time entries added up per day: direct service, other work, leave days."""

    direct: dict[date, int] = field(default_factory=dict)
    other: dict[date, int] = field(default_factory=dict)
    leave: set[date] = field(default_factory=set)


def time_entries(
    session: Session, staff_ids: Sequence[int], first: date, last: date
) -> dict[int, EntryTotals]:
    if server_of(session) is not None:
        # The server adds them up for whoever schedules (the front desk may read day totals
        # for the guardrail check, not the entries themselves).
        rows = session.connection().execute(
            text(
                f"SELECT * FROM {PRIVATE_SCHEMA}.work_minutes("
                "CAST(:ids AS integer[]), :first, :last)"
            ),
            {"ids": list(staff_ids), "first": first, "last": last},
        )
        return _totals(rows.all())
    kind = TimeEntry.kind
    direct = case((kind == TimeEntryKind.DIRECT_SERVICE, TimeEntry.minutes), else_=0)
    other = case(
        (kind.not_in([TimeEntryKind.DIRECT_SERVICE, TimeEntryKind.LEAVE]), TimeEntry.minutes),
        else_=0,
    )
    leave = case((kind == TimeEntryKind.LEAVE, 1), else_=0)
    rows = session.connection().execute(
        select(
            TimeEntry.staff_id,
            TimeEntry.worked_on,
            func.sum(direct),
            func.sum(other),
            func.max(leave),
        )
        .where(
            TimeEntry.staff_id.in_(_ids(staff_ids)),
            TimeEntry.worked_on >= first,
            TimeEntry.worked_on <= last,
        )
        .group_by(TimeEntry.staff_id, TimeEntry.worked_on)
    )
    return _totals(rows.all())


def _totals(rows: Sequence[Any]) -> dict[int, EntryTotals]:
    found: dict[int, EntryTotals] = defaultdict(EntryTotals)
    for staff_id, worked_on, direct_minutes, other_minutes, on_leave in rows:
        totals = found[staff_id]
        if direct_minutes:
            totals.direct[worked_on] = int(direct_minutes)
        if other_minutes:
            totals.other[worked_on] = int(other_minutes)
        if on_leave:
            totals.leave.add(worked_on)
    return found


def workloads(
    session: Session, staff_ids: Sequence[int], first: date, last: date, tz: ZoneInfo
) -> dict[int, Workload]:
    """Each person's sessions and time entries on the local days first..last."""
    sessions = facilitated_intervals(session, staff_ids, first, last, tz)
    entries = time_entries(session, staff_ids, first, last)
    empty = EntryTotals()
    loads = {}
    for i in staff_ids:
        mine = entries.get(i, empty)
        loads[i] = Workload.from_totals(sessions.get(i, []), mine.direct, mine.other, mine.leave)
    return loads


def supervision(
    session: Session, staff_ids: Sequence[int], first: date, last: date
) -> dict[int, list[SupervisionInput]]:
    rows = session.connection().execute(
        select(SupervisionAttendee.staff_id, SupervisionSession.held_on, SupervisionSession.minutes)
        .select_from(SupervisionSession)
        .join(SupervisionAttendee, SupervisionAttendee.supervision_id == SupervisionSession.id)
        .where(
            SupervisionSession.held_on >= first,
            SupervisionSession.held_on <= last,
            (SupervisionAttendee.staff_id + 0).in_(_ids(staff_ids)),
        )
    )  # by date, as above
    found: dict[int, list[SupervisionInput]] = defaultdict(list)
    for staff_id, held_on, minutes in rows.all():
        found[staff_id].append(SupervisionInput(held_on, minutes))
    return found


def last_leave(
    session: Session, staff_ids: Sequence[int], first: date, today: date
) -> dict[int, date]:
    rows = session.connection().execute(
        select(TimeEntry.staff_id, func.max(TimeEntry.worked_on))
        .where(
            TimeEntry.staff_id.in_(_ids(staff_ids)),
            TimeEntry.kind == TimeEntryKind.LEAVE,
            TimeEntry.worked_on >= first,
            TimeEntry.worked_on <= today,
        )
        .group_by(TimeEntry.staff_id)
    )
    return dict(rows.all())


def checkins(
    session: Session, staff_ids: Sequence[int], first: date, last: date, tz: ZoneInfo
) -> dict[int, list[CheckInScores]]:
    lo, _ = day_bounds(first, tz)
    _, hi = day_bounds(last, tz)
    rows = session.connection().execute(
        select(
            WellbeingCheckIn.staff_id,
            WellbeingCheckIn.taken_at,
            WellbeingCheckIn.questionnaire,
            WellbeingCheckIn.scores,
        )
        .where(
            WellbeingCheckIn.staff_id.in_(_ids(staff_ids)),
            WellbeingCheckIn.taken_at >= lo,
            WellbeingCheckIn.taken_at < hi,
        )
        .order_by(WellbeingCheckIn.taken_at)
    )
    found: dict[int, list[CheckInScores]] = defaultdict(list)
    for staff_id, taken_at, questionnaire, scores in rows.all():
        found[staff_id].append(
            CheckInScores(taken_at.astimezone(tz).date(), questionnaire, _numbers(scores))
        )
    return found


def _numbers(scores: Mapping[str, object]) -> dict[str, float | None]:
    return {
        k: float(v) if isinstance(v, int | float) and not isinstance(v, bool) else None
        for k, v in scores.items()
    }


def in_initial_period(session: Session, staff_ids: Sequence[int], today: date) -> set[int]:
    """People in the initial certification period of a credential program that has one (for
    example six months in which supervision is weekly): from the enrollment's start for the
    program's initial_period_months, ended early by the credential being achieved, as the
    certification progress counts it."""
    rows = session.connection().execute(
        select(
            StaffCredential.staff_id,
            StaffCredential.started_on,
            StaffCredential.achieved_on,
            CredentialProgram.initial_period_months,
        )
        .join(CredentialProgram, CredentialProgram.id == StaffCredential.program_id)
        .where(
            StaffCredential.staff_id.in_(_ids(staff_ids)),
            CredentialProgram.initial_period_months.is_not(None),
            StaffCredential.started_on <= today,
        )
    )
    return {
        staff_id
        for staff_id, started, achieved, months in rows.all()
        if months
        and today < started + relativedelta(months=months)
        and (achieved is None or today < achieved)
    }


def score_rules(
    questionnaires: Sequence[Questionnaire], settings: GuardrailSettings
) -> dict[str, ScoreRule]:
    rules = {}
    for q in questionnaires:
        cutoffs = settings.cutoffs(q.cutoffs) if q.cutoffs else None
        if cutoffs is not None:
            amber, red, change = cutoffs
            rules[q.id] = ScoreRule(
                {s.id: s.label for s in q.scales}, amber, red, change, q.higher_is_worse
            )
    return rules


@dataclass(frozen=True)
class Gathered:
    """What was read for one person, beside the rule inputs: for display."""

    inputs: PersonInputs
    last_supervision: date | None


def gather(
    session: Session,
    people: Sequence[Person],
    first: date,
    last: date,
    today: date,
    tz: ZoneInfo,
    settings: GuardrailSettings,
) -> dict[int, Gathered]:
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
        found[person.id] = Gathered(
            PersonInputs(
                weekly_cap_hours=person.weekly_hours_cap,
                workload=loads[person.id],
                supervision=sup,
                last_leave=leave.get(person.id),
                records_from=max(started, back),
                in_initial_period=person.id in initial,
                last_checkin=max((c.taken_on for c in mine), default=None),
                checkins=mine,
                is_specialist=person.is_specialist,
            ),
            max(past, default=None),
        )
    return found
