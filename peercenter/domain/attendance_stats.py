"""Attendance figures: a weekly trend and whether it is rising or falling."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from peercenter.domain.conflicts import week_of
from peercenter.i18n import _

TREND_WEEKS = 12
# A change of less than this share of the mean over the whole trend counts as steady.
STEADY_SHARE = 0.1


@dataclass(frozen=True)
class WeekPoint:
    week: date  # the Monday
    sessions: int
    attended: int  # people present or late, summed over the week's sessions

    @property
    def average(self) -> float | None:
        return self.attended / self.sessions if self.sessions else None


def weekly_trend(
    held: Iterable[tuple[date, int]], today: date, weeks: int = TREND_WEEKS
) -> list[WeekPoint]:
    """One point per week for the last ``weeks`` weeks up to ``today``'s week, from
    (local day, people attending) of each session held."""
    last = week_of(today)
    first = last - timedelta(weeks=weeks - 1)
    sessions = dict.fromkeys((first + timedelta(weeks=n) for n in range(weeks)), 0)
    attended = dict(sessions)
    for day, count in held:
        week = week_of(day)
        if week in sessions:
            sessions[week] += 1
            attended[week] += count
    return [WeekPoint(w, sessions[w], attended[w]) for w in sessions]


def direction(points: Sequence[WeekPoint]) -> str:
    """'rising', 'falling' or 'steady' (in the language spoken) from the least-squares slope
    of the weekly averages (weeks without sessions are left out); 'not enough data' under
    three weeks."""
    data = [(n, p.average) for n, p in enumerate(points) if p.average is not None]
    if len(data) < 3:
        return _("not enough data")
    xs = [float(x) for x, _ in data]
    ys = [float(y) for _, y in data if y is not None]
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    spread = sum((x - mean_x) ** 2 for x in xs)
    slope = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / spread
    change = slope * (xs[-1] - xs[0])
    if mean_y == 0 or abs(change) < STEADY_SHARE * mean_y:
        return _("steady")
    return _("rising") if change > 0 else _("falling")


def rate(attended: int, marked: int) -> float | None:
    """Share of marked sessions someone came to (present or late)."""
    return attended / marked if marked else None
