"""Check-ins for every session that is over: each person on the roster that day is marked
present, late, excused or absent, and open groups get the odd walk-in. Recorded by the front
desk around the start of the session."""

from __future__ import annotations

import math
import random
from collections import defaultdict
from datetime import datetime, timedelta
from typing import Any

from peercenter.db.models import Attendance
from peercenter.domain.enums import AttendanceStatus, EnrollmentMode
from peercenter.services.demo.bulk import bulk_insert
from peercenter.services.demo.context import DemoContext
from peercenter.services.demo.roster import Person, Roster, Stint
from peercenter.services.demo.schedule import PlannedGroup
from peercenter.services.demo.sessions import Calendar, SessionInfo

# Cumulative shares: present 70 %, late 8 %, excused 10 %, absent 12 %.
_STATUS_CUTS = (
    (0.70, AttendanceStatus.PRESENT),
    (0.78, AttendanceStatus.LATE),
    (0.88, AttendanceStatus.EXCUSED),
    (1.01, AttendanceStatus.ABSENT),
)
_OFFSETS = {
    AttendanceStatus.PRESENT: (-15, 5),
    AttendanceStatus.LATE: (6, 25),
    AttendanceStatus.EXCUSED: (-30, 0),
    AttendanceStatus.ABSENT: (10, 30),
}


def create_attendance(
    ctx: DemoContext,
    groups: list[PlannedGroup],
    calendar: Calendar,
    roster: Roster,
    recorded_by: int | None,
) -> int:
    rng = ctx.rng("attendance")
    sessions: dict[int, list[SessionInfo]] = defaultdict(list)
    for info in calendar.past(ctx):
        sessions[info.group_id].append(info)
    stints: dict[int, list[Stint]] = defaultdict(list)
    for stint in roster.stints:
        if stint.waitlist is None:
            stints[stint.group_id].append(stint)
    people = sorted(roster.people, key=lambda p: p.intake)
    rows: list[dict[str, Any]] = []
    for group in groups:
        held = sorted(sessions[group.id], key=lambda s: s.starts_at)
        members = sorted(stints[group.id], key=lambda s: s.start)
        _group_rows(rng, group, held, members, people, recorded_by, rows)
    return bulk_insert(ctx.session, Attendance, rows)


def _group_rows(
    rng: random.Random,
    group: PlannedGroup,
    held: list[SessionInfo],
    members: list[Stint],
    people: list[Person],
    recorded_by: int | None,
    rows: list[dict[str, Any]],
) -> None:
    walk_ins = group.spec.walk_ins if group.spec.mode is EnrollmentMode.OPEN else 0.0
    capacity = group.capacity or 15
    active: list[Stint] = []
    next_member = 0
    pool: list[Person] = []
    next_person = 0
    for info in held:
        day = info.day
        while next_member < len(members) and members[next_member].start <= day:
            active.append(members[next_member])
            next_member += 1
        active = [s for s in active if s.end is None or s.end >= day]
        for stint in active:
            status = _status(rng)
            rows.append(_row(rng, info, stint.person.id, status, False, recorded_by))
        if not walk_ins:
            continue
        while next_person < len(people) and people[next_person].intake <= day:
            pool.append(people[next_person])
            next_person += 1
        wanted = min(capacity - len(active), _walk_ins(rng, walk_ins))
        here = {id(s.person) for s in active}
        for _ in range(wanted * 3):
            if wanted <= 0 or not pool:
                break
            i = rng.randrange(len(pool))
            person = pool[i]
            if person.leave < day:
                pool[i] = pool[-1]
                pool.pop()
                continue
            if id(person) in here:
                continue
            here.add(id(person))
            wanted -= 1
            status = AttendanceStatus.LATE if rng.random() < 0.15 else AttendanceStatus.PRESENT
            rows.append(_row(rng, info, person.id, status, True, recorded_by))


def _walk_ins(rng: random.Random, mean: float) -> int:
    """How many people drop in unannounced: usually none, now and then one or two."""
    trials = max(3, math.ceil(mean * 2))
    return sum(1 for _ in range(trials) if rng.random() < mean / trials)


def _status(rng: random.Random) -> AttendanceStatus:
    draw = rng.random()
    for cut, status in _STATUS_CUTS:
        if draw < cut:
            return status
    return AttendanceStatus.ABSENT


def _row(
    rng: random.Random,
    info: SessionInfo,
    participant_id: int,
    status: AttendanceStatus,
    walk_in: bool,
    recorded_by: int | None,
) -> dict[str, Any]:
    lo, hi = _OFFSETS[status]
    # random() rather than randint(): this runs a couple of hundred thousand times.
    at: datetime = info.starts_at + timedelta(minutes=lo + int(rng.random() * (hi - lo + 1)))
    return {
        "session_id": info.id,
        "participant_id": participant_id,
        "status": status,
        "is_walk_in": walk_in,
        "recorded_at": at,
        "recorded_by_id": recorded_by,
    }
