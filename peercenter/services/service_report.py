"""The monthly service report for funders: the month's figures and the twelve months up to it,
read with a handful of queries over that year (see domain/service_report.py for what each
figure counts). Counts only: nothing in it names a person."""

from __future__ import annotations

import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

from babel.dates import format_skeleton
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from peercenter import i18n
from peercenter.db.models import (
    Attendance,
    Group,
    GroupSession,
    SupervisionAttendee,
    SupervisionSession,
)
from peercenter.db.server.logins import server_of
from peercenter.domain.enums import SessionStatus
from peercenter.domain.errors import ValidationError
from peercenter.domain.permissions import Permission
from peercenter.domain.service_report import (
    HERE,
    HeldSession,
    Mark,
    ServiceReport,
    SupervisionHeld,
    add_months,
    figures_for,
    trend_months,
)
from peercenter.i18n import _
from peercenter.services import audit, settings
from peercenter.services.clock import day_bounds, local_today, now
from peercenter.services.context import Actor, require

_MONTH = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$")


def parse_month(text: str) -> date:
    """'2026-03' as the first day of that month."""
    match = _MONTH.match(text or "")
    if match is None or not 1 <= int(match.group(2)) <= 12 or int(match.group(1)) < 1900:
        raise ValidationError(
            _("'{text}' is not a month like 2026-03.").format(text=text), field="month"
        )
    return date(int(match.group(1)), int(match.group(2)), 1)


def service_report(
    session: Session,
    actor: Actor,
    month: date,
    suppress_small_counts: bool = False,
    today: date | None = None,
) -> ServiceReport:
    require(actor, Permission.VIEW_SERVICE_REPORTS)
    tz = settings.center_timezone(session)
    this_day = today or local_today(tz)
    month = month.replace(day=1)
    if month > this_day:
        shown = format_skeleton("yMMMM", month, locale=i18n.active_locale())
        raise ValidationError(_("{month} has not begun yet.").format(month=shown), field="month")
    months = trend_months(month)
    lo, _end = day_bounds(months[0], tz)
    hi, _end = day_bounds(add_months(month, 1), tz)
    held = [
        HeldSession(sid, kind, starts.astimezone(tz).date(), _minutes(starts, ends))
        for sid, kind, starts, ends in session.execute(
            select(GroupSession.id, Group.kind, GroupSession.starts_at, GroupSession.ends_at)
            .join(Group, Group.id == GroupSession.group_id)
            .where(
                GroupSession.starts_at >= lo,
                GroupSession.starts_at < hi,
                GroupSession.status == SessionStatus.SCHEDULED,
            )
        )
    ]
    marks = [
        Mark(sid, pid, status, bool(walk_in))
        for sid, pid, status, walk_in in session.execute(
            select(
                Attendance.session_id,
                Attendance.participant_id,
                Attendance.status,
                Attendance.is_walk_in,
            )
            .join(GroupSession, GroupSession.id == Attendance.session_id)
            .where(
                GroupSession.starts_at >= lo,
                GroupSession.starts_at < hi,
                GroupSession.status == SessionStatus.SCHEDULED,
            )
        )
    ]
    first_seen = _first_attendance(session, {m.participant_id for m in marks}, hi, tz)
    supervision = _supervision(session, months[0], add_months(month, 1))
    trend = tuple(figures_for(m, held, marks, first_seen, supervision) for m in months)
    audit.record(
        session,
        actor,
        "report",
        "service_report",
        f"{month:%Y-%m}",
        {"suppress_small_counts": suppress_small_counts},
    )
    values = settings.get_many(session, ["center.name", "center.address"])
    return ServiceReport(
        center_name=str(values["center.name"]),
        center_address=str(values["center.address"]).strip(),
        generated_at=now().astimezone(tz),
        month=month,
        complete=add_months(month, 1) <= this_day,
        suppressed=suppress_small_counts,
        figures=trend[-1],
        trend=trend,
    )


def _minutes(starts: datetime, ends: datetime) -> int:
    return round((ends - starts).total_seconds() / 60)


def _first_attendance(
    session: Session, people: set[int], before: datetime, tz: ZoneInfo
) -> dict[int, date]:
    """Each person's first attendance ever (present or late, at a session not cancelled)."""
    if not people:
        return {}
    rows = session.execute(
        select(Attendance.participant_id, func.min(GroupSession.starts_at))
        .join(GroupSession, GroupSession.id == Attendance.session_id)
        .where(
            Attendance.participant_id.in_(sorted(people)),
            Attendance.status.in_(sorted(HERE)),
            GroupSession.status == SessionStatus.SCHEDULED,
            GroupSession.starts_at < before,
        )
        .group_by(Attendance.participant_id)
    )
    return {pid: first.astimezone(tz).date() for pid, first in rows}


def _supervision(session: Session, first: date, end: date) -> list[SupervisionHeld]:
    if server_of(session) is not None:
        # A supervisor reads only their own supervisees' supervision: the server adds up
        # everyone's, month by month, for whoever may see the report.
        from peercenter.db.server.names import PRIVATE_SCHEMA

        totals = session.execute(
            text(f"SELECT month, minutes FROM {PRIVATE_SCHEMA}.supervision_received(:a, :b)"),
            {"a": first, "b": end},
        )
        return [SupervisionHeld(month, int(minutes), 1) for month, minutes in totals]
    rows = session.execute(
        select(
            SupervisionSession.held_on,
            SupervisionSession.minutes,
            func.count(SupervisionAttendee.staff_id),
        )
        .join(
            SupervisionAttendee,
            SupervisionAttendee.supervision_id == SupervisionSession.id,
            isouter=True,
        )
        .where(SupervisionSession.held_on >= first, SupervisionSession.held_on < end)
        .group_by(SupervisionSession.id, SupervisionSession.held_on, SupervisionSession.minutes)
    )
    return [SupervisionHeld(day, minutes, count) for day, minutes, count in rows]
