"""Whose training, hours and supervision an account may see and record: specialists their own,
supervisors their supervisees' (and their own), administrators everyone's, the front desk
nobody's. Checked here, in every service call, not in the screens."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from peercenter.db.models import Staff, StaffCredential
from peercenter.domain.enums import StaffStatus
from peercenter.domain.errors import NotFound, PermissionDenied
from peercenter.domain.names import staff_display_name
from peercenter.domain.permissions import Permission
from peercenter.i18n import N_, _
from peercenter.services.context import Actor, require

NOT_YOURS = N_(
    "You can see and record training, certification and hours only for yourself "
    "and the people you supervise."
)


def staff_name(staff: Staff) -> str:
    return staff_display_name(staff.first_name, staff.last_name, staff.preferred_name)


def load_staff(session: Session, staff_id: int) -> Staff:
    staff = session.get(Staff, staff_id)
    if staff is None:
        raise NotFound(_("That staff member no longer exists."))
    return staff


def may_see(actor: Actor, staff: Staff) -> bool:
    if staff.id == actor.staff_id:
        return actor.can(Permission.VIEW_OWN_CREDENTIALS)
    if actor.can(Permission.VIEW_TRAINING_ALL):
        return True
    return (
        actor.can(Permission.VIEW_SUPERVISEE_CREDENTIALS) and staff.supervisor_id == actor.staff_id
    )


def require_person(session: Session, actor: Actor, staff_id: int) -> Staff:
    """The staff member, if the actor may see and record their training and hours."""
    if not (
        actor.can(Permission.VIEW_OWN_CREDENTIALS)
        or actor.can(Permission.VIEW_SUPERVISEE_CREDENTIALS)
        or actor.can(Permission.VIEW_TRAINING_ALL)
    ):
        require(actor, Permission.VIEW_OWN_CREDENTIALS)
    staff = load_staff(session, staff_id)
    if not may_see(actor, staff):
        raise PermissionDenied(_(NOT_YOURS))
    return staff


def require_oversight(
    session: Session, actor: Actor, staff_id: int, permission: Permission
) -> Staff:
    """For what only someone else may do about a person (verify their training, enroll them,
    record their credential): their supervisor or an administrator, never the person."""
    require(actor, permission)
    staff = load_staff(session, staff_id)
    if staff.id == actor.staff_id:
        raise PermissionDenied(
            _(
                "Someone else has to do this for your own records: "
                "your supervisor or an administrator."
            )
        )
    if not may_see(actor, staff):
        raise PermissionDenied(_(NOT_YOURS))
    return staff


def visible_people(session: Session, actor: Actor) -> list[Staff]:
    """Everyone whose training and hours the actor may see, the actor first."""
    query = select(Staff).order_by(Staff.last_name, Staff.first_name)
    if actor.can(Permission.VIEW_TRAINING_ALL):
        people = list(session.scalars(query))
    elif actor.can(Permission.VIEW_SUPERVISEE_CREDENTIALS):
        people = list(
            session.scalars(
                query.where((Staff.supervisor_id == actor.staff_id) | (Staff.id == actor.staff_id))
            )
        )
    elif actor.can(Permission.VIEW_OWN_CREDENTIALS):
        people = list(session.scalars(query.where(Staff.id == actor.staff_id)))
    else:
        require(actor, Permission.VIEW_OWN_CREDENTIALS)
        people = []
    return sorted(people, key=lambda s: s.id != actor.staff_id)


def supervisees(session: Session, actor: Actor) -> list[Staff]:
    """The active peer workers the actor supervises (and anyone of theirs enrolled in a
    credential program); for administrators, everyone's."""
    require(actor, Permission.VIEW_SUPERVISEE_CREDENTIALS)
    query = (
        select(Staff)
        .where(Staff.status != StaffStatus.INACTIVE)
        .order_by(Staff.last_name, Staff.first_name)
    )
    # Peer workers, or anyone tracked toward a credential; not the front desk.
    enrolled = select(StaffCredential.staff_id)
    query = query.where(Staff.is_specialist.is_(True) | Staff.id.in_(enrolled))
    if actor.can(Permission.VIEW_TRAINING_ALL):
        query = query.where(Staff.supervisor_id.is_not(None) | Staff.id.in_(enrolled))
    else:
        query = query.where(Staff.supervisor_id == actor.staff_id)
    return list(session.scalars(query))


@dataclass(frozen=True)
class PersonChoice:
    id: int
    name: str
    is_self: bool
    supervisor_id: int | None
    active: bool


def people_choices(
    session: Session, actor: Actor, include_inactive: bool = False
) -> list[PersonChoice]:
    """The people the actor may pick on the training and time screens, themselves first."""
    return [
        PersonChoice(
            s.id,
            staff_name(s),
            s.id == actor.staff_id,
            s.supervisor_id,
            s.status is not StaffStatus.INACTIVE,
        )
        for s in visible_people(session, actor)
        if include_inactive or s.status is not StaffStatus.INACTIVE or s.id == actor.staff_id
    ]
