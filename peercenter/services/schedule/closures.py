"""Closures: days the center is shut (holidays, weather). Every session in them is listed
first, then cancelled in one action; lifting the closure puts them back."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from peercenter.db.models import Closure, GroupSession
from peercenter.domain import timefmt, validation
from peercenter.domain.conflicts import Booking, ScheduleConflict
from peercenter.domain.enums import SessionStatus
from peercenter.domain.errors import NotFound, ValidationError
from peercenter.domain.permissions import Permission
from peercenter.i18n import _
from peercenter.services import audit, clock, settings
from peercenter.services.clock import day_bounds
from peercenter.services.context import Actor, require
from peercenter.services.schedule.common import SessionView, starting_between, views
from peercenter.services.schedule.conflicts import Roster, check

MAX_CLOSURE_DAYS = 366


@dataclass(frozen=True)
class ClosureRow:
    id: int
    start_date: date
    end_date: date
    reason: str
    cancelled: int

    @property
    def days(self) -> str:
        if self.start_date == self.end_date:
            return timefmt.day(self.start_date)
        return f"{timefmt.day(self.start_date)} – {timefmt.day(self.end_date)}"


@dataclass(frozen=True)
class Lifted:
    restored: int
    # Sessions left cancelled because their slot has been taken since, with the reason.
    still_cancelled: tuple[tuple[SessionView, str], ...]


def _check_days(start: date, end: date) -> None:
    if end < start:
        raise ValidationError(
            _("The last closed day cannot be before the first."), field="end_date"
        )
    if (end - start).days >= MAX_CLOSURE_DAYS:
        raise ValidationError(_("A closure can last at most a year."), field="end_date")


def _affected(session: Session, start: date, end: date) -> list[GroupSession]:
    tz = settings.center_timezone(session)
    lo, _ = day_bounds(start, tz)
    _, hi = day_bounds(end, tz)
    return list(
        session.scalars(
            select(GroupSession)
            .where(*starting_between(lo, hi), GroupSession.status == SessionStatus.SCHEDULED)
            .order_by(GroupSession.starts_at, GroupSession.id)
        )
    )


def preview_closure(session: Session, actor: Actor, start: date, end: date) -> list[SessionView]:
    """The scheduled sessions a closure of these days would cancel."""
    require(actor, Permission.MANAGE_SCHEDULE)
    _check_days(start, end)
    return views(session, _affected(session, start, end), settings.center_timezone(session))


def create_closure(
    session: Session,
    actor: Actor,
    start: date,
    end: date,
    reason: str,
    expected_session_ids: Sequence[int] | None = None,
) -> ClosureRow:
    """Close the days and cancel every session in them. ``expected_session_ids`` is the list
    the user was shown; if the schedule changed since, nothing is cancelled."""
    require(actor, Permission.MANAGE_SCHEDULE)
    _check_days(start, end)
    cleaned = validation.text(reason, _("The reason"), "reason", max_length=150)
    overlap = session.scalar(
        select(Closure).where(Closure.start_date <= end, Closure.end_date >= start)
    )
    if overlap is not None:
        raise ValidationError(
            _("These days overlap the closure '{reason}'; change that one instead.").format(
                reason=overlap.reason
            ),
            field="start_date",
        )
    rows = _affected(session, start, end)
    if expected_session_ids is not None and {r.id for r in rows} != set(expected_session_ids):
        raise ValidationError(
            _(
                "The sessions on these days changed since the list was shown. "
                "Look at the list again before closing."
            )
        )
    closure = Closure(start_date=start, end_date=end, reason=cleaned, created_by_id=actor.user_id)
    session.add(closure)
    session.flush()
    for r in rows:
        r.status, r.closure_id = SessionStatus.CANCELLED, closure.id
        r.cancel_reason = f"Closed: {cleaned}"[:200]
    audit.record(
        session,
        actor,
        "create",
        "closure",
        closure.id,
        {
            "from": start.isoformat(),
            "to": end.isoformat(),
            "reason": cleaned,
            "cancelled_sessions": [r.id for r in rows],
        },
    )
    session.flush()
    return ClosureRow(closure.id, start, end, cleaned, len(rows))


def lift_closure(session: Session, actor: Actor, closure_id: int) -> Lifted:
    """Reopen the days: the closure's sessions are restored unless their room or people
    have been booked since (those stay cancelled and are listed)."""
    require(actor, Permission.MANAGE_SCHEDULE)
    closure = session.get(Closure, closure_id)
    if closure is None:
        raise NotFound(_("That closure no longer exists."))
    tz = settings.center_timezone(session)
    rows = list(
        session.scalars(
            select(GroupSession)
            .where(GroupSession.closure_id == closure_id)
            .options(selectinload(GroupSession.facilitators), selectinload(GroupSession.group))
            .order_by(GroupSession.starts_at)
        )
    )
    restored: list[GroupSession] = []
    blocked: list[tuple[GroupSession, str]] = []
    for r in rows:
        day = r.starts_at.astimezone(tz).date()
        booking = Booking(
            r.id,
            r.group.name,
            r.starts_at.astimezone(tz),
            r.ends_at.astimezone(tz),
            r.room_id,
            frozenset(f.staff_id for f in r.facilitators),
            Roster.load(session, r.group_id).on(day),
        )
        report = check(session, tz, [booking])
        if report.errors:
            blocked.append((r, ScheduleConflict(report.errors).message))
            r.closure_id = None
            continue
        r.status, r.cancel_reason, r.closure_id = SessionStatus.SCHEDULED, None, None
        restored.append(r)
        session.flush()  # the next session's check sees this one back on the schedule
    audit.record(
        session,
        actor,
        "delete",
        "closure",
        closure.id,
        {
            "from": closure.start_date.isoformat(),
            "to": closure.end_date.isoformat(),
            "reason": closure.reason,
            "restored_sessions": [r.id for r in restored],
            "left_cancelled": [r.id for r, _ in blocked],
        },
    )
    session.delete(closure)
    session.flush()
    shown = views(session, [r for r, _ in blocked], tz)
    return Lifted(len(restored), tuple(zip(shown, [m for _, m in blocked], strict=True)))


def list_closures(
    session: Session,
    actor: Actor,
    include_past: bool = False,
) -> list[ClosureRow]:
    require(actor, Permission.VIEW_SCHEDULE)
    query = select(Closure)
    if not include_past:
        today = clock.now().astimezone(settings.center_timezone(session)).date()
        query = query.where(Closure.end_date >= today - timedelta(days=1))
    closures = list(session.scalars(query.order_by(Closure.start_date)))
    counts = (
        dict(
            session.execute(
                select(GroupSession.closure_id, func.count())
                .where(GroupSession.closure_id.in_([c.id for c in closures]))
                .group_by(GroupSession.closure_id)
            ).all()
        )
        if closures
        else {}
    )
    return [
        ClosureRow(c.id, c.start_date, c.end_date, c.reason, counts.get(c.id, 0)) for c in closures
    ]
