"""Scheduling cost follows the window shown, not the history: the week view and the conflict
check for a new weekly group over 12 months, on the large demo center against the small one."""

from __future__ import annotations

import statistics
from collections.abc import Callable
from datetime import time, timedelta

from sqlalchemy import func, select

from peercenter.db.engine import Database
from peercenter.db.models import Room, SessionFacilitator
from peercenter.db.models import Session as SessionRow
from peercenter.domain.enums import GroupKind
from peercenter.domain.recurrence import Frequency, Recurrence
from peercenter.services import auth, clock, settings
from peercenter.services.context import Actor
from peercenter.services.schedule import groups, sessions
from tests.benchmarks.harness import PASSWORD, Result, demo_database, median_time

TARGET = 1.5


def _week_view(db: Database, actor: Actor) -> Callable[[], object]:
    with db.reader() as s:
        today = clock.now().astimezone(settings.center_timezone(s)).date()
    monday = today - timedelta(days=today.weekday())

    def run() -> object:
        with db.reader() as s:
            return sessions.list_sessions(s, actor, monday, monday + timedelta(days=6))
    return run


def _busiest(db: Database) -> tuple[int, int]:
    """The room and the facilitator with the most sessions: the hardest check."""
    with db.reader() as s:
        room = s.scalar(select(SessionRow.room_id).where(SessionRow.room_id.is_not(None))
                        .group_by(SessionRow.room_id).order_by(func.count().desc()).limit(1))
        staff = s.scalar(select(SessionFacilitator.staff_id)
                         .group_by(SessionFacilitator.staff_id)
                         .order_by(func.count().desc()).limit(1))
        assert room is not None and staff is not None and s.get(Room, room) is not None
        return room, staff


def _conflict_check(db: Database, actor: Actor) -> Callable[[], object]:
    room, staff = _busiest(db)
    with db.reader() as s:
        today = clock.now().astimezone(settings.center_timezone(s)).date()
    first = today + timedelta(days=(1 - today.weekday()) % 7 or 7)  # next Tuesday
    form = groups.GroupForm(
        name="Benchmark Circle", kind=GroupKind.PEER_SUPPORT, first_date=first,
        start_time=time(18), duration_minutes=90, room_id=room, lead_id=staff,
        recurrence=Recurrence(Frequency.WEEKLY, weekdays=(1,),
                              until=first + timedelta(days=364)))

    def run() -> object:
        with db.reader() as s:
            return groups.preview_group(s, actor, form)
    return run


def _interleaved(small: Callable[[], object], large: Callable[[], object],
                 rounds: int) -> tuple[float, float]:
    """Medians of both, measured turn about so load on the machine hits both alike."""
    for fn in (small, large):
        fn()
    a: list[float] = []
    b: list[float] = []
    for _ in range(rounds):
        a.append(median_time(small, repeat=1, warmup=0))
        b.append(median_time(large, repeat=1, warmup=0))
    return statistics.median(a), statistics.median(b)


def collect() -> list[Result]:
    dbs = {scale: Database.from_url(demo_database(scale)) for scale in ("small", "large")}
    try:
        actors = {scale: auth.login(db, "admin", PASSWORD) for scale, db in dbs.items()}
        week = _interleaved(_week_view(dbs["small"], actors["small"]),
                            _week_view(dbs["large"], actors["large"]), rounds=31)
        conflicts = _interleaved(_conflict_check(dbs["small"], actors["small"]),
                                 _conflict_check(dbs["large"], actors["large"]), rounds=21)
    finally:
        for db in dbs.values():
            db.dispose()
    return [
        Result("schedule", "open the week view, large center", "small center",
               week[0], week[1], target=TARGET),
        Result("schedule", "conflict check of a new weekly group over 12 months, large center",
               "small center", conflicts[0], conflicts[1], target=TARGET),
    ]
