"""Facilitated hours per day, computed from the sessions a staff member facilitates
(scheduled, not cancelled, whether or not anyone came)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy.orm import Session

from peercenter.domain.hours import minutes_by_day
from peercenter.domain.permissions import Permission
from peercenter.services import settings
from peercenter.services.clock import day_bounds
from peercenter.services.context import Actor, require
from peercenter.services.facilitated import facilitated_reaching


def facilitated_minutes(
    session: Session, actor: Actor, staff_id: int, start: date, end: date
) -> dict[date, int]:
    """Minutes staff member ``staff_id`` facilitates on each local day of [start, end]
    (days without sessions are left out)."""
    return facilitated_minutes_for(session, actor, [staff_id], start, end).get(staff_id, {})


def facilitated_minutes_for(
    session: Session, actor: Actor, staff_ids: Iterable[int], start: date, end: date
) -> dict[int, dict[date, int]]:
    """The same for several staff members at once: staff id -> day -> minutes. A session
    that runs past midnight counts on both days, within [start, end] only."""
    require(actor, Permission.VIEW_SCHEDULE)
    if end < start:
        return {}
    tz = settings.center_timezone(session)
    lo, _ = day_bounds(start, tz)
    _, hi = day_bounds(end, tz)
    found = facilitated_reaching(session, staff_ids, tz, start, end)
    return {
        staff_id: minutes_by_day(
            (max(f.starts_at, lo).astimezone(tz), min(f.ends_at, hi).astimezone(tz)) for f in items
        )
        for staff_id, items in found.items()
    }
