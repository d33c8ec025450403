"""The lists a schedule form picks from: rooms, facilitators and handout topics."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from peercenter.db.models import Room, Staff, Topic
from peercenter.domain.enums import StaffStatus
from peercenter.domain.names import staff_display_name
from peercenter.domain.permissions import Permission
from peercenter.i18n import _
from peercenter.services.context import Actor, require


@dataclass(frozen=True)
class Choice:
    id: int
    label: str
    detail: str = ""  # shown greyed after the label: a room's size, "inactive"


@dataclass(frozen=True)
class ScheduleChoices:
    rooms: tuple[Choice, ...]
    facilitators: tuple[Choice, ...]
    topics: tuple[Choice, ...]


def schedule_choices(session: Session, actor: Actor) -> ScheduleChoices:
    """Rooms in use, staff who can facilitate (not inactive) and the handout topics."""
    require(actor, Permission.VIEW_SCHEDULE)
    rooms = []
    for r in session.scalars(
        select(Room).where(Room.is_active.is_(True)).order_by(func.lower(Room.name))
    ):
        detail = (
            _("virtual")
            if r.is_virtual
            else (_("holds {count}").format(count=r.capacity) if r.capacity else "")
        )
        rooms.append(Choice(r.id, r.name, detail))
    staff = [
        Choice(
            s.id,
            staff_display_name(s.first_name, s.last_name, s.preferred_name),
            _("on leave") if s.status is StaffStatus.ON_LEAVE else "",
        )
        for s in session.scalars(select(Staff).where(Staff.status != StaffStatus.INACTIVE))
    ]
    staff.sort(key=lambda c: c.label.lower())
    topics = [
        Choice(t.id, t.title, t.language)
        for t in session.scalars(select(Topic).order_by(func.lower(Topic.title)))
    ]
    return ScheduleChoices(tuple(rooms), tuple(staff), tuple(topics))
