"""Groups (series): the form, creating one, previewing its sessions and conflicts, changing the
whole series, and listing groups."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from peercenter.db.models import (
    Enrollment,
    Group,
    GroupFacilitator,
    GroupSession,
    Room,
    Staff,
    Topic,
)
from peercenter.domain import timefmt, validation
from peercenter.domain.confirmation import Confirmation, Outcome
from peercenter.domain.conflicts import Booking
from peercenter.domain.enums import EnrollmentMode, EnrollmentStatus, FacilitatorRole, GroupKind
from peercenter.domain.permissions import Permission
from peercenter.domain.recurrence import Recurrence
from peercenter.i18n import _
from peercenter.services import audit, clock, settings
from peercenter.services.concurrency import check_version
from peercenter.services.context import Actor, require
from peercenter.services.schedule.common import (
    effective_capacity,
    horizon,
    load_group,
    local_span,
    staff_names,
)
from peercenter.services.schedule.conflicts import (
    ConflictReport,
    Roster,
    check,
    with_roster,
)
from peercenter.services.schedule.review import Review, decide
from peercenter.services.series import (
    ClosedDays,
    materialize,
    planned_starts,
    regenerate,
    sync_facilitators,
)
from peercenter.services.wellbeing.assignment import ProposedSession

MAX_CAPACITY = 500
PREVIEW_DATES = 6


@dataclass(frozen=True)
class GroupForm:
    name: str
    kind: GroupKind
    first_date: date
    start_time: time
    duration_minutes: int
    recurrence: Recurrence = field(default_factory=Recurrence)
    description: str = ""
    enrollment_mode: EnrollmentMode = EnrollmentMode.OPEN
    capacity: int | None = None
    min_size: int | None = None
    room_id: int | None = None
    lead_id: int | None = None
    co_facilitator_ids: tuple[int, ...] = ()
    default_topic_id: int | None = None


@dataclass(frozen=True)
class GroupDetail:
    id: int
    version: int
    form: GroupForm
    schedule: str  # 'Every week on Tuesday', in words
    is_active: bool
    split_from_id: int | None
    materialized_until: date | None


@dataclass(frozen=True)
class GroupRow:
    id: int
    name: str
    kind: GroupKind
    schedule: str
    time: str
    room: str
    facilitators: str
    enrollment_mode: EnrollmentMode
    capacity: int | None
    enrolled: int
    waitlisted: int
    first_date: date
    until_date: date | None
    is_active: bool
    ended: bool


@dataclass(frozen=True)
class GroupPreview:
    schedule: str
    next_dates: tuple[str, ...]
    session_count: int  # sessions up to the planning horizon
    report: ConflictReport


def _clean(session: Session, form: GroupForm, draft: bool = False) -> dict[str, Any]:
    """The checked values; a ``draft`` (a form still being filled in) may lack its name and
    lead, so a preview can be shown while typing."""
    errors = validation.FormErrors()
    values: dict[str, Any] = {
        "name": errors.check(
            "name",
            validation.text,
            form.name or (_("New group") if draft else ""),
            _("Name"),
            "name",
            max_length=120,
        ),
        "description": errors.check(
            "description",
            validation.text,
            form.description,
            "Description",
            "description",
            required=False,
            max_length=2000,
        )
        or None,
        "kind": form.kind,
        "enrollment_mode": form.enrollment_mode,
        "first_date": form.first_date,
        "start_time": form.start_time.replace(second=0, microsecond=0),
        "duration_minutes": form.duration_minutes,
        "room_id": form.room_id,
        "default_topic_id": form.default_topic_id,
        "until_date": form.recurrence.until,
        "occurrence_count": form.recurrence.count,
    }
    capacity, min_size = form.capacity, form.min_size
    if form.kind is GroupKind.MENTORING:
        if capacity not in (None, 1):
            errors.add("capacity", _("One-to-one mentoring is for one participant."))
        capacity = 1
        if form.co_facilitator_ids:
            errors.add(
                "facilitators",
                _("One-to-one mentoring has one specialist and no co-facilitators."),
            )
    if capacity is not None and not 1 <= capacity <= MAX_CAPACITY:
        errors.add(
            "capacity", _("Capacity must be between 1 and {most}.").format(most=MAX_CAPACITY)
        )
    if min_size is not None and not 0 <= min_size <= (capacity or MAX_CAPACITY):
        errors.add("min_size", _("The minimum size must be between 0 and the capacity."))
    values["capacity"], values["min_size"] = capacity, min_size
    if not 5 <= form.duration_minutes <= 720:
        errors.add("duration", _("A session lasts between 5 minutes and 12 hours."))
    if form.first_date.year < 2000:
        errors.add("first_date", _("The first date looks wrong."))
    values["rrule"] = errors.check("recurrence", form.recurrence.to_rrule, form.first_date)
    if form.room_id is not None:
        room = session.get(Room, form.room_id)
        if room is None or not room.is_active:
            errors.add("room", _("Choose a room from the list."))
    _check_facilitators(session, form, errors, draft)
    if form.default_topic_id is not None and session.get(Topic, form.default_topic_id) is None:
        errors.add("topic", _("Choose a topic from the list."))
    errors.raise_if_any()
    return values


def _check_facilitators(
    session: Session, form: GroupForm, errors: validation.FormErrors, draft: bool
) -> None:
    if form.lead_id is None:
        if form.kind is not GroupKind.COMMUNITY and not draft:
            errors.add("facilitators", _("Choose who leads the group."))
        if form.co_facilitator_ids:
            errors.add("facilitators", _("Choose a lead facilitator before co-facilitators."))
    if form.lead_id is not None and form.lead_id in form.co_facilitator_ids:
        errors.add("facilitators", _("The lead cannot also be a co-facilitator."))
    wanted = {i for i in (form.lead_id, *form.co_facilitator_ids) if i is not None}
    found = set(session.scalars(select(Staff.id).where(Staff.id.in_(wanted)))) if wanted else set()
    if wanted - found:
        errors.add("facilitators", _("Choose facilitators from the staff list."))


def _facilitators(form: GroupForm) -> list[tuple[int, FacilitatorRole]]:
    lead = [(form.lead_id, FacilitatorRole.LEAD)] if form.lead_id is not None else []
    return lead + [(s, FacilitatorRole.CO) for s in dict.fromkeys(form.co_facilitator_ids)]


def _transient(values: dict[str, Any], form: GroupForm, group_id: int | None) -> Group:
    """An unsaved Group carrying the form's values, to plan sessions before writing."""
    group = Group(id=group_id, **values)
    group.facilitators = [GroupFacilitator(staff_id=s, role=r) for s, r in _facilitators(form)]
    return group


