"""A person's work as the guardrails see it: facilitated sessions (with their times) and time
entries, folded into one load per day.

Counting rule (no double counting): a facilitated session already counts as direct service, so
on any day the direct-service time entries are taken to cover that day's facilitated sessions
first, and only what they add beyond them counts. A day with 3 h of sessions and a 4 h
direct-service entry is 4 h of direct service, not 7 h. Leave entries are never work."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from peercenter.domain.enums import TimeEntryKind


@dataclass(frozen=True)
class WorkInterval:
    """A facilitated session in the center's local time. ``proposed`` marks one that is not on
    the schedule yet (the assignment being considered)."""

    starts_at: datetime
    ends_at: datetime
    label: str
    session_id: int | None = None
    proposed: bool = False

    @property
    def day(self) -> date:
        return self.starts_at.date()

    @property
    def minutes(self) -> int:
        return max(0, round((self.ends_at - self.starts_at).total_seconds() / 60))


@dataclass(frozen=True)
class TimeEntryInput:
    day: date
    minutes: int
    kind: TimeEntryKind


@dataclass(frozen=True)
class DayLoad:
    day: date
    facilitated_minutes: int = 0
    direct_entry_minutes: int = 0
    other_entry_minutes: int = 0
    is_leave: bool = False
    sessions: tuple[WorkInterval, ...] = ()

    @property
    def direct_service_minutes(self) -> int:
        return direct_service_minutes(self.facilitated_minutes, self.direct_entry_minutes)

    @property
    def total_minutes(self) -> int:
        return self.direct_service_minutes + self.other_entry_minutes

    @property
    def is_working(self) -> bool:
        return self.total_minutes > 0


def direct_service_minutes(facilitated: int, direct_entries: int) -> int:
    """One day's direct service: facilitated sessions, plus direct-service entries only as far
    as they go beyond them (see the module docstring)."""
    return max(facilitated, direct_entries)


@dataclass(frozen=True)
class Workload:
    """Everything known about a person's days in some span, keyed by local date."""

    days: dict[date, DayLoad] = field(default_factory=dict)

    @classmethod
    def build(cls, intervals: Iterable[WorkInterval],
              entries: Iterable[TimeEntryInput]) -> Workload:
        sessions: dict[date, list[WorkInterval]] = {}
        for interval in intervals:
            sessions.setdefault(interval.day, []).append(interval)
        direct: dict[date, int] = {}
        other: dict[date, int] = {}
        leave: set[date] = set()
        for entry in entries:
            if entry.kind is TimeEntryKind.LEAVE:
                leave.add(entry.day)
            elif entry.kind is TimeEntryKind.DIRECT_SERVICE:
                direct[entry.day] = direct.get(entry.day, 0) + entry.minutes
            else:
                other[entry.day] = other.get(entry.day, 0) + entry.minutes
        days = {}
        for day in sessions.keys() | direct.keys() | other.keys() | leave:
            todays = tuple(sorted(sessions.get(day, ()), key=lambda i: i.starts_at))
            days[day] = DayLoad(day, sum(i.minutes for i in todays), direct.get(day, 0),
                                other.get(day, 0), day in leave, todays)
        return cls(days)

    def with_sessions(self, intervals: Iterable[WorkInterval]) -> Workload:
        """The workload with more sessions added (an assignment being considered). A proposed
        session already on the person's schedule is not counted twice."""
        known = {i.session_id for d in self.days.values() for i in d.sessions
                 if i.session_id is not None}
        days = dict(self.days)
        for interval in intervals:
            if interval.session_id is not None and interval.session_id in known:
                continue
            old = days.get(interval.day, DayLoad(interval.day))
            todays = tuple(sorted((*old.sessions, interval), key=lambda i: i.starts_at))
            days[interval.day] = DayLoad(
                old.day, old.facilitated_minutes + interval.minutes, old.direct_entry_minutes,
                old.other_entry_minutes, old.is_leave, todays)
        return Workload(days)

    def day(self, day: date) -> DayLoad:
        return self.days.get(day) or DayLoad(day)

    def minutes_between(self, first: date, last: date) -> int:
        """Total counted minutes on the days first..last (inclusive)."""
        return sum(self.day(d).total_minutes for d in date_range(first, last))

    def direct_minutes_between(self, first: date, last: date) -> int:
        return sum(self.day(d).direct_service_minutes for d in date_range(first, last))


def date_range(first: date, last: date) -> Iterable[date]:
    day = first
    while day <= last:
        yield day
        day += timedelta(days=1)
