"""Weekly hours against the person's cap: red over it, amber from a share of it (90 %)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import NamedTuple

from peercenter.domain.guardrails.flags import Flag, Level, hours_text, tense, week_text
from peercenter.domain.guardrails.scope import Scope
from peercenter.domain.guardrails.thresholds import GuardrailSettings
from peercenter.domain.guardrails.workload import Workload
from peercenter.i18n import _

RULE = "weekly_hours"


class _Week(NamedTuple):
    ratio: float
    monday: date
    minutes: int
    level: Level


def check(
    load: Workload, cap_hours: float, scope: Scope, settings: GuardrailSettings
) -> list[Flag]:
    cap = round(cap_hours * 60)
    if cap <= 0:
        return []
    amber_from = cap * settings.hours_amber_percent / 100
    hits = []
    for monday in scope.mondays():
        worked = load.minutes_between(monday, monday + timedelta(days=6))
        if worked >= amber_from:
            hits.append(
                _Week(worked / cap, monday, worked, Level.RED if worked > cap else Level.AMBER)
            )
    if not hits:
        return []
    # The worst week; of equally bad ones, the soonest.
    worst = max(hits, key=lambda h: (h.ratio, -h.monday.toordinal()))
    sunday = worst.monday + timedelta(days=6)
    said = tense(
        worst.monday,
        sunday,
        scope.today,
        _("Worked {hours} {week}"),
        _("Scheduled {hours} {week}"),
        _("Worked and scheduled {hours} {week}"),
    ).format(hours=hours_text(worst.minutes), week=week_text(worst.monday, scope.today))
    if worst.level is Level.RED:
        message = _("{said}; cap is {cap}.").format(said=said, cap=hours_text(cap))
    else:
        message = _("{said}, {percent} % of the {cap} cap.").format(
            said=said, percent=round(worst.ratio * 100), cap=hours_text(cap)
        )
    if len(hits) > 1:
        message = _("{message} {count} weeks reach {percent} % of the cap or more.").format(
            message=message, count=len(hits), percent=settings.hours_amber_percent
        )
    return [
        Flag(
            RULE,
            worst.level,
            message,
            {
                "hours": round(worst.minutes / 60, 1),
                "cap_hours": round(cap / 60, 1),
                "percent": round(worst.ratio * 100),
                "weeks": len(hits),
            },
            worst.monday,
        )
    ]
