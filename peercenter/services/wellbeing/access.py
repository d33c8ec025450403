"""Who may see whose wellbeing: the person, their supervisor, administrators. The front desk
never, whatever else it may do."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from peercenter.db.models import Staff
from peercenter.domain.enums import StaffStatus
from peercenter.domain.errors import NotFound, PermissionDenied
from peercenter.domain.names import staff_display_name
from peercenter.domain.permissions import Permission
from peercenter.i18n import N_, _
from peercenter.services.context import Actor, require

REFUSED = N_(
    "Wellbeing check-ins and burnout flags are private: only the person, their "
    "supervisor and administrators can see them."
)


def may_see(actor: Actor, staff: Staff) -> bool:
    if staff.id == actor.staff_id or actor.can(Permission.VIEW_WELLBEING_ALL):
        return True
    return actor.can(Permission.VIEW_WELLBEING_OTHERS) and staff.supervisor_id == actor.staff_id


def require_view(session: Session, actor: Actor, staff_id: int) -> Staff:
    """The staff member whose wellbeing ``actor`` wants to see, or PermissionDenied."""
    staff = session.get(Staff, staff_id)
    if staff is None:
        raise NotFound(_("That staff member no longer exists."))
    if not may_see(actor, staff):
        raise PermissionDenied(_(REFUSED))
    return staff


@dataclass(frozen=True)
class Person:
    """What the wellbeing services need of a staff member."""

    id: int
    name: str
    weekly_hours_cap: float
    hire_date: date | None
    created_at: datetime
    is_specialist: bool

    @classmethod
    def of(cls, staff: Staff) -> Person:
        return cls(
            staff.id,
            staff_display_name(staff.first_name, staff.last_name, staff.preferred_name),
            staff.weekly_hours_cap,
            staff.hire_date,
            staff.created_at,
            staff.is_specialist,
        )


def watched_staff(session: Session, actor: Actor) -> list[Person]:
    """The people on ``actor``'s wellbeing dashboard: everyone active for an administrator,
    a supervisor's own active supervisees. Read as plain columns: a dashboard shows them all."""
    if not actor.can(Permission.VIEW_WELLBEING_ALL):
        require(actor, Permission.VIEW_WELLBEING_OTHERS)
    query = select(
        Staff.id,
        Staff.first_name,
        Staff.last_name,
        Staff.preferred_name,
        Staff.weekly_hours_cap,
        Staff.hire_date,
        Staff.created_at,
        Staff.is_specialist,
    ).where(Staff.status != StaffStatus.INACTIVE)
    if not actor.can(Permission.VIEW_WELLBEING_ALL):
        query = query.where(Staff.supervisor_id == actor.staff_id)
    rows = session.connection().execute(query.order_by(Staff.last_name, Staff.first_name))
    return [
        Person(i, staff_display_name(first, last, preferred), cap, hired, created, specialist)
        for i, first, last, preferred, cap, hired, created, specialist in rows.all()
    ]
