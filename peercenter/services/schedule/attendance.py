"""Attendance: the roster of one session, marking each person present, late, excused or absent,
and walk-ins for open groups. A mark can be corrected or removed by whoever takes attendance on
the session's day; after that day only by supervisors and administrators. Every mark,
correction and removal is in the audit trail."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from peercenter.db.models import Attendance, Enrollment, GroupSession, Participant
from peercenter.domain import access_log, timefmt
from peercenter.domain.enums import (
    AttendanceStatus,
    EnrollmentMode,
    EnrollmentStatus,
    ParticipantStatus,
    SessionStatus,
)
from peercenter.domain.errors import PermissionDenied, ValidationError
from peercenter.domain.permissions import Permission
from peercenter.i18n import _
from peercenter.services import audit, clock, participants, settings, views
from peercenter.services.context import Actor, require
from peercenter.services.schedule.common import (
    SessionView,
    effective_capacity,
    load_session,
    view_of,
)

HERE = (AttendanceStatus.PRESENT, AttendanceStatus.LATE)


@dataclass(frozen=True)
class AttendanceRow:
    participant_id: int
    name: str
    status: AttendanceStatus | None
    is_walk_in: bool


@dataclass(frozen=True)
class AttendanceSheet:
    session: SessionView
    rows: tuple[AttendanceRow, ...]  # the day's roster and walk-ins, by name
    capacity: int | None
    open_enrollment: bool

    @property
    def here(self) -> int:
        """People present or late."""
        return sum(1 for r in self.rows if r.status in HERE)

    @property
    def marked(self) -> int:
        return sum(1 for r in self.rows if r.status is not None)


def _roster_ids(session: Session, row: GroupSession) -> set[int]:
    day = row.starts_at.astimezone(settings.center_timezone(session)).date()
    return set(
        session.scalars(
            select(Enrollment.participant_id).where(
                Enrollment.group_id == row.group_id,
                Enrollment.status == EnrollmentStatus.ENROLLED,
                Enrollment.from_date <= day,
                (Enrollment.to_date.is_(None)) | (Enrollment.to_date >= day),
            )
        )
    )


def attendance_sheet(
    session: Session, actor: Actor, session_id: int, record_view: bool = True
) -> AttendanceSheet:
    """The session's sheet, its opening audited. ``record_view`` False: the sheet already
    open on the screen, read again because another desk changed it (the same viewing,
    audited when it was opened)."""
    require(actor, Permission.RECORD_ATTENDANCE)
    row = load_session(session, session_id)
    marks = {
        a.participant_id: a
        for a in session.scalars(select(Attendance).where(Attendance.session_id == session_id))
    }
    ids = _roster_ids(session, row) | set(marks)
    people = (
        list(session.scalars(select(Participant).where(Participant.id.in_(ids)))) if ids else []
    )
    names = participants.labels(session, actor, people)  # namesakes told apart
    rows = sorted(
        (
            AttendanceRow(
                p.id,
                names[p.id],
                marks[p.id].status if p.id in marks else None,
                marks[p.id].is_walk_in if p.id in marks else False,
            )
            for p in people
        ),
        key=lambda r: r.name.lower(),
    )
    if record_view:
        listed = access_log.id_ranges(p.id for p in people)
        views.record_view(
            session, actor, access_log.ATTENDANCE_LIST, session_id, {access_log.LISTED: listed}
        )
    return AttendanceSheet(
        view_of(session, row),
        tuple(rows),
        effective_capacity(row.group.capacity, row.room),
        row.group.enrollment_mode is EnrollmentMode.OPEN,
    )


def _open_for_attendance(session: Session, row: GroupSession) -> None:
    if row.status is SessionStatus.CANCELLED:
        raise ValidationError(_("This session is cancelled; restore it before taking attendance."))
    tz = settings.center_timezone(session)
    if row.starts_at.astimezone(tz).date() > clock.now().astimezone(tz).date():
        raise ValidationError(_("Attendance opens on the day of the session."))


def _may_change_marks(session: Session, actor: Actor, row: GroupSession) -> None:
    """A mark already recorded is changed or removed on the session's day, or later by
    someone who may correct past attendance."""
    tz = settings.center_timezone(session)
    day = row.starts_at.astimezone(tz).date()
    if day < clock.now().astimezone(tz).date() and not actor.can(
        Permission.CORRECT_PAST_ATTENDANCE
    ):
        raise PermissionDenied(
            _(
                "Marks can be corrected on the day of the session ({day}) only; "
                "ask a supervisor or an administrator to correct them now."
            ).format(day=timefmt.date_text(day))
        )


def mark(
    session: Session,
    actor: Actor,
    session_id: int,
    participant_id: int,
    status: AttendanceStatus | None,
) -> AttendanceRow:
    """Record how someone on the sheet attended, correct it, or (None) remove the mark. A
    walk-in whose mark is removed is no longer on the sheet: the row comes back with no
    status."""
    require(actor, Permission.RECORD_ATTENDANCE)
    row = load_session(session, session_id)
    _open_for_attendance(session, row)
    existing = session.scalar(
        select(Attendance).where(
            Attendance.session_id == session_id, Attendance.participant_id == participant_id
        )
    )
    if existing is None and participant_id not in _roster_ids(session, row):
        raise ValidationError(
            _("This person is not on the roster for this session; add them as a walk-in.")
        )
    was = existing.status if existing is not None else None
    walk_in = existing.is_walk_in if existing is not None else False
    if status is was:
        return _sheet_row(session, actor, participant_id, status, walk_in)
    if existing is not None:
        _may_change_marks(session, actor, row)
    if status in HERE and was not in HERE:
        _check_room(session, row)
    details: dict[str, object] = {"participant": participant_id}
    if status is None:
        assert existing is not None
        session.delete(existing)
        action = "remove"
        details.update(was=was.value if was else None, walk_in=walk_in)
    elif existing is None:
        session.add(
            Attendance(
                session_id=session_id,
                participant_id=participant_id,
                status=status,
                recorded_at=clock.now(),
                recorded_by_id=actor.user_id,
            )
        )
        action = "check_in"
        details["status"] = status.value
    else:
        existing.status, existing.recorded_at = status, clock.now()
        existing.recorded_by_id = actor.user_id
        action = "correct"
        details.update(status=status.value, was=was.value if was else None)
    audit.record(session, actor, action, "attendance", session_id, details)
    session.flush()
    return _sheet_row(session, actor, participant_id, status, walk_in)


def _sheet_row(
    session: Session,
    actor: Actor,
    participant_id: int,
    status: AttendanceStatus | None,
    walk_in: bool,
) -> AttendanceRow:
    person = session.get(Participant, participant_id)
    if person is None:
        raise ValidationError(_("That participant no longer exists."))
    name = participants.labels(session, actor, [person])[participant_id]
    return AttendanceRow(participant_id, name, status, walk_in)


def _check_room(session: Session, row: GroupSession) -> None:
    capacity = effective_capacity(row.group.capacity, row.room)
    if capacity is None:
        return
    here = session.scalars(select(Attendance.status).where(Attendance.session_id == row.id))
    count = sum(1 for s in here if s in HERE)
    if count >= capacity:
        raise ValidationError(
            _("The session is full ({count} of {capacity} here).").format(
                count=count, capacity=capacity
            )
        )


def add_walk_in(
    session: Session,
    actor: Actor,
    session_id: int,
    participant_id: int,
    status: AttendanceStatus = AttendanceStatus.PRESENT,
) -> AttendanceRow:
    """Someone not on the roster joins an open group's session today."""
    require(actor, Permission.RECORD_ATTENDANCE)
    row = load_session(session, session_id)
    _open_for_attendance(session, row)
    if row.group.enrollment_mode is not EnrollmentMode.OPEN:
        raise ValidationError(
            _("'{group}' is a closed group; enroll people on its roster instead.").format(
                group=row.group.name
            )
        )
    person = session.get(Participant, participant_id)
    if person is None or person.status is not ParticipantStatus.ACTIVE:
        raise ValidationError(_("Choose an active participant."), field="participant")
    name = participants.labels(session, actor, [person])[participant_id]
    already = session.scalar(
        select(Attendance).where(
            Attendance.session_id == session_id, Attendance.participant_id == participant_id
        )
    )
    if already is not None or participant_id in _roster_ids(session, row):
        raise ValidationError(
            _("{name} is already on the list.").format(name=name), field="participant"
        )
    if status in HERE:
        _check_room(session, row)
    session.add(
        Attendance(
            session_id=session_id,
            participant_id=participant_id,
            status=status,
            is_walk_in=True,
            recorded_at=clock.now(),
            recorded_by_id=actor.user_id,
        )
    )
    audit.record(
        session,
        actor,
        "walk_in",
        "attendance",
        session_id,
        {"participant": participant_id, "status": status.value},
    )
    session.flush()
    return AttendanceRow(participant_id, name, status, True)
