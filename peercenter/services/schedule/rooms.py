"""Rooms: how many people they hold, accessibility, or a virtual meeting link."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlparse

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from peercenter.db.models import Room
from peercenter.domain import validation
from peercenter.domain.errors import NotFound, ValidationError
from peercenter.domain.permissions import Permission
from peercenter.i18n import _
from peercenter.services import audit
from peercenter.services.concurrency import check_version
from peercenter.services.context import Actor, require
from peercenter.services.updating import update_audited

MAX_ROOM_CAPACITY = 1000


@dataclass(frozen=True)
class RoomForm:
    name: str
    capacity: int | None = None
    accessible: bool = True
    accessibility_notes: str = ""
    is_virtual: bool = False
    meeting_url: str = ""
    location: str = ""


@dataclass(frozen=True)
class RoomRow:
    id: int
    version: int
    name: str
    capacity: int | None
    accessible: bool
    accessibility_notes: str
    is_virtual: bool
    meeting_url: str
    location: str
    is_active: bool

    @property
    def form(self) -> RoomForm:
        return RoomForm(
            self.name,
            self.capacity,
            self.accessible,
            self.accessibility_notes,
            self.is_virtual,
            self.meeting_url,
            self.location,
        )


def _row(r: Room) -> RoomRow:
    return RoomRow(
        r.id,
        r.version,
        r.name,
        r.capacity,
        r.accessible,
        r.accessibility_notes or "",
        r.is_virtual,
        r.meeting_url or "",
        r.location or "",
        r.is_active,
    )


def list_rooms(session: Session, actor: Actor, include_inactive: bool = False) -> list[RoomRow]:
    require(actor, Permission.VIEW_SCHEDULE)
    query = select(Room)
    if not include_inactive:
        query = query.where(Room.is_active.is_(True))
    return [_row(r) for r in session.scalars(query.order_by(func.lower(Room.name)))]


def _clean(session: Session, form: RoomForm, room_id: int | None) -> dict[str, Any]:
    errors = validation.FormErrors()
    name = errors.check("name", validation.text, form.name, _("Room name"), "name", max_length=80)
    if name:
        taken = session.scalar(select(Room).where(func.lower(Room.name) == str(name).lower()))
        if taken is not None and taken.id != room_id:
            errors.add(
                "name", _("There is already a room called '{name}'.").format(name=taken.name)
            )
    if form.capacity is not None and not 1 <= form.capacity <= MAX_ROOM_CAPACITY:
        errors.add(
            "capacity",
            _("Capacity must be between 1 and {most}, or left empty for no limit.").format(
                most=MAX_ROOM_CAPACITY
            ),
        )
    url = (form.meeting_url or "").strip()
    if form.is_virtual and not url:
        errors.add("meeting_url", _("A virtual room needs its meeting link."))
    if url:
        parsed = urlparse(url)
        if parsed.scheme not in ("http", "https") or not parsed.netloc or len(url) > 500:
            errors.add(
                "meeting_url",
                _(
                    "The meeting link should start with https:// "
                    "(copy it from the meeting invitation)."
                ),
            )
    values = {
        "name": name,
        "capacity": form.capacity,
        "accessible": bool(form.accessible),
        "accessibility_notes": errors.check(
            "accessibility_notes",
            validation.text,
            form.accessibility_notes,
            _("Accessibility notes"),
            "accessibility_notes",
            required=False,
            max_length=200,
        )
        or None,
        "is_virtual": bool(form.is_virtual),
        "meeting_url": url or None,
        "location": errors.check(
            "location",
            validation.text,
            form.location,
            "Location",
            "location",
            required=False,
            max_length=200,
        )
        or None,
    }
    errors.raise_if_any()
    return values


def create_room(session: Session, actor: Actor, form: RoomForm) -> RoomRow:
    require(actor, Permission.MANAGE_ROOMS)
    room = Room(**_clean(session, form, None), is_active=True)
    session.add(room)
    session.flush()
    audit.record(session, actor, "create", "room", room.id, {"name": room.name})
    return _row(room)


def update_room(
    session: Session, actor: Actor, room_id: int, form: RoomForm, expected_version: int | None
) -> RoomRow:
    require(actor, Permission.MANAGE_ROOMS)
    room = _load(session, room_id)
    update_audited(
        session, actor, "room", room, expected_version, lambda: _clean(session, form, room_id)
    )
    session.flush()
    return _row(room)


def set_room_active(
    session: Session, actor: Actor, room_id: int, active: bool, expected_version: int | None = None
) -> RoomRow:
    """A room taken out of use stays on past sessions but cannot be chosen any more."""
    require(actor, Permission.MANAGE_ROOMS)
    room = _load(session, room_id)
    check_version(room, expected_version)
    room.is_active = active
    audit.record(
        session,
        actor,
        "reactivate" if active else "deactivate",
        "room",
        room.id,
        {"name": room.name},
    )
    session.flush()
    return _row(room)


def _load(session: Session, room_id: int) -> Room:
    room = session.get(Room, room_id)
    if room is None:
        raise NotFound(_("That room no longer exists."))
    return room


def require_room(session: Session, room_id: int | None) -> Room | None:
    """The room a form picked, which must exist and be in use."""
    if room_id is None:
        return None
    room = session.get(Room, room_id)
    if room is None or not room.is_active:
        raise ValidationError(_("Choose a room from the list."), field="room")
    return room
