"""Rosters: who is enrolled in a group from when to when, and the waitlist. When a place opens
in a full group, the first person waiting is offered it; accepting enrolls them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from peercenter.db.models import Enrollment, Group, GroupSession, Participant
from peercenter.domain import access_log, timefmt
from peercenter.domain.conflicts import Booking
from peercenter.domain.enums import (
    EnrollmentMode,
    EnrollmentStatus,
    ParticipantStatus,
    SessionStatus,
)
from peercenter.domain.errors import NotFound, ValidationError
from peercenter.domain.names import participant_display_name
from peercenter.domain.permissions import Permission
from peercenter.i18n import _
from peercenter.services import audit, clock, participants, settings, views
from peercenter.services.clock import day_bounds
from peercenter.services.concurrency import check_version
from peercenter.services.context import Actor, require
from peercenter.services.schedule.common import effective_capacity, horizon, load_group
from peercenter.services.schedule.conflicts import check, enforce


@dataclass(frozen=True)
class RosterEntry:
    id: int
    version: int
    participant_id: int
    name: str
    status: EnrollmentStatus
    from_date: date
    to_date: date | None
    waitlist_position: int | None
    offered_at: datetime | None

    @property
    def has_offer(self) -> bool:
        return self.offered_at is not None


@dataclass(frozen=True)
class RosterView:
    group_id: int
    group_name: str
    enrollment_mode: EnrollmentMode
    capacity: int | None
    enrolled: tuple[RosterEntry, ...]  # current and future
    waitlist: tuple[RosterEntry, ...]  # in order
    past: tuple[RosterEntry, ...]  # enrollments that have ended
    taken_today: int  # places held today

    @property
    def free(self) -> int | None:
        """Places nobody holds or has been offered; None when there is no limit."""
        if self.capacity is None:
            return None
        offers = sum(1 for e in self.waitlist if e.has_offer)
        return max(self.capacity - len(self.enrolled) - offers, 0)


def _today(session: Session) -> date:
    return clock.now().astimezone(settings.center_timezone(session)).date()


def _entries(session: Session, actor: Actor, rows: list[Enrollment]) -> list[RosterEntry]:
    """Each enrollment with the person's name, namesakes told apart."""
    people = (
        {
            p.id: p
            for p in session.scalars(
                select(Participant).where(Participant.id.in_({r.participant_id for r in rows}))
            )
        }
        if rows
        else {}
    )
    names = participants.labels(session, actor, people.values())
    return [
        RosterEntry(
            r.id,
            r.version,
            r.participant_id,
            names[r.participant_id],
            r.status,
            r.from_date,
            r.to_date,
            r.waitlist_position,
            r.offered_at,
        )
        for r in rows
    ]


def get_roster(
    session: Session, actor: Actor, group_id: int, record_view: bool = True
) -> RosterView:
    """The roster, its opening audited. ``record_view`` False: the roster already open on
    the screen, read again because it changed elsewhere (the same viewing, audited when it
    was opened)."""
    require(actor, Permission.VIEW_PARTICIPANTS)
    group = load_group(session, group_id)
    today = _today(session)
    rows = list(session.scalars(select(Enrollment).where(Enrollment.group_id == group_id)))
    current = sorted(
        (
            r
            for r in rows
            if r.status is EnrollmentStatus.ENROLLED and (r.to_date is None or r.to_date >= today)
        ),
        key=lambda r: r.from_date,
    )
    waiting = sorted(
        (r for r in rows if r.status is EnrollmentStatus.WAITLISTED),
        key=lambda r: r.waitlist_position or 0,
    )
    past = sorted(
        (
            r
            for r in rows
            if r.status is EnrollmentStatus.ENROLLED and r.to_date is not None and r.to_date < today
        ),
        key=lambda r: r.to_date or today,
        reverse=True,
    )
    entries = _entries(session, actor, current + waiting + past)
    current_e = sorted(entries[: len(current)], key=lambda e: e.name.lower())
    if record_view:
        listed = access_log.id_ranges(r.participant_id for r in rows)
        views.record_view(session, actor, access_log.ROSTER, group_id, {access_log.LISTED: listed})
    return RosterView(
        group.id,
        group.name,
        group.enrollment_mode,
        effective_capacity(group.capacity, group.room),
        tuple(current_e),
        tuple(entries[len(current) : len(current) + len(waiting)]),
        tuple(entries[len(current) + len(waiting) :]),
        sum(1 for r in current if r.from_date <= today),
    )


def _holding(session: Session, group_id: int, day: date) -> list[Enrollment]:
    """Enrollments holding a place on ``day`` or later, and open offers."""
    return list(
        session.scalars(
            select(Enrollment).where(
                Enrollment.group_id == group_id,
                (Enrollment.status == EnrollmentStatus.ENROLLED)
                | Enrollment.offered_at.is_not(None),
                (Enrollment.to_date.is_(None)) | (Enrollment.to_date >= day),
            )
        )
    )


