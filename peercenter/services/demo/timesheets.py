"""Time entries, leave and wellbeing check-ins. Entries fill the working day around the
facilitated sessions; a direct-service entry describes the whole day's direct service, the
sessions included, as a specialist writes it (certification and the guardrails count a day's
direct service as the larger of its sessions and its direct-service entries, never both).
Leave is only taken on days without a session to lead. A few busy weeks (and a recent
stretch for the demo specialist, with their check-ins dipping) give the burnout guardrails
something to show."""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date, time, timedelta
from typing import Any

from peercenter.db.models import TimeEntry, WellbeingCheckIn
from peercenter.domain.enums import StaffStatus, TimeEntryKind
from peercenter.domain.questionnaires import Questionnaire, score
from peercenter.services.demo.bulk import bulk_insert
from peercenter.services.demo.catalog import CHECKIN_NOTES, LEAVE_NOTES, TIME_NOTES
from peercenter.services.demo.context import DemoContext, round_to, weekdays_between
from peercenter.services.demo.schedule import PlannedGroup
from peercenter.services.demo.sessions import Calendar
from peercenter.services.demo.staffing import Member, Team
from peercenter.services.demo.staffwork import (
    EXTENDED_LEAVE_DAYS,
    TrainingDays,
    last_working_day,
)
from peercenter.services.wellbeing import questionnaires

Leave = dict[int, dict[date, str]]
K = TimeEntryKind
_MIX = {
    "director": ((K.ADMIN, 6), (K.DOCUMENTATION, 2), (K.OUTREACH, 1), (K.DIRECT_SERVICE, 1)),
    "supervisor": ((K.ADMIN, 4), (K.DOCUMENTATION, 3), (K.DIRECT_SERVICE, 2), (K.OUTREACH, 1)),
    "specialist": ((K.DOCUMENTATION, 7), (K.DIRECT_SERVICE, 6), (K.OUTREACH, 4), (K.ADMIN, 3)),
}
_RECENT_PUSH_DAYS = 21


