"""Checking a change against the schedule. Only the time window the change touches is read,
with a handful of indexed queries whatever the number of sessions it touches, so checking a
year of a weekly series costs about what checking one session does."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from peercenter.db.models import Enrollment, Group, Room, SessionFacilitator, Staff
from peercenter.db.models import Session as SessionRow
from peercenter.domain.conflicts import (
    Booking,
    Conflict,
    Names,
    NeedsConfirmation,
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


def enforce(report: ConflictReport, accept_reason: str | None) -> list[str]:
    """Refuse double bookings; let warnings through only with a reason. Returns the accepted
    warnings' messages for the audit trail."""
    if report.errors:
        raise ScheduleConflict(report.errors)
    if report.warnings and not (accept_reason or "").strip():
        raise NeedsConfirmation(report.warnings)
    return [w.message for w in report.warnings]


@dataclass(frozen=True)
class Roster:
    """Who is enrolled in a group and on which days."""

    spans: tuple[tuple[int, date, date | None], ...] = ()

    @classmethod
    def load(cls, session: Session, group_id: int | None) -> Roster:
        if group_id is None:
            return cls()
        rows = session.execute(select(Enrollment.participant_id, Enrollment.from_date,
                                      Enrollment.to_date)
                               .where(Enrollment.group_id == group_id,
                                      Enrollment.status == EnrollmentStatus.ENROLLED))
        return cls(tuple(rows))

    def on(self, day: date) -> frozenset[int]:
        return frozenset(p for p, first, last in self.spans
                         if first <= day and (last is None or last >= day))

    def count_on(self, day: date) -> int:
        return len(self.on(day))


def with_roster(bookings: Sequence[Booking], roster: Roster, tz: ZoneInfo) -> list[Booking]:
    return [replace(b, participant_ids=roster.on(b.starts_at.astimezone(tz).date()))
            for b in bookings]


def check(session: Session, tz: ZoneInfo, proposed: Sequence[Booking], *,
          ignore: Iterable[int] = (), enrolled: int = 0, group_capacity: int | None = None,
          ) -> ConflictReport:
    """Conflicts of the proposed sessions (their participants already filled in) with
    everything else on the schedule, plus capacity, inactive facilitators and hour caps."""
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
    week_hi = datetime.combine(week_of(hi.astimezone(tz).date()) + timedelta(days=7),
                               time.min, tz)
    ids = set(_in_rooms(session, rooms, lo, hi))
    staff_rows = _facilitated(session, staff, week_lo.astimezone(UTC), week_hi.astimezone(UTC))
    ids |= {sid for sid, _, start, end in staff_rows if start < hi and end > lo}
    enrolled_elsewhere = _enrollments(session, people, lo.astimezone(tz).date(),
                                      hi.astimezone(tz).date())
    ids |= set(_of_groups(session, set(enrolled_elsewhere), lo, hi))
    existing = _bookings(session, tz, ids - skip, enrolled_elsewhere)
    names = Names(rooms=room_names(session, rooms), staff=staff_names(session, staff),
                  participants=participant_names(session, people))
    errors = double_bookings(proposed, existing, names)
    errors += _capacity(session, proposed, enrolled, group_capacity, names)
    active = dict(session.execute(select(Staff.id, Staff.status)
                                  .where(Staff.id.in_(staff))).all()) if staff else {}
    errors += inactive_facilitators(staff, {k: v is not StaffStatus.INACTIVE
                                            for k, v in active.items()}, names)
    warnings = _hours(session, tz, proposed, staff_rows, skip, names)
    return ConflictReport(tuple(errors), tuple(warnings))


def _window(lo: datetime, hi: datetime) -> list[ColumnElement[bool]]:
    """Scheduled sessions overlapping [lo, hi), as an index range on starts_at."""
    return [SessionRow.starts_at < hi, SessionRow.starts_at > lo - MAX_SESSION,
            SessionRow.ends_at > lo, SessionRow.status == SessionStatus.SCHEDULED]


def _in_rooms(session: Session, rooms: set[int], lo: datetime, hi: datetime) -> list[int]:
    if not rooms:
        return []
    return list(session.scalars(select(SessionRow.id).where(
        SessionRow.room_id.in_(rooms), *_window(lo, hi))))


