"""Regular supervision: at least one supervision session in every calendar week or month of
the phase the rule covers. A week or month counts once it is over; the current one is due."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from peercenter.domain import timefmt
from peercenter.domain.credentials.evidence import SupervisionItem
from peercenter.domain.credentials.periods import full_periods, next_period_start, period_start
from peercenter.domain.credentials.program import Period
from peercenter.domain.credentials.status import Status


@dataclass(frozen=True)
class FrequencyResult:
    status: Status
    explanation: str
    minutes: int
    missed: tuple[tuple[date, date], ...]
    next_due: date | None


def check_frequency(
    period: Period,
    first: date,
    last: date | None,
    today: date,
    supervision: tuple[SupervisionItem, ...],
) -> FrequencyResult:
    """``first``..``last`` is the span the rule covers (``last`` None: still running)."""
    over = last is not None and last < today
    end = last if (last is not None and over) else today
    days = sorted({s.on for s in supervision if first <= s.on <= end})
    minutes = sum(s.minutes for s in supervision if first <= s.on <= end)
    # Only periods that are over can be missed; today's week or month is still open.
    closed_until = end if over else today - timedelta(days=1)
    closed = full_periods(first, closed_until, period)
    missed = [(start, stop) for start, stop in closed if not any(start <= d <= stop for d in days)]
    unit = "week" if period is Period.WEEK else "month"
    count = f"{len(missed)} {unit}{'s' if len(missed) != 1 else ''} without supervision"
    if over:
        text = f"This rule covered {timefmt.date_text(first)} to {timefmt.date_text(end)}: " + (
            count + "." if missed else f"supervision every {unit}."
        )
        return FrequencyResult(Status.ENDED, text, minutes, tuple(missed), None)
    current = period_start(today, period)
    covered = any(max(current, first) <= d <= today for d in days)
    due_start = next_period_start(current, period) if covered else current
    next_due = next_period_start(due_start, period) - timedelta(days=1)
    if missed and missed[-1] == closed[-1]:
        start = missed[-1][0]
        week = period is Period.WEEK
        when = f"the week of {timefmt.day_month(start)}" if week else f"{start:%B %Y}"
        due = timefmt.weekday_day_month(next_due)
        text = f"No supervision in {when}; {count} in all. Next due by {due}."
        return FrequencyResult(Status.OVERDUE, text, minutes, tuple(missed), next_due)
    if missed:
        # Caught up now, but a missed week or month stays missed: the board counts every
        # one, so the rule is not "on schedule".
        text = (
            f"{count[0].upper()}{count[1:]} ({_periods(missed, period)}); "
            f"next due by {timefmt.weekday_day_month(next_due)}."
        )
        return FrequencyResult(Status.GAPS, text, minutes, tuple(missed), next_due)
    text = f"Supervision at least once a {unit}; next due by {timefmt.weekday_day_month(next_due)}."
    return FrequencyResult(Status.ON_SCHEDULE, text, minutes, (), next_due)


def _periods(missed: list[tuple[date, date]], period: Period, shown: int = 3) -> str:
    """'the weeks of 19 Jan and 2 Feb', 'March 2026', '… and 2 more'."""
    if period is Period.WEEK:
        names = [timefmt.day_month(start) for start, _ in missed[:shown]]
        lead = "the week of " if len(missed) == 1 else "the weeks of "
    else:
        names = [f"{start:%B %Y}" for start, _ in missed[:shown]]
        lead = ""
    rest = len(missed) - shown
    if rest > 0:
        names.append(f"{rest} more")
    text = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return lead + text
