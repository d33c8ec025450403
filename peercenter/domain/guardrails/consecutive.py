"""Working days in a row: amber when more than 6 (by default), red when more than 12. A day of
leave or a day with no work ends a run."""

from __future__ import annotations

from datetime import date, timedelta

from peercenter.domain.guardrails.flags import Flag, Level, span_text
from peercenter.domain.guardrails.scope import Scope
from peercenter.domain.guardrails.thresholds import GuardrailSettings
from peercenter.domain.guardrails.workload import Workload
from peercenter.i18n import _

RULE = "consecutive_days"


def runs(load: Workload, scope: Scope, longest: int) -> list[tuple[date, date]]:
    """Runs of working days that the scope reports on, each looked at no further than
    ``longest`` days beyond the scope on either side (enough to tell the level)."""
    found: list[tuple[date, date]] = []
    seen: set[date] = set()
    working = load.working_days
    one = timedelta(days=1)
    for day in scope.days():
        if day in seen or day not in working:
            continue
        first = last = day
        while first - one in working and (day - first).days < longest:
            first -= one
        while last + one in working and (last - day).days < longest:
            last += one
        seen.update(first + timedelta(days=i) for i in range((last - first).days + 1))
        if scope.touches(first, last):
            found.append((first, last))
    return found


def check(load: Workload, scope: Scope, settings: GuardrailSettings) -> list[Flag]:
    candidates = runs(load, scope, settings.consecutive_days_red + 1)
    if not candidates:
        return []
    first, last = max(candidates, key=lambda r: ((r[1] - r[0]).days, r[0]))
    length = (last - first).days + 1
    if length > settings.consecutive_days_red:
        level, limit = Level.RED, settings.consecutive_days_red
    elif length > settings.consecutive_days_amber:
        level, limit = Level.AMBER, settings.consecutive_days_amber
    else:
        return []
    message = (
        _("Works {days} days in a row ({span}); more than {limit} in a row is flagged.")
        if last >= scope.today
        else _("Worked {days} days in a row ({span}); more than {limit} in a row is flagged.")
    ).format(days=length, span=span_text(first, last), limit=limit)
    return [Flag(RULE, level, message, {"days": length, "limit_days": limit}, first)]
