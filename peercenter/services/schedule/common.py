"""What the schedule services share: loading rows, naming people, and the session view every
screen and command shows."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from peercenter.db.models import (
    Enrollment,
    Group,
    GroupSession,
    Participant,
    Room,
    SessionFacilitator,
    Staff,
    Topic,
)
from peercenter.domain.enums import EnrollmentStatus, FacilitatorRole, GroupKind, SessionStatus
from peercenter.domain.errors import NotFound
from peercenter.domain.names import participant_display_name, staff_display_name
from peercenter.i18n import _
from peercenter.services import clock, settings
from peercenter.services.series import horizon_date

# Sessions are at most 12 hours long (the group form's limit), so an index range on
# starts_at widened by this much finds every session overlapping a window.
MAX_SESSION = timedelta(hours=12)


def load_group(session: Session, group_id: int) -> Group:
    group = session.get(Group, group_id)
    if group is None:
        raise NotFound(_("That group no longer exists."))
    return group


def load_session(session: Session, session_id: int) -> GroupSession:
    row = session.get(GroupSession, session_id)
    if row is None:
        raise NotFound(_("That session no longer exists."))
    return row


def staff_names(session: Session, ids: Iterable[int]) -> dict[int, str]:
    wanted = set(ids)
    if not wanted:
        return {}
    return {
        s.id: staff_display_name(s.first_name, s.last_name, s.preferred_name)
        for s in session.scalars(select(Staff).where(Staff.id.in_(wanted)))
    }


def room_names(session: Session, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return dict(session.execute(select(Room.id, Room.name).where(Room.id.in_(wanted))).all())


def participant_names(session: Session, ids: Iterable[int]) -> dict[int, str]:
    wanted = set(ids)
    if not wanted:
        return {}
    rows = session.execute(
        select(Participant.id, Participant.preferred_name, Participant.last_name).where(
            Participant.id.in_(wanted)
        )
    )
    return {pid: participant_display_name(first, last) for pid, first, last in rows}


def horizon(session: Session, tz: ZoneInfo, today: date | None = None) -> date:
    """The last day sessions are planned up to."""
    day = today or clock.now().astimezone(tz).date()
    return horizon_date(day, int(settings.get(session, "schedule.horizon_months")))


def local_instant(day: date, at: time, tz: ZoneInfo) -> datetime:
    """A wall-clock time on a local day, as a UTC instant."""
    return datetime.combine(day, at, tz).astimezone(UTC)


def local_span(start: datetime, minutes: int, tz: ZoneInfo) -> tuple[datetime, datetime]:
    """Start and end in the center's zone; the length is added in real (UTC) time."""
    begins = start.astimezone(UTC)
    return begins.astimezone(tz), (begins + timedelta(minutes=minutes)).astimezone(tz)


def effective_capacity(group_capacity: int | None, room: Room | None) -> int | None:
    """The smaller of what the group takes and what its room holds."""
    limits = [c for c in (group_capacity, room.capacity if room else None) if c]
    return min(limits) if limits else None


def enrolled_count(session: Session, group_id: int, day: date) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(Enrollment)
            .where(
                Enrollment.group_id == group_id,
                Enrollment.status == EnrollmentStatus.ENROLLED,
                Enrollment.from_date <= day,
                (Enrollment.to_date.is_(None)) | (Enrollment.to_date >= day),
            )
        )
        or 0
    )