def _planned(
    group: Group, tz: ZoneInfo, closed: ClosedDays, since: datetime, until: date
) -> list[datetime]:
    """Planned starts from ``since`` up to ``until``, without the closed days."""
    return [
        s
        for s in planned_starts(group, tz, since.astimezone(tz).date(), until)
        if s >= since and closed.closure_on(s.astimezone(tz).date()) is None
    ]


def bookings(
    group: Group, starts: list[datetime], tz: ZoneInfo, keys: dict[date, int] | None = None
) -> list[Booking]:
    """Proposed bookings for the group at these starts; ``keys`` gives the session id already
    holding a day (new ones get negative keys)."""
    staff = frozenset(f.staff_id for f in group.facilitators)
    out = []
    length = timedelta(minutes=group.duration_minutes)
    for n, start in enumerate(starts, 1):
        key = (keys or {}).get(start.astimezone(tz).date(), -n) if keys else -n
        out.append(Booking(key, group.name, start, start + length, group.room_id, staff, tz=tz))
    return out


def preview_group(
    session: Session, actor: Actor, form: GroupForm, group_id: int | None = None
) -> GroupPreview:
    """What saving the form would plan, and what it would clash with; writes nothing. The
    form may still lack its name and lead."""
    require(actor, Permission.VIEW_SCHEDULE)
    values = _clean(session, form, draft=True)
    tz = settings.center_timezone(session)
    group = _transient(values, form, group_id)
    since = clock.now() if group_id is not None else datetime.combine(form.first_date, time.min, tz)
    plan = _series_plan(session, group, tz, since, group_id)
    shown = [
        timefmt.slot(*local_span(s, group.duration_minutes, tz))
        for s in plan.starts[:PREVIEW_DATES]
    ]
    return GroupPreview(
        form.recurrence.describe(form.first_date), tuple(shown), len(plan.starts), plan.report
    )


@dataclass(frozen=True)
class _Plan:
    starts: list[datetime]
    report: ConflictReport


