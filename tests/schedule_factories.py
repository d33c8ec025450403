"""A small center with rooms, staff and participants for the schedule tests, at a fixed 'now'
(Monday 2 March 2026, 9 am in Chicago) so dates in the tests read like a calendar."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from peercenter.db.engine import Database
from peercenter.db.models import GroupSession
from peercenter.domain.confirmation import Confirmation
from peercenter.domain.enums import EnrollmentMode, GroupKind
from peercenter.domain.recurrence import Frequency, Recurrence
from peercenter.services import clock, participants, staff
from peercenter.services.context import Actor
from peercenter.services.schedule import groups, rooms
from peercenter.services.schedule.common import SessionView, views
from tests.factories import center

CHICAGO = ZoneInfo("America/Chicago")
NOW = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)


def freeze(monkeypatch: pytest.MonkeyPatch, at: datetime = NOW) -> None:
    monkeypatch.setattr(clock, "now", lambda: at)


@dataclass
class Desk:
    db: Database
    admin: Actor
    rooms: dict[str, int] = field(default_factory=dict)
    staff: dict[str, int] = field(default_factory=dict)
    people: dict[str, int] = field(default_factory=dict)

    def group(
        self,
        name: str = "Tuesday Circle",
        *,
        first: date = date(2026, 3, 3),
        at: time = time(18, 0),
        minutes: int = 90,
        rule: Recurrence | None = None,
        room: str | None = "Blue Room",
        lead: str | None = "Jordan Reyes",
        co: tuple[str, ...] = (),
        kind: GroupKind = GroupKind.PEER_SUPPORT,
        capacity: int | None = None,
        mode: EnrollmentMode = EnrollmentMode.OPEN,
        accept_reason: str = "",
    ) -> groups.GroupDetail:
        """The group, created over any amber warning (red ones need ``accept_reason``)."""
        with self.db.session() as s:
            return groups.create_group(
                s,
                self.admin,
                self.form(
                    name,
                    first=first,
                    at=at,
                    minutes=minutes,
                    rule=rule,
                    room=room,
                    lead=lead,
                    co=co,
                    kind=kind,
                    capacity=capacity,
                    mode=mode,
                ),
                Confirmation.any_warning(accept_reason),
            ).value

    def form(
        self,
        name: str,
        *,
        first: date = date(2026, 3, 3),
        at: time = time(18, 0),
        minutes: int = 90,
        rule: Recurrence | None = None,
        room: str | None = "Blue Room",
        lead: str | None = "Jordan Reyes",
        co: tuple[str, ...] = (),
        kind: GroupKind = GroupKind.PEER_SUPPORT,
        capacity: int | None = None,
        mode: EnrollmentMode = EnrollmentMode.OPEN,
    ) -> groups.GroupForm:
        return groups.GroupForm(
            name=name,
            kind=kind,
            first_date=first,
            start_time=at,
            duration_minutes=minutes,
            recurrence=rule or Recurrence(Frequency.WEEKLY),
            enrollment_mode=mode,
            capacity=capacity,
            room_id=self.rooms[room] if room else None,
            lead_id=self.staff[lead] if lead else None,
            co_facilitator_ids=tuple(self.staff[c] for c in co),
        )

    def sessions(self, group_id: int) -> list[SessionView]:
        """The group's sessions in time order, as the screens see them."""
        with self.db.reader() as s:
            rows = list(
                s.scalars(
                    select(GroupSession)
                    .where(GroupSession.group_id == group_id)
                    .order_by(GroupSession.starts_at)
                )
            )
            return views(s, rows, CHICAGO)

    def local_starts(self, group_id: int) -> list[datetime]:
        return [v.starts_at for v in self.sessions(group_id)]


def front_desk(db: Database, admin: Actor | None = None) -> Desk:
    """Rooms, staff and participants; the center (America/Chicago) is set up unless
    ``admin`` says it already is."""
    desk = Desk(db, admin or center(db))
    admin = desk.admin
    with db.session() as s:
        for room in (
            rooms.RoomForm("Blue Room", capacity=10),
            rooms.RoomForm("Garden Room", capacity=6, accessible=False),
            rooms.RoomForm("Online", is_virtual=True, meeting_url="https://meet.example.org/peer"),
        ):
            desk.rooms[room.name] = rooms.create_room(s, admin, room).id
        for first, last, cap in (
            ("Jordan", "Reyes", 40.0),
            ("Maria", "Lopez", 40.0),
            ("Sam", "Rivera", 4.0),
        ):
            desk.staff[f"{first} {last}"] = staff.create_staff(
                s, admin, staff.StaffForm(first, last, weekly_hours_cap=cap)
            ).id
        for first, last in (
            ("Alex", "Morgan"),
            ("Blair", "Nolan"),
            ("Casey", "Ortiz"),
            ("Devon", "Price"),
            ("Emery", "Quinn"),
        ):
            desk.people[first] = participants.create(
                s, admin, participants.ParticipantForm(first, last)
            ).id
    return desk
