"""Turning a group's recurrence rule into session rows, up to the rolling horizon, and bringing
future rows in line after the series changes."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Protocol, TypeVar
from zoneinfo import ZoneInfo

from dateutil.relativedelta import relativedelta
from sqlalchemy import exists, select
from sqlalchemy.orm import Session, selectinload

from peercenter.db.models import Attendance, Closure, Group, GroupSession, SessionFacilitator
from peercenter.domain.enums import FacilitatorRole, SessionStatus
from peercenter.domain.recurrence import occurrence_starts


class _Facilitator(Protocol):
    staff_id: int
    role: FacilitatorRole


F = TypeVar("F", bound=_Facilitator)


def horizon_date(today: date, months: int) -> date:
    return today + relativedelta(months=months)


def planned_starts(group: Group, tz: ZoneInfo, start: date, end: date) -> list[datetime]:
    """Occurrence start instants (UTC) of the group's rule on local days [start, end]."""
    lo = datetime.combine(max(start, group.first_date), time.min, tz)
    hi = datetime.combine(end + timedelta(days=1), time.min, tz)
    if group.until_date is not None:
        hi = min(hi, datetime.combine(group.until_date + timedelta(days=1), time.min, tz))
    if hi <= lo:
        return []
    starts = occurrence_starts(group.rrule, group.first_date, group.start_time, tz, lo, hi)
    return [s.astimezone(UTC) for s in starts]


@dataclass(frozen=True)
class ClosedDays:
    """The closures covering a span of days, to cancel sessions generated inside them."""

    closures: tuple[tuple[date, date, int, str], ...]

    @classmethod
    def load(cls, session: Session, start: date, end: date) -> ClosedDays:
        rows = session.scalars(
            select(Closure).where(Closure.start_date <= end, Closure.end_date >= start)
        )
        return cls(tuple((c.start_date, c.end_date, c.id, c.reason) for c in rows))

    def closure_on(self, day: date) -> tuple[int, str] | None:
        for first, last, closure_id, reason in self.closures:
            if first <= day <= last:
                return closure_id, reason
        return None


def new_session_row(
    group: Group, begins: datetime, tz: ZoneInfo, closed: ClosedDays
) -> GroupSession:
    """A session as the rule plans it; on a closed day it starts out cancelled."""
    row = GroupSession(
        group_id=group.id,
        occurrence_start=begins,
        starts_at=begins,
        ends_at=begins + timedelta(minutes=group.duration_minutes),
        room_id=group.room_id,
        topic_id=group.default_topic_id,
        status=SessionStatus.SCHEDULED,
        is_exception=False,
    )
    row.facilitators = [
        SessionFacilitator(staff_id=f.staff_id, role=f.role) for f in group.facilitators
    ]
    closure = closed.closure_on(begins.astimezone(tz).date())
    if closure is not None:
        row.status, row.closure_id, row.cancel_reason = (
            SessionStatus.CANCELLED,
            closure[0],
            f"Closed: {closure[1]}"[:200],
        )
    return row


def materialize(session: Session, group: Group, tz: ZoneInfo, until: date) -> int:
    """Create the sessions the rule gives between what exists and ``until``; returns how many
    were added. Existing rows (edited or not) are never touched here."""
    start = (
        group.materialized_until + timedelta(days=1)
        if group.materialized_until
        else group.first_date
    )
    if start > until:
        return 0
    planned = planned_starts(group, tz, start, until)
    group.materialized_until = until
    if not planned:
        return 0
    existing = set(
        session.scalars(
            select(GroupSession.occurrence_start).where(
                GroupSession.group_id == group.id, GroupSession.occurrence_start >= planned[0]
            )
        )
    )
    closed = ClosedDays.load(session, start, until)
    added = 0
    for begins in planned:
        if begins not in existing:
            session.add(new_session_row(group, begins, tz, closed))
            added += 1
    return added


@dataclass(frozen=True)
class Regenerated:
    added: int
    updated: int
    removed: int
    kept_edited: int


def regenerate(session: Session, group: Group, tz: ZoneInfo, since: datetime) -> Regenerated:
    """After the series changed, bring its sessions that start at or after ``since`` in line
    with the rule and the group's room, facilitators and topic, up to the group's horizon.

    Sessions are matched to the new slots by local date. Hand-edited sessions keep their
    edits (they are only re-keyed to the new slot of their day); a cancelled session stays
    cancelled; a session whose day left the rule is removed unless attendance was taken."""
    until = group.materialized_until or since.astimezone(tz).date()
    slots = [s for s in planned_starts(group, tz, since.astimezone(tz).date(), until) if s >= since]
    by_day = {s.astimezone(tz).date(): s for s in slots}
    rows = list(
        session.scalars(
            select(GroupSession)
            .where(GroupSession.group_id == group.id, GroupSession.occurrence_start >= since)
            .options(selectinload(GroupSession.facilitators))
        )
    )
    attended = set(
        session.scalars(
            select(GroupSession.id).where(
                GroupSession.id.in_([r.id for r in rows]),
                exists().where(Attendance.session_id == GroupSession.id),
            )
        )
    )
    duration = timedelta(minutes=group.duration_minutes)
    updated = removed = kept = 0
    for row in rows:
        slot = by_day.pop(row.occurrence_start.astimezone(tz).date(), None)
        if row.is_exception or (slot is None and row.id in attended):
            row.is_exception = True
            if slot is not None:
                row.occurrence_start = slot
            kept += 1
        elif slot is None:
            session.delete(row)
            removed += 1
        else:
            row.occurrence_start, row.starts_at, row.ends_at = slot, slot, slot + duration
            row.room_id, row.topic_id = group.room_id, group.default_topic_id
            set_facilitators(row, [(f.staff_id, f.role) for f in group.facilitators])
            updated += 1
    session.flush()
    closed = ClosedDays.load(session, since.astimezone(tz).date(), until)
    for begins in by_day.values():
        session.add(new_session_row(group, begins, tz, closed))
    return Regenerated(len(by_day), updated, removed, kept)


def sync_facilitators(
    current: Sequence[F],
    wanted: Sequence[tuple[int, FacilitatorRole]],
    make: Callable[[int, FacilitatorRole], F],
) -> list[F]:
    """The facilitator rows for ``wanted`` (staff id, role): unchanged rows are kept and roles
    changed in place, so no row is deleted and re-added under the same key in one flush."""
    roles = dict(wanted)
    kept = [f for f in current if f.staff_id in roles]
    for f in kept:
        if f.role != roles[f.staff_id]:
            f.role = roles[f.staff_id]
    have = {f.staff_id for f in kept}
    return kept + [make(staff_id, role) for staff_id, role in wanted if staff_id not in have]


def set_facilitators(row: GroupSession, wanted: Sequence[tuple[int, FacilitatorRole]]) -> None:
    row.facilitators = sync_facilitators(
        row.facilitators,
        wanted,
        lambda staff_id, role: SessionFacilitator(staff_id=staff_id, role=role),
    )
