"""Scheduling cost follows the window shown, not the history: opening the week view (the
sessions of the week read and drawn) and the conflict check of a new weekly group over 12
months, on the large demo center (ten years of history, four times the groups) against the
small one.

Both centers are measured turn about, and the figure is the process's CPU time: SQLite runs
inside the process, so that is the whole cost, and unlike the wall clock it is not inflated
by other programs competing for the processor. The wall-clock medians are reported too.

The large center's week holds about four times the sessions of the small one's, so the week
view's primary figure is its cost per session shown (target 1.2x); the whole view's ratio is
given beside it."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from datetime import time as clock_time
from datetime import timedelta

from sqlalchemy import func, select

from peercenter.db.engine import Database
from peercenter.db.models import GroupSession, Room, SessionFacilitator
from peercenter.domain.enums import GroupKind
from peercenter.domain.recurrence import Frequency, Recurrence
from peercenter.services import auth, clock, settings
from peercenter.services.context import Actor
from peercenter.services.schedule import groups, sessions
from tests.benchmarks.harness import PASSWORD, Result, demo_database

TARGET = 1.5
PER_ITEM_TARGET = 1.2
WIDTH, HEIGHT = 1000, 700


def _week_view(db: Database, actor: Actor) -> Callable[[], int]:
    """Read the current week and draw it, as the Calendar does when it opens."""
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    from peercenter.ui.screens.calendar.week_view import WeekView

    _app = QApplication.instance() or QApplication([])
    view = WeekView()
    view.resize(WIDTH, HEIGHT)
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)
    with db.reader() as s:
        tz = settings.center_timezone(s)
    now = clock.now().astimezone(tz)
    monday = now.date() - timedelta(days=now.weekday())

    def run() -> int:
        with db.reader() as s:
            shown = sessions.list_sessions(s, actor, monday, monday + timedelta(days=6))
        view.set_sessions(monday, 7, shown, now.date(), now.replace(tzinfo=None))
        view.render(image)
        return len(shown)

    return run


def _busiest(db: Database) -> tuple[int, int]:
    """The room and the facilitator with the most sessions: the hardest check."""
    with db.reader() as s:
        room = s.scalar(
            select(GroupSession.room_id)
            .where(GroupSession.room_id.is_not(None))
            .group_by(GroupSession.room_id)
            .order_by(func.count().desc())
            .limit(1)
        )
        staff = s.scalar(
            select(SessionFacilitator.staff_id)
            .group_by(SessionFacilitator.staff_id)
            .order_by(func.count().desc())
            .limit(1)
        )
        assert room is not None and staff is not None and s.get(Room, room) is not None
        return room, staff


def _conflict_check(db: Database, actor: Actor) -> Callable[[], object]:
    """Everything the group form asks before saving a weekly group for a year in the
    busiest room with the busiest facilitator."""
    room, staff = _busiest(db)
    with db.reader() as s:
        today = clock.now().astimezone(settings.center_timezone(s)).date()
    first = today + timedelta(days=(1 - today.weekday()) % 7 or 7)  # next Tuesday
    form = groups.GroupForm(
        name="Benchmark Circle",
        kind=GroupKind.PEER_SUPPORT,
        first_date=first,
        start_time=clock_time(18),
        duration_minutes=90,
        room_id=room,
        lead_id=staff,
        recurrence=Recurrence(Frequency.WEEKLY, weekdays=(1,), until=first + timedelta(days=364)),
    )

    def run() -> object:
        with db.reader() as s:
            return groups.preview_group(s, actor, form)

    return run


def _interleaved(
    small: Callable[[], object], large: Callable[[], object], rounds: int
) -> dict[str, tuple[float, float]]:
    """Median CPU and wall-clock seconds of both, measured turn about."""
    for fn in (small, large, small, large):
        fn()
    samples: dict[str, list[float]] = {
        "cpu small": [],
        "cpu large": [],
        "wall small": [],
        "wall large": [],
    }
    for _ in range(rounds):
        for name, fn in (("small", small), ("large", large)):
            cpu, wall = time.process_time(), time.perf_counter()
            fn()
            samples[f"cpu {name}"].append(time.process_time() - cpu)
            samples[f"wall {name}"].append(time.perf_counter() - wall)
    med = {k: statistics.median(v) for k, v in samples.items()}
    return {
        "cpu": (med["cpu small"], med["cpu large"]),
        "wall": (med["wall small"], med["wall large"]),
    }


def collect() -> list[Result]:
    dbs = {scale: Database.from_url(demo_database(scale)) for scale in ("small", "large")}
    try:
        actors = {scale: auth.login(db, "admin", PASSWORD) for scale, db in dbs.items()}
        views = {scale: _week_view(db, actors[scale]) for scale, db in dbs.items()}
        shown = {scale: view() for scale, view in views.items()}
        week = _interleaved(views["small"], views["large"], rounds=41)
        conflicts = _interleaved(
            _conflict_check(dbs["small"], actors["small"]),
            _conflict_check(dbs["large"], actors["large"]),
            rounds=31,
        )
    finally:
        for db in dbs.values():
            db.dispose()
    week_name = "open the week view (read and draw), large center"
    check_name = "conflict check of a new weekly group over 12 months, large center"
    return [
        Result(
            "schedule",
            f"week view per session shown ({shown['small']} small, {shown['large']} large), CPU",
            "small center",
            week["cpu"][0] / max(shown["small"], 1),
            week["cpu"][1] / max(shown["large"], 1),
            target=PER_ITEM_TARGET,
        ),
        Result("schedule", f"{week_name} (whole view), CPU", "small center", *week["cpu"]),
        Result("schedule", f"{week_name} (whole view), wall clock", "small center", *week["wall"]),
        Result("schedule", f"{check_name}, CPU", "small center", *conflicts["cpu"], target=TARGET),
        Result("schedule", f"{check_name}, wall clock", "small center", *conflicts["wall"]),
    ]
