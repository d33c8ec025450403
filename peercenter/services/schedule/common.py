"""What the schedule services share: loading rows, naming people, and the session view every
screen and command shows."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from peercenter.db.models import Enrollment, Group, Participant, Room, Staff, Topic
from peercenter.db.models import Session as SessionRow
from peercenter.domain.enums import EnrollmentStatus, FacilitatorRole, GroupKind, SessionStatus
from peercenter.domain.errors import NotFound
from peercenter.domain.names import participant_display_name, staff_display_name
from peercenter.services import clock, settings
from peercenter.services.series import horizon_date

# Sessions are at most 12 hours long (the group form's limit), so an index range on
# starts_at widened by this much finds every session overlapping a window.
MAX_SESSION = timedelta(hours=12)


def load_group(session: Session, group_id: int) -> Group:
    group = session.get(Group, group_id)
    if group is None:
        raise NotFound("That group no longer exists.")
    return group


def load_session(session: Session, session_id: int) -> SessionRow:
    row = session.get(SessionRow, session_id)
    if row is None:
        raise NotFound("That session no longer exists.")
    return row


def staff_names(session: Session, ids: Iterable[int]) -> dict[int, str]:
    wanted = set(ids)
    if not wanted:
        return {}
    return {s.id: staff_display_name(s.first_name, s.last_name, s.preferred_name)
            for s in session.scalars(select(Staff).where(Staff.id.in_(wanted)))}


def room_names(session: Session, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return dict(session.execute(select(Room.id, Room.name).where(Room.id.in_(wanted))).all())


def participant_names(session: Session, ids: Iterable[int]) -> dict[int, str]:
    wanted = set(ids)
    if not wanted:
        return {}
    rows = session.execute(select(Participant.id, Participant.preferred_name,
                                  Participant.last_name).where(Participant.id.in_(wanted)))
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
    return session.scalar(
        select(func.count()).select_from(Enrollment)
        .where(Enrollment.group_id == group_id, Enrollment.status == EnrollmentStatus.ENROLLED,
               Enrollment.from_date <= day,
               (Enrollment.to_date.is_(None)) | (Enrollment.to_date >= day))) or 0


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
        return round((self.ends_at.astimezone(UTC) - self.starts_at.astimezone(UTC))
                     .total_seconds() / 60)


def session_rows(session: Session, lo: datetime, hi: datetime) -> list[SessionRow]:
    """Sessions overlapping [lo, hi), with what a view needs loaded in a few queries."""
    return list(session.scalars(
        select(SessionRow)
        .where(SessionRow.starts_at < hi, SessionRow.starts_at > lo - MAX_SESSION,
               SessionRow.ends_at > lo)
        .options(selectinload(SessionRow.facilitators), selectinload(SessionRow.group),
                 selectinload(SessionRow.room))
        .order_by(SessionRow.starts_at, SessionRow.id)))


def views(session: Session, rows: Sequence[SessionRow], tz: ZoneInfo) -> list[SessionView]:
    names = staff_names(session, {f.staff_id for r in rows for f in r.facilitators})
    topic_ids = {r.topic_id for r in rows if r.topic_id is not None}
    topics = dict(session.execute(select(Topic.id, Topic.title)
                                  .where(Topic.id.in_(topic_ids))).all()) if topic_ids else {}
    out = []
    for r in rows:
        facs = sorted(r.facilitators, key=lambda f: (f.role is not FacilitatorRole.LEAD,
                                                      names.get(f.staff_id, "")))
        out.append(SessionView(
            id=r.id, version=r.version, group_id=r.group_id, group_name=r.group.name,
            kind=r.group.kind, starts_at=r.starts_at.astimezone(tz),
            ends_at=r.ends_at.astimezone(tz), occurrence_start=r.occurrence_start.astimezone(tz),
            room_id=r.room_id, room=r.room.name if r.room else "",
            facilitator_ids=tuple(f.staff_id for f in facs),
            facilitators=tuple(names.get(f.staff_id, "?") for f in facs),
            topic_id=r.topic_id, topic=topics.get(r.topic_id, "") if r.topic_id else "",
            status=r.status, cancel_reason=r.cancel_reason or "", is_exception=r.is_exception,
            closure_id=r.closure_id, notes=r.notes or ""))
    return out


def view_of(session: Session, row: SessionRow) -> SessionView:
    return views(session, [row], settings.center_timezone(session))[0]
