"""Session rows for every group, then the edits a real center accumulates: holiday closures,
the odd cancellation, and one session moved by hand."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from dateutil.relativedelta import FR, MO, TH, relativedelta
from sqlalchemy import select, update

from peercenter.db.models import Closure, GroupSession, SessionFacilitator
from peercenter.domain.enums import GroupKind, SessionStatus
from peercenter.domain.recurrence import Frequency
from peercenter.services import series
from peercenter.services.demo.bulk import bulk_insert
from peercenter.services.demo.catalog import CANCEL_REASONS
from peercenter.services.demo.context import DemoContext
from peercenter.services.demo.schedule import MAKEUP_START, PlannedGroup

RANDOM_CANCEL_SHARE = 0.012


@dataclass
class SessionInfo:
    id: int
    group_id: int
    starts_at: datetime
    ends_at: datetime
    room_id: int | None
    day: date
    cancelled: bool = False


@dataclass
class Calendar:
    sessions: list[SessionInfo]
    closed: dict[date, str]

    def past(self, ctx: DemoContext) -> list[SessionInfo]:
        """Held sessions that are over before today."""
        cutoff = ctx.cutoff
        return [s for s in self.sessions if not s.cancelled and s.ends_at <= cutoff]


def holidays(first: date, last: date) -> dict[date, str]:
    """Days the demo center closes (a US calendar: the demo needs some, not every one)."""
    out: dict[date, str] = {}
    for year in range(first.year, last.year + 1):
        days = {
            date(year, 1, 1): "New Year's Day",
            date(year, 5, 31) + relativedelta(weekday=MO(-1)): "Memorial Day",
            date(year, 7, 4): "Independence Day",
            date(year, 9, 1) + relativedelta(weekday=MO(1)): "Labor Day",
            date(year, 11, 1) + relativedelta(weekday=TH(4)): "Thanksgiving",
            date(year, 12, 25): "Christmas Day",
        }
        out.update({d: name for d, name in sorted(days.items()) if first <= d <= last})
    return out


def create_sessions(ctx: DemoContext, groups: list[PlannedGroup]) -> Calendar:
    """Every group's sessions from its first date to the horizon (the small center through
    the program's own ``materialize``), then the closures, cancellations and the move."""
    if ctx.large:
        _insert_bulk(ctx, groups)
    else:
        for group in groups:
            series.materialize(ctx.session, group.row, ctx.tz, ctx.horizon)
    ctx.session.flush()
    index = [
        SessionInfo(sid, gid, begins, ends, room, ctx.local_day(begins))
        for sid, gid, begins, ends, room in ctx.session.execute(
            select(
                GroupSession.id,
                GroupSession.group_id,
                GroupSession.starts_at,
                GroupSession.ends_at,
                GroupSession.room_id,
            ).order_by(GroupSession.starts_at, GroupSession.id)
        )
    ]
    closed = _closures(ctx)
    _cancel(ctx, index, groups, closed)
    _move_one(ctx, index, groups, closed)
    return Calendar(index, closed)


def _insert_bulk(ctx: DemoContext, groups: list[PlannedGroup]) -> None:
    """What ``series.materialize`` does, as two bulk inserts: the ten-year center has tens of
    thousands of sessions."""
    rows: list[dict[str, Any]] = []
    for group in groups:
        duration = timedelta(minutes=group.row.duration_minutes)
        for begins in series.planned_starts(group.row, ctx.tz, group.first_date, ctx.horizon):
            rows.append(
                {
                    "group_id": group.id,
                    "occurrence_start": begins,
                    "starts_at": begins,
                    "ends_at": begins + duration,
                    "room_id": group.row.room_id,
                    "topic_id": group.row.default_topic_id,
                }
            )
        group.row.materialized_until = ctx.horizon
    bulk_insert(ctx.session, GroupSession, rows)
    crews = {g.id: [(m.id, role) for m, role in g.facilitators] for g in groups}
    links = [
        {"session_id": sid, "staff_id": staff_id, "role": role}
        for sid, gid in ctx.session.execute(
            select(GroupSession.id, GroupSession.group_id).order_by(GroupSession.id)
        )
        for staff_id, role in crews[gid]
    ]
    bulk_insert(ctx.session, SessionFacilitator, links)


