"""Small builders for test data, going through the services like a user would."""

from __future__ import annotations

from datetime import date, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from peercenter.db.engine import Database
from peercenter.db.models import (
    Enrollment,
    Group,
    GroupFacilitator,
    GroupSession,
    Participant,
    Room,
    Staff,
    Topic,
    User,
)
from peercenter.domain.enums import FacilitatorRole, GroupKind, Role
from peercenter.services import series, settings, setup, staff
from peercenter.services.auth import actor_for
from peercenter.services.context import Actor
from peercenter.services.handouts import library

PASSWORD = "correct horse battery"
CENTER_NAME = "Harbor Light Recovery Center"


def center(db: Database, name: str = CENTER_NAME, tz: str = "America/Chicago") -> Actor:
    with db.session() as s:
        return setup.create_center(
            s,
            setup.FirstStart(
                center_name=name,
                timezone=tz,
                first_name="Ada",
                last_name="Admin",
                username="admin",
                password=PASSWORD,
                password_again=PASSWORD,
            ),
        )


def staff_with_login(
    db: Database,
    admin: Actor,
    username: str,
    role: Role,
    first: str = "Sam",
    last: str = "Rivera",
    *,
    supervisor: bool = False,
    supervisor_id: int | None = None,
) -> int:
    with db.session() as s:
        detail = staff.create_staff(
            s,
            admin,
            staff.StaffForm(
                first_name=first,
                last_name=last,
                is_supervisor=supervisor,
                is_specialist=not supervisor,
                supervisor_id=supervisor_id,
            ),
            staff.LoginForm(username=username, role=role, password=PASSWORD),
        )
        return detail.id


def handout_group(
    db: Database,
    admin: Actor,
    *,
    name: str = "Tuesday Evening Circle",
    topic_slug: str | None = "coping-with-cravings",
    first: date | None = None,
    start: time = time(18, 0),
    kind: GroupKind = GroupKind.PEER_SUPPORT,
    room: str = "Room A",
    virtual_url: str | None = None,
    facilitators: tuple[str, ...] = ("Sam", "Alex"),
    people: tuple[tuple[str, str, bool, bool], ...] = (),
    rrule: str = "FREQ=WEEKLY;COUNT=4",
) -> list[int]:
    """A weekly group with four sessions from ``first`` (default 2 March 2026, a Monday),
    facilitators, a room and enrolled participants given as (preferred name, last name,
    consent to be pre-printed, consent to the full last name). Returns the session ids."""
    first = first or date(2026, 3, 2)
    with db.session() as s:
        library.sync_builtin(s)
        topic_id = (
            s.scalar(select(Topic.id).where(Topic.slug == topic_slug, Topic.language == "en"))
            if topic_slug
            else None
        )
        place = s.scalar(select(Room).where(Room.name == room)) or Room(
            name=room,
            is_virtual=virtual_url is not None,
            meeting_url=virtual_url,
            location=None if virtual_url else "2nd floor",
        )
        group = Group(
            name=name,
            kind=kind,
            rrule=rrule,
            first_date=first,
            start_time=start,
            duration_minutes=90,
            room=place,
            default_topic_id=topic_id,
        )
        for i, first_name in enumerate(facilitators):
            member = Staff(first_name=first_name, last_name=f"Lastname{i}")
            s.add(member)
            s.flush()
            group.facilitators.append(
                GroupFacilitator(
                    staff_id=member.id, role=FacilitatorRole.LEAD if i == 0 else FacilitatorRole.CO
                )
            )
        s.add(group)
        s.flush()
        for preferred, last, on_sheet, full_last in people:
            person = Participant(
                preferred_name=preferred,
                last_name=last,
                consent_on_sign_in=on_sheet,
                consent_full_last_name=full_last,
            )
            s.add(person)
            s.flush()
            s.add(Enrollment(group_id=group.id, participant_id=person.id, from_date=first))
        series.materialize(s, group, settings.center_timezone(s), first + timedelta(days=40))
        s.flush()
        return list(
            s.scalars(
                select(GroupSession.id)
                .where(GroupSession.group_id == group.id)
                .order_by(GroupSession.starts_at)
            )
        )


def actor(s: Session, username: str) -> Actor:
    """The signed-in identity of an existing login, for tests that act as it directly."""
    user = s.scalars(select(User).where(User.username == username)).one()
    return actor_for(user)
