"""Rooms and groups. Every group gets a weekday/time slot that is free in its room and for
each of its facilitators for as long as the group runs, so no session is ever double-booked.
Biweekly and monthly groups hold their slot every week, which keeps the check simple."""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta

from dateutil import rrule
from sqlalchemy import select

from peercenter.db.models import Group, GroupFacilitator, Room, Topic
from peercenter.domain.enums import FacilitatorRole, GroupKind
from peercenter.domain.recurrence import Recurrence
from peercenter.services.demo.catalog import RoomSpec
from peercenter.services.demo.context import DemoContext
from peercenter.services.demo.programs import DAYS_PER_MONTH, GroupSpec
from peercenter.services.demo.staffing import Member, Team

# Weekday afternoons 15:00-16:30 stay free everywhere: the hand-moved session goes there.
MAKEUP_START = time(15, 0)
_MAKEUP = (15 * 60, 16 * 60 + 30)
FALLBACK_TIMES = tuple(
    time(h, m) for h, m in ((9, 0), (10, 30), (12, 0), (13, 0), (17, 0), (18, 0), (19, 0), (19, 30))
)


@dataclass
class PlannedGroup:
    spec: GroupSpec
    row: Group
    weekdays: tuple[int, ...]
    last_date: date
    capacity: int | None
    facilitators: list[tuple[Member, FacilitatorRole]]
    mentee: int | None = None

    @property
    def id(self) -> int:
        return self.row.id

    @property
    def first_date(self) -> date:
        return self.row.first_date


@dataclass
class Rooms:
    ids: dict[str, int]
    capacity: dict[str, int]


def create_rooms(ctx: DemoContext, specs: tuple[RoomSpec, ...]) -> Rooms:
    rows = [
        Room(
            name=s.name,
            capacity=s.capacity,
            accessible=s.accessible,
            accessibility_notes=s.notes,
            location=s.location,
            is_virtual=s.meeting_url is not None,
            meeting_url=s.meeting_url,
        )
        for s in specs
    ]
    ctx.session.add_all(rows)
    ctx.session.flush()
    return Rooms({r.name: r.id for r in rows}, {s.name: s.capacity for s in specs})


@dataclass
class _Busy:
    """Who and what is taken when: (weekday, from minute, to minute, first day, last day)."""

    slots: dict[str, list[tuple[int, int, int, date, date]]] = field(default_factory=dict)

    def free(
        self, resource: str, days: tuple[int, ...], lo: int, hi: int, first: date, last: date
    ) -> bool:
        return not any(
            d in days and lo < e and s < hi and first <= l2 and f2 <= last
            for d, s, e, f2, l2 in self.slots.get(resource, ())
        )

    def take(
        self, resource: str, days: tuple[int, ...], lo: int, hi: int, first: date, last: date
    ) -> None:
        self.slots.setdefault(resource, []).extend((d, lo, hi, first, last) for d in days)

    def load(self, resource: str, first: date, last: date) -> int:
        return sum(
            1 for _d, _s, _e, f2, l2 in self.slots.get(resource, ()) if first <= l2 and f2 <= last
        )


def _recurrence(spec: GroupSpec, days: tuple[int, ...], until: date | None) -> Recurrence:
    return Recurrence(
        frequency=spec.frequency,
        interval=spec.interval,
        weekdays=days,
        nth=spec.nth,
        until=until,
        count=spec.count,
    )


def _occurrences(text: str, first: date, clock: time, limit: int) -> list[date]:
    rule = rrule.rrulestr(text, dtstart=datetime.combine(first, clock), forceset=False)
    out = []
    for moment in rule:
        out.append(moment.date())
        if len(out) >= limit:
            break
    return out


def _dates(
    ctx: DemoContext, spec: GroupSpec, days: tuple[int, ...], clock: time
) -> tuple[date, date | None, date, str]:
    """First session date (aligned on the rule), end date, last possible date, RRULE."""
    if spec.start_days_from_today is not None:
        wanted = ctx.today + timedelta(days=spec.start_days_from_today)
    else:
        wanted = ctx.history_start + timedelta(days=round(spec.start_month * DAYS_PER_MONTH))
    wanted = max(wanted, ctx.history_start)
    until = (
        None
        if spec.end_month is None
        else ctx.history_start + timedelta(days=round(spec.end_month * DAYS_PER_MONTH))
    )
    if until is not None and until >= ctx.today:
        until = None
    probe = _recurrence(spec, days, None).to_rrule(wanted)
    first = _occurrences(probe, wanted, clock, 1)[0]
    if until is not None:
        until = max(until, first)
    text = _recurrence(spec, days, until).to_rrule(first)
    if spec.count is not None:
        last = _occurrences(text, first, clock, spec.count)[-1]
    else:
        last = until if until is not None else ctx.horizon
    return first, until, last, text


def _minutes(clock: time) -> int:
    return clock.hour * 60 + clock.minute


def _candidates(
    rng: random.Random,
    team: Team,
    spec: GroupSpec,
    first: date,
    busy: _Busy,
    last: date,
    weekly: int,
) -> list[Member]:
    def eligible(m: Member) -> bool:
        return m.facilitates and m.key != "director" and m.hire <= first - timedelta(days=14)

    def room_for_more(m: Member) -> bool:
        # Weekly sessions led: about a quarter of the hours cap, less for supervisors who
        # also supervise; a group that meets every weekday may still go to an idle lead.
        limit = m.cap / (8 if m.is_supervisor else 4)
        load = busy.load(f"staff:{m.id}", first, last)
        return load == 0 or load + weekly <= limit

    pool = [m for m in team.members if eligible(m) and room_for_more(m)]
    pool.sort(key=lambda m: (busy.load(f"staff:{m.id}", first, last), rng.random()))
    preferred = team.by_key.get(spec.lead or "")
    if (
        preferred is not None
        and preferred.facilitates
        and preferred.hire <= first - timedelta(days=14)
    ):
        pool = [preferred] + [m for m in pool if m is not preferred]
    return pool