def _series_plan(
    session: Session, group: Group, tz: ZoneInfo, since: datetime, group_id: int | None
) -> _Plan:
    """The series' sessions from ``since`` to the horizon and their conflicts. For an
    existing group its unedited future sessions are the ones being replaced."""
    until = horizon(session, tz, clock.now().astimezone(tz).date())
    closed = ClosedDays.load(session, since.astimezone(tz).date(), until)
    starts = _planned(group, tz, closed, since, until)
    keys: dict[date, int] = {}
    ignore: list[int] = []
    if group_id is not None:
        rows = session.execute(
            select(GroupSession.id, GroupSession.occurrence_start, GroupSession.is_exception).where(
                GroupSession.group_id == group_id, GroupSession.occurrence_start >= since
            )
        )
        edited: set[date] = set()
        for sid, occurrence, is_exception in rows:
            day = occurrence.astimezone(tz).date()
            if is_exception:
                edited.add(day)
            else:
                keys[day] = sid
                ignore.append(sid)
        starts = [s for s in starts if s.astimezone(tz).date() not in edited]
    roster = Roster.load(session, group_id)
    proposed = with_roster(bookings(group, starts, tz, keys), roster, tz)
    report = check(
        session, tz, proposed, ignore=ignore, capacity=True, group_capacity=group.capacity
    )
    return _Plan(starts, report)


def create_group(
    session: Session, actor: Actor, form: GroupForm, confirmation: Confirmation | None = None
) -> Outcome[GroupDetail]:
    """Create a series and its sessions up to the horizon. Double bookings are refused; the
    warnings (hours over a cap, the facilitators' guardrail flags) come back unless
    ``confirmation`` answers them (review.py)."""
    require(actor, Permission.MANAGE_SCHEDULE)
    values = _clean(session, form)
    return decide(session, actor, confirmation, lambda review: _create(review, form, values))


def _create(review: Review, form: GroupForm, values: dict[str, Any]) -> GroupDetail:
    session, actor = review.session, review.actor
    tz = settings.center_timezone(session)
    transient = _transient(values, form, None)
    plan = _series_plan(
        session, transient, tz, datetime.combine(form.first_date, time.min, tz), None
    )
    review.conflicts(plan.report)
    review.assignments((s for s, _ in _facilitators(form)), _proposed(transient, plan.starts, tz))
    group = Group(**values)
    group.facilitators = [GroupFacilitator(staff_id=s, role=r) for s, r in _facilitators(form)]
    session.add(group)
    session.flush()
    added = materialize(session, group, tz, horizon(session, tz))
    audit.record(
        session,
        actor,
        "create",
        "group",
        group.id,
        {"name": group.name, "rule": group.rrule, "sessions": added},
    )
    review.about("group", group.id, group.name)
    session.flush()
    return detail(group)


def _proposed(group: Group, starts: list[datetime], tz: ZoneInfo) -> list[ProposedSession]:
    """The planned sessions as a facilitator new to the series would take them on."""
    length = timedelta(minutes=group.duration_minutes)
    return [
        ProposedSession(s.astimezone(tz), s.astimezone(tz) + length, group.name) for s in starts
    ]


def update_group(
    session: Session,
    actor: Actor,
    group_id: int,
    form: GroupForm,
    expected_version: int | None,
    confirmation: Confirmation | None = None,
) -> Outcome[GroupDetail]:
    """Change the whole series. Past sessions stay as they were; future sessions not edited
    by hand are brought in line with the new rule, time, room and facilitators. Warnings as
    for ``create_group``."""
    require(actor, Permission.MANAGE_SCHEDULE)
    return decide(
        session,
        actor,
        confirmation,
        lambda review: change_series(review, group_id, form, expected_version),
    )


def change_series(
    review: Review, group_id: int, form: GroupForm, expected_version: int | None
) -> GroupDetail:
    """``update_group``'s work, as one step of a change (an edit of a session may change its
    series too)."""
    session, actor = review.session, review.actor
    group = load_group(session, group_id)
    check_version(group, expected_version)
    values = _clean(session, form)
    tz = settings.center_timezone(session)
    since = clock.now()
    transient = _transient(values, form, group.id)
    plan = _series_plan(session, transient, tz, since, group.id)
    review.conflicts(plan.report)
    already = {f.staff_id for f in group.facilitators}
    review.assignments(
        (s for s, _ in _facilitators(form) if s not in already),
        _proposed(transient, plan.starts, tz),
    )
    before = {key: getattr(group, key) for key in values}
    before["facilitators"] = sorted((f.staff_id, f.role.value) for f in group.facilitators)
    apply_values(group, values, _facilitators(form))
    session.flush()
    result = regenerate(session, group, tz, since)
    materialize(session, group, tz, horizon(session, tz))
    after = {**values, "facilitators": sorted((s, r.value) for s, r in _facilitators(form))}
    diff = audit.changes(before, after)
    diff["sessions"] = vars(result)
    audit.record(session, actor, "update", "group", group.id, diff)
    review.about("group", group.id, group.name)
    session.flush()
    return detail(group)