def _waiting(session: Session, group_id: int) -> list[Enrollment]:
    return list(
        session.scalars(
            select(Enrollment)
            .where(
                Enrollment.group_id == group_id, Enrollment.status == EnrollmentStatus.WAITLISTED
            )
            .order_by(Enrollment.waitlist_position, Enrollment.id)
        )
    )


def _renumber(session: Session, group_id: int) -> None:
    for n, e in enumerate(_waiting(session, group_id), 1):
        if e.waitlist_position != n:
            e.waitlist_position = n


def enroll(
    session: Session,
    actor: Actor,
    group_id: int,
    participant_id: int,
    from_date: date,
    to_date: date | None = None,
) -> RosterEntry:
    """Put someone on the roster, or at the end of the waitlist when the group is full or
    others are already waiting."""
    require(actor, Permission.MANAGE_SCHEDULE)
    group = load_group(session, group_id)
    person = session.get(Participant, participant_id)
    if person is None or person.status is not ParticipantStatus.ACTIVE:
        raise ValidationError(_("Choose an active participant."), field="participant")
    if to_date is not None and to_date < from_date:
        raise ValidationError(_("The last day cannot be before the first."), field="to_date")
    if not group.is_active or (group.until_date is not None and from_date > group.until_date):
        raise ValidationError(_("'{group}' has ended.").format(group=group.name), field="from_date")
    clash = session.scalar(
        select(Enrollment).where(
            Enrollment.group_id == group_id,
            Enrollment.participant_id == participant_id,
            (Enrollment.status == EnrollmentStatus.WAITLISTED)
            | (Enrollment.to_date.is_(None))
            | (Enrollment.to_date >= from_date),
        )
    )
    if clash is not None:
        name = participant_display_name(person.preferred_name, person.last_name)
        raise ValidationError(
            _("{name} is already on the waitlist.").format(name=name)
            if clash.status is EnrollmentStatus.WAITLISTED
            else _("{name} is already on the roster.").format(name=name),
            field="participant",
        )
    capacity = effective_capacity(group.capacity, group.room)
    full = (
        capacity is not None
        and len(_holding(session, group_id, max(from_date, _today(session)))) >= capacity
    )
    entry = Enrollment(
        group_id=group_id, participant_id=participant_id, from_date=from_date, to_date=to_date
    )
    if full or _waiting(session, group_id):
        entry.status = EnrollmentStatus.WAITLISTED
        entry.waitlist_position = len(_waiting(session, group_id)) + 1
    else:
        entry.status = EnrollmentStatus.ENROLLED
        _check_participant(session, group, participant_id, from_date, to_date)
    session.add(entry)
    session.flush()
    audit.record(
        session,
        actor,
        "enroll" if entry.status is EnrollmentStatus.ENROLLED else "waitlist",
        "enrollment",
        entry.id,
        {
            "group": group_id,
            "participant": participant_id,
            "from": from_date.isoformat(),
            "to": to_date.isoformat() if to_date else None,
        },
    )
    if entry.status is EnrollmentStatus.WAITLISTED:
        offer_open_places(session, actor, group)
    return _entries(session, actor, [entry])[0]


def _check_participant(
    session: Session, group: Group, participant_id: int, first: date, last: date | None
) -> None:
    """Refuse an enrollment that puts the person in two sessions at once."""
    tz = settings.center_timezone(session)
    start = max(first, _today(session))
    end = min(last or horizon(session, tz), horizon(session, tz))
    if end < start:
        return
    lo, _ = day_bounds(start, tz)
    _, hi = day_bounds(end, tz)
    rows = session.execute(
        select(GroupSession.id, GroupSession.starts_at, GroupSession.ends_at).where(
            GroupSession.group_id == group.id,
            GroupSession.starts_at >= lo,
            GroupSession.starts_at < hi,
            GroupSession.status == SessionStatus.SCHEDULED,
        )
    )
    proposed = [
        Booking(
            sid,
            group.name,
            s.astimezone(tz),
            e.astimezone(tz),
            participant_ids=frozenset({participant_id}),
        )
        for sid, s, e in rows
    ]
    enforce(check(session, tz, proposed))


def offer_open_places(
    session: Session, actor: Actor, group: Group, opens_on: date | None = None
) -> list[RosterEntry]:
    """Offer each place free from ``opens_on`` (default today) to the next person waiting
    who has no offer yet."""
    capacity = effective_capacity(group.capacity, group.room)
    waiting = [e for e in _waiting(session, group.id) if e.offered_at is None]
    if not waiting:
        return []
    day = max(opens_on or _today(session), _today(session))
    free = len(waiting) if capacity is None else capacity - len(_holding(session, group.id, day))
    offered = waiting[: max(free, 0)]
    for e in offered:
        e.offered_at = clock.now()
        audit.record(
            session,
            actor,
            "offer_place",
            "enrollment",
            e.id,
            {"group": group.id, "participant": e.participant_id},
        )
    session.flush()
    return _entries(session, actor, offered)


