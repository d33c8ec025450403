"""Facilitated hours, computed from the sessions a staff member facilitates (scheduled, not
cancelled). Burnout and certification tracking build on this."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from peercenter.db.models import Session as SessionRow
from peercenter.db.models import SessionFacilitator
from peercenter.domain.enums import SessionStatus
from peercenter.domain.hours import minutes_by_day
from peercenter.domain.permissions import Permission
from peercenter.services import settings
from peercenter.services.clock import day_bounds
from peercenter.services.context import Actor, require
from peercenter.services.schedule.common import MAX_SESSION


def facilitated_minutes(session: Session, actor: Actor, staff_id: int, start: date,
                        end: date) -> dict[date, int]:
    """Minutes staff member ``staff_id`` facilitates on each local day of [start, end]
    (days without sessions are left out)."""
    return facilitated_minutes_for(session, actor, [staff_id], start, end).get(staff_id, {})


def facilitated_minutes_for(session: Session, actor: Actor, staff_ids: Iterable[int],
                            start: date, end: date) -> dict[int, dict[date, int]]:
    """The same for several staff members at once: staff id -> day -> minutes."""
    require(actor, Permission.VIEW_SCHEDULE)
    wanted = set(staff_ids)
    if not wanted or end < start:
        return {}
    tz = settings.center_timezone(session)
    lo, _ = day_bounds(start, tz)
    _, hi = day_bounds(end, tz)
    rows = session.execute(
        select(SessionFacilitator.staff_id, SessionRow.starts_at, SessionRow.ends_at)
        .join(SessionRow, SessionRow.id == SessionFacilitator.session_id)
        .where(SessionFacilitator.staff_id.in_(wanted),
               SessionRow.status == SessionStatus.SCHEDULED,
               SessionRow.starts_at < hi, SessionRow.starts_at > lo - MAX_SESSION,
               SessionRow.ends_at > lo))
    intervals: dict[int, list[tuple[datetime, datetime]]] = {}
    for staff_id, begins, ends in rows:
        intervals.setdefault(staff_id, []).append((max(begins, lo).astimezone(tz),
                                                   min(ends, hi).astimezone(tz)))
    return {staff_id: minutes_by_day(items) for staff_id, items in intervals.items()}
