"""Sessions in a window of days, as the calendar and the command line list them, with clashes
marked; one session with what its form needs."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from peercenter.db.models import Group, Staff
from peercenter.domain.conflicts import Booking, Names, clashes_within
from peercenter.domain.enums import EnrollmentMode, GroupKind, SessionStatus, StaffStatus
from peercenter.domain.errors import NotFound, ValidationError
from peercenter.domain.permissions import Permission
from peercenter.domain.recurrence import Recurrence
from peercenter.i18n import _
from peercenter.services import lookup, settings
from peercenter.services.clock import day_bounds
from peercenter.services.context import Actor, require
from peercenter.services.schedule.common import (
    SessionView,
    effective_capacity,
    enrolled_count,
    load_session,
    load_views,
    starting_between,
    view_of,
)

MAX_DAYS = 400


@dataclass(frozen=True)
class SessionFilter:
    room_id: int | None = None
    staff_id: int | None = None
    kind: GroupKind | None = None
    group_ids: frozenset[int] | None = None
    text: str = ""  # words found in the group, room, facilitator or topic
    include_cancelled: bool = True

    def matches(self, v: SessionView) -> bool:
        if self.room_id is not None and v.room_id != self.room_id:
            return False
        if self.staff_id is not None and self.staff_id not in v.facilitator_ids:
            return False
        if self.kind is not None and v.kind is not self.kind:
            return False
        if self.group_ids is not None and v.group_id not in self.group_ids:
            return False
        if not self.include_cancelled and v.cancelled:
            return False
        haystack = " ".join((v.group_name, v.room, v.topic, *v.facilitators)).lower()
        return all(word in haystack for word in self.text.lower().split())


def list_sessions(
    session: Session, actor: Actor, start: date, end: date, filters: SessionFilter | None = None
) -> list[SessionView]:
    """Sessions starting on local days [start, end], in time order. Clashes between sessions
    in the window and facilitators no longer active are marked on each session."""
    require(actor, Permission.VIEW_SCHEDULE)
    if (end - start).days > MAX_DAYS:
        raise ValidationError(
            _("Show at most {most} days at a time.").format(most=MAX_DAYS), field="to"
        )
    tz = settings.center_timezone(session)
    lo, _day_end = day_bounds(start, tz)
    _day_start, hi = day_bounds(end, tz)
    shown = _mark_clashes(session, load_views(session, tz, *starting_between(lo, hi)))
    wanted = filters or SessionFilter()
    return [v for v in shown if wanted.matches(v)]


def _mark_clashes(session: Session, items: list[SessionView]) -> list[SessionView]:
    live = [v for v in items if v.status is SessionStatus.SCHEDULED]
    staff = {s for v in live for s in v.facilitator_ids}
    names = Names(
        rooms={v.room_id: v.room for v in live if v.room_id is not None},
        staff={s: n for v in live for s, n in zip(v.facilitator_ids, v.facilitators, strict=True)},
    )
    notes = clashes_within(
        [
            Booking(
                v.id, v.group_name, v.starts_at, v.ends_at, v.room_id, frozenset(v.facilitator_ids)
            )
            for v in live
        ],
        names,
    )
    inactive = (
        set(
            session.scalars(
                select(Staff.id).where(Staff.id.in_(staff), Staff.status == StaffStatus.INACTIVE)
            )
        )
        if staff
        else set()
    )
    for v in live:
        gone = [n for s, n in zip(v.facilitator_ids, v.facilitators, strict=True) if s in inactive]
        if gone and v.id not in notes:
            notes[v.id] = _("{name} is no longer active.").format(name=gone[0])
    return [replace(v, conflict=notes[v.id]) if v.id in notes else v for v in items]


@dataclass(frozen=True)
class SessionDetail:
    view: SessionView
    group_version: int
    schedule: str
    enrollment_mode: EnrollmentMode
    capacity: int | None
    enrolled: int
    min_size: int | None


def get_session(session: Session, actor: Actor, session_id: int) -> SessionDetail:
    require(actor, Permission.VIEW_SCHEDULE)
    row = load_session(session, session_id)
    view = view_of(session, row)
    group = row.group
    return SessionDetail(
        view,
        group.version,
        Recurrence.from_rrule(group.rrule).describe(group.first_date),
        group.enrollment_mode,
        effective_capacity(group.capacity, row.room),
        enrolled_count(session, group.id, view.starts_at.date()),
        group.min_size,
    )


def groups_named(session: Session, name: str) -> frozenset[int]:
    """Every group with this name (a split series keeps its name)."""
    wanted = lookup.fold(name)
    found = frozenset(
        gid
        for gid, group_name in session.execute(select(Group.id, Group.name))
        if lookup.fold(group_name) == wanted
    )
    if not found:
        raise NotFound(_("No group matches '{typed}'.").format(typed=name.strip()))
    return found


def room_named(session: Session, name: str) -> int:
    return lookup.pick(name, lookup.all_rooms(session), _("room")).id


def staff_named(session: Session, name: str) -> int:
    return lookup.pick(name, lookup.all_staff(session), _("staff member")).id
