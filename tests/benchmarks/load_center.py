"""The center the load benchmark runs on: a center's server set up the way `peercenter server
setup` does it, a front-desk login (its own PostgreSQL role) for each desk, and a week of
groups meeting every day in rooms of their own, with rosters.

Participants come in three pools so that what each desk was told it saved can be checked
exactly at the end: the regulars are on the rosters and each is checked in by one desk only;
walk-ins join sessions at any desk; movers are enrolled and taken off rosters at any desk."""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass, field
from datetime import date, time, timedelta
from typing import Any

from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url

from peercenter.db.engine import Database
from peercenter.db.models import GroupSession
from peercenter.db.server.names import ServerNames
from peercenter.domain.confirmation import Confirmation
from peercenter.domain.enums import EnrollmentMode, GroupKind, Role
from peercenter.domain.recurrence import Frequency, Recurrence
from peercenter.services import auth, clock, participants, server_admin, settings, staff
from peercenter.services.clock import day_bounds
from peercenter.services.context import Actor
from peercenter.services.schedule import groups, rooms, rosters
from tests.factories import PASSWORD
from tests.insider.conftest import OWNER_PASSWORD, drop_server, first_start

GROUPS = 10  # each meets every day at its own hour, in its own room, with its own lead
ROSTER = 12
WALK_INS = 20
MOVERS = 20


@dataclass
class LoadCenter:
    """What the desks need to know, passed to each desk process as JSON."""

    superuser: str
    database: str
    address: str  # the sign-in role's, as every computer is given
    desks: list[str]  # a login per desk
    today: str
    week: tuple[str, str]
    groups: dict[str, int] = field(default_factory=dict)  # name → id
    today_sessions: dict[int, int] = field(default_factory=dict)  # group id → session id
    regulars: dict[int, list[int]] = field(default_factory=dict)  # group id → participant ids
    walk_ins: list[int] = field(default_factory=list)
    movers: list[int] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> LoadCenter:
        data = dict(data)
        data["week"] = tuple(data["week"])
        data["today_sessions"] = {int(k): v for k, v in data["today_sessions"].items()}
        data["regulars"] = {int(k): v for k, v in data["regulars"].items()}
        return cls(**data)

    @property
    def names(self) -> ServerNames:
        return ServerNames(self.database)

    def drop(self) -> None:
        drop_center(self.superuser, self.database)


def drop_center(superuser: str, database: str) -> None:
    """The center's database and roles, gone from the server."""
    drop_server(make_url(superuser), ServerNames(database))


def last_event_id(superuser: str, database: str) -> int:
    """The newest event of a center's audit trail, read by the server's superuser."""
    engine = create_engine(make_url(superuser).set(database=database))
    try:
        with engine.connect() as conn:
            found = conn.execute(text("SELECT coalesce(max(id), 0) FROM audit_events"))
            return int(found.scalar_one())
    finally:
        engine.dispose()


def set_up_server(superuser: str, prefix: str = "pc_load") -> tuple[str, str, Actor]:
    """A new center's server; its database name, its address and its administrator."""
    base = make_url(superuser)
    name = f"{prefix}_{uuid.uuid4().hex[:8]}"
    done = server_admin.set_up(
        base.render_as_string(hide_password=False), name, OWNER_PASSWORD, first_start()
    )
    address = make_url(done.address).set(host=base.host).render_as_string(hide_password=False)
    return name, address, done.admin


def build(superuser: str, desks: int) -> LoadCenter:
    name, address, _admin = set_up_server(superuser)
    computer = Database.from_url(address)
    try:
        admin = auth.login(computer, "admin", PASSWORD)
        with computer.reader() as s:
            today = clock.local_today(settings.center_timezone(s))
        monday = today - timedelta(days=today.weekday())
        center = LoadCenter(
            superuser=superuser,
            database=name,
            address=address,
            desks=[f"desk{n}" for n in range(1, desks + 1)],
            today=today.isoformat(),
            week=(monday.isoformat(), (monday + timedelta(days=6)).isoformat()),
        )
        _seed(computer, admin, center, monday, today)
        return center
    finally:
        computer.dispose()


def _seed(db: Database, admin: Actor, center: LoadCenter, monday: date, today: date) -> None:
    with db.session() as s:
        for n, username in enumerate(center.desks, start=1):
            staff.create_staff(
                s,
                admin,
                staff.StaffForm("Desk", f"Worker{n}", is_specialist=False),
                staff.LoginForm(username=username, role=Role.FRONT_DESK, password=PASSWORD),
            )
        room_ids = [
            rooms.create_room(s, admin, rooms.RoomForm(f"Room {n}", capacity=40)).id
            for n in range(1, GROUPS + 1)
        ]
        lead_ids = [
            staff.create_staff(s, admin, staff.StaffForm("Lead", f"Facilitator{n}")).id
            for n in range(1, GROUPS + 1)
        ]
    people: list[int] = []
    with db.session() as s:
        for n in range(GROUPS * ROSTER + WALK_INS + MOVERS):
            form = participants.ParticipantForm(f"Person{n:03d}", f"Load{n:03d}")
            people.append(participants.create(s, admin, form).id)
    center.walk_ins = people[GROUPS * ROSTER : GROUPS * ROSTER + WALK_INS]
    center.movers = people[GROUPS * ROSTER + WALK_INS :]
    sunday = monday + timedelta(days=6)
    for g in range(GROUPS):
        with db.session() as s:
            group_form = groups.GroupForm(
                name=f"Group {g + 1:02d}",
                kind=GroupKind.PEER_SUPPORT,
                first_date=monday,
                start_time=time(8 + g, 0),
                duration_minutes=50,
                recurrence=Recurrence(Frequency.DAILY, until=sunday),
                enrollment_mode=EnrollmentMode.OPEN,
                room_id=room_ids[g],
                lead_id=lead_ids[g],
            )
            group = groups.create_group(
                s, admin, group_form, Confirmation.any_warning("set up")
            ).value
            center.groups[group_form.name] = group.id
            regulars = people[g * ROSTER : (g + 1) * ROSTER]
            for person in regulars:
                rosters.enroll(s, admin, group.id, person, monday)
            center.regulars[group.id] = regulars
    with db.reader() as s:
        lo, hi = day_bounds(today, settings.center_timezone(s))
        for group_id, session_id in s.execute(
            select(GroupSession.group_id, GroupSession.id).where(
                GroupSession.starts_at >= lo, GroupSession.starts_at < hi
            )
        ):
            center.today_sessions[group_id] = session_id
