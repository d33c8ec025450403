"""Exporting the schedule as an iCalendar (.ics) file: everything, one group, a room or a
facilitator, from a first day on (by default three months back, so the file and the time it
takes follow the window, not the years of history). Sessions past the planned horizon come
from each group's rule."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from typing import NamedTuple
from zoneinfo import ZoneInfo

from dateutil.relativedelta import relativedelta
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from peercenter import APP_NAME, __version__
from peercenter.db.models import (
    Group,
    GroupFacilitator,
    GroupSession,
    Room,
    SessionFacilitator,
    Staff,
    Topic,
)
from peercenter.domain.enums import FacilitatorRole, SessionStatus
from peercenter.domain.errors import NotFound, ValidationError
from peercenter.domain.ical import build_calendar
from peercenter.domain.ical_plan import EventText, SeriesFacts, SessionFacts, plan_group
from peercenter.domain.names import staff_display_name
from peercenter.domain.permissions import Permission
from peercenter.i18n import N_, _
from peercenter.services import audit, lookup, settings
from peercenter.services.clock import now
from peercenter.services.context import Actor, require
from peercenter.services.series import planned_starts

DEFAULT_MONTHS_BACK = 3


def default_start(today: date) -> date:
    """The first day exported unless another is asked for: three months back."""
    day: date = today - relativedelta(months=DEFAULT_MONTHS_BACK)
    return day


class ScopeKind(StrEnum):
    ALL = "all"
    GROUP = "group"
    ROOM = "room"
    FACILITATOR = "facilitator"


@dataclass(frozen=True)
class ExportScope:
    kind: ScopeKind = ScopeKind.ALL
    id: int | None = None
    label: str = N_("All groups")  # a name, or these words in English (see ``shown``)

    @property
    def shown(self) -> str:
        """The label in the person's language."""
        return _(self.label) if self.kind is ScopeKind.ALL else self.label


@dataclass(frozen=True)
class Choice:
    id: int
    name: str


@dataclass(frozen=True)
class ExportChoices:
    groups: list[Choice]
    rooms: list[Choice]
    facilitators: list[Choice]


@dataclass(frozen=True)
class CalendarExport:
    data: bytes
    scope: ExportScope
    series: int
    changed_sessions: int
    file_name: str


def choices(session: Session, actor: Actor) -> ExportChoices:
    """What an export can be narrowed to, for the export dialog."""
    require(actor, Permission.VIEW_SCHEDULE)
    groups = [
        Choice(g.id, g.name)
        for g in session.scalars(select(Group).order_by(func.lower(Group.name), Group.id))
    ]
    rooms = [
        Choice(r.id, r.name) for r in session.scalars(select(Room).order_by(func.lower(Room.name)))
    ]
    used = select(GroupFacilitator.staff_id).union(select(SessionFacilitator.staff_id))
    people = [
        Choice(s.id, staff_display_name(s.first_name, s.last_name, s.preferred_name))
        for s in session.scalars(select(Staff).where(Staff.id.in_(used)))
    ]
    people.sort(key=lambda c: c.name.lower())
    return ExportChoices(groups, rooms, people)


def resolve_scope(
    session: Session,
    actor: Actor,
    *,
    group: str | None = None,
    room: str | None = None,
    facilitator: str | None = None,
) -> ExportScope:
    """The scope named on the command line; names match without regard to case."""
    require(actor, Permission.VIEW_SCHEDULE)
    given = [n for n in (group, room, facilitator) if n is not None]
    if len(given) > 1:
        raise ValidationError(_("Export one group, one room or one facilitator, not several."))
    if group is not None:
        found = lookup.pick(
            group,
            [lookup.Candidate((g.name,), g.name, g) for g in session.scalars(select(Group))],
            _("group"),
        )
        return ExportScope(ScopeKind.GROUP, found.id, found.name)
    if room is not None:
        found_room = lookup.pick(room, lookup.all_rooms(session), _("room"))
        return ExportScope(ScopeKind.ROOM, found_room.id, found_room.name)
    if facilitator is not None:
        person = lookup.pick(facilitator, lookup.all_staff(session), _("staff member"))
        return ExportScope(
            ScopeKind.FACILITATOR,
            person.id,
            staff_display_name(person.first_name, person.last_name, person.preferred_name),
        )
    return ExportScope()


