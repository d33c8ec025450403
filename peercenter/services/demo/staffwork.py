"""Training records and supervision: the evidence a supervisor checks against a credential's
requirements. New specialists do the initial 46 hours (10/10/10/16 across the four domains)
in their first months, then continuing education; supervision is weekly in the first year and
about monthly after, with a monthly group session per supervisor."""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date, datetime, time, timedelta
from typing import Any

from peercenter.db.models import (
    SupervisionAttendee,
    SupervisionNote,
    SupervisionSession,
    TrainingRecord,
)
from peercenter.domain.enums import StaffStatus, SupervisionFormat
from peercenter.services.demo.bulk import bulk_insert, insert_returning_ids
from peercenter.services.demo.catalog import (
    CONTINUING_EDUCATION,
    INITIAL_TRAINING,
    PROVIDERS,
    SUPERVISION_NOTES,
    SUPERVISION_TOPICS,
    SUPERVISOR_TRAINING,
    TRAINING_DOMAINS,
)
from peercenter.services.demo.context import DemoContext
from peercenter.services.demo.staffing import Member, Team

# Days an on-leave specialist has been away (their leave is recorded day by day).
EXTENDED_LEAVE_DAYS = 21
TrainingDays = dict[int, dict[date, int]]


def working_day(day: date, blocked: set[date] | dict[date, Any]) -> date:
    """The first weekday on or after ``day`` that is not blocked."""
    while day.weekday() >= 5 or day in blocked:
        day += timedelta(days=1)
    return day


def last_working_day(ctx: DemoContext, member: Member) -> date:
    """The last day the member's records can cover: yesterday, their leaving date, or the
    day before an extended leave began."""
    last = min(member.last_day(ctx.today), ctx.today - timedelta(days=1))
    if member.status is StaffStatus.ON_LEAVE:
        last = min(last, ctx.today - timedelta(days=EXTENDED_LEAVE_DAYS + 1))
    return last


def create_training(
    ctx: DemoContext, team: Team, closed: dict[date, str]
) -> tuple[int, TrainingDays]:
    """Training records for every peer worker; returns the count and, per staff member, the
    training minutes on each day (their timesheet shows those days as training)."""
    rng = ctx.rng("training")
    staff = team.by_id()
    rows: list[dict[str, Any]] = []
    days: TrainingDays = defaultdict(dict)
    for member in team.members:
        if not member.peer_worker:
            continue
        last = last_working_day(ctx, member)
        verifier = staff.get(member.supervisor_id or 0)
        plan: list[tuple[str, str, int, bool]] = []
        if member.is_specialist:
            for domain, title, blocks in INITIAL_TRAINING:
                for n, minutes in enumerate(blocks, start=1):
                    plan.append((domain, f"{title} (part {n} of {len(blocks)})", minutes, False))
        day = working_day(member.hire + timedelta(days=rng.randint(5, 12)), closed)
        for domain, title, minutes, ce in plan:
            if day > last:
                break
            rows.append(_record(ctx, rng, member, verifier, day, domain, title, minutes, ce))
            days[member.id][day] = minutes
            day = working_day(day + timedelta(days=rng.randint(9, 20)), closed)
        topics = CONTINUING_EDUCATION + (SUPERVISOR_TRAINING if member.is_supervisor else ())
        day = working_day(day + timedelta(days=rng.randint(60, 120)), closed)
        while day <= last:
            domain, title = rng.choice(topics)
            minutes = rng.choice((60, 90, 120, 180, 240, 360))
            rows.append(_record(ctx, rng, member, verifier, day, domain, title, minutes, True))
            days[member.id][day] = minutes
            day = working_day(day + timedelta(days=rng.randint(45, 110)), closed)
    return bulk_insert(ctx.session, TrainingRecord, rows), days


