"""The wellbeing dashboard for every staff member (as the administrator) on the large demo
center against the small one: the cost should follow the days looked at, not the years of
history. Also a person's detail and the check of a series assignment over the horizon.

Small and large runs alternate, so a busy machine slows both alike instead of whichever
happened to run during the busy spell. The large center has more staff, so the dashboard's
primary figure is its cost per person shown (target 1.2x); the whole board's ratio is beside
it."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from datetime import time as clock_time

from sqlalchemy import select

from peercenter.db import migrate
from peercenter.db.engine import Database
from peercenter.db.models import Staff
from peercenter.domain.enums import StaffStatus
from peercenter.services import auth
from peercenter.services.clock import local_today
from peercenter.services.settings import center_timezone
from peercenter.services.wellbeing import assignment, dashboard
from tests.benchmarks.harness import PASSWORD, Result, demo_database

REPEAT = 15


def _tasks(db: Database) -> tuple[int, dict[str, Callable[[], object]]]:
    migrate.upgrade(db.engine)  # a cached demo file may predate the newest indexes
    actor = auth.login(db, "admin", PASSWORD)
    with db.reader() as s:
        people = len(dashboard.dashboard(s, actor))
        staff_id = s.scalars(
            select(Staff.id)
            .where(Staff.status == StaffStatus.ACTIVE, Staff.is_specialist.is_(True))
            .order_by(Staff.id)
        ).first()
        today = local_today(center_timezone(s))
    assert staff_id is not None

    def board() -> None:
        with db.session() as s:
            assert dashboard.dashboard(s, actor)

    def detail() -> None:
        with db.session() as s:
            dashboard.person_detail(s, actor, staff_id)

    def series() -> None:
        with db.reader() as s:
            proposed = assignment.proposed_series(
                s, "Benchmark Group", "FREQ=WEEKLY;BYDAY=TU", today, clock_time(18), 90
            )
            assignment.check_assignment(s, actor, staff_id, proposed)

    return people, {"dashboard": board, "detail": detail, "series": series}


def _interleaved(small: Callable[[], object], large: Callable[[], object]) -> tuple[float, float]:
    small(), large()  # warm up
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(REPEAT):
        for fn, bucket in ((small, times[0]), (large, times[1])):
            start = time.perf_counter()
            fn()
            bucket.append(time.perf_counter() - start)
    return statistics.median(times[0]), statistics.median(times[1])


def collect() -> list[Result]:
    databases = [Database.from_url(demo_database(scale)) for scale in ("small", "large")]
    try:
        (few, small), (many, large) = (_tasks(db) for db in databases)
        figures = {key: _interleaved(small[key], large[key]) for key in small}
    finally:
        for db in databases:
            db.dispose()
    return [
        Result(
            "wellbeing",
            f"dashboard, per person shown ({few} small, {many} large)",
            "small center",
            figures["dashboard"][0] / few,
            figures["dashboard"][1] / many,
            target=1.2,
        ),
        Result(
            "wellbeing",
            f"dashboard, all staff ({many} active, whole board)",
            f"small center ({few} active)",
            *figures["dashboard"],
        ),
        Result(
            "wellbeing",
            "one person's detail (12 weeks, a year of check-ins)",
            "small center",
            *figures["detail"],
        ),
        Result(
            "wellbeing",
            "assignment check, weekly series over the horizon",
            "small center",
            *figures["series"],
        ),
    ]
