"""A person's work as the guardrails see it: facilitated sessions (with their times) and time
entries, folded into one load per day.

Counting rule (no double counting): a facilitated session already counts as direct service, so
on any day the direct-service time entries are taken to cover that day's facilitated sessions
first, and only what they add beyond them counts. A day with 3 h of sessions and a 4 h
direct-service entry is 4 h of direct service, not 7 h. Leave entries are never work."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
from functools import cached_property
from itertools import accumulate

from peercenter.domain.enums import TimeEntryKind
from peercenter.domain.hours import minutes_by_day


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
        # Timestamps, not wall-clock subtraction: right across a daylight-saving change.
        return max(0, round((self.ends_at.timestamp() - self.starts_at.timestamp()) / 60))


@dataclass(frozen=True)
class TimeEntryInput:
    day: date
    minutes: int
    kind: TimeEntryKind


@dataclass(frozen=True)
class DayLoad:
    """One day of a workload, as the rules and the tests read it."""

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
    """Everything known about a person's days in some span, keyed by local date. Kept as
    plain per-day maps (a dashboard builds one for every person); ``day`` gives a DayLoad."""

    sessions: Mapping[date, tuple[WorkInterval, ...]] = field(default_factory=dict)
    facilitated: Mapping[date, int] = field(default_factory=dict)
    direct_entries: Mapping[date, int] = field(default_factory=dict)
    other_entries: Mapping[date, int] = field(default_factory=dict)
    leave: frozenset[date] = frozenset()

    @classmethod
    def build(
        cls, intervals: Iterable[WorkInterval], entries: Iterable[TimeEntryInput]
    ) -> Workload:
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
        return cls.from_totals(intervals, direct, other, leave)

    @classmethod
    def from_totals(
        cls,
        intervals: Iterable[WorkInterval],
        direct_entries: Mapping[date, int],
        other_entries: Mapping[date, int],
        leave: Iterable[date],
    ) -> Workload:
        """From time entries already added up per day: direct service, other work (leave
        excluded) and the days of leave."""
        by_day: dict[date, list[WorkInterval]] = {}
        for interval in intervals:
            by_day.setdefault(interval.day, []).append(interval)
        sessions = {}
        facilitated: dict[date, int] = {}
        for day, todays in by_day.items():
            if len(todays) > 1:
                todays.sort(key=lambda i: i.starts_at)
            sessions[day] = tuple(todays)
            for interval in todays:
                _add_facilitated(facilitated, interval)
        return cls(sessions, facilitated, direct_entries, other_entries, frozenset(leave))

    def with_sessions(self, intervals: Iterable[WorkInterval]) -> Workload:
        """The workload with more sessions added (an assignment being considered). A proposed
        session already on the person's schedule is not counted twice."""
        known = {
            i.session_id
            for todays in self.sessions.values()
            for i in todays
            if i.session_id is not None
        }
        sessions = dict(self.sessions)
        facilitated = dict(self.facilitated)
        for interval in intervals:
            if interval.session_id is not None and interval.session_id in known:
                continue
            day = interval.day
            sessions[day] = tuple(
                sorted((*sessions.get(day, ()), interval), key=lambda i: i.starts_at)
            )
            _add_facilitated(facilitated, interval)
        return Workload(sessions, facilitated, self.direct_entries, self.other_entries, self.leave)

    def day(self, day: date) -> DayLoad:
        return DayLoad(
            day,
            self.facilitated.get(day, 0),
            self.direct_entries.get(day, 0),
            self.other_entries.get(day, 0),
            day in self.leave,
            self.sessions.get(day, ()),
        )

    def sessions_on(self, day: date) -> tuple[WorkInterval, ...]:
        return self.sessions.get(day, ())

    def minutes_between(self, first: date, last: date) -> int:
        """Total counted minutes on the days first..last (inclusive)."""
        return self._running_totals.between(first, last)

    def window_minutes(self, starts: Iterable[date], length: int) -> list[int]:
        """Total counted minutes of the ``length``-day window starting on each of ``starts``."""
        return self._running_totals.windows(starts, length)

    def direct_minutes_between(self, first: date, last: date) -> int:
        return self._running_direct.between(first, last)

    @cached_property
    def direct_per_day(self) -> dict[date, int]:
        facilitated, entries = self.facilitated, self.direct_entries
        return {
            d: direct_service_minutes(facilitated.get(d, 0), entries.get(d, 0))
            for d in facilitated.keys() | entries.keys()
        }

    @cached_property
    def total_per_day(self) -> dict[date, int]:
        totals = dict(self.direct_per_day)
        for d, minutes in self.other_entries.items():
            totals[d] = totals.get(d, 0) + minutes
        return totals

    @cached_property
    def working_days(self) -> frozenset[date]:
        """Days with work on them that are not days of leave."""
        return frozenset(
            d for d, minutes in self.total_per_day.items() if minutes > 0 and d not in self.leave
        )

    # Running sums make every window total one subtraction, however many windows are asked.
    @cached_property
    def _running_totals(self) -> _Running:
        return _Running(self.total_per_day)

    @cached_property
    def _running_direct(self) -> _Running:
        return _Running(self.direct_per_day)


def _add_facilitated(facilitated: dict[date, int], interval: WorkInterval) -> None:
    """A session's minutes on the day it runs; one that runs past midnight counts on both days,
    as the schedule's facilitated hours count it. (The session itself belongs to the day it
    starts, for the rules about a day's sessions.)"""
    if interval.ends_at.date() == interval.day or interval.ends_at.time() == time.min:
        facilitated[interval.day] = facilitated.get(interval.day, 0) + interval.minutes
        return
    for day, minutes in minutes_by_day([(interval.starts_at, interval.ends_at)]).items():
        facilitated[day] = facilitated.get(day, 0) + minutes


class _Running:
    """Running sums over day ordinals: the total of any span of days is one subtraction."""

    def __init__(self, per_day: dict[date, int]) -> None:
        ordinals = [d.toordinal() for d in per_day]
        self.first = min(ordinals, default=0)
        values = [0] * (max(ordinals, default=-1) - self.first + 1)
        for ordinal, minutes in zip(ordinals, per_day.values(), strict=True):
            values[ordinal - self.first] = minutes
        self.sums = [0, *accumulate(values)]
        self.size = len(values)

    def windows(self, starts: Iterable[date], length: int) -> list[int]:
        sums, size, base = self.sums, self.size, self.first
        out = []
        for start in starts:
            lo = start.toordinal() - base
            hi = lo + length
            lo = 0 if lo < 0 else size if lo > size else lo
            hi = 0 if hi < 0 else size if hi > size else hi
            out.append(sums[hi] - sums[lo])
        return out

    def between(self, first: date, last: date) -> int:
        """The total of the days first..last (inclusive)."""
        lo = first.toordinal() - self.first
        hi = last.toordinal() - self.first + 1
        if hi <= lo:
            return 0
        lo = 0 if lo < 0 else self.size if lo > self.size else lo
        hi = 0 if hi < 0 else self.size if hi > self.size else hi
        return self.sums[hi] - self.sums[lo]
