"""What every part of the demo build shares: the unit of work, the center's clock and the
random streams."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from peercenter.services.context import Actor


@dataclass(frozen=True)
class DemoContext:
    session: Session
    admin: Actor
    tz: ZoneInfo
    today: date
    history_start: date
    horizon: date
    seed: int
    large: bool

    def rng(self, part: str) -> random.Random:
        """An independent, reproducible stream per part, so that changing how one part draws
        its numbers does not reshuffle everything else."""
        return random.Random(f"{self.seed}:{part}")

    def at(self, day: date, clock: time) -> datetime:
        """A wall-clock time in the center, as an aware UTC instant."""
        return datetime.combine(day, clock, self.tz).astimezone(UTC)

    def local_day(self, instant: datetime) -> date:
        return instant.astimezone(self.tz).date()

    @property
    def cutoff(self) -> datetime:
        """Midnight starting ``today``: only what ends before it is history."""
        return self.at(self.today, time.min)


def weekdays_between(start: date, end: date) -> list[date]:
    """Monday-to-Friday days in [start, end]."""
    days = []
    day = start
    while day <= end:
        if day.weekday() < 5:
            days.append(day)
        day += timedelta(days=1)
    return days


def round_to(minutes: float, step: int = 15, minimum: int = 15) -> int:
    return max(minimum, round(minutes / step) * step)