def _facilitated(session: Session, staff: set[int], lo: datetime, hi: datetime,
                 ) -> list[tuple[int, int, datetime, datetime]]:
    """(session id, staff id, start, end) of the staff's scheduled sessions in the window."""
    if not staff:
        return []
    rows = session.execute(
        select(SessionRow.id, SessionFacilitator.staff_id, SessionRow.starts_at,
               SessionRow.ends_at)
        .join(SessionFacilitator, SessionFacilitator.session_id == SessionRow.id)
        .where(SessionFacilitator.staff_id.in_(staff), *_window(lo, hi)))
    return list(rows)


def _enrollments(session: Session, people: set[int], first: date, last: date,
                 ) -> dict[int, list[tuple[int, date, date | None]]]:
    """The other groups the participants are enrolled in over those days."""
    if not people:
        return {}
    rows = session.execute(
        select(Enrollment.group_id, Enrollment.participant_id, Enrollment.from_date,
               Enrollment.to_date)
        .where(Enrollment.participant_id.in_(people),
               Enrollment.status == EnrollmentStatus.ENROLLED, Enrollment.from_date <= last,
               (Enrollment.to_date.is_(None)) | (Enrollment.to_date >= first)))
    out: dict[int, list[tuple[int, date, date | None]]] = defaultdict(list)
    for group_id, pid, start, end in rows:
        out[group_id].append((pid, start, end))
    return out


def _of_groups(session: Session, groups: set[int], lo: datetime, hi: datetime) -> list[int]:
    if not groups:
        return []
    return list(session.scalars(select(SessionRow.id).where(
        SessionRow.group_id.in_(groups), *_window(lo, hi))))


def _bookings(session: Session, tz: ZoneInfo, ids: set[int],
              enrolled: dict[int, list[tuple[int, date, date | None]]]) -> list[Booking]:
    """The sessions as bookings, read as plain rows (no ORM objects: a year of a busy room
    is hundreds of them)."""
    if not ids:
        return []
    staff: dict[int, set[int]] = defaultdict(set)
    for session_id, staff_id in session.execute(
            select(SessionFacilitator.session_id, SessionFacilitator.staff_id)
            .where(SessionFacilitator.session_id.in_(ids))):
        staff[session_id].add(staff_id)
    rows = session.execute(
        select(SessionRow.id, SessionRow.group_id, Group.name, SessionRow.starts_at,
               SessionRow.ends_at, SessionRow.room_id)
        .join(Group, Group.id == SessionRow.group_id).where(SessionRow.id.in_(ids)))
    out = []
    for sid, group_id, name, starts, ends, room_id in rows:
        start = starts.astimezone(tz)
        day = start.date()
        people = frozenset(p for p, first, last in enrolled.get(group_id, ())
                           if first <= day and (last is None or last >= day))
        out.append(Booking(sid, name, start, ends.astimezone(tz), room_id,
                           frozenset(staff[sid]), people))
    return out


def _capacity(session: Session, proposed: Sequence[Booking], enrolled: int,
              group_capacity: int | None, names: Names) -> list[Conflict]:
    rooms = {b.room_id for b in proposed if b.room_id is not None}
    holds = dict(session.execute(select(Room.id, Room.capacity)
                                 .where(Room.id.in_(rooms))).all()) if rooms else {}
    sizes = {names.rooms.get(r, "The room"): holds.get(r) for r in sorted(rooms)}
    return capacity_conflicts(enrolled, group_capacity, sizes)


def _hours(session: Session, tz: ZoneInfo, proposed: Sequence[Booking],
           staff_rows: list[tuple[int, int, datetime, datetime]], skip: set[int],
           names: Names) -> list[Conflict]:
    staff = {s for b in proposed for s in b.staff_ids}
    if not staff:
        return []
    caps = dict(session.execute(select(Staff.id, Staff.weekly_hours_cap)
                                .where(Staff.id.in_(staff))).all())
    out = []
    for staff_id in sorted(staff):
        mine = [(start.astimezone(tz), end.astimezone(tz))
                for sid, s, start, end in staff_rows if s == staff_id]
        kept = [(start.astimezone(tz), end.astimezone(tz))
                for sid, s, start, end in staff_rows if s == staff_id and sid not in skip]
        added = [(b.starts_at, b.ends_at) for b in proposed if staff_id in b.staff_ids]
        out += hours_cap_warnings(names.staff.get(staff_id, "This facilitator"),
                                  caps.get(staff_id, 40.0), minutes_per_week(mine),
                                  minutes_per_week(kept + added))
    return out
