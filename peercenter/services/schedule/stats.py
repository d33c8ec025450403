"""Attendance statistics per group (sessions held, average attendance, the last 12 weeks) and
per participant."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from peercenter.db.models import Attendance, Group, GroupSession, Participant
from peercenter.domain import access_log
from peercenter.domain.attendance_stats import WeekPoint, direction, rate, weekly_trend
from peercenter.domain.enums import AttendanceStatus, SessionStatus
from peercenter.domain.errors import NotFound
from peercenter.domain.names import participant_display_name
from peercenter.domain.permissions import Permission
from peercenter.i18n import _
from peercenter.services import clock, settings, views
from peercenter.services.context import Actor, require
from peercenter.services.schedule.common import load_group

HERE = (AttendanceStatus.PRESENT, AttendanceStatus.LATE)


@dataclass(frozen=True)
class GroupStats:
    group_id: int
    name: str
    sessions_held: int
    average_attendance: float | None  # people present or late per session held
    trend: tuple[WeekPoint, ...]
    direction: str


@dataclass(frozen=True)
class ParticipantGroupLine:
    group_name: str
    attended: int
    marked: int
    last_attended: date | None


@dataclass(frozen=True)
class ParticipantStats:
    participant_id: int
    name: str
    counts: dict[AttendanceStatus, int]
    attendance_rate: float | None
    last_attended: date | None
    groups: tuple[ParticipantGroupLine, ...]


def series_ids(session: Session, group: Group) -> list[int]:
    """The group and the series it was split from, so history follows a changed series."""
    ids = [group.id]
    current = group.split_from_id
    while current is not None and current not in ids:
        ids.append(current)
        current = session.scalar(select(Group.split_from_id).where(Group.id == current))
    return ids


def group_stats(session: Session, actor: Actor, group_id: int) -> GroupStats:
    require(actor, Permission.VIEW_SCHEDULE)
    group = load_group(session, group_id)
    tz = settings.center_timezone(session)
    now = clock.now()
    ids = series_ids(session, group)
    attended = (
        select(Attendance.session_id, func.count().label("n"))
        .where(Attendance.status.in_(HERE))
        .group_by(Attendance.session_id)
        .subquery()
    )
    rows = session.execute(
        select(GroupSession.starts_at, func.coalesce(attended.c.n, 0))
        .outerjoin(attended, attended.c.session_id == GroupSession.id)
        .where(
            GroupSession.group_id.in_(ids),
            GroupSession.status == SessionStatus.SCHEDULED,
            GroupSession.starts_at < now,
        )
    ).all()
    held = [(start.astimezone(tz).date(), int(n)) for start, n in rows]
    total = sum(n for _, n in held)
    trend = weekly_trend(held, now.astimezone(tz).date())
    return GroupStats(
        group.id,
        group.name,
        len(held),
        total / len(held) if held else None,
        tuple(trend),
        direction(trend),
    )


def participant_stats(session: Session, actor: Actor, participant_id: int) -> ParticipantStats:
    require(actor, Permission.VIEW_PARTICIPANTS)
    person = session.get(Participant, participant_id)
    if person is None:
        raise NotFound(_("That participant no longer exists."))
    tz = settings.center_timezone(session)
    rows = session.execute(
        select(Group.name, GroupSession.starts_at, Attendance.status)
        .join(GroupSession, GroupSession.id == Attendance.session_id)
        .join(Group, Group.id == GroupSession.group_id)
        .where(Attendance.participant_id == participant_id)
    ).all()
    counts: Counter[AttendanceStatus] = Counter()
    per_group: dict[str, list[tuple[date, AttendanceStatus]]] = defaultdict(list)
    for name, start, status in rows:
        counts[status] += 1
        per_group[name].append((start.astimezone(tz).date(), status))
    lines = []
    for name, marks in sorted(per_group.items()):
        came = [d for d, s in marks if s in HERE]
        lines.append(ParticipantGroupLine(name, len(came), len(marks), max(came) if came else None))
    here = counts[AttendanceStatus.PRESENT] + counts[AttendanceStatus.LATE]
    lasts = [line.last_attended for line in lines if line.last_attended is not None]
    views.record_view(session, actor, access_log.PARTICIPANT_ATTENDANCE, participant_id)
    return ParticipantStats(
        participant_id,
        participant_display_name(person.preferred_name, person.last_name),
        {s: counts[s] for s in AttendanceStatus},
        rate(here, len(rows)),
        max(lasts) if lasts else None,
        tuple(lines),
    )
