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
from peercenter.i18n import ENGLISH, _, active_language, active_locale, ngettext


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
    week = period is Period.WEEK
    count = (
        ngettext(
            "{count} week without supervision", "{count} weeks without supervision", len(missed)
        )
        if week
        else ngettext(
            "{count} month without supervision", "{count} months without supervision", len(missed)
        )
    ).format(count=len(missed))
    if over:
        if missed:
            covered_text = _("This rule covered {first} to {last}: {count}.")
        elif week:
            covered_text = _("This rule covered {first} to {last}: supervision every week.")
        else:
            covered_text = _("This rule covered {first} to {last}: supervision every month.")
        text = covered_text.format(
            first=timefmt.date_text(first), last=timefmt.date_text(end), count=count
        )
        return FrequencyResult(Status.ENDED, text, minutes, tuple(missed), None)
    current = period_start(today, period)
    covered = any(max(current, first) <= d <= today for d in days)
    due_start = next_period_start(current, period) if covered else current
    next_due = next_period_start(due_start, period) - timedelta(days=1)
    if missed and missed[-1] == closed[-1]:
        start = missed[-1][0]
        when = (
            _("the week of {date}").format(date=timefmt.day_month(start))
            if week
            else month_year(start)
        )
        due = timefmt.weekday_day_month(next_due)
        text = _("No supervision in {when}; {count} in all. Next due by {due}.").format(
            when=when, count=count, due=due
        )
        return FrequencyResult(Status.OVERDUE, text, minutes, tuple(missed), next_due)
    if missed:
        # Caught up now, but a missed week or month stays missed: the board counts every
        # one, so the rule is not "on schedule".
        text = _("{count} ({periods}); next due by {due}.").format(
            count=f"{count[0].upper()}{count[1:]}",
            periods=_periods(missed, period),
            due=timefmt.weekday_day_month(next_due),
        )
        return FrequencyResult(Status.GAPS, text, minutes, tuple(missed), next_due)
    text = (
        _("Supervision at least once a week; next due by {due}.")
        if week
        else _("Supervision at least once a month; next due by {due}.")
    ).format(due=timefmt.weekday_day_month(next_due))
    return FrequencyResult(Status.ON_SCHEDULE, text, minutes, (), next_due)


def _periods(missed: list[tuple[date, date]], period: Period, shown: int = 3) -> str:
    """'the weeks of 19 Jan and 2 Feb', 'March 2026', '… and 2 more'."""
    week = period is Period.WEEK
    if week:
        names = [timefmt.day_month(start) for start, _end in missed[:shown]]
    else:
        names = [month_year(start) for start, _end in missed[:shown]]
    rest = len(missed) - shown
    if rest > 0:
        names.append(_("{count} more").format(count=rest))
    text = (
        names[0]
        if len(names) == 1
        else _("{items} and {last}").format(items=", ".join(names[:-1]), last=names[-1])
    )
    if not week:
        return text
    if len(missed) == 1:
        return _("the week of {date}").format(date=text)
    return _("the weeks of {dates}").format(dates=text)


def month_year(day: date) -> str:
    """'March 2026', in the language spoken."""
    if active_language() == ENGLISH:
        return f"{day:%B %Y}"
    from babel.dates import format_skeleton

    return str(format_skeleton("yMMMM", day, locale=active_locale()))
