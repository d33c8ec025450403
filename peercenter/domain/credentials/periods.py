"""Calendar arithmetic for credentials: months, renewal cycles, calendar weeks and months."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from peercenter.domain.credentials.program import Period


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (clamped to the month's end: 31 Jan + 1 = 28/29 Feb)."""
    return day + relativedelta(months=months)


@dataclass(frozen=True)
class Cycle:
    """One renewal cycle: hours dated ``start`` to ``due`` (both included) count toward it,
    and the renewal is due on ``due``."""

    start: date
    due: date

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.due


def renewal_cycle(
    achieved_on: date | None, expires_on: date | None, renewal_months: int | None, today: date
) -> Cycle | None:
    """The cycle a held credential is in. A recorded expiry date wins (the board's date); else
    cycles of ``renewal_months`` roll on from the date the credential was achieved."""
    if achieved_on is None:
        return None
    if expires_on is not None:
        start = (
            achieved_on
            if renewal_months is None
            else max(achieved_on, add_months(expires_on, -renewal_months) + timedelta(days=1))
        )
        return Cycle(start, expires_on)
    if renewal_months is None:
        return None
    start = achieved_on
    while add_months(start, renewal_months) <= today:
        start = add_months(start, renewal_months)
    return Cycle(start, add_months(start, renewal_months) - timedelta(days=1))


def default_expiry(achieved_on: date, renewal_months: int) -> date:
    return add_months(achieved_on, renewal_months) - timedelta(days=1)


def period_start(day: date, period: Period) -> date:
    if period is Period.WEEK:
        return day - timedelta(days=day.weekday())
    return day.replace(day=1)


def next_period_start(start: date, period: Period) -> date:
    return start + timedelta(days=7) if period is Period.WEEK else add_months(start, 1)


def full_periods(first: date, last: date, period: Period) -> list[tuple[date, date]]:
    """Calendar weeks (Monday to Sunday) or months lying wholly within [first, last]."""
    out: list[tuple[date, date]] = []
    start = period_start(first, period)
    if start < first:
        start = next_period_start(start, period)
    while True:
        end = next_period_start(start, period) - timedelta(days=1)
        if end > last:
            return out
        out.append((start, end))
        start = next_period_start(start, period)
