"""Supervision: too long since the last session (weekly during an initial certification
period, monthly otherwise, by default), and too little of it for the direct service done over
the last 4 weeks (one hour per 20 hours by default)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from peercenter.domain.guardrails.flags import Flag, Level, day_text, hours_text
from peercenter.domain.guardrails.thresholds import GuardrailSettings
from peercenter.domain.guardrails.workload import Workload
from peercenter.i18n import _

RECENCY = "supervision_recency"
RATIO = "supervision_ratio"
RATIO_DAYS = 28
# Below half an hour of supervision due, the ratio says nothing useful yet.
RATIO_MIN_DUE_MINUTES = 30


@dataclass(frozen=True)
class SupervisionInput:
    held_on: date
    minutes: int


def recency(
    supervision: Sequence[SupervisionInput],
    today: date,
    in_initial_period: bool,
    records_from: date | None,
    settings: GuardrailSettings,
) -> list[Flag]:
    """Without any supervision on record, the wait is counted from ``records_from`` (the hire
    date, or where the records looked at begin): nobody is overdue in their first interval."""
    interval = settings.supervision_days_initial if in_initial_period else settings.supervision_days
    past = [s.held_on for s in supervision if s.held_on <= today]
    last = max(past, default=None)
    since = last or records_from
    if since is None:
        return []
    days = (today - since).days
    if days <= interval:
        return []
    level = Level.RED if days > 2 * interval else Level.AMBER
    if last is None and in_initial_period:
        said = _(
            "No supervision recorded in the {days} days since {day}; due every {interval} days "
            "during the initial certification period."
        )
    elif last is None:
        said = _(
            "No supervision recorded in the {days} days since {day}; due every {interval} days."
        )
    elif in_initial_period:
        said = _(
            "Last supervision was {days} days ago ({day}); due every {interval} days during "
            "the initial certification period."
        )
    else:
        said = _("Last supervision was {days} days ago ({day}); due every {interval} days.")
    message = said.format(days=days, day=day_text(since), interval=interval)
    return [
        Flag(
            RECENCY,
            level,
            message,
            {
                "days_since": days,
                "interval_days": interval,
                "initial_period": int(in_initial_period),
            },
            since,
        )
    ]


def ratio(
    supervision: Sequence[SupervisionInput],
    load: Workload,
    today: date,
    settings: GuardrailSettings,
) -> list[Flag]:
    first = today - timedelta(days=RATIO_DAYS - 1)
    service = load.direct_minutes_between(first, today)
    had = sum(s.minutes for s in supervision if first <= s.held_on <= today)
    due = service / settings.direct_hours_per_supervision_hour
    if due < RATIO_MIN_DUE_MINUTES or had >= due:
        return []
    level = Level.RED if had < due / 2 else Level.AMBER
    message = _(
        "Had {had} of supervision for {service} of direct service in the last 4 weeks; "
        "1 h per {per} h means {due}."
    ).format(
        had=hours_text(had),
        service=hours_text(service),
        per=settings.direct_hours_per_supervision_hour,
        due=hours_text(due),
    )
    return [
        Flag(
            RATIO,
            level,
            message,
            {
                "supervision_hours": round(had / 60, 1),
                "direct_service_hours": round(service / 60, 1),
                "due_hours": round(due / 60, 1),
            },
            first,
        )
    ]
