"""The day's sessions, as the front desk sees them on opening the program, and how far a new
center is with setting itself up."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from peercenter.db.models import (
    Attendance,
    Enrollment,
    Group,
    GroupSession,
    Participant,
    Room,
    Staff,
)
from peercenter.domain.enums import (
    AttendanceStatus,
    EnrollmentStatus,
    GroupKind,
    SessionStatus,
    StaffStatus,
)
from peercenter.domain.names import staff_display_name
from peercenter.domain.permissions import Permission
from peercenter.i18n import _, ngettext
from peercenter.services import settings
from peercenter.services.clock import day_bounds
from peercenter.services.context import Actor, require
from peercenter.services.schedule.common import MAX_SESSION


@dataclass(frozen=True)
class AgendaItem:
    session_id: int
    version: int
    group_id: int
    starts_at: datetime  # in the center's time zone
    ends_at: datetime
    group_name: str
    kind: GroupKind
    room: str
    facilitators: str
    status: SessionStatus
    cancel_reason: str
    enrolled: int
    attended: int  # marked present or late
    capacity: int | None
    marked: int = 0  # anyone marked at all, absent and excused included

    def held_text(self) -> str:
        """What a session that is over reads: 'Held (5 present)' once anyone was marked."""
        if not self.marked:
            return _("No attendance recorded")
        return ngettext("Held ({count} present)", "Held ({count} present)", self.attended).format(
            count=self.attended
        )


def agenda(session: Session, actor: Actor, day: date) -> list[AgendaItem]:
    require(actor, Permission.VIEW_SCHEDULE)
    tz = settings.center_timezone(session)
    lo, hi = day_bounds(day, tz)
    rows = list(
        session.scalars(
            select(GroupSession)
            # Bounded below too, so the index range stays one day however long the history.
            .where(
                GroupSession.starts_at < hi,
                GroupSession.starts_at > lo - MAX_SESSION,
                GroupSession.ends_at > lo,
            )
            .options(
                selectinload(GroupSession.facilitators),
                selectinload(GroupSession.group),
                selectinload(GroupSession.room),
            )
            .order_by(GroupSession.starts_at)
        )
    )
    if not rows:
        return []
    ids = [r.id for r in rows]
    group_ids = {r.group_id for r in rows}
    staff_ids = {f.staff_id for r in rows for f in r.facilitators}
    names = {
        s.id: staff_display_name(s.first_name, s.last_name, s.preferred_name)
        for s in session.scalars(select(Staff).where(Staff.id.in_(staff_ids)))
    }
    enrolled = dict(
        session.execute(
            select(Enrollment.group_id, func.count())
            .where(
                Enrollment.group_id.in_(group_ids),
                Enrollment.status == EnrollmentStatus.ENROLLED,
                Enrollment.from_date <= day,
                (Enrollment.to_date.is_(None)) | (Enrollment.to_date >= day),
            )
            .group_by(Enrollment.group_id)
        ).all()
    )
    here = [AttendanceStatus.PRESENT, AttendanceStatus.LATE]
    attended: dict[int, int] = {}
    marked: dict[int, int] = {}
    for session_id, status, count in session.execute(
        select(Attendance.session_id, Attendance.status, func.count())
        .where(Attendance.session_id.in_(ids))
        .group_by(Attendance.session_id, Attendance.status)
    ):
        marked[session_id] = marked.get(session_id, 0) + count
        if status in here:
            attended[session_id] = attended.get(session_id, 0) + count
    items = []
    for r in rows:
        group: Group = r.group
        room: Room | None = r.room
        items.append(
            AgendaItem(
                session_id=r.id,
                version=r.version,
                group_id=group.id,
                starts_at=r.starts_at.astimezone(tz),
                ends_at=r.ends_at.astimezone(tz),
                group_name=group.name,
                kind=group.kind,
                room=room.name if room else "",
                facilitators=", ".join(
                    names[f.staff_id]
                    for f in sorted(r.facilitators, key=lambda f: f.role.value != "lead")
                    if f.staff_id in names
                ),
                status=r.status,
                cancel_reason=r.cancel_reason or "",
                enrolled=enrolled.get(group.id, 0),
                attended=attended.get(r.id, 0),
                capacity=group.capacity if group.capacity else (room.capacity if room else None),
                marked=marked.get(r.id, 0),
            )
        )
    return items


@dataclass(frozen=True)
class SetupCounts:
    """What a center has set up so far; a center with no group yet is shown how to start."""

    rooms: int
    staff: int  # active staff, the first administrator included
    groups: int
    participants: int

    @property
    def is_new(self) -> bool:
        return self.groups == 0


def setup_counts(session: Session, actor: Actor) -> SetupCounts:
    require(actor, Permission.VIEW_SCHEDULE)

    def count(query: Any) -> int:
        return int(session.scalar(query) or 0)

    return SetupCounts(
        rooms=count(select(func.count()).select_from(Room)),
        staff=count(
            select(func.count()).select_from(Staff).where(Staff.status == StaffStatus.ACTIVE)
        ),
        groups=count(select(func.count()).select_from(Group)),
        participants=count(select(func.count()).select_from(Participant)),
    )
