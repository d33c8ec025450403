"""Small builders for guardrail inputs: a workload from hours per day, sessions at times."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, time, timedelta

from peercenter.domain.enums import TimeEntryKind
from peercenter.domain.guardrails import TimeEntryInput, WorkInterval, Workload

# A Wednesday, so "this week" runs Mon 2 Jun .. Sun 8 Jun 2025.
TODAY = date(2025, 6, 4)
MONDAY = date(2025, 6, 2)


def day(offset: int) -> date:
    return TODAY + timedelta(days=offset)


def entries(
    hours_by_day: Mapping[date, float], kind: TimeEntryKind = TimeEntryKind.DOCUMENTATION
) -> list[TimeEntryInput]:
    return [TimeEntryInput(d, round(h * 60), kind) for d, h in hours_by_day.items()]


def hours(hours_by_day: Mapping[date, float]) -> Workload:
    return Workload.build([], entries(hours_by_day))


def session(
    on: date,
    start: str,
    minutes: int,
    label: str = "Recovery Circle",
    session_id: int | None = None,
    proposed: bool = False,
) -> WorkInterval:
    begins = datetime.combine(on, time.fromisoformat(start))
    return WorkInterval(begins, begins + timedelta(minutes=minutes), label, session_id, proposed)
