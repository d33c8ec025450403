"""Too many hours in a short rolling window (by default 30 h in 2 days, 40 h in 4, 60 h in 7):
red over a window's limit, amber from the same share of it as the weekly cap (90 %)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import NamedTuple

from peercenter.domain.guardrails.flags import Flag, Level, hours_text, span_text, tense
from peercenter.domain.guardrails.scope import Scope
from peercenter.domain.guardrails.thresholds import GuardrailSettings
from peercenter.domain.guardrails.workload import Workload
from peercenter.i18n import _

RULE = "window_hours"


class _Window(NamedTuple):
    ratio: float
    first: date
    days: int
    minutes: int
    limit_hours: int


def check(load: Workload, scope: Scope, settings: GuardrailSettings) -> list[Flag]:
    hits = []
    share = settings.hours_amber_percent / 100
    for days, limit_hours in settings.windows():
        limit = limit_hours * 60
        starts = scope.window_starts(days)
        for first, worked in zip(starts, load.window_minutes(starts, days), strict=True):
            if worked >= limit * share:
                hits.append(_Window(worked / limit, first, days, worked, limit_hours))
    if not hits:
        return []
    worst = max(hits, key=lambda h: (h.ratio, -h.first.toordinal()))  # of equals, the soonest
    last = worst.first + timedelta(days=worst.days - 1)
    level = Level.RED if worst.ratio > 1 else Level.AMBER
    message = tense(
        worst.first,
        last,
        scope.today,
        _("Worked {hours} in {days} days ({span}); the limit is {limit} h in {days} days."),
        _("Scheduled {hours} in {days} days ({span}); the limit is {limit} h in {days} days."),
        _(
            "Worked and scheduled {hours} in {days} days ({span}); "
            "the limit is {limit} h in {days} days."
        ),
    ).format(
        hours=hours_text(worst.minutes),
        days=worst.days,
        span=span_text(worst.first, last),
        limit=worst.limit_hours,
    )
    return [
        Flag(
            RULE,
            level,
            message,
            {
                "hours": round(worst.minutes / 60, 1),
                "days": worst.days,
                "limit_hours": worst.limit_hours,
            },
            worst.first,
        )
    ]