def facilitated_minutes(
    calendar: Calendar, groups: list[PlannedGroup]
) -> dict[int, dict[date, int]]:
    """Minutes each staff member leads or co-leads sessions, per local day."""
    crews = {g.id: [m.id for m, _role in g.facilitators] for g in groups}
    out: dict[int, dict[date, int]] = defaultdict(lambda: defaultdict(int))
    for info in calendar.sessions:
        if info.cancelled:
            continue
        minutes = int((info.ends_at - info.starts_at).total_seconds() // 60)
        for staff_id in crews[info.group_id]:
            out[staff_id][info.day] += minutes
    return out


def _span(ctx: DemoContext, member: Member) -> list[date]:
    return weekdays_between(max(member.hire, ctx.history_start), last_working_day(ctx, member))


def plan_leave(
    ctx: DemoContext, team: Team, busy: dict[int, dict[date, int]], closed: dict[date, str]
) -> Leave:
    """Vacation weeks, sick and personal days, never on a day with a session to lead."""
    rng = ctx.rng("leave")
    leave: Leave = {}
    for member in team.members:
        if not member.peer_worker:
            continue
        days = [
            d for d in _span(ctx, member) if d not in closed and d not in busy.get(member.id, {})
        ]
        taken: dict[date, str] = {}
        for start in range(0, len(days), 250):
            year = days[start : start + 250]
            for _ in range(2):
                first = rng.randrange(len(year))
                week = [d for d in year[first : first + 5] if (d - year[first]).days < 7]
                taken.update((d, "Vacation") for d in week)
            for _ in range(rng.randint(3, 6)):
                taken[rng.choice(year)] = rng.choice(LEAVE_NOTES[1:])
        if member.status is StaffStatus.ON_LEAVE:
            away = weekdays_between(
                ctx.today - timedelta(days=EXTENDED_LEAVE_DAYS), ctx.today - timedelta(days=1)
            )
            taken.update((d, "Extended leave") for d in away)
        leave[member.id] = dict(sorted(taken.items()))
    return leave


def create_time_entries(
    ctx: DemoContext,
    team: Team,
    busy: dict[int, dict[date, int]],
    leave: Leave,
    training: TrainingDays,
    closed: dict[date, str],
) -> int:
    rng = ctx.rng("time")
    rows: list[dict[str, Any]] = []
    for member in team.members:
        if not member.peer_worker:
            continue
        daily = member.cap / 5 * 60
        mix = _MIX[
            "director"
            if member.key == "director"
            else "supervisor"
            if member.is_supervisor
            else "specialist"
        ]
        kinds = [k for k, w in mix for _ in range(w)]
        days = _span(ctx, member)
        if member.status is StaffStatus.ON_LEAVE and days:
            days += [d for d in leave.get(member.id, {}) if d > days[-1]]
        push = member.key == "specialist"
        week: tuple[int, int] | None = None
        factor = 1.0
        for day in days:
            if day.isocalendar()[:2] != week:
                # Most weeks a little under the cap; now and then a heavy one.
                week = day.isocalendar()[:2]
                factor = rng.uniform(1.15, 1.3) if rng.random() < 0.05 else rng.uniform(0.85, 1.02)
            if day in closed:
                continue
            note = leave.get(member.id, {}).get(day)
            if note is not None:
                rows.append(_entry(member, day, round_to(daily), K.LEAVE, note))
                continue
            scale = 1.3 if push and (ctx.today - day).days <= _RECENT_PUSH_DAYS else factor
            facilitated = busy.get(member.id, {}).get(day, 0)
            rest = daily * scale - facilitated
            trained = training.get(member.id, {}).get(day)
            if trained:
                rows.append(
                    _entry(member, day, min(trained, 1440), K.TRAINING, TIME_NOTES["training"][0])
                )
                rest -= trained
            _split(rng, member, day, rest, facilitated, kinds, rows)
    return bulk_insert(ctx.session, TimeEntry, rows)


def _split(
    rng: random.Random,
    member: Member,
    day: date,
    rest: float,
    facilitated: int,
    kinds: list[TimeEntryKind],
    rows: list[dict[str, Any]],
) -> None:
    """The rest of the day as one or two entries. The day's first direct-service entry also
    covers its ``facilitated`` minutes."""
    if rest < 30:
        return
    parts = [rest] if rest < 150 or rng.random() < 0.4 else [rest * 0.6, rest * 0.4]
    for minutes in parts:
        kind = rng.choice(kinds)
        if kind is K.DIRECT_SERVICE:
            minutes, facilitated = minutes + facilitated, 0
        rows.append(
            _entry(
                member, day, min(round_to(minutes), 720), kind, rng.choice(TIME_NOTES[kind.value])
            )
        )


def _entry(
    member: Member, day: date, minutes: int, kind: TimeEntryKind, note: str
) -> dict[str, Any]:
    return {"staff_id": member.id, "worked_on": day, "minutes": minutes, "kind": kind, "note": note}


def create_checkins(ctx: DemoContext, team: Team, leave: Leave) -> int:
    """Per specialist, the 'pulse' questionnaire (mood 1-5) every one to four weeks and the
    Copenhagen Burnout Inventory every five to seven weeks. The demo specialist's mood dips
    and their burnout scores climb over the last weeks, so the charts have a story to tell."""
    rng = ctx.rng("checkins")
    cbi = questionnaires.get("cbi")
    rows: list[dict[str, Any]] = []
    for member in team.members:
        if not member.is_specialist:
            continue
        usual = rng.uniform(3.3, 4.4)
        burnout = {"personal": rng.uniform(28, 45), "work": rng.uniform(22, 40)}
        burnout["client"] = burnout["work"] - rng.uniform(5, 15)
        start = max(member.hire, ctx.history_start)
        last = last_working_day(ctx, member)
        for day, clock in _checkin_days(ctx, rng, member, leave, start, last, (7, 28)):
            low = member.key == "specialist" and (ctx.today - day).days <= 42
            mood = min(5, max(1, round(rng.gauss(2.2 if low else usual, 0.7))))
            rows.append(
                {
                    "staff_id": member.id,
                    "taken_at": ctx.at(day, clock),
                    "questionnaire": "pulse",
                    "answers": {"mood": mood},
                    "scores": {"pulse": mood},
                    "note": rng.choice(CHECKIN_NOTES) if rng.random() < 0.2 else None,
                }
            )
        first_cbi = start + timedelta(days=rng.randint(10, 30))
        for day, clock in _checkin_days(ctx, rng, member, leave, first_cbi, last, (35, 49)):
            # The demo specialist's scores climb through the last three months.
            climb = max(0, 90 - (ctx.today - day).days) / 90 if member.key == "specialist" else 0
            targets = {scale: level + 40 * climb for scale, level in burnout.items()}
            answers = _cbi_answers(cbi, targets, rng)
            scored = score(cbi, answers)
            rows.append(
                {
                    "staff_id": member.id,
                    "taken_at": ctx.at(day, clock),
                    "questionnaire": cbi.id,
                    "answers": answers,
                    "scores": scored.scores,
                    "note": None,
                }
            )
    return bulk_insert(ctx.session, WellbeingCheckIn, rows)


def _checkin_days(
    ctx: DemoContext,
    rng: random.Random,
    member: Member,
    leave: Leave,
    day: date,
    last: date,
    gap_days: tuple[int, int],
) -> list[tuple[date, time]]:
    """Working days from ``day`` to ``last``, a random gap apart, each with a time."""
    days = []
    while day <= last:
        if day.weekday() < 5 and day not in leave.get(member.id, {}) and day < ctx.today:
            days.append((day, time(rng.randint(8, 16), rng.choice((0, 10, 20, 30, 40, 50)))))
            day += timedelta(days=rng.randint(*gap_days))
        else:
            day += timedelta(days=1)
    return days


def _cbi_answers(
    questionnaire: Questionnaire, targets: dict[str, float], rng: random.Random
) -> dict[str, int | None]:
    """Answers (1-5) scattered around each scale's target score (0-100); reverse-scored
    questions are answered the other way round, as a person would."""
    answers: dict[str, int | None] = {}
    for item in questionnaire.items:
        target = 1 + min(100.0, max(0.0, targets.get(item.scale, 30))) / 25
        value = min(5, max(1, round(rng.gauss(target, 0.6))))
        answers[item.id] = 6 - value if item.reverse else value
    return answers
