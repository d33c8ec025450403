"""The supervisor's dashboard (one row per supervisee: level, flags, last supervision) and
the detail of one person (weekly hours against the cap, questionnaire scales over time,
supervision minutes per week). Both are audited views of private information."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy.orm import Session

from peercenter.domain.guardrails import (
    Flag,
    GuardrailSettings,
    Level,
    Scope,
    data_span,
    evaluate_person,
    worst_level,
)
from peercenter.domain.questionnaires import Questionnaire
from peercenter.services import audit, settings
from peercenter.services.clock import local_today
from peercenter.services.context import Actor
from peercenter.services.wellbeing import access, checkins, inputs, questionnaires


@dataclass(frozen=True)
class DashboardRow:
    staff_id: int
    name: str
    level: Level
    flags: tuple[Flag, ...]
    last_supervision: date | None
    last_checkin: date | None
    week_hours: float
    cap_hours: float


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def dashboard(session: Session, actor: Actor, today: date | None = None) -> list[DashboardRow]:
    """Everyone ``actor`` watches over, red first, then amber, then green, then by name."""
    people = access.watched_staff(session, actor)
    tz = settings.center_timezone(session)
    today = today or local_today(tz)
    rules = settings.guardrail_settings(session)
    score_rules = inputs.score_rules(questionnaires.available(), rules)
    scope = Scope.around(today)
    first, last = data_span(scope, rules)
    gathered = inputs.gather(session, people, first, last, today, tz, rules)
    monday = _monday(today)
    rows = []
    for person in people:
        got = gathered[person.id]
        flags = evaluate_person(got.inputs, scope, rules, score_rules)
        load = got.inputs.workload
        rows.append(
            DashboardRow(
                person.id,
                person.name,
                worst_level(flags),
                tuple(flags),
                got.last_supervision,
                got.inputs.last_checkin,
                round(load.minutes_between(monday, monday + timedelta(days=6)) / 60, 1),
                person.weekly_hours_cap,
            )
        )
    audit.record(
        session, actor, "view", "wellbeing_dashboard", None, {"staff": [p.id for p in people]}
    )
    return sorted(rows, key=lambda r: (-r.level.rank, r.name))


@dataclass(frozen=True)
class WeekPoint:
    monday: date
    hours: float
    cap_hours: float
    supervision_minutes: int


@dataclass(frozen=True)
class ScalePoint:
    taken_on: date
    score: float


@dataclass(frozen=True)
class ScaleSeries:
    questionnaire: str
    questionnaire_title: str
    scale: str
    label: str
    points: tuple[ScalePoint, ...]
    amber: float | None
    red: float | None
    low: float
    high: float
    higher_is_worse: bool


@dataclass(frozen=True)
class PersonDetail:
    staff_id: int
    name: str
    level: Level
    flags: tuple[Flag, ...]
    last_supervision: date | None
    weeks: tuple[WeekPoint, ...]
    scales: tuple[ScaleSeries, ...]
    checkins: tuple[checkins.CheckInRecord, ...]


def person_detail(
    session: Session,
    actor: Actor,
    staff_id: int,
    today: date | None = None,
    weeks: int = 12,
    history_days: int = 365,
) -> PersonDetail:
    """Weekly hours and supervision for the last ``weeks`` weeks; check-ins (and the scales
    over time) of the last ``history_days`` days."""
    staff = access.require_view(session, actor, staff_id)
    tz = settings.center_timezone(session)
    today = today or local_today(tz)
    rules = settings.guardrail_settings(session)
    shipped = questionnaires.available()
    scope = Scope.around(today)
    first_monday = _monday(today) - timedelta(weeks=weeks - 1)
    first, last = data_span(scope, rules)
    first = min(first, first_monday)
    person = access.Person.of(staff)
    got = inputs.gather(session, [person], first, last, today, tz, rules)[staff.id]
    flags = evaluate_person(got.inputs, scope, rules, inputs.score_rules(shipped, rules))
    supervised: dict[date, int] = defaultdict(int)
    for s in inputs.supervision(session, [staff.id], first_monday, today).get(staff.id, []):
        supervised[_monday(s.held_on)] += s.minutes
    load = got.inputs.workload
    points = []
    for i in range(weeks):
        monday = first_monday + timedelta(weeks=i)
        points.append(
            WeekPoint(
                monday,
                round(load.minutes_between(monday, monday + timedelta(days=6)) / 60, 1),
                staff.weekly_hours_cap,
                supervised.get(monday, 0),
            )
        )
    records = checkins.records_of(session, staff, today - timedelta(days=history_days))
    audit.record(
        session,
        actor,
        "view",
        "wellbeing_detail",
        staff.id,
        {"name": person.name, "checkins": len(records)},
    )
    return PersonDetail(
        staff.id,
        person.name,
        worst_level(flags),
        tuple(flags),
        got.last_supervision,
        tuple(points),
        tuple(_series(shipped, records, rules)),
        tuple(records),
    )


def _series(
    shipped: list[Questionnaire], records: list[checkins.CheckInRecord], rules: GuardrailSettings
) -> list[ScaleSeries]:
    series = []
    for q in shipped:
        taken = sorted((r for r in records if r.questionnaire == q.id), key=lambda r: r.taken_at)
        if not taken:
            continue
        cutoffs = rules.cutoffs(q.cutoffs) if q.cutoffs else None
        low, high = q.score_range
        for scale in q.scales:
            pts = tuple(
                ScalePoint(r.taken_at.date(), float(score))
                for r in taken
                if (score := r.scores.get(scale.id)) is not None
            )
            series.append(
                ScaleSeries(
                    q.id,
                    q.title,
                    scale.id,
                    scale.label,
                    pts,
                    cutoffs[0] if cutoffs else None,
                    cutoffs[1] if cutoffs else None,
                    low,
                    high,
                    q.higher_is_worse,
                )
            )
    return series
