"""The shape of a day's sessions: back-to-back sessions (a break shorter than 15 minutes by
default), more than 4 sessions in a day, and sessions on a day of leave."""

from __future__ import annotations

import itertools
from datetime import date

from peercenter.domain.guardrails.flags import Flag, Level, day_text
from peercenter.domain.guardrails.scope import Scope
from peercenter.domain.guardrails.thresholds import GuardrailSettings
from peercenter.domain.guardrails.workload import WorkInterval, Workload

BACK_TO_BACK = "back_to_back"
SESSIONS_PER_DAY = "sessions_per_day"
ON_LEAVE = "session_on_leave"


def _times(n: int) -> str:
    return "once" if n == 1 else "twice" if n == 2 else f"{n} times"


def back_to_back(load: Workload, scope: Scope, settings: GuardrailSettings) -> list[Flag]:
    pairs: list[tuple[date, WorkInterval, WorkInterval, int]] = []
    for day in scope.days():
        sessions = load.sessions_on(day)
        for before, after in itertools.pairwise(sessions):
            gap = round((after.starts_at - before.ends_at).total_seconds() / 60)
            if gap < settings.min_break_minutes:
                pairs.append((day, before, after, max(gap, 0)))
    if not pairs:
        return []
    day, before, after, gap = min(pairs, key=lambda p: (p[3], p[0]))
    message = (
        f"Back-to-back sessions on {day_text(day)}: {before.label} ends "
        f"{before.ends_at:%H:%M} and {after.label} starts {after.starts_at:%H:%M} "
        f"({gap} min break; at least {settings.min_break_minutes} min wanted)."
    )
    if len(pairs) > 1:
        message += f" This happens {_times(len(pairs))}."
    return [
        Flag(
            BACK_TO_BACK,
            Level.AMBER,
            message,
            {
                "break_minutes": gap,
                "min_break_minutes": settings.min_break_minutes,
                "occurrences": len(pairs),
            },
            day,
        )
    ]


def per_day(load: Workload, scope: Scope, settings: GuardrailSettings) -> list[Flag]:
    busy = [
        (len(load.sessions_on(d)), d)
        for d in scope.days()
        if len(load.sessions_on(d)) > settings.max_sessions_per_day
    ]
    if not busy:
        return []
    count, day = max(busy, key=lambda b: (b[0], -b[1].toordinal()))
    message = (
        f"{count} sessions on {day_text(day)}; more than "
        f"{settings.max_sessions_per_day} a day is flagged."
    )
    if len(busy) > 1:
        message += f" {len(busy)} days are like this."
    return [
        Flag(
            SESSIONS_PER_DAY,
            Level.AMBER,
            message,
            {"sessions": count, "limit": settings.max_sessions_per_day, "days": len(busy)},
            day,
        )
    ]


def on_leave(load: Workload, scope: Scope) -> list[Flag]:
    days = [d for d in scope.days() if d in load.leave and load.sessions_on(d)]
    if not days:
        return []
    first = days[0]
    label = load.sessions_on(first)[0].label
    message = f"{label} on {day_text(first)} falls on a day of leave."
    if len(days) > 1:
        message += f" {len(days)} days of leave have sessions."
    return [Flag(ON_LEAVE, Level.RED, message, {"days": len(days)}, first)]
