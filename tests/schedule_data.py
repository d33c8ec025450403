"""Rooms, groups and edited sessions for export tests, written straight to the tables the
scheduling screens fill, then planned with the application's own ``materialize``."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import icalendar
import recurring_ical_events
from hypothesis import strategies as st
from sqlalchemy import select

from peercenter.db.engine import Database
from peercenter.db.models import (
    Group,
    GroupFacilitator,
    GroupSession,
    Room,
    SessionFacilitator,
    Staff,
)
from peercenter.domain.enums import GroupKind, SessionStatus
from peercenter.domain.recurrence import Frequency, Recurrence
from peercenter.services import settings
from peercenter.services.series import materialize

Slot = tuple[datetime, datetime, str]

_weekdays = st.sets(st.integers(0, 6), min_size=1, max_size=3).map(lambda s: tuple(sorted(s)))
# Every kind of rule the group form can make, without an end (tests add one).
RULES = st.one_of(
    st.builds(Recurrence, st.just(Frequency.DAILY), st.integers(1, 10)),
    st.builds(Recurrence, st.just(Frequency.DAILY), st.just(1), _weekdays),
    st.builds(Recurrence, st.just(Frequency.WEEKLY), st.integers(1, 6), _weekdays),
    st.builds(
        Recurrence, st.just(Frequency.MONTHLY), st.integers(1, 4), month_day=st.integers(1, 31)
    ),
    st.builds(
        Recurrence,
        st.just(Frequency.MONTHLY),
        st.integers(1, 3),
        st.integers(0, 6).map(lambda d: (d,)),
        nth=st.sets(st.sampled_from([1, 2, 3, 4, 5, -1]), min_size=1, max_size=2).map(
            lambda s: tuple(sorted(s))
        ),
    ),
)


def add_room(db: Database, name: str, *, url: str | None = None) -> int:
    with db.session() as s:
        room = Room(name=name, capacity=12, is_virtual=url is not None, meeting_url=url)
        s.add(room)
        s.flush()
        return room.id


def add_staff(db: Database, first: str, last: str) -> int:
    with db.session() as s:
        person = Staff(first_name=first, last_name=last)
        s.add(person)
        s.flush()
        return person.id


def add_group(
    db: Database,
    name: str,
    rec: Recurrence,
    first: date,
    at: time,
    *,
    minutes: int = 90,
    room_id: int | None = None,
    staff_ids: tuple[int, ...] = (),
) -> int:
    with db.session() as s:
        group = Group(
            name=name,
            kind=GroupKind.PEER_SUPPORT,
            rrule=rec.to_rrule(first),
            first_date=first,
            start_time=at,
            duration_minutes=minutes,
            until_date=rec.until,
            occurrence_count=rec.count,
            room_id=room_id,
        )
        group.facilitators = [GroupFacilitator(staff_id=i) for i in staff_ids]
        s.add(group)
        s.flush()
        return group.id


def plan(db: Database, group_id: int, until: date) -> None:
    with db.session() as s:
        group = s.get(Group, group_id)
        assert group is not None
        materialize(s, group, settings.center_timezone(s), until)


def session_ids(db: Database, group_id: int) -> list[int]:
    with db.reader() as s:
        return list(
            s.scalars(
                select(GroupSession.id)
                .where(GroupSession.group_id == group_id)
                .order_by(GroupSession.occurrence_start)
            )
        )


def edit(
    db: Database,
    session_id: int,
    *,
    cancel: bool = False,
    shift: timedelta | None = None,
    minutes: int | None = None,
    room_id: int | None = None,
    staff_ids: tuple[int, ...] | None = None,
) -> None:
    """What the session editor does to one occurrence."""
    with db.session() as s:
        row = s.get(GroupSession, session_id)
        assert row is not None
        if cancel:
            row.status = SessionStatus.CANCELLED
            row.cancel_reason = "Facilitator ill"
        length = timedelta(minutes=minutes) if minutes else row.ends_at - row.starts_at
        if shift is not None:
            row.starts_at = row.starts_at + shift
        row.ends_at = row.starts_at + length
        if room_id is not None:
            row.room_id = room_id
        if staff_ids is not None:
            row.facilitators = [SessionFacilitator(staff_id=i) for i in staff_ids]
        row.is_exception = True


def app_slots(
    db: Database,
    lo: datetime,
    hi: datetime,
    *,
    group_ids: list[int] | None = None,
    room_id: int | None = None,
    staff_id: int | None = None,
) -> set[Slot]:
    """The scheduled sessions starting in [lo, hi), as the application lists them."""
    with db.reader() as s:
        query = select(GroupSession).where(
            GroupSession.starts_at >= lo,
            GroupSession.starts_at < hi,
            GroupSession.status == SessionStatus.SCHEDULED,
        )
        if group_ids is not None:
            query = query.where(GroupSession.group_id.in_(group_ids))
        if room_id is not None:
            query = query.where(GroupSession.room_id == room_id)
        if staff_id is not None:
            query = query.join(SessionFacilitator).where(SessionFacilitator.staff_id == staff_id)
        out = set()
        for row in s.scalars(query):
            room = row.room
            where = (
                ""
                if room is None
                else (
                    room.meeting_url
                    if room.is_virtual
                    else f"{room.name}, {room.location}"
                    if room.location
                    else room.name
                )
            )
            out.add((row.starts_at.astimezone(UTC), row.ends_at.astimezone(UTC), where or ""))
        return out


def ics_slots(data: bytes, lo: datetime, hi: datetime) -> set[Slot]:
    """The same window expanded from the exported file by an independent implementation."""
    cal = icalendar.Calendar.from_ical(data)
    out = set()
    for event in recurring_ical_events.of(cal).between(lo, hi):
        start = event["DTSTART"].dt.astimezone(UTC)
        if lo <= start < hi:
            out.add((start, event["DTEND"].dt.astimezone(UTC), str(event.get("LOCATION", ""))))
    return out


def local_window(first: date, tz: ZoneInfo, years: int = 2) -> tuple[datetime, datetime]:
    lo = datetime.combine(first, time.min, tz).astimezone(UTC)
    hi = datetime.combine(first.replace(year=first.year + years), time.min, tz).astimezone(UTC)
    return lo, hi
