"""Which automatic backups to keep: the newest of each of the last 7 days, 4 weeks and 12
months that have a backup (like a grandfather-father-son tape rotation)."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Rotation:
    daily: int = 7
    weekly: int = 4
    monthly: int = 12


def _newest_per_period(
    stamps: Sequence[datetime], count: int, period: Callable[[datetime], Hashable]
) -> set[datetime]:
    kept: set[datetime] = set()
    seen: set[Hashable] = set()
    for stamp in stamps:
        key = period(stamp)
        if key in seen:
            continue
        if len(seen) == count:
            break
        seen.add(key)
        kept.add(stamp)
    return kept


def to_keep(stamps: Sequence[datetime], rotation: Rotation = Rotation()) -> set[datetime]:
    """``stamps`` in the computer's local time; returns the ones to keep."""
    newest_first = sorted(stamps, reverse=True)
    return (
        _newest_per_period(newest_first, rotation.daily, lambda s: s.date())
        | _newest_per_period(newest_first, rotation.weekly, lambda s: s.isocalendar()[:2])
        | _newest_per_period(newest_first, rotation.monthly, lambda s: (s.year, s.month))
    )