def _closures(ctx: DemoContext) -> dict[date, str]:
    closed = holidays(ctx.history_start, ctx.horizon)
    # A staff in-service day about a month ahead, so the coming weeks show a closure too.
    in_service = ctx.today + timedelta(days=30) + relativedelta(weekday=FR(1))
    closed[in_service] = "Staff in-service day"
    ctx.session.add_all(
        [
            Closure(start_date=day, end_date=day, reason=reason, created_by_id=ctx.admin.user_id)
            for day, reason in sorted(closed.items())
        ]
    )
    return closed


def _cancel(
    ctx: DemoContext, index: list[SessionInfo], groups: list[PlannedGroup], closed: dict[date, str]
) -> None:
    rng = ctx.rng("cancellations")
    reasons: dict[str, list[int]] = defaultdict(list)
    future: list[SessionInfo] = []
    # Sessions on closed days point at their closure, so lifting it restores them.
    ctx.session.flush()
    closure_of = dict(ctx.session.execute(select(Closure.start_date, Closure.id)).all())
    by_closure: dict[int, list[int]] = defaultdict(list)
    for info in index:
        if info.day in closed:
            by_closure[closure_of[info.day]].append(info.id)
            info.cancelled = True
        elif info.day < ctx.today:
            if rng.random() < RANDOM_CANCEL_SHARE:
                reasons[rng.choice(CANCEL_REASONS)].append(info.id)
                info.cancelled = True
        elif info.day <= ctx.today + timedelta(days=60):
            future.append(info)
    mentoring = {g.id for g in groups if g.spec.kind is GroupKind.MENTORING}
    options = [s for s in future if s.group_id not in mentoring]
    for info in rng.sample(options, k=min(2, len(options))):
        reasons["Facilitator at a conference"].append(info.id)
        info.cancelled = True
    for reason, ids in sorted(reasons.items()):
        _cancel_rows(ctx, ids, reason, None)
    for day, closure_id in sorted(closure_of.items()):
        _cancel_rows(
            ctx, by_closure.get(closure_id, []), f"Center closed: {closed[day]}", closure_id
        )


def _cancel_rows(ctx: DemoContext, ids: list[int], reason: str, closure_id: int | None) -> None:
    for start in range(0, len(ids), 500):
        ctx.session.execute(
            update(GroupSession)
            .where(GroupSession.id.in_(ids[start : start + 500]))
            .values(status=SessionStatus.CANCELLED, cancel_reason=reason, closure_id=closure_id)
        )


def _move_one(
    ctx: DemoContext, index: list[SessionInfo], groups: list[PlannedGroup], closed: dict[date, str]
) -> None:
    """Move one session in the coming weeks to a free weekday afternoon, as a person would
    when its regular room is needed for something else."""
    weekly = {
        g.id: g
        for g in groups
        if g.spec.kind is GroupKind.PEER_SUPPORT
        and g.spec.frequency is Frequency.WEEKLY
        and g.spec.interval == 1
        and g.row.room_id is not None
        and g.row.duration_minutes <= 90
    }
    soon = [
        s
        for s in index
        if s.group_id in weekly
        and not s.cancelled
        and ctx.today + timedelta(days=3) <= s.day <= ctx.today + timedelta(days=28)
    ]
    for info in soon:
        monday = info.day - timedelta(days=info.day.weekday())
        options = [monday + timedelta(days=n) for n in range(5)]
        options = [d for d in options if d != info.day and d not in closed and d > ctx.today]
        if not options:
            continue
        new_day = min(options, key=lambda d: abs((d - info.day).days))
        row = ctx.session.get(GroupSession, info.id)
        assert row is not None
        length = row.ends_at - row.starts_at
        row.starts_at = ctx.at(new_day, MAKEUP_START)
        row.ends_at = row.starts_at + length
        row.is_exception = True
        row.notes = (
            f"Moved to {new_day:%A} at 3 pm this week: the facilitator is at a "
            "training at the usual time."
        )
        info.starts_at, info.ends_at, info.day = row.starts_at, row.ends_at, new_day
        return