def export_calendar(
    session: Session, actor: Actor, scope: ExportScope, since: date | None = None
) -> CalendarExport:
    """The .ics file for ``scope`` with the sessions from local day ``since`` on (all of them
    when None): the rules, skipped dates and changed sessions of that window. The export
    itself is audited."""
    require(actor, Permission.VIEW_SCHEDULE)
    tz = settings.center_timezone(session)
    groups = _groups_in_scope(session, scope)
    from_instant = None if since is None else datetime.combine(since, time.min, tz).astimezone(UTC)
    rows = _sessions_of(session, [g.id for g in groups], from_instant)
    facilitators = _session_facilitators(session, [r.id for r in rows])
    defaults = _group_facilitators(session, [g.id for g in groups])
    staff_ids = set().union(*facilitators.values(), *(set(d) for d in defaults.values()))
    texts = _Texts(
        names={
            s.id: (s.preferred_name or s.first_name).strip()
            for s in session.scalars(select(Staff).where(Staff.id.in_(staff_ids)))
        },
        rooms={r.id: _location(r) for r in session.scalars(select(Room))},
        topics={row[0]: row[1] for row in session.execute(select(Topic.id, Topic.title))},
    )
    by_group: dict[int, list[_SessionRow]] = defaultdict(list)
    for row in rows:
        by_group[row.group_id].append(row)
    plans = [
        plan_group(
            _facts(
                group,
                by_group.get(group.id, []),
                facilitators,
                defaults.get(group.id, ()),
                scope,
                texts,
                tz,
                since,
            ),
            tz,
        )
        for group in groups
    ]
    center = str(settings.get(session, "center.name") or APP_NAME)
    data = build_calendar(
        plans,
        tz=tz,
        name=f"{center}: {scope.shown}",
        domain=f"{_slug(center)}.peercenter",
        product=f"-//{APP_NAME}//{APP_NAME} {__version__}//EN",
        stamp=now(),
    )
    series = sum(1 for p in plans if p.series is not None)
    changed = sum(len(p.series.overrides) for p in plans if p.series is not None) + sum(
        len(p.lone) for p in plans
    )
    audit.record(
        session,
        actor,
        "export",
        "calendar",
        scope.id,
        {
            "scope": scope.kind.value,
            "name": scope.label,
            "series": series,
            "format": "ics",
            **({"from": since.isoformat()} if since else {}),
        },
    )
    file_name = f"{_slug(scope.label if scope.kind is not ScopeKind.ALL else center)}.ics"
    return CalendarExport(data, scope, series, changed, file_name)


@dataclass
class _Texts:
    """What events say; most sessions of a group say the same, so each wording is made once."""

    names: dict[int, str]
    rooms: dict[int, str]
    topics: dict[int, str]
    made: dict[tuple[int, int | None, tuple[int, ...], int | None], EventText] = field(
        default_factory=dict
    )

    def of(
        self, group: Group, room_id: int | None, staff: tuple[int, ...], topic_id: int | None
    ) -> EventText:
        key = (group.id, room_id, staff, topic_id)
        if key not in self.made:
            lines = [group.kind.label]
            if staff:
                names = ", ".join(self.names.get(i, "") for i in staff)
                lines.append(_("Facilitators: {names}").format(names=names))
            if topic_id is not None and topic_id in self.topics:
                lines.append(_("Topic: {topic}").format(topic=self.topics[topic_id]))
            self.made[key] = EventText(
                group.name,
                self.rooms.get(room_id, "") if room_id else "",
                "\n".join(lines),
                group.kind.label,
            )
        return self.made[key]


def _facts(
    group: Group,
    rows: list[_SessionRow],
    facilitators: dict[int, tuple[int, ...]],
    group_staff: tuple[int, ...],
    scope: ExportScope,
    texts: _Texts,
    tz: ZoneInfo,
    since: date | None = None,
) -> SeriesFacts:
    last = max((r.occurrence_start.astimezone(tz).date() for r in rows), default=None)
    horizon = max(filter(None, [group.materialized_until, last]), default=None)
    first = group.first_date if since is None else max(group.first_date, since)
    planned = tuple(planned_starts(group, tz, first, horizon)) if horizon else ()
    sessions = []
    for r in rows:
        staff = facilitators.get(r.id, ())
        sessions.append(
            SessionFacts(
                id=r.id,
                occurrence_start=r.occurrence_start,
                starts_at=r.starts_at,
                ends_at=r.ends_at,
                cancelled=r.status is SessionStatus.CANCELLED,
                room_id=r.room_id,
                facilitator_ids=frozenset(staff),
                topic_id=r.topic_id,
                is_exception=r.is_exception,
                wanted=_wanted(scope, r.room_id, staff),
                text=texts.of(group, r.room_id, staff, r.topic_id),
            )
        )
    return SeriesFacts(
        group_id=group.id,
        rrule=group.rrule,
        first_date=group.first_date,
        start_time=group.start_time,
        duration=timedelta(minutes=group.duration_minutes),
        until_date=group.until_date,
        room_id=group.room_id,
        facilitator_ids=frozenset(group_staff),
        topic_id=group.default_topic_id,
        planned=planned,
        follows_rule=group.is_active and _wanted(scope, group.room_id, group_staff),
        text=texts.of(group, group.room_id, group_staff, group.default_topic_id),
        sessions=tuple(sessions),
        window_start=since,
    )