@dataclass(frozen=True)
class SessionView:
    """One session as the screens and the command line show it (times in the center's zone)."""

    id: int
    version: int
    group_id: int
    group_name: str
    kind: GroupKind
    starts_at: datetime
    ends_at: datetime
    occurrence_start: datetime
    room_id: int | None
    room: str
    facilitator_ids: tuple[int, ...]  # the lead first
    facilitators: tuple[str, ...]
    topic_id: int | None
    topic: str
    status: SessionStatus
    cancel_reason: str
    is_exception: bool
    closure_id: int | None
    notes: str
    conflict: str = ""  # what is double-booked, when the window shows a clash

    @property
    def cancelled(self) -> bool:
        return self.status is SessionStatus.CANCELLED

    @property
    def moved(self) -> bool:
        return self.starts_at != self.occurrence_start

    @property
    def duration_minutes(self) -> int:
        return round(
            (self.ends_at.astimezone(UTC) - self.starts_at.astimezone(UTC)).total_seconds() / 60
        )


def load_views(session: Session, tz: ZoneInfo, *where: ColumnElement[bool]) -> list[SessionView]:
    """The sessions matching ``where``, in time order, read as plain rows in three queries
    (sessions, their facilitators, the facilitators' names)."""
    rows = session.execute(
        select(
            GroupSession.id,
            GroupSession.version,
            GroupSession.group_id,
            Group.name,
            Group.kind,
            GroupSession.starts_at,
            GroupSession.ends_at,
            GroupSession.occurrence_start,
            GroupSession.room_id,
            Room.name,
            GroupSession.topic_id,
            Topic.title,
            GroupSession.status,
            GroupSession.cancel_reason,
            GroupSession.is_exception,
            GroupSession.closure_id,
            GroupSession.notes,
        )
        .join(Group, Group.id == GroupSession.group_id)
        .outerjoin(Room, Room.id == GroupSession.room_id)
        .outerjoin(Topic, Topic.id == GroupSession.topic_id)
        .where(*where)
        .order_by(GroupSession.starts_at, GroupSession.id)
    ).all()
    if not rows:
        return []
    crews: dict[int, list[tuple[int, FacilitatorRole]]] = defaultdict(list)
    for session_id, staff_id, role in session.execute(
        select(SessionFacilitator.session_id, SessionFacilitator.staff_id, SessionFacilitator.role)
        .join(GroupSession, GroupSession.id == SessionFacilitator.session_id)
        .where(*where)
    ):
        crews[session_id].append((staff_id, role))
    names = staff_names(session, {s for crew in crews.values() for s, _ in crew})
    out = []
    for (
        sid,
        version,
        group_id,
        group_name,
        kind,
        starts,
        ends,
        occurrence,
        room_id,
        room,
        topic_id,
        topic,
        status,
        reason,
        is_exception,
        closure_id,
        notes,
    ) in rows:
        crew = sorted(
            crews.get(sid, []),
            key=lambda c: (c[1] is not FacilitatorRole.LEAD, names.get(c[0], "")),
        )
        out.append(
            SessionView(
                id=sid,
                version=version,
                group_id=group_id,
                group_name=group_name,
                kind=kind,
                starts_at=starts.astimezone(tz),
                ends_at=ends.astimezone(tz),
                occurrence_start=occurrence.astimezone(tz),
                room_id=room_id,
                room=room or "",
                facilitator_ids=tuple(s for s, _ in crew),
                facilitators=tuple(names.get(s, "?") for s, _ in crew),
                topic_id=topic_id,
                topic=topic or "",
                status=status,
                cancel_reason=reason or "",
                is_exception=is_exception,
                closure_id=closure_id,
                notes=notes or "",
            )
        )
    return out


def views(session: Session, rows: Sequence[GroupSession], tz: ZoneInfo) -> list[SessionView]:
    """The views of these session rows (as saved so far), in time order."""
    if not rows:
        return []
    return load_views(session, tz, GroupSession.id.in_([r.id for r in rows]))


def starting_between(lo: datetime, hi: datetime) -> list[ColumnElement[bool]]:
    """Sessions that start in [lo, hi): an index range on starts_at."""
    return [GroupSession.starts_at >= lo, GroupSession.starts_at < hi]


def view_of(session: Session, row: GroupSession) -> SessionView:
    session.flush()
    return views(session, [row], settings.center_timezone(session))[0]
