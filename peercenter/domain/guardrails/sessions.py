"""The shape of a day's sessions: back-to-back sessions (a break shorter than 15 minutes by
default), more than 4 sessions in a day, and sessions on a day of leave."""

from __future__ import annotations

import itertools
from datetime import date

from peercenter.domain import timefmt
from peercenter.domain.guardrails.flags import Flag, Level, day_text
from peercenter.domain.guardrails.scope import Scope
from peercenter.domain.guardrails.thresholds import GuardrailSettings
from peercenter.domain.guardrails.workload import WorkInterval, Workload
from peercenter.i18n import _

BACK_TO_BACK = "back_to_back"
SESSIONS_PER_DAY = "sessions_per_day"
ON_LEAVE = "session_on_leave"


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
    message = _(
        "Back-to-back sessions on {day}: {first} ends {end} and {second} starts {start} "
        "({gap} min break; at least {wanted} min wanted)."
    ).format(
        day=day_text(day),
        first=before.label,
        end=timefmt.clock(before.ends_at),
        second=after.label,
        start=timefmt.clock(after.starts_at),
        gap=gap,
        wanted=settings.min_break_minutes,
    )
    if len(pairs) == 2:
        message = _("{message} This happens twice.").format(message=message)
    elif len(pairs) > 2:
        message = _("{message} This happens {count} times.").format(
            message=message, count=len(pairs)
        )
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
    message = _("{count} sessions on {day}; more than {limit} a day is flagged.").format(
        count=count, day=day_text(day), limit=settings.max_sessions_per_day
    )
    if len(busy) > 1:
        message = _("{message} {count} days are like this.").format(
            message=message, count=len(busy)
        )
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
    message = _("{session} on {day} falls on a day of leave.").format(
        session=label, day=day_text(first)
    )
    if len(days) > 1:
        message = _("{message} {count} days of leave have sessions.").format(
            message=message, count=len(days)
        )
    return [Flag(ON_LEAVE, Level.RED, message, {"days": len(days)}, first)]
