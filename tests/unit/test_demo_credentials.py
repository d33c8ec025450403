"""The demo center's specialists are enrolled in programs that fit their history, and the
progress rules have something true to show for each of them."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from peercenter.db.engine import Database
from peercenter.db.models import Staff
from peercenter.domain.credentials.status import Status
from peercenter.domain.enums import StaffStatus
from peercenter.services import auth
from peercenter.services.credentials.progress import person_progress, supervisor_overview
from peercenter.services.demo import build_demo
from tests.factories import PASSWORD, center

TODAY = date(2025, 3, 12)


def test_demo_specialists_are_enrolled_in_fitting_programs(sqlite_database: Database) -> None:
    admin = center(sqlite_database)
    with sqlite_database.session() as s:
        summary = build_demo(s, admin, PASSWORD, today=TODAY)
    assert summary.credentials >= 6
    supervisor = auth.login(sqlite_database, "supervisor", PASSWORD)
    specialist = auth.login(sqlite_database, "specialist", PASSWORD)
    with sqlite_database.session() as s:
        people = list(
            s.scalars(
                select(Staff).where(
                    Staff.is_specialist.is_(True), Staff.status != StaffStatus.INACTIVE
                )
            )
        )
        progress = {p.id: person_progress(s, admin, p.id, today=TODAY) for p in people}
        overview = supervisor_overview(s, supervisor, TODAY)
        own = person_progress(s, specialist, specialist.staff_id, today=TODAY)
    assert all(
        any(e.progress.program.code == "icrc-pr" for e in p.programs) for p in progress.values()
    )
    newest = max(people, key=lambda p: p.hire_date or date.min)
    texas = [e for e in progress[newest.id].programs if e.progress.program.code == "texas-hhsc-ps"]
    assert texas and not texas[0].progress.achieved
    weekly = texas[0].progress.requirements[1]
    assert weekly.status in (Status.ON_SCHEDULE, Status.GAPS, Status.OVERDUE)
    # The demo specialist holds the credential and is collecting continuing education.
    held = own.programs[0].progress
    assert held.achieved and held.cycle is not None and held.cycle.due >= TODAY
    ce = next(r for r in held.requirements if r.requirement.name == "Continuing education")
    assert ce.completed_minutes > 0
    # Someone still working toward it has real experience hours from the schedule.
    working = [
        e.progress
        for p in progress.values()
        for e in p.programs
        if e.progress.program.code == "icrc-pr" and not e.progress.achieved
    ]
    experience = [
        next(r for r in w.requirements if r.requirement.name == "Supervised work experience")
        for w in working
    ]
    assert experience and max(r.completed_minutes for r in experience) > 100 * 60
    urgency = [row.person.urgency for row in overview]
    assert urgency and urgency == sorted(urgency)
