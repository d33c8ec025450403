"""Which days the load rules report on. The dashboard looks at a span around today; a proposed
assignment looks only at the weeks, windows and days its sessions fall in."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache


@dataclass(frozen=True)
class Scope:
    first: date
    last: date
    today: date
    # When set, only periods containing one of these days are reported.
    focus: frozenset[date] | None = None

    @classmethod
    def around(cls, today: date, back_days: int = 6, ahead_days: int = 7) -> Scope:
        """The dashboard's view: the last week and the coming one."""
        return cls(today - timedelta(days=back_days), today + timedelta(days=ahead_days), today)

    @classmethod
    def for_days(cls, days: Iterable[date], today: date) -> Scope:
        focus = frozenset(days)
        if not focus:
            raise ValueError("a scope needs at least one day")
        return cls(min(focus), max(focus), today, focus)

    def touches(self, first: date, last: date) -> bool:
        if last < self.first or first > self.last:
            return False
        if self.focus is None:
            return True
        if (last - first).days < len(self.focus):
            return any(
                first + timedelta(days=i) in self.focus for i in range((last - first).days + 1)
            )
        return any(first <= day <= last for day in self.focus)

    # The same scope is asked the same questions for every person on a dashboard: the
    # answers are computed once (scopes are frozen, so they can be cache keys).
    def days(self) -> list[date]:
        return list(_days(self))

    def mondays(self) -> list[date]:
        """The Mondays of the weeks (Monday to Sunday) the scope reports on."""
        return list(_mondays(self))

    def window_starts(self, length: int) -> list[date]:
        """First days of every ``length``-day window that the scope reports on."""
        return list(_window_starts(self, length))


@lru_cache(maxsize=64)
def _days(scope: Scope) -> tuple[date, ...]:
    if scope.focus is not None:
        return tuple(sorted(scope.focus))
    return tuple(
        scope.first + timedelta(days=i) for i in range((scope.last - scope.first).days + 1)
    )


@lru_cache(maxsize=64)
def _mondays(scope: Scope) -> tuple[date, ...]:
    weeks = sorted({d - timedelta(days=d.weekday()) for d in _days(scope)})
    return tuple(m for m in weeks if scope.touches(m, m + timedelta(days=6)))


@lru_cache(maxsize=256)
def _window_starts(scope: Scope, length: int) -> tuple[date, ...]:
    starts: set[date] = set()
    for day in _days(scope):
        for back in range(length):
            starts.add(day - timedelta(days=back))
    return tuple(sorted(s for s in starts if scope.touches(s, s + timedelta(days=length - 1))))
