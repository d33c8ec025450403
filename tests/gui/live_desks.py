"""A front desk's morning for the live-update tests: a group meeting today with two people on
its roster, and the window of the desk that watches it. The other desk works through its own
connection to the same database (another window on this computer, another program), never
through the window's."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from peercenter.db.engine import Database
from peercenter.domain.enums import Role
from peercenter.services import clock
from peercenter.services.context import Actor
from peercenter.services.schedule import rosters
from tests.gui.helpers import sign_in_as
from tests.schedule_factories import CHICAGO, Desk, front_desk

# An upper bound for a busy machine, never a measure: the promise (another desk's change shows
# within 2 s) is timed by `make bench` (tests/benchmarks/bench_live.py).
WAIT_MS = 20_000


@dataclass(frozen=True)
class Morning:
    desk: Desk
    fran: Actor  # the front desk at the window
    today: date
    group_id: int
    session_id: int  # today, 9 to 10:30, Alex and Blair on the roster

    @property
    def admin(self) -> Actor:
        return self.desk.admin

    def person(self, name: str) -> int:
        return self.desk.people[name]


def morning(db: Database) -> Morning:
    desk = front_desk(db)
    today = clock.local_today(CHICAGO)
    group = desk.group("Morning Circle", first=today, at=time(9, 0))
    session_id = next(v.id for v in desk.sessions(group.id) if v.starts_at.date() == today)
    with db.session() as s:
        for name in ("Alex", "Blair"):
            rosters.enroll(s, desk.admin, group.id, desk.people[name], today)
    fran = sign_in_as(db, desk.admin, Role.FRONT_DESK, "fran", "Fran", "Desk")
    return Morning(desk, fran, today, group.id, session_id)
