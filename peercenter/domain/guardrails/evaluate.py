"""All the rules together: a person's flags for the dashboard, and the flags a proposed
facilitator assignment would bring on the schedule as it would be."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

import peercenter.domain.guardrails.checkin as checkin
import peercenter.domain.guardrails.consecutive as consecutive
import peercenter.domain.guardrails.hours_cap as hours_cap
import peercenter.domain.guardrails.leave as leave
import peercenter.domain.guardrails.scores as scores
import peercenter.domain.guardrails.sessions as sessions
import peercenter.domain.guardrails.supervision as supervision
import peercenter.domain.guardrails.windows as windows
from peercenter.domain.guardrails.flags import Flag, Level, sort_flags, worst_level
from peercenter.domain.guardrails.scope import Scope
from peercenter.domain.guardrails.thresholds import GuardrailSettings
from peercenter.domain.guardrails.workload import WorkInterval, Workload


@dataclass(frozen=True)
class PersonInputs:
    weekly_cap_hours: float
    workload: Workload
    supervision: Sequence[supervision.SupervisionInput] = ()
    last_leave: date | None = None
    # From when the records are complete: the hire date, or where the records looked at begin
    # if later. Nothing is overdue before a first interval from here has passed.
    records_from: date | None = None
    in_initial_period: bool = False
    last_checkin: date | None = None
    checkins: Sequence[scores.CheckInScores] = ()
    # Supervision and check-in rules concern peer specialists; the load rules concern everyone.
    is_specialist: bool = True


def data_span(scope: Scope, settings: GuardrailSettings) -> tuple[date, date]:
    """The days of work a rule may look at when reporting on ``scope``."""
    reach = max(max(days for days, _ in settings.windows()), settings.consecutive_days_red + 1, 7)
    first = min(
        scope.first - timedelta(days=reach), scope.today - timedelta(days=supervision.RATIO_DAYS)
    )
    return first, scope.last + timedelta(days=reach)


def load_flags(
    load: Workload, cap_hours: float, scope: Scope, settings: GuardrailSettings
) -> list[Flag]:
    """The rules about hours and sessions: the ones a change to the schedule can move."""
    return [
        *hours_cap.check(load, cap_hours, scope, settings),
        *windows.check(load, scope, settings),
        *consecutive.check(load, scope, settings),
        *sessions.back_to_back(load, scope, settings),
        *sessions.per_day(load, scope, settings),
        *sessions.on_leave(load, scope),
    ]


def evaluate_person(
    person: PersonInputs,
    scope: Scope,
    settings: GuardrailSettings,
    score_rules: Mapping[str, scores.ScoreRule],
) -> list[Flag]:
    flags = load_flags(person.workload, person.weekly_cap_hours, scope, settings)
    return sort_flags(flags + standing_flags(person, scope.today, settings, score_rules))


def standing_flags(
    person: PersonInputs,
    today: date,
    settings: GuardrailSettings,
    score_rules: Mapping[str, scores.ScoreRule],
) -> list[Flag]:
    """The rules about the person rather than the hours and sessions on their schedule:
    supervision, check-ins, leave and questionnaire scores, as of ``today``."""
    flags = []
    if person.is_specialist:
        flags += supervision.recency(
            person.supervision, today, person.in_initial_period, person.records_from, settings
        )
        flags += supervision.ratio(person.supervision, person.workload, today, settings)
        flags += checkin.overdue(person.last_checkin, person.records_from, today, settings)
    flags += leave.check(person.last_leave, person.records_from, today, settings)
    flags += scores.check(person.checkins, score_rules, today, 2 * settings.checkin_interval_days)
    return flags


@dataclass(frozen=True)
class AssignmentOutcome:
    """Flags on the weeks, windows and days the proposed sessions fall in, with the schedule
    as it would be (``flags``) and as it is (``before``)."""

    flags: list[Flag]
    before: list[Flag]

    @property
    def level(self) -> Level:
        return worst_level(self.flags)

    def is_new(self, flag: Flag) -> bool:
        """True when the assignment causes the flag (or makes it worse)."""
        return not any(b.rule == flag.rule and b.level.rank >= flag.level.rank for b in self.before)


def evaluate_assignment(
    load: Workload,
    proposed: Sequence[WorkInterval],
    cap_hours: float,
    today: date,
    settings: GuardrailSettings,
) -> AssignmentOutcome:
    if not proposed:
        return AssignmentOutcome([], [])
    scope = Scope.for_days((p.day for p in proposed), today)
    after = load.with_sessions(proposed)
    return AssignmentOutcome(
        sort_flags(load_flags(after, cap_hours, scope, settings)),
        sort_flags(load_flags(load, cap_hours, scope, settings)),
    )
