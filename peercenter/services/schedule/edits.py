"""Changing sessions the way a calendar user expects: this session only, this and following
(the series splits), or the whole series; moving, cancelling with a reason, and restoring."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from peercenter.db.models import GroupSession
from peercenter.domain import timefmt, validation
from peercenter.domain.confirmation import Confirmation, Outcome
from peercenter.domain.conflicts import Booking
from peercenter.domain.enums import FacilitatorRole, SessionStatus
from peercenter.domain.errors import ValidationError
from peercenter.domain.permissions import Permission
from peercenter.i18n import _
from peercenter.services import audit, settings
from peercenter.services.concurrency import check_version
from peercenter.services.context import Actor, require
from peercenter.services.schedule.changes import (
    EditMode,
    SessionChange,
    change_of,
    clean_change,
)
from peercenter.services.schedule.common import (
    SessionView,
    load_session,
    local_instant,
    view_of,
)
from peercenter.services.schedule.conflicts import Roster, check
from peercenter.services.schedule.groups import change_series, form_of
from peercenter.services.schedule.review import Review, decide
from peercenter.services.schedule.split import is_first_of_series, split_series
from peercenter.services.series import set_facilitators
from peercenter.services.wellbeing.assignment import ProposedSession


def edit_session(
    session: Session,
    actor: Actor,
    session_id: int,
    change: SessionChange,
    mode: EditMode,
    expected_version: int | None,
    confirmation: Confirmation | None = None,
) -> Outcome[SessionView]:
    """Apply the form to this session, to it and the ones after it, or to the whole series.
    Conflicts are refused; the warnings (hours over a cap, a new facilitator's guardrail
    flags) come back unless ``confirmation`` answers them (review.py)."""
    require(actor, Permission.MANAGE_SCHEDULE)
    row = load_session(session, session_id)
    check_version(row, expected_version)
    notes = clean_change(session, row.group, change)
    tz = settings.center_timezone(session)
    if mode is not EditMode.THIS and change.day != row.occurrence_start.astimezone(tz).date():
        raise ValidationError(
            _(
                "To move sessions to another day, change the series' repeat "
                "rule, or move this session only."
            ),
            field="day",
        )

    def apply(review: Review) -> SessionView:
        review.about("session", row.id, f"{row.group.name}, {timefmt.day(change.day)}")
        if mode is EditMode.THIS:
            _edit_one(review, row, change, notes)
        elif mode is EditMode.FOLLOWING and not is_first_of_series(session, row):
            split_series(review, row, change, notes)
        else:
            _edit_series(review, row, change, notes)
        session.flush()
        return view_of(session, row)

    return decide(session, actor, confirmation, apply)


def _edit_one(review: Review, row: GroupSession, change: SessionChange, notes: str | None) -> None:
    session, actor = review.session, review.actor
    tz = settings.center_timezone(session)
    start = local_instant(change.day, change.start_time, tz)
    end = start + timedelta(minutes=change.duration_minutes)
    if row.status is SessionStatus.SCHEDULED:
        room_changed = change.room_id != row.room_id
        roster = Roster.load(session, row.group_id)
        booking = Booking(
            row.id,
            row.group.name,
            start.astimezone(tz),
            end.astimezone(tz),
            change.room_id,
            frozenset(s for s, _ in change.facilitators()),
            roster.on(change.day),
        )
        report = check(
            session,
            tz,
            [booking],
            capacity=room_changed,
            group_capacity=row.group.capacity,
        )
        review.conflicts(report)
        already = {f.staff_id for f in row.facilitators}
        review.assignments(
            (s for s, _ in change.facilitators() if s not in already),
            [ProposedSession(booking.starts_at, booking.ends_at, row.group.name, row.id)],
        )
    before = _snapshot(row)
    row.starts_at, row.ends_at = start, end
    row.room_id, row.topic_id, row.notes = change.room_id, change.topic_id, notes
    set_facilitators(row, change.facilitators())
    row.is_exception = True
    diff = audit.changes(before, _snapshot(row))
    audit.record(session, actor, "update", "session", row.id, {**diff, "mode": "this"})


def _snapshot(row: GroupSession) -> dict[str, Any]:
    return {
        "starts_at": row.starts_at,
        "ends_at": row.ends_at,
        "room_id": row.room_id,
        "topic_id": row.topic_id,
        "notes": row.notes,
        "facilitators": sorted((f.staff_id, f.role.value) for f in row.facilitators),
        "status": row.status.value,
    }


def _edit_series(
    review: Review, row: GroupSession, change: SessionChange, notes: str | None
) -> None:
    group = row.group
    form = replace(
        form_of(group),
        start_time=change.start_time,
        duration_minutes=change.duration_minutes,
        room_id=change.room_id,
        lead_id=change.lead_id,
        co_facilitator_ids=tuple(s for s, r in change.facilitators() if r is FacilitatorRole.CO),
        default_topic_id=change.topic_id,
    )
    change_series(review, group.id, form, None)
    if row.is_exception:
        # The session the user opened takes the change too, even though edited before.
        _edit_one(review, row, change, notes)
    else:
        row.notes = notes


def move_session(
    session: Session,
    actor: Actor,
    session_id: int,
    new_start: datetime,
    expected_version: int | None,
    confirmation: Confirmation | None = None,
) -> Outcome[SessionView]:
    """Move one session to another day or time, keeping its length, room and people."""
    require(actor, Permission.MANAGE_SCHEDULE)
    row = load_session(session, session_id)
    tz = settings.center_timezone(session)
    local = new_start.astimezone(tz)
    current = change_of(view_of(session, row))
    change = replace(current, day=local.date(), start_time=local.time().replace(tzinfo=None))
    return edit_session(
        session, actor, session_id, change, EditMode.THIS, expected_version, confirmation
    )


def cancel_session(
    session: Session, actor: Actor, session_id: int, reason: str, expected_version: int | None
) -> SessionView:
    require(actor, Permission.MANAGE_SCHEDULE)
    row = load_session(session, session_id)
    check_version(row, expected_version)
    cleaned = validation.text(reason, _("The reason for cancelling"), "reason", max_length=200)
    if row.status is SessionStatus.CANCELLED:
        raise ValidationError(_("This session is already cancelled."))
    row.status, row.cancel_reason = SessionStatus.CANCELLED, cleaned
    audit.record(session, actor, "cancel", "session", row.id, {"reason": cleaned})
    session.flush()
    return view_of(session, row)


def restore_session(
    session: Session,
    actor: Actor,
    session_id: int,
    expected_version: int | None,
    confirmation: Confirmation | None = None,
) -> Outcome[SessionView]:
    """Put a cancelled session back, if its room and people are still free; hours it puts
    over a facilitator's cap need a reason."""
    require(actor, Permission.MANAGE_SCHEDULE)
    row = load_session(session, session_id)
    check_version(row, expected_version)
    if row.status is not SessionStatus.CANCELLED:
        raise ValidationError(_("This session is not cancelled."))
    tz = settings.center_timezone(session)
    day = row.starts_at.astimezone(tz).date()

    def apply(review: Review) -> SessionView:
        roster = Roster.load(session, row.group_id)
        booking = Booking(
            row.id,
            row.group.name,
            row.starts_at.astimezone(tz),
            row.ends_at.astimezone(tz),
            row.room_id,
            frozenset(f.staff_id for f in row.facilitators),
            roster.on(day),
        )
        review.conflicts(check(session, tz, [booking]))
        row.status, row.cancel_reason, row.closure_id = SessionStatus.SCHEDULED, None, None
        audit.record(session, actor, "restore", "session", row.id)
        review.about("session", row.id, f"{row.group.name}, {timefmt.day(day)}")
        session.flush()
        return view_of(session, row)

    return decide(session, actor, confirmation, apply)
