"""The wellbeing dashboard for every staff member (as the administrator) on the large demo
center against the small one: the cost should follow the days looked at, not the years of
history. Also a person's detail and the check of a year-long series assignment."""

from __future__ import annotations

from datetime import time

from sqlalchemy import select

from peercenter.db.engine import Database
from peercenter.db.models import Staff
from peercenter.domain.enums import StaffStatus
from peercenter.services import auth
from peercenter.services.clock import local_today
from peercenter.services.settings import center_timezone
from peercenter.services.wellbeing import assignment, dashboard
from tests.benchmarks.harness import PASSWORD, Result, demo_database, median_time


def _measure(scale: str) -> dict[str, float]:
    db = Database.from_url(demo_database(scale))
    try:
        actor = auth.login(db, "admin", PASSWORD)
        with db.reader() as s:
            staff_id = s.scalars(select(Staff.id).where(Staff.status == StaffStatus.ACTIVE,
                                                        Staff.is_specialist.is_(True))
                                 .order_by(Staff.id)).first()
            today = local_today(center_timezone(s))
        assert staff_id is not None

        def board() -> None:
            with db.session() as s:
                rows = dashboard.dashboard(s, actor)
                assert rows

        def detail() -> None:
            with db.session() as s:
                dashboard.person_detail(s, actor, staff_id)

        def series() -> None:
            with db.reader() as s:
                proposed = assignment.proposed_series(s, "Benchmark Group",
                                                      "FREQ=WEEKLY;BYDAY=TU", today, time(18),
                                                      90)
                assignment.check_assignment(s, actor, staff_id, proposed)

        return {"dashboard": median_time(board), "detail": median_time(detail),
                "series": median_time(series)}
    finally:
        db.dispose()


def collect() -> list[Result]:
    small, large = _measure("small"), _measure("large")
    return [
        Result("wellbeing", "dashboard, all staff", "small center", small["dashboard"],
               large["dashboard"], target=1.5),
        Result("wellbeing", "one person's detail (12 weeks, all check-ins)", "small center",
               small["detail"], large["detail"]),
        Result("wellbeing", "assignment check, weekly series over the horizon", "small center",
               small["series"], large["series"]),
    ]