def _wanted(scope: ExportScope, room_id: int | None, staff: tuple[int, ...]) -> bool:
    if scope.kind is ScopeKind.ROOM:
        return room_id == scope.id
    if scope.kind is ScopeKind.FACILITATOR:
        return scope.id in staff
    return True


def _groups_in_scope(session: Session, scope: ExportScope) -> list[Group]:
    query = select(Group).order_by(Group.id)
    if scope.kind is ScopeKind.GROUP:
        query = query.where(Group.id == scope.id)
    elif scope.kind is ScopeKind.ROOM:
        moved_here = select(GroupSession.group_id).where(GroupSession.room_id == scope.id)
        query = query.where(or_(Group.room_id == scope.id, Group.id.in_(moved_here)))
    elif scope.kind is ScopeKind.FACILITATOR:
        leads = select(GroupFacilitator.group_id).where(GroupFacilitator.staff_id == scope.id)
        helps = (
            select(GroupSession.group_id)
            .join(SessionFacilitator)
            .where(SessionFacilitator.staff_id == scope.id)
        )
        query = query.where(or_(Group.id.in_(leads), Group.id.in_(helps)))
    groups = list(session.scalars(query))
    if scope.kind is ScopeKind.GROUP and not groups:
        raise NotFound(_("That group no longer exists."))
    return groups


class _SessionRow(NamedTuple):
    id: int
    group_id: int
    occurrence_start: datetime
    starts_at: datetime
    ends_at: datetime
    status: SessionStatus
    room_id: int | None
    topic_id: int | None
    is_exception: bool


def _sessions_of(
    session: Session, group_ids: list[int], since: datetime | None
) -> list[_SessionRow]:
    """The groups' sessions; from ``since`` on, those of occurrences in the window and those
    moved into it (a session moved in from before is written on its own)."""
    if not group_ids:
        return []
    s = GroupSession
    query = (
        select(
            s.id,
            s.group_id,
            s.occurrence_start,
            s.starts_at,
            s.ends_at,
            s.status,
            s.room_id,
            s.topic_id,
            s.is_exception,
        )
        .where(s.group_id.in_(group_ids))
        .order_by(s.occurrence_start)
    )
    if since is not None:
        query = query.where(or_(s.occurrence_start >= since, s.starts_at >= since))
    return [_SessionRow(*row) for row in session.execute(query)]


def _ordered(pairs: list[tuple[int, int, FacilitatorRole]]) -> dict[int, tuple[int, ...]]:
    """Facilitators per session or group, the lead first."""
    out: dict[int, list[int]] = defaultdict(list)
    for owner, staff_id, _role in sorted(
        pairs, key=lambda p: (p[0], p[2] is not FacilitatorRole.LEAD, p[1])
    ):
        out[owner].append(staff_id)
    return {owner: tuple(staff) for owner, staff in out.items()}


def _session_facilitators(session: Session, session_ids: list[int]) -> dict[int, tuple[int, ...]]:
    pairs: list[tuple[int, int, FacilitatorRole]] = []
    for chunk in _chunks(session_ids):
        pairs += session.execute(
            select(
                SessionFacilitator.session_id, SessionFacilitator.staff_id, SessionFacilitator.role
            ).where(SessionFacilitator.session_id.in_(chunk))
        ).all()
    return _ordered(pairs)


def _group_facilitators(session: Session, group_ids: list[int]) -> dict[int, tuple[int, ...]]:
    pairs = session.execute(
        select(GroupFacilitator.group_id, GroupFacilitator.staff_id, GroupFacilitator.role).where(
            GroupFacilitator.group_id.in_(group_ids)
        )
    ).all()
    return _ordered(list(pairs))


def _chunks(ids: list[int], size: int = 5000) -> list[list[int]]:
    return [ids[i : i + size] for i in range(0, len(ids), size)]


def _location(room: Room) -> str:
    if room.is_virtual and room.meeting_url:
        return room.meeting_url
    return f"{room.name}, {room.location}" if room.location else room.name


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "center"
