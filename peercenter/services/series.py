"""Turning a group's recurrence rule into session rows, up to the rolling horizon."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from dateutil.relativedelta import relativedelta
from sqlalchemy import select
from sqlalchemy.orm import Session

from peercenter.db.models import Group, SessionFacilitator
from peercenter.db.models import Session as SessionRow
from peercenter.domain.recurrence import occurrence_starts


def horizon_date(today: date, months: int) -> date:
    return today + relativedelta(months=months)


def planned_starts(group: Group, tz: ZoneInfo, start: date, end: date) -> list[datetime]:
    """Occurrence start instants (UTC) of the group's rule on local days [start, end]."""
    lo = datetime.combine(max(start, group.first_date), time.min, tz)
    hi = datetime.combine(end + timedelta(days=1), time.min, tz)
    if group.until_date is not None:
        hi = min(hi, datetime.combine(group.until_date + timedelta(days=1), time.min, tz))
    if hi <= lo:
        return []
    starts = occurrence_starts(group.rrule, group.first_date, group.start_time, tz, lo, hi)
    return [s.astimezone(UTC) for s in starts]


def materialize(session: Session, group: Group, tz: ZoneInfo, until: date) -> int:
    """Create the sessions the rule gives between what exists and ``until``; returns how many
    were added. Existing rows (edited or not) are never touched here."""
    start = group.materialized_until + timedelta(days=1) if group.materialized_until \
        else group.first_date
    if start > until:
        return 0
    existing = set(session.scalars(select(SessionRow.occurrence_start)
                                   .where(SessionRow.group_id == group.id)))
    duration = timedelta(minutes=group.duration_minutes)
    facilitators = [(f.staff_id, f.role) for f in group.facilitators]
    added = 0
    for begins in planned_starts(group, tz, start, until):
        if begins in existing:
            continue
        row = SessionRow(group_id=group.id, occurrence_start=begins, starts_at=begins,
                         ends_at=begins + duration, room_id=group.room_id,
                         topic_id=group.default_topic_id)
        row.facilitators = [SessionFacilitator(staff_id=s, role=r) for s, r in facilitators]
        session.add(row)
        added += 1
    group.materialized_until = until
    return added
