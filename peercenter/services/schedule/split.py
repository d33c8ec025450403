"""'This and following': the series ends the day before the edited session and a new series,
with the changed fields, carries on from it with the same roster."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from peercenter.db.models import Enrollment, Group, GroupFacilitator, GroupSession
from peercenter.domain.conflicts import Booking
from peercenter.domain.enums import EnrollmentStatus, SessionStatus
from peercenter.domain.recurrence import Recurrence
from peercenter.services import audit, settings
from peercenter.services.schedule.changes import SessionChange
from peercenter.services.schedule.common import local_instant, local_span
from peercenter.services.schedule.conflicts import Roster, check
from peercenter.services.schedule.review import Review
from peercenter.services.series import planned_starts, set_facilitators
from peercenter.services.wellbeing.assignment import ProposedSession

_COPIED = (
    "name",
    "kind",
    "description",
    "enrollment_mode",
    "capacity",
    "min_size",
    "materialized_until",
    "is_active",
)


def is_first_of_series(session: Session, row: GroupSession) -> bool:
    earlier = session.scalar(
        select(func.count())
        .select_from(GroupSession)
        .where(
            GroupSession.group_id == row.group_id,
            GroupSession.occurrence_start < row.occurrence_start,
        )
    )
    return not earlier


def split_series(
    review: Review, row: GroupSession, change: SessionChange, notes: str | None
) -> Group:
    """End ``row``'s series the day before it and start a new one from it with the change.
    Later sessions move to the new series (hand-edited ones keep their edits)."""
    session, actor = review.session, review.actor
    old = row.group
    tz = settings.center_timezone(session)
    split_day = row.occurrence_start.astimezone(tz).date()
    split_at = datetime.combine(split_day, time.min, tz)
    rows = list(
        session.scalars(
            select(GroupSession)
            .where(GroupSession.group_id == old.id, GroupSession.occurrence_start >= split_at)
            .options(selectinload(GroupSession.facilitators))
            .order_by(GroupSession.occurrence_start)
        )
    )
    changed = [r for r in rows if r is row or not r.is_exception]
    roster = Roster.load(session, old.id)
    proposed = []
    for r in changed:
        if r.status is not SessionStatus.SCHEDULED:
            continue
        day = r.occurrence_start.astimezone(tz).date()
        start, end = local_span(
            local_instant(day, change.start_time, tz), change.duration_minutes, tz
        )
        proposed.append(
            Booking(
                r.id,
                old.name,
                start,
                end,
                change.room_id,
                frozenset(s for s, _ in change.facilitators()),
                roster.on(day),
            )
        )
    review.conflicts(check(session, tz, proposed))
    already = {f.staff_id for f in row.facilitators}
    review.assignments(
        (s for s, _ in change.facilitators() if s not in already),
        [ProposedSession(b.starts_at, b.ends_at, old.name, b.key) for b in proposed],
    )

    new = _new_series(session, old, tz, split_day, change)
    for r in rows:
        day = r.occurrence_start.astimezone(tz).date()
        r.group_id = new.id
        r.occurrence_start = local_instant(day, change.start_time, tz)
        if r in changed:
            r.starts_at = r.occurrence_start
            r.ends_at = r.starts_at + timedelta(minutes=change.duration_minutes)
            r.room_id, r.topic_id = change.room_id, change.topic_id
            set_facilitators(r, change.facilitators())
    row.notes = notes
    _carry_roster(session, old.id, new.id, split_day)
    audit.record(
        session,
        actor,
        "split",
        "group",
        old.id,
        {"new_group": new.id, "from": split_day.isoformat(), "sessions": len(rows)},
    )
    audit.record(
        session,
        actor,
        "create",
        "group",
        new.id,
        {"name": new.name, "rule": new.rrule, "split_from": old.id},
    )
    session.flush()
    return new


def _new_series(
    session: Session, old: Group, tz: ZoneInfo, split_day: date, change: SessionChange
) -> Group:
    rule = Recurrence.from_rrule(old.rrule)
    count = None
    if rule.count is not None:
        before = planned_starts(old, tz, old.first_date, split_day - timedelta(days=1))
        count = max(rule.count - len(before), 1)
    new_rule = replace(rule, count=count)
    ended = replace(rule, count=None, until=split_day - timedelta(days=1))
    old.rrule = ended.to_rrule(old.first_date)
    old.until_date, old.occurrence_count = ended.until, None
    new = Group(
        **{key: getattr(old, key) for key in _COPIED},
        first_date=split_day,
        start_time=change.start_time,
        duration_minutes=change.duration_minutes,
        room_id=change.room_id,
        default_topic_id=change.topic_id,
        rrule=new_rule.to_rrule(split_day),
        until_date=new_rule.until,
        occurrence_count=new_rule.count,
        split_from_id=old.id,
    )
    new.facilitators = [GroupFacilitator(staff_id=s, role=r) for s, r in change.facilitators()]
    session.add(new)
    session.flush()
    return new


def _carry_roster(session: Session, old_id: int, new_id: int, split_day: date) -> None:
    """Everyone on the old roster (and waitlist) from the split day on moves along."""
    last_old_day = split_day - timedelta(days=1)
    for e in session.scalars(
        select(Enrollment).where(
            Enrollment.group_id == old_id,
            (Enrollment.to_date.is_(None)) | (Enrollment.to_date >= split_day),
        )
    ):
        if e.from_date >= split_day or e.status is EnrollmentStatus.WAITLISTED:
            e.group_id = new_id
            continue
        session.add(
            Enrollment(
                group_id=new_id,
                participant_id=e.participant_id,
                status=e.status,
                from_date=split_day,
                to_date=e.to_date,
                waitlist_position=e.waitlist_position,
                offered_at=e.offered_at,
            )
        )
        e.to_date = last_old_day
