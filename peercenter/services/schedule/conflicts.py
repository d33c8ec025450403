"""Checking a change against the schedule. Only the time window the change touches is read,
with a handful of indexed queries whatever the number of sessions it touches, so checking a
year of a weekly series costs about what checking one session does."""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, Select, and_, bindparam, or_, select
from sqlalchemy.orm import Session

from peercenter.db.base import UTCDateTime
from peercenter.db.models import Enrollment, Group, GroupSession, Room, SessionFacilitator, Staff
from peercenter.domain.conflicts import (
    Booking,
    Conflict,
    Names,
    ScheduleConflict,
    capacity_conflicts,
    double_bookings,
    hours_cap_warnings,
    inactive_facilitators,
    minutes_per_week,
    summarize,
    week_of,
)
from peercenter.domain.enums import EnrollmentStatus, SessionStatus, StaffStatus
from peercenter.i18n import _
from peercenter.services.schedule.common import (
    MAX_SESSION,
    participant_names,
    room_names,
    staff_names,
)


@dataclass(frozen=True)
class ConflictReport:
    errors: tuple[Conflict, ...] = ()
    warnings: tuple[Conflict, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.errors and not self.warnings

    def field_messages(self) -> dict[str, str]:
        """Messages to show beside the form fields (refusals first)."""
        out = summarize(self.warnings)
        out.update(summarize(self.errors))
        return out


def enforce(report: ConflictReport) -> None:
    """Refuse double bookings, capacity and inactive facilitators. Hours over a cap are
    warnings: the change's review (review.py) weighs them."""
    if report.errors:
        raise ScheduleConflict(report.errors)


@dataclass(frozen=True)
class Roster:
    """Who is enrolled in a group and on which days."""

    spans: tuple[tuple[int, date, date | None], ...] = ()

    @classmethod
    def load(cls, session: Session, group_id: int | None) -> Roster:
        if group_id is None:
            return cls()
        rows = session.execute(
            select(Enrollment.participant_id, Enrollment.from_date, Enrollment.to_date).where(
                Enrollment.group_id == group_id, Enrollment.status == EnrollmentStatus.ENROLLED
            )
        )
        return cls(tuple(rows))

    def on(self, day: date) -> frozenset[int]:
        return frozenset(
            p for p, first, last in self.spans if first <= day and (last is None or last >= day)
        )


def with_roster(bookings: Sequence[Booking], roster: Roster, tz: ZoneInfo) -> list[Booking]:
    return [
        replace(b, participant_ids=roster.on(b.starts_at.astimezone(tz).date())) for b in bookings
    ]


def check(
    session: Session,
    tz: ZoneInfo,
    proposed: Sequence[Booking],
    *,
    ignore: Iterable[int] = (),
    capacity: bool = False,
    group_capacity: int | None = None,
) -> ConflictReport:
    """Conflicts of the proposed sessions (their participants already filled in) with
    everything else on the schedule, plus inactive facilitators and hour caps. With
    ``capacity``, the roster on each session's own day is held against ``group_capacity``
    and the session's room: people enrolled from a later date count on the sessions they
    will attend, not on today's."""
    if not proposed:
        return ConflictReport()
    skip = set(ignore) | {b.key for b in proposed}
    lo = min(b.starts_at for b in proposed).astimezone(UTC)
    hi = max(b.ends_at for b in proposed).astimezone(UTC)
    rooms = {b.room_id for b in proposed if b.room_id is not None}
    staff = {s for b in proposed for s in b.staff_ids}
    people = {p for b in proposed for p in b.participant_ids}
    # Hour caps are per week: read the whole local weeks the change falls in.
    week_lo = datetime.combine(week_of(lo.astimezone(tz).date()), time.min, tz)
    week_hi = datetime.combine(week_of(hi.astimezone(tz).date()) + timedelta(days=7), time.min, tz)
    staff_rows = _facilitated(session, staff, week_lo.astimezone(UTC), week_hi.astimezone(UTC))
    enrolled_elsewhere = _enrollments(
        session, people, lo.astimezone(tz).date(), hi.astimezone(tz).date()
    )
    spans = _spans(proposed)
    crews: dict[int, set[int]] = defaultdict(set)
    for sid, staff_id, start, end in staff_rows:
        if _meets(spans, start, end):
            crews[sid].add(staff_id)
    existing = [
        b
        for b in _window_bookings(session, tz, spans, rooms, crews, enrolled_elsewhere)
        if b.key not in skip
    ]
    names = Names(
        rooms=room_names(session, rooms),
        staff=staff_names(session, staff),
        participants=participant_names(session, people),
    )
    errors = double_bookings(proposed, existing, names)
    if capacity:
        errors += _capacity(session, tz, proposed, group_capacity, names)
    active = (
        dict(session.execute(select(Staff.id, Staff.status).where(Staff.id.in_(staff))).all())
        if staff
        else {}
    )
    errors += inactive_facilitators(
        staff, {k: v is not StaffStatus.INACTIVE for k, v in active.items()}, names
    )
    warnings = _hours(session, tz, proposed, staff_rows, skip, names)
    return ConflictReport(tuple(errors), tuple(warnings))


def _window(lo: datetime, hi: datetime) -> list[ColumnElement[bool]]:
    """Scheduled sessions overlapping [lo, hi), as an index range on starts_at."""
    return [
        GroupSession.starts_at < hi,
        GroupSession.starts_at > lo - MAX_SESSION,
        GroupSession.ends_at > lo,
        GroupSession.status == SessionStatus.SCHEDULED,
    ]


def _facilitated(
    session: Session,
    staff: set[int],
    lo: datetime,
    hi: datetime,
) -> list[tuple[int, int, datetime, datetime]]:
    """(session id, staff id, start, end) of the staff's scheduled sessions in the window."""
    if not staff:
        return []
    rows = session.execute(
        select(
            GroupSession.id,
            SessionFacilitator.staff_id,
            GroupSession.starts_at,
            GroupSession.ends_at,
        )
        .join(SessionFacilitator, SessionFacilitator.session_id == GroupSession.id)
        # "+ 0" keeps the planner off the staff index, which would read a facilitator's whole
        # history: the window's range on starts_at, then the (session, staff) key, follows
        # the window instead.
        .where((SessionFacilitator.staff_id + 0).in_(staff), *_window(lo, hi))
    )
    return list(rows)


def _enrollments(
    session: Session,
    people: set[int],
    first: date,
    last: date,
) -> dict[int, list[tuple[int, date, date | None]]]:
    """The other groups the participants are enrolled in over those days."""
    if not people:
        return {}
    rows = session.execute(
        select(
            Enrollment.group_id, Enrollment.participant_id, Enrollment.from_date, Enrollment.to_date
        ).where(
            Enrollment.participant_id.in_(people),
            Enrollment.status == EnrollmentStatus.ENROLLED,
            Enrollment.from_date <= last,
            (Enrollment.to_date.is_(None)) | (Enrollment.to_date >= first),
        )
    )
    out: dict[int, list[tuple[int, date, date | None]]] = defaultdict(list)
    for group_id, pid, start, end in rows:
        out[group_id].append((pid, start, end))
    return out


SPANS_PER_QUERY = 60


def _spans(proposed: Sequence[Booking]) -> list[tuple[datetime, datetime]]:
    """The proposed sessions' times in UTC, overlapping ones merged, in order."""
    out: list[tuple[datetime, datetime]] = []
    for start, end in sorted(
        (b.starts_at.astimezone(UTC), b.ends_at.astimezone(UTC)) for b in proposed
    ):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _meets(spans: list[tuple[datetime, datetime]], start: datetime, end: datetime) -> bool:
    """Whether [start, end) overlaps one of the sorted, merged spans."""
    i = bisect_left(spans, (start,)) - 1
    return any(s < end and start < e for s, e in spans[max(i, 0) : i + 2])


@lru_cache(maxsize=SPANS_PER_QUERY)
def _overlapping_query(spans: int) -> Select[int, int, str, datetime, datetime, int | None]:
    """Scheduled sessions overlapping one of ``spans`` time spans (bound as s0/e0, s1/e1…,
    with a0 = s0 less the longest session) in the rooms, or in the groups or with the
    session ids given. The room terms are index ranges per span, so a busy room costs what
    its sessions at those times cost. Built once per number of spans: building a 60-way OR
    costs more than running it."""
    when = UTCDateTime()
    starts, ends = GroupSession.starts_at, GroupSession.ends_at
    spans_near = [
        (
            bindparam(f"a{i}", type_=when),
            bindparam(f"s{i}", type_=when),
            bindparam(f"e{i}", type_=when),
        )
        for i in range(spans)
    ]
    in_rooms = [
        and_(
            GroupSession.room_id.in_(bindparam("rooms", expanding=True)),
            starts > a,
            starts < e,
            ends > s,
        )
        for a, s, e in spans_near
    ]
    near = or_(*(and_(starts < e, ends > s) for _a, s, e in spans_near))
    others = and_(
        or_(
            GroupSession.group_id.in_(bindparam("groups", expanding=True)),
            GroupSession.id.in_(bindparam("ids", expanding=True)),
        ),
        starts > bindparam("lo", type_=when),
        starts < bindparam("hi", type_=when),
        near,
    )
    return (
        select(
            GroupSession.id, GroupSession.group_id, Group.name, starts, ends, GroupSession.room_id
        )
        .join(Group, Group.id == GroupSession.group_id)
        .where(GroupSession.status == SessionStatus.SCHEDULED, or_(*in_rooms, others))
    )


def _window_bookings(
    session: Session,
    tz: ZoneInfo,
    spans: list[tuple[datetime, datetime]],
    rooms: set[int],
    crews: dict[int, set[int]],
    enrolled: dict[int, list[tuple[int, date, date | None]]],
) -> list[Booking]:
    """The scheduled sessions overlapping one of the proposed ``spans`` that use one of the
    rooms, or the groups of the participants, or that ``crews`` (session id -> the change's
    staff facilitating it) lists. Each query covers up to 60 spans over their index range
    and returns only sessions that overlap one, as plain rows: a year of a weekly group is
    one query however busy its room is. Only the change's own staff matter for clashes, so
    the crews already read for the hour caps are enough."""
    if not (rooms or enrolled or crews) or not spans:
        return []
    rows: list[Any] = []
    for first in range(0, len(spans), SPANS_PER_QUERY):
        chunk = spans[first : first + SPANS_PER_QUERY]
        params: dict[str, Any] = {
            "lo": chunk[0][0] - MAX_SESSION,
            "hi": chunk[-1][1],
            "rooms": sorted(rooms),
            "groups": sorted(enrolled),
            "ids": sorted(crews),
        }
        for i, (start, end) in enumerate(chunk):
            params[f"a{i}"], params[f"s{i}"], params[f"e{i}"] = start - MAX_SESSION, start, end
        rows += session.execute(_overlapping_query(len(chunk)), params).all()
    out = []
    for sid, group_id, name, starts, ends, room_id in rows:
        people: frozenset[int] = frozenset()
        if group_id in enrolled:
            day = starts.astimezone(tz).date()
            people = frozenset(
                p
                for p, first, last in enrolled[group_id]
                if first <= day and (last is None or last >= day)
            )
        out.append(
            Booking(sid, name, starts, ends, room_id, frozenset(crews.get(sid, ())), people, tz)
        )
    return out


def _capacity(
    session: Session,
    tz: ZoneInfo,
    proposed: Sequence[Booking],
    group_capacity: int | None,
    names: Names,
) -> list[Conflict]:
    """The largest roster any proposed session has on its day, against what the group
    takes and what each session's room holds."""
    rooms = {b.room_id for b in proposed if b.room_id is not None}
    holds = (
        dict(session.execute(select(Room.id, Room.capacity).where(Room.id.in_(rooms))).all())
        if rooms
        else {}
    )
    ordered = sorted(proposed, key=lambda b: b.starts_at)
    if not ordered:
        return []
    busiest = _busiest(ordered, tz)
    out = capacity_conflicts(*busiest, group_capacity, {})
    for room_id in sorted(rooms):
        in_room = [b for b in ordered if b.room_id == room_id]
        out += capacity_conflicts(
            *_busiest(in_room, tz),
            group_capacity,
            {names.rooms.get(room_id, _("The room")): holds.get(room_id)},
            rooms_only=True,
        )
    return out


def _busiest(ordered: Sequence[Booking], tz: ZoneInfo) -> tuple[int, date | None]:
    """The most people enrolled on one of the sessions (in time order), and the day it
    first happens when that is later than the first session's (None otherwise)."""
    sizes = [len(b.participant_ids) for b in ordered]
    most = max(sizes)
    first = sizes.index(most)
    return most, (ordered[first].starts_at.astimezone(tz).date() if first else None)


def _hours(
    session: Session,
    tz: ZoneInfo,
    proposed: Sequence[Booking],
    staff_rows: list[tuple[int, int, datetime, datetime]],
    skip: set[int],
    names: Names,
) -> list[Conflict]:
    staff = {s for b in proposed for s in b.staff_ids}
    if not staff:
        return []
    caps = dict(
        session.execute(select(Staff.id, Staff.weekly_hours_cap).where(Staff.id.in_(staff))).all()
    )
    by_staff: dict[int, list[tuple[int, datetime, datetime]]] = defaultdict(list)
    for sid, staff_id, start, end in staff_rows:
        by_staff[staff_id].append((sid, start.astimezone(tz), end.astimezone(tz)))
    out = []
    for staff_id in sorted(staff):
        rows = by_staff.get(staff_id, [])
        before = minutes_per_week((start, end) for _sid, start, end in rows)
        after = dict(before)
        # The sessions the change replaces come off; the proposed ones go on.
        for week, minutes in minutes_per_week(
            (start, end) for sid, start, end in rows if sid in skip
        ).items():
            after[week] -= minutes
        for week, minutes in minutes_per_week(
            (b.starts_at.astimezone(tz), b.ends_at.astimezone(tz))
            for b in proposed
            if staff_id in b.staff_ids
        ).items():
            after[week] = after.get(week, 0) + minutes
        out += hours_cap_warnings(
            names.staff.get(staff_id, _("This facilitator")),
            caps.get(staff_id, 40.0),
            before,
            after,
            staff_id,
        )
    return out