def apply_values(
    group: Group, values: dict[str, Any], facilitators: list[tuple[int, FacilitatorRole]]
) -> None:
    for key, value in values.items():
        setattr(group, key, value)
    group.facilitators = sync_facilitators(
        group.facilitators,
        facilitators,
        lambda staff_id, role: GroupFacilitator(staff_id=staff_id, role=role),
    )


def form_of(group: Group) -> GroupForm:
    lead = next((f.staff_id for f in group.facilitators if f.role is FacilitatorRole.LEAD), None)
    return GroupForm(
        name=group.name,
        kind=group.kind,
        first_date=group.first_date,
        start_time=group.start_time,
        duration_minutes=group.duration_minutes,
        recurrence=Recurrence.from_rrule(group.rrule),
        description=group.description or "",
        enrollment_mode=group.enrollment_mode,
        capacity=group.capacity,
        min_size=group.min_size,
        room_id=group.room_id,
        lead_id=lead,
        co_facilitator_ids=tuple(
            sorted(f.staff_id for f in group.facilitators if f.role is FacilitatorRole.CO)
        ),
        default_topic_id=group.default_topic_id,
    )


def detail(group: Group) -> GroupDetail:
    form = form_of(group)
    return GroupDetail(
        group.id,
        group.version,
        form,
        form.recurrence.describe(group.first_date),
        group.is_active,
        group.split_from_id,
        group.materialized_until,
    )


def get_group(session: Session, actor: Actor, group_id: int) -> GroupDetail:
    require(actor, Permission.VIEW_SCHEDULE)
    return detail(load_group(session, group_id))


def list_groups(
    session: Session, actor: Actor, include_ended: bool = False, text: str = ""
) -> list[GroupRow]:
    require(actor, Permission.VIEW_SCHEDULE)
    tz = settings.center_timezone(session)
    today = clock.now().astimezone(tz).date()
    query = select(Group).options(selectinload(Group.facilitators), selectinload(Group.room))
    if not include_ended:
        query = query.where(
            Group.is_active.is_(True), (Group.until_date.is_(None)) | (Group.until_date >= today)
        )
    if text.strip():
        query = query.where(func.lower(Group.name).contains(text.strip().lower()))
    groups = list(session.scalars(query.order_by(func.lower(Group.name), Group.first_date)))
    counts = _enrollment_counts(session, [g.id for g in groups], today)
    names = staff_names(session, {f.staff_id for g in groups for f in g.facilitators})
    rows = []
    for g in groups:
        facs = sorted(g.facilitators, key=lambda f: f.role is not FacilitatorRole.LEAD)
        start = datetime.combine(today, g.start_time)
        rows.append(
            GroupRow(
                id=g.id,
                name=g.name,
                kind=g.kind,
                schedule=Recurrence.from_rrule(g.rrule).describe(g.first_date),
                time=timefmt.time_range(start, start + timedelta(minutes=g.duration_minutes)),
                room=g.room.name if g.room else "",
                facilitators=", ".join(names.get(f.staff_id, "?") for f in facs),
                enrollment_mode=g.enrollment_mode,
                capacity=effective_capacity(g.capacity, g.room),
                enrolled=counts.get((g.id, EnrollmentStatus.ENROLLED), 0),
                waitlisted=counts.get((g.id, EnrollmentStatus.WAITLISTED), 0),
                first_date=g.first_date,
                until_date=g.until_date,
                is_active=g.is_active,
                ended=not g.is_active or (g.until_date is not None and g.until_date < today),
            )
        )
    return rows


def _enrollment_counts(
    session: Session, group_ids: list[int], today: date
) -> dict[tuple[int, EnrollmentStatus], int]:
    if not group_ids:
        return {}
    rows = session.execute(
        select(Enrollment.group_id, Enrollment.status, func.count())
        .where(
            Enrollment.group_id.in_(group_ids),
            (Enrollment.to_date.is_(None)) | (Enrollment.to_date >= today),
        )
        .group_by(Enrollment.group_id, Enrollment.status)
    )
    return {(g, s): n for g, s, n in rows}
