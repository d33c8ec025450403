"""Participants and group rosters. Each person is with the center for a stretch of time; groups
fill their seats from whoever is around, people stay a while and move on, so rosters churn the
way they do in a real program. Closed groups take new members only at the start of a quarter
(or, for a training cohort, only at its first session)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from peercenter.db.models import Enrollment, Participant
from peercenter.domain.enums import EnrollmentMode, EnrollmentStatus, GroupKind, ParticipantStatus
from peercenter.services.demo.bulk import bulk_insert, insert_returning_ids
from peercenter.services.demo.catalog import FIRST_NAMES, LAST_NAMES
from peercenter.services.demo.context import DemoContext
from peercenter.services.demo.schedule import PlannedGroup
from peercenter.services.demo.sessions import Calendar

_NOTES = (
    "Prefers evening groups.",
    "Large-print handouts, please.",
    "Ground-floor rooms only.",
    "Spanish is easier for paperwork.",
)


@dataclass
class Person:
    preferred: str
    last: str
    intake: date
    leave: date
    ends: list[date | None] = field(default_factory=list)  # of this person's enrollments
    id: int = 0

    def busy(self, day: date) -> int:
        return sum(1 for end in self.ends if end is None or end >= day)


@dataclass
class Stint:
    group_id: int
    person: Person
    start: date
    end: date | None
    waitlist: int | None = None


@dataclass
class Roster:
    people: list[Person]
    stints: list[Stint]


def plan_people(ctx: DemoContext, count: int, span_days: tuple[int, int]) -> list[Person]:
    """Who comes to the center and for how long, before any row exists."""
    rng = ctx.rng("people")
    earliest = ctx.history_start - timedelta(days=span_days[1] // 2)
    window = (ctx.today - timedelta(days=14) - earliest).days
    people: list[Person] = []
    seen: set[tuple[str, str]] = set()
    while len(people) < count:
        preferred = rng.choice(FIRST_NAMES)
        surname = rng.choice(LAST_NAMES)
        # Many people give only an initial (minimum necessary).
        last = surname[0] if rng.random() < 0.45 else surname
        if (preferred, last) in seen:
            continue
        seen.add((preferred, last))
        intake = earliest + timedelta(days=rng.randrange(window))
        lo, hi = span_days
        leave = intake + timedelta(days=round(lo + (hi - lo) * rng.random() ** 1.6))
        if leave < ctx.history_start + timedelta(days=30):
            leave = ctx.history_start + timedelta(days=rng.randint(30, 200))
        people.append(Person(preferred, last, intake, leave))
    people.sort(key=lambda p: p.intake)
    return people


def assign_mentees(ctx: DemoContext, people: list[Person], groups: list[PlannedGroup]) -> None:
    """One participant per mentoring pair, with them for the whole pairing; the group is
    named after the pair (so this runs before the groups are saved)."""
    rng = ctx.rng("mentees")
    taken: set[int] = set()
    for group in groups:
        if group.spec.kind is not GroupKind.MENTORING:
            continue
        options = [
            i
            for i, p in enumerate(people)
            if i not in taken
            and p.intake <= group.first_date - timedelta(days=7)
            and p.leave >= group.first_date + timedelta(days=60)
        ]
        if not options:
            options = [i for i in range(len(people)) if i not in taken]
        pick = rng.choice(options[-40:])
        taken.add(pick)
        person = people[pick]
        person.intake = min(person.intake, group.first_date - timedelta(days=7))
        end = _mentoring_end(ctx, group)
        person.leave = max(
            person.leave,
            ctx.today + timedelta(days=180)
            if end is None
            else group.last_date + timedelta(days=30),
        )
        person.ends.append(end)
        group.mentee = pick
        lead = group.facilitators[0][0]
        group.row.name = f"Mentoring: {lead.first} & {person.preferred} {person.last[0]}."


def _mentoring_end(ctx: DemoContext, group: PlannedGroup) -> date | None:
    ongoing = group.row.until_date is None and group.last_date >= ctx.today
    return None if ongoing else group.last_date


def plan_rosters(
    ctx: DemoContext,
    people: list[Person],
    groups: list[PlannedGroup],
    calendar: Calendar,
    max_groups: int,
) -> Roster:
    rng = ctx.rng("rosters")
    stints = [
        Stint(g.id, people[g.mentee], g.first_date, _mentoring_end(ctx, g))
        for g in groups
        if g.mentee is not None
    ]
    by_id = {g.id: g for g in groups if g.spec.kind is not GroupKind.MENTORING}
    held: dict[int, list[date]] = {gid: [] for gid in by_id}
    for info in calendar.past(ctx):
        if info.group_id in by_id:
            held[info.group_id].append(info.day)
    events = sorted(
        (day, order, gid) for order, gid in enumerate(by_id) for day in sorted(set(held[gid]))
    )
    rosters: dict[int, list[Stint]] = {gid: [] for gid in by_id}
    quarters: dict[int, int] = {}
    pool: list[Person] = []
    arriving = iter(sorted(people, key=lambda p: p.intake))
    upcoming = next(arriving, None)
    for day, _order, gid in events:
        while upcoming is not None and upcoming.intake <= day:
            pool.append(upcoming)
            upcoming = next(arriving, None)
        group = by_id[gid]
        roster = rosters[gid] = [s for s in rosters[gid] if s.end is None or s.end >= day]
        closed = group.spec.mode is EnrollmentMode.CLOSED
        if closed:
            quarter = day.year * 4 + (day.month - 1) // 3
            first_time = gid not in quarters
            if quarters.get(gid) == quarter or (group.spec.count and not first_time):
                continue
            quarters[gid] = quarter
        target = _capacity(group) * group.spec.fill
        target = round(target) if closed else round(target) + rng.randint(-1, 1)
        while len(roster) < target:
            person = _pick(rng, pool, roster, day, max_groups)
            if person is None:
                break
            stint = Stint(gid, person, day, _end(ctx, rng, group, person, day))
            person.ends.append(stint.end)
            roster.append(stint)
            stints.append(stint)
    for group in groups:
        if group.spec.waitlist and group.last_date >= ctx.today:
            stints += _fill_and_waitlist(
                ctx, rng, group, people, rosters[group.id], held[group.id], max_groups
            )
    return Roster(people, stints)


def _capacity(group: PlannedGroup) -> int:
    return group.capacity if group.capacity is not None else 15


def _pick(
    rng: random.Random, pool: list[Person], roster: list[Stint], day: date, max_groups: int
) -> Person | None:
    members = {id(s.person) for s in roster}
    for _ in range(25):
        if not pool:
            return None
        i = rng.randrange(len(pool))
        person = pool[i]
        if person.leave < day:
            pool[i] = pool[-1]  # gone for good: drop without shifting the list
            pool.pop()
            continue
        if id(person) not in members and person.busy(day) < max_groups:
            return person
    return None


def _end(
    ctx: DemoContext, rng: random.Random, group: PlannedGroup, person: Person, day: date
) -> date | None:
    if group.spec.count:
        # A course: everyone is enrolled until its last session (or until they leave).
        return min(person.leave, group.last_date)
    lo, hi = group.spec.stint_weeks
    end = min(person.leave, day + timedelta(days=rng.randint(lo * 7, hi * 7)))
    if group.last_date < ctx.today:
        end = min(end, group.last_date)
    return None if end >= ctx.today else end


def _fill_and_waitlist(
    ctx: DemoContext,
    rng: random.Random,
    group: PlannedGroup,
    people: list[Person],
    roster: list[Stint],
    held: list[date],
    max_groups: int,
) -> list[Stint]:
    """A closed group that is full today, with people waiting for a seat."""
    today = ctx.today
    roster = [s for s in roster if s.end is None or s.end >= today]
    start = min(
        today, max(held[-1] + timedelta(days=1) if held else today, today - timedelta(days=6))
    )
    members = {id(s.person) for s in roster}
    around = [
        p
        for p in people
        if p.intake <= start
        and p.leave > today + timedelta(days=90)
        and id(p) not in members
        and p.busy(today) < max_groups
    ]
    rng.shuffle(around)
    added = []
    for person in around[: max(0, _capacity(group) - len(roster))]:
        person.ends.append(None)
        added.append(Stint(group.id, person, start, None))
    for position, person in enumerate(
        around[len(added) : len(added) + group.spec.waitlist], start=1
    ):
        asked = max(person.intake, today - timedelta(days=rng.randint(3, 40)))
        added.append(Stint(group.id, person, asked, None, waitlist=position))
    return added


def insert_roster(ctx: DemoContext, roster: Roster) -> tuple[int, int]:
    """Participants, then enrollments; returns both counts."""
    rng = ctx.rng("contact")
    rows = []
    for person in roster.people:
        phone = (
            f"({rng.randint(201, 989)}) 555-01{rng.randrange(100):02d}"
            if rng.random() < 0.55
            else None
        )
        email = (
            f"{person.preferred}.{person.last}{rng.randrange(100)}@example.org".lower()
            if rng.random() < 0.35
            else None
        )
        rows.append(
            {
                "preferred_name": person.preferred,
                "last_name": person.last,
                "phone": phone,
                "email": email,
                "intake_date": person.intake,
                "status": (
                    ParticipantStatus.ACTIVE
                    if person.leave >= ctx.today
                    else ParticipantStatus.INACTIVE
                ),
                "consent_on_sign_in": rng.random() < 0.75,
                "consent_full_last_name": len(person.last) > 1 and rng.random() < 0.3,
                "consent_contact": bool(phone or email) and rng.random() < 0.7,
                "notes": rng.choice(_NOTES) if rng.random() < 0.05 else None,
            }
        )
    ids = insert_returning_ids(ctx.session, Participant, Participant.id, rows)
    for person, pid in zip(roster.people, ids, strict=True):
        person.id = pid
    enrollments = [
        {
            "group_id": s.group_id,
            "participant_id": s.person.id,
            "status": (
                EnrollmentStatus.ENROLLED if s.waitlist is None else EnrollmentStatus.WAITLISTED
            ),
            "from_date": s.start,
            "to_date": s.end,
            "waitlist_position": s.waitlist,
        }
        for s in roster.stints
    ]
    bulk_insert(ctx.session, Enrollment, enrollments)
    return len(rows), len(enrollments)
