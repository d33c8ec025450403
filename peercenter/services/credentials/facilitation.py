"""Sessions a staff member facilitated, as supervised experience.

This is the one place that reads the schedule for credentials. When the scheduling service
offers a staff member's facilitated minutes per day, ``facilitated_work`` can call it instead
(returning one FacilitatedItem per day); nothing else changes."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import exists, select, true
from sqlalchemy.orm import Session

from peercenter.db.models import Attendance, Group, SessionFacilitator
from peercenter.db.models import Session as SessionRow
from peercenter.domain.credentials.evidence import FacilitatedItem
from peercenter.domain.enums import AttendanceStatus, SessionStatus


def facilitated_work(session: Session, staff_id: int, tz: ZoneInfo, until: datetime,
                     since: datetime | None = None) -> list[FacilitatedItem]:
    """Sessions the person facilitated (lead or co) that began in [since, until), were not
    cancelled, and had at least one participant checked in present or late: a session nobody
    came to was no direct service. Dated by their local start day."""
    served = exists().where(Attendance.session_id == SessionRow.id,
                            Attendance.status.in_([AttendanceStatus.PRESENT,
                                                   AttendanceStatus.LATE]))
    rows = session.execute(
        select(SessionRow.id, SessionRow.starts_at, SessionRow.ends_at, Group.name)
        .join(SessionFacilitator, SessionFacilitator.session_id == SessionRow.id)
        .join(Group, Group.id == SessionRow.group_id)
        .where(SessionFacilitator.staff_id == staff_id,
               SessionRow.status != SessionStatus.CANCELLED,
               SessionRow.starts_at < until, served,
               SessionRow.starts_at >= since if since is not None else true())
        .order_by(SessionRow.starts_at))
    items = []
    for session_id, starts_at, ends_at, name in rows:
        local = starts_at.astimezone(tz)
        minutes = round((ends_at - starts_at).total_seconds() / 60)
        items.append(FacilitatedItem(session_id, local.date(), minutes,
                                     f"{name}, {local:%H:%M}"))
    return items
