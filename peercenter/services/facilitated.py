"""The sessions staff members facilitate, read once for everything that counts them: the
schedule's facilitated minutes per day, supervised experience toward a credential, and the
burnout guardrails. Each of those keeps its own counting rule; this is only the reading.

A session is facilitated by everyone on its crew (lead and co-facilitators). Cancelled sessions
are left out. ``held`` is what credentials count as direct service: at least one participant
was marked present or late (a session nobody came to was no service)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import NamedTuple
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, bindparam, exists, select
from sqlalchemy.orm import Session

from peercenter.db.models import Attendance, Group, GroupSession, SessionFacilitator
from peercenter.domain.enums import AttendanceStatus, SessionStatus
from peercenter.services.clock import day_bounds


class FacilitatedSession(NamedTuple):
    """One facilitated session of one staff member, in the center's local time. A named
    tuple: a dashboard reads thousands of them."""

    staff_id: int
    session_id: int
    group_id: int
    group_name: str
    starts_at: datetime
    ends_at: datetime
    held: bool

    @property
    def day(self) -> date:
        """The local day it starts on."""
        return self.starts_at.date()

    @property
    def minutes(self) -> int:
        # Timestamps, not wall-clock subtraction: right across a daylight-saving change.
        return round((self.ends_at.timestamp() - self.starts_at.timestamp()) / 60)


def facilitated_sessions(
    session: Session,
    staff_ids: Iterable[int],
    tz: ZoneInfo,
    first: date | None,
    last: date,
) -> dict[int, list[FacilitatedSession]]:
    """Each staff member's facilitated sessions that start on the local days first..last
    (from the beginning of the records when ``first`` is None), in time order. Plain rows
    through the connection, group names read once per group: years of history are many
    rows."""
    wanted = sorted(set(staff_ids))
    if not wanted or (first is not None and last < first):
        return {}
    _, hi = day_bounds(last, tz)
    staff = SessionFacilitator.staff_id
    # Several people over a span of days (a dashboard): the sessions' date index drives the
    # read, so the cost follows the days and not each person's years of history; "+ 0" keeps
    # SQLite off the facilitator index. One person (their credential, an assignment): their
    # own sessions are the smaller read.
    by_date = first is not None and len(wanted) > 1
    where: list[ColumnElement[bool]] = [
        GroupSession.starts_at < hi,
        GroupSession.status != SessionStatus.CANCELLED,
        (staff + 0 if by_date else staff).in_(bindparam("staff_ids", wanted, expanding=True)),
    ]
    if first is not None:
        where.append(GroupSession.starts_at >= day_bounds(first, tz)[0])
    held = exists().where(
        Attendance.session_id == GroupSession.id,
        Attendance.status.in_([AttendanceStatus.PRESENT, AttendanceStatus.LATE]),
    )
    rows = (
        session.connection()
        .execute(
            select(
                staff,
                GroupSession.id,
                GroupSession.group_id,
                GroupSession.starts_at,
                GroupSession.ends_at,
                held,
            )
            .select_from(GroupSession)
            .join(SessionFacilitator, SessionFacilitator.session_id == GroupSession.id)
            .where(*where)
        )
        .all()
    )
    names = (
        dict(
            session.connection()
            .execute(select(Group.id, Group.name).where(Group.id.in_({r[2] for r in rows})))
            .all()
        )
        if rows
        else {}
    )
    found: dict[int, list[FacilitatedSession]] = defaultdict(list)
    for staff_id, session_id, group_id, starts_at, ends_at, was_held in rows:
        found[staff_id].append(
            FacilitatedSession(
                staff_id,
                session_id,
                group_id,
                names[group_id],
                starts_at.astimezone(tz),
                ends_at.astimezone(tz),
                bool(was_held),
            )
        )
    for items in found.values():  # cheaper here than in SQL: the rows come nearly in order
        items.sort(key=lambda f: (f.starts_at, f.session_id))
    return dict(found)


def facilitated_reaching(
    session: Session, staff_ids: Iterable[int], tz: ZoneInfo, first: date, last: date
) -> dict[int, list[FacilitatedSession]]:
    """The same, plus sessions that began the day before and run on into ``first`` (a
    session is at most 12 hours long): everything that overlaps the days."""
    lo, _ = day_bounds(first, tz)
    found = facilitated_sessions(session, staff_ids, tz, first - timedelta(days=1), last)
    return {
        staff_id: kept
        for staff_id, items in found.items()
        if (kept := [f for f in items if f.ends_at > lo])
    }