def plan_groups(
    ctx: DemoContext, team: Team, rooms: Rooms, specs: tuple[GroupSpec, ...]
) -> list[PlannedGroup]:
    """Groups as ORM rows (added, not yet flushed) with their facilitators and slots."""
    rng = ctx.rng("groups")
    busy = _Busy()
    planned = []
    for spec in specs:
        room_names = [r for r in spec.rooms if r in rooms.ids]
        if spec.capacity is not None:
            room_names = [r for r in room_names if rooms.capacity[r] >= spec.capacity] or room_names
        placed = _place(ctx, rng, team, rooms, busy, spec, room_names)
        if placed is None:
            # Any time of day and any room big enough, rather than give up.
            wider = replace(spec, times=spec.times + FALLBACK_TIMES)
            bigger = [
                r
                for r in rooms.ids
                if r not in room_names
                and (spec.capacity is None or rooms.capacity[r] >= spec.capacity)
            ]
            placed = _place(
                ctx, rng, team, rooms, busy, wider, room_names + bigger if spec.rooms else []
            )
        if placed is None:
            raise RuntimeError(f"demo schedule: no free slot for {spec.key}")
        planned.append(placed)
    return planned


def _place(
    ctx: DemoContext,
    rng: random.Random,
    team: Team,
    rooms: Rooms,
    busy: _Busy,
    spec: GroupSpec,
    room_names: list[str],
) -> PlannedGroup | None:
    for days in spec.day_options:
        for clock in spec.times:
            first, until, last, text = _dates(ctx, spec, days, clock)
            lo = _minutes(clock)
            hi = lo + spec.duration
            if any(d < 5 for d in days) and lo < _MAKEUP[1] and _MAKEUP[0] < hi:
                continue
            rooms_free = [
                r for r in room_names if busy.free(f"room:{r}", days, lo, hi, first, last)
            ]
            if room_names and not rooms_free:
                continue
            leads = [
                m
                for m in _candidates(rng, team, spec, first, busy, last, len(days))
                if busy.free(f"staff:{m.id}", days, lo, hi, first, last)
            ]
            for lead in leads:
                crew = [(lead, FacilitatorRole.LEAD)]
                if spec.co_facilitator:
                    co = _co_facilitator(team, spec, lead, leads, busy, days, lo, hi, first, last)
                    if co is not None:
                        crew.append((co, FacilitatorRole.CO))
                room = rooms_free[0] if rooms_free else None
                for member, _role in crew:
                    busy.take(f"staff:{member.id}", days, lo, hi, first, last)
                if room is not None:
                    busy.take(f"room:{room}", days, lo, hi, first, last)
                return _group_row(
                    ctx, rooms, spec, days, clock, (first, until, last), text, room, crew
                )
    return None


def _co_facilitator(
    team: Team,
    spec: GroupSpec,
    lead: Member,
    leads: list[Member],
    busy: _Busy,
    days: tuple[int, ...],
    lo: int,
    hi: int,
    first: date,
    last: date,
) -> Member | None:
    preferred = team.by_key.get(spec.co or "")
    options = (
        [preferred]
        if preferred is not None and preferred.facilitates and preferred.hire <= first
        else []
    ) + leads
    for member in options:
        if member is not lead and busy.free(f"staff:{member.id}", days, lo, hi, first, last):
            return member
    return None


# The shipped handout topic each peer support group starts from.
HANDOUT_TOPICS = {
    "recovery_circle": "coping-with-cravings",
    "morning_checkin": "self-care",
    "womens_circle": "building-a-support-network",
    "family": "healthy-boundaries",
    "relapse": "relapse-prevention-plan",
    "online": "mindfulness-basics",
}


def _topic_id(ctx: DemoContext, slug: str | None) -> int | None:
    if slug is None:
        return None
    found: int | None = ctx.session.scalar(
        select(Topic.id).where(Topic.slug == slug, Topic.language == "en")
    )
    return found


def _group_row(
    ctx: DemoContext,
    rooms: Rooms,
    spec: GroupSpec,
    days: tuple[int, ...],
    clock: time,
    span: tuple[date, date | None, date],
    text: str,
    room: str | None,
    crew: list[tuple[Member, FacilitatorRole]],
) -> PlannedGroup:
    first, until, last = span
    capacity = spec.capacity
    if room is not None and capacity is not None:
        capacity = min(capacity, rooms.capacity[room])
    name = spec.name
    if spec.kind is GroupKind.MENTORING:
        name = f"Mentoring with {crew[0][0].first}"
    row = Group(
        name=name,
        kind=spec.kind,
        description=spec.description,
        default_topic_id=_topic_id(ctx, HANDOUT_TOPICS.get(spec.key)),
        enrollment_mode=spec.mode,
        capacity=capacity,
        min_size=spec.min_size,
        room_id=rooms.ids[room] if room else None,
        rrule=text,
        first_date=first,
        start_time=clock,
        duration_minutes=spec.duration,
        until_date=until,
        occurrence_count=spec.count,
        is_active=last >= ctx.today,
        facilitators=[GroupFacilitator(staff_id=m.id, role=r) for m, r in crew],
    )
    ctx.session.add(row)
    return PlannedGroup(spec, row, days, last, capacity, crew)