def _record(
    ctx: DemoContext,
    rng: random.Random,
    member: Member,
    verifier: Member | None,
    day: date,
    domain: str,
    title: str,
    minutes: int,
    ce: bool,
) -> dict[str, Any]:
    recent = (ctx.today - day).days < 45
    verified_at: datetime | None = None
    if verifier is not None and verifier.hire <= day and rng.random() < (0.35 if recent else 0.9):
        when = day + timedelta(days=rng.randint(1, 20))
        if when < ctx.today:
            verified_at = ctx.at(when, time(rng.randint(9, 16), rng.choice((0, 15, 30, 45))))
    return {
        "staff_id": member.id,
        "taken_on": day,
        "title": title,
        "provider": rng.choice(PROVIDERS),
        "minutes": minutes,
        "domain": domain,
        "is_continuing_education": ce,
        "verified_by_id": verifier.id if verified_at is not None and verifier else None,
        "verified_at": verified_at,
    }


def create_supervision(
    ctx: DemoContext, team: Team, closed: dict[date, str], leave: dict[int, dict[date, str]]
) -> int:
    """Individual and group supervision with their attendees; returns the session count."""
    rng = ctx.rng("supervision")
    staff = team.by_id()
    sessions: list[dict[str, Any]] = []
    attendees: list[list[int]] = []
    supervisees: dict[int, list[Member]] = defaultdict(list)
    for member in team.members:
        supervisor = staff.get(member.supervisor_id or 0)
        if supervisor is None or not member.peer_worker:
            continue
        supervisees[supervisor.id].append(member)
        start = max(member.hire + timedelta(days=7), supervisor.hire, ctx.history_start)
        last = last_working_day(ctx, member)
        day = start + timedelta(days=rng.randint(0, 10))
        while True:
            blocked = {**closed, **leave.get(member.id, {}), **leave.get(supervisor.id, {})}
            day = working_day(day, blocked)
            if day > last:
                break
            sessions.append(
                _supervision(
                    rng, supervisor, day, SupervisionFormat.INDIVIDUAL, rng.choice((30, 45, 60))
                )
            )
            attendees.append([member.id])
            first_year = day < member.hire + timedelta(days=365)
            day += timedelta(days=7 if first_year else rng.randint(21, 35))
    for supervisor_id, group in sorted(supervisees.items()):
        supervisor = staff[supervisor_id]
        month = date(ctx.history_start.year, ctx.history_start.month, 1)
        while month < ctx.today:
            day = working_day(month + timedelta(days=(2 - month.weekday()) % 7), closed)
            month = (month + timedelta(days=32)).replace(day=1)
            if day >= ctx.today or day < supervisor.hire:
                continue
            present = [
                m.id
                for m in group
                if m.hire <= day <= last_working_day(ctx, m) and day not in leave.get(m.id, {})
            ]
            if len(present) >= 2 and day not in leave.get(supervisor.id, {}):
                sessions.append(
                    _supervision(
                        rng, supervisor, day, SupervisionFormat.GROUP, rng.choice((60, 90))
                    )
                )
                attendees.append(present)
    notes = [row.pop("confidential_notes") for row in sessions]
    ids = insert_returning_ids(ctx.session, SupervisionSession, SupervisionSession.id, sessions)
    bulk_insert(
        ctx.session,
        SupervisionAttendee,
        [
            {"supervision_id": sid, "staff_id": staff_id}
            for sid, people in zip(ids, attendees, strict=True)
            for staff_id in people
        ],
    )
    bulk_insert(
        ctx.session,
        SupervisionNote,
        [
            {"supervision_id": sid, "notes": text}
            for sid, text in zip(ids, notes, strict=True)
            if text
        ],
    )
    return len(ids)


def _supervision(
    rng: random.Random, supervisor: Member, day: date, kind: SupervisionFormat, minutes: int
) -> dict[str, Any]:
    notes = (
        rng.choice(SUPERVISION_NOTES)
        if kind is SupervisionFormat.INDIVIDUAL and rng.random() < 0.25
        else None
    )
    return {
        "supervisor_id": supervisor.id,
        "held_on": day,
        "minutes": minutes,
        "format": kind,
        "domains": sorted(rng.sample(TRAINING_DOMAINS, rng.randint(1, 2))),
        "topics": "; ".join(rng.sample(SUPERVISION_TOPICS, rng.randint(1, 3))),
        "confidential_notes": notes,
    }
