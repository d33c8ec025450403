"""Pace over the last eight weeks, the completion date it projects, and whether the work that
is still missing can fit before a time limit at all."""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import date, timedelta

from peercenter.domain.credentials.counting import CountedEntry

PACE_WEEKS = 8


def pace_per_week(
    entries: Iterable[CountedEntry], today: date, counting_since: date | None
) -> float:
    """Minutes per week over the last 8 weeks, or over the time since counting began when that
    is shorter (someone who started two weeks ago is judged on those two weeks)."""
    since = today - timedelta(days=PACE_WEEKS * 7 - 1)
    weeks = float(PACE_WEEKS)
    if counting_since is not None and counting_since > since:
        since = counting_since
        weeks = max(1.0, ((today - counting_since).days + 1) / 7)
    minutes = sum(e.minutes for e in entries if since <= e.on <= today)
    return minutes / weeks


def projected_date(missing_minutes: int, minutes_per_week: float, today: date) -> date | None:
    if missing_minutes <= 0:
        return today
    if minutes_per_week <= 0:
        return None
    return today + timedelta(days=math.ceil(missing_minutes / minutes_per_week * 7))


def capacity_minutes(weekly_hours_cap: float, today: date, deadline: date) -> int:
    """The most work that fits from today to the deadline (both included) at the weekly cap."""
    days = (deadline - today).days + 1
    return max(0, math.floor(weekly_hours_cap * 60 * days / 7))