def offer_free_places(session: Session, actor: Actor, group_id: int) -> list[RosterEntry]:
    """Offer any free place to the next people waiting (the roster's 'Offer' button)."""
    require(actor, Permission.MANAGE_SCHEDULE)
    return offer_open_places(session, actor, load_group(session, group_id))


def _load(session: Session, enrollment_id: int) -> Enrollment:
    e = session.get(Enrollment, enrollment_id)
    if e is None:
        raise NotFound(_("That enrollment no longer exists."))
    return e


def end_enrollment(
    session: Session,
    actor: Actor,
    enrollment_id: int,
    last_day: date,
    expected_version: int | None = None,
) -> list[RosterEntry]:
    """End someone's enrollment after ``last_day`` (or take them off the waitlist); the
    freed place is offered to whoever waits next. Returns the offers made."""
    require(actor, Permission.MANAGE_SCHEDULE)
    e = _load(session, enrollment_id)
    check_version(e, expected_version)
    group = load_group(session, e.group_id)
    if e.status is EnrollmentStatus.WAITLISTED or last_day < e.from_date:
        audit.record(
            session,
            actor,
            "remove",
            "enrollment",
            e.id,
            {"group": e.group_id, "participant": e.participant_id},
        )
        session.delete(e)
        session.flush()
        _renumber(session, group.id)
    else:
        e.to_date = last_day
        audit.record(
            session,
            actor,
            "end",
            "enrollment",
            e.id,
            {"group": e.group_id, "participant": e.participant_id, "to": last_day.isoformat()},
        )
        session.flush()
    return offer_open_places(session, actor, group, last_day + timedelta(days=1))


def accept_offer(
    session: Session, actor: Actor, enrollment_id: int, from_date: date | None = None
) -> RosterEntry:
    """The person offered a place takes it: they move from the waitlist to the roster."""
    require(actor, Permission.MANAGE_SCHEDULE)
    e = _load(session, enrollment_id)
    if e.status is not EnrollmentStatus.WAITLISTED or e.offered_at is None:
        raise ValidationError(_("This person has not been offered a place."))
    group = load_group(session, e.group_id)
    start = max(from_date or _today(session), e.from_date)
    opens = _first_free_day(session, group, start)
    if opens is None:
        raise ValidationError(_("No place is free in this group yet."))
    if from_date is not None and opens > start:
        raise ValidationError(
            _("The place is free from {day}.").format(day=timefmt.date_text(opens)),
            field="from_date",
        )
    start = opens
    if e.to_date is not None and e.to_date < start:
        raise ValidationError(
            _("Their requested dates have passed; enroll them again."), field="from_date"
        )
    _check_participant(session, group, e.participant_id, start, e.to_date)
    e.status, e.from_date = EnrollmentStatus.ENROLLED, start
    e.waitlist_position, e.offered_at = None, None
    session.flush()
    _renumber(session, group.id)
    audit.record(
        session,
        actor,
        "accept_offer",
        "enrollment",
        e.id,
        {"group": group.id, "participant": e.participant_id, "from": start.isoformat()},
    )
    session.flush()
    return _entries(session, actor, [e])[0]


def _first_free_day(session: Session, group: Group, start: date) -> date | None:
    """The first day from ``start`` on when fewer people are enrolled than the group takes
    (an enrollment ending frees its place the day after)."""
    capacity = effective_capacity(group.capacity, group.room)
    if capacity is None:
        return start
    holders = [
        e for e in _holding(session, group.id, start) if e.status is EnrollmentStatus.ENROLLED
    ]
    days = sorted(
        {start} | {e.to_date + timedelta(days=1) for e in holders if e.to_date is not None}
    )
    for day in days:
        if sum(1 for e in holders if e.to_date is None or e.to_date >= day) < capacity:
            return day
    return None


def decline_offer(session: Session, actor: Actor, enrollment_id: int) -> list[RosterEntry]:
    """The person offered a place does not want it: they leave the waitlist and the place
    goes to the next person. Returns the new offers."""
    require(actor, Permission.MANAGE_SCHEDULE)
    e = _load(session, enrollment_id)
    if e.offered_at is None:
        raise ValidationError(_("This person has not been offered a place."))
    return end_enrollment(session, actor, enrollment_id, e.from_date)


def move_on_waitlist(session: Session, actor: Actor, enrollment_id: int, position: int) -> None:
    """Put someone at another place in the waiting order (1 is next)."""
    require(actor, Permission.MANAGE_SCHEDULE)
    e = _load(session, enrollment_id)
    if e.status is not EnrollmentStatus.WAITLISTED:
        raise ValidationError(_("Only people on the waitlist have a place in the queue."))
    queue = [w for w in _waiting(session, e.group_id) if w.id != e.id]
    position = min(max(position, 1), len(queue) + 1)
    queue.insert(position - 1, e)
    for n, w in enumerate(queue, 1):
        w.waitlist_position = n
    audit.record(
        session,
        actor,
        "reorder_waitlist",
        "enrollment",
        e.id,
        {"group": e.group_id, "participant": e.participant_id, "position": position},
    )
    session.flush()
