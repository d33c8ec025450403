"""A center's server on the throw-away PostgreSQL server, set up the way `peercenter server
setup` does it, and what an insider holds: the address and their own password."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import psycopg
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url

from peercenter.db.engine import Database
from peercenter.db.server.names import ServerNames
from peercenter.services import server_admin, setup
from peercenter.services.context import Actor
from tests.conftest import _pg_url
from tests.factories import PASSWORD

OWNER_PASSWORD = "owner's own long password"


@dataclass
class Server:
    superuser: URL
    names: ServerNames
    address: str  # what every computer is given: the sign-in role, no password

    def database(self) -> Database:
        """A computer of the center, before anyone signed in."""
        return Database.from_url(self.address)

    def owner_database(self) -> Database:
        return Database.from_url(
            self.superuser.set(
                username=self.names.owner, password=OWNER_PASSWORD, database=self.names.database
            ).render_as_string(hide_password=False)
        )

    def connect(self, username: str, password: str = PASSWORD) -> psycopg.Connection:
        """What an insider does with psql: connect as themselves, nothing else."""
        return psycopg.connect(
            host=self.superuser.host,
            port=self.superuser.port,
            dbname=self.names.database,
            user=self.names.person(username),
            password=password,
            autocommit=True,
        )

    def superuser_script(self, sql: str) -> None:
        """Statements run as the server's superuser, in one session."""
        with psycopg.connect(
            host=self.superuser.host,
            port=self.superuser.port,
            dbname=self.names.database,
            user=self.superuser.username,
            autocommit=True,
        ) as conn:
            conn.execute(sql.encode())

    def superuser_sql(self, sql: str, **params: object) -> list[tuple[object, ...]]:
        engine = create_engine(
            self.superuser.set(database=self.names.database), isolation_level="AUTOCOMMIT"
        )
        try:
            with engine.connect() as conn:
                result = conn.execute(text(sql), params)
                return [tuple(r) for r in result.all()] if result.returns_rows else []
        finally:
            engine.dispose()


def first_start(center: str = "Harbor Light Recovery Center") -> setup.FirstStart:
    return setup.FirstStart(
        center_name=center,
        timezone="America/Chicago",
        first_name="Ada",
        last_name="Admin",
        username="admin",
        password=PASSWORD,
        password_again=PASSWORD,
    )


def drop_server(superuser: URL, names: ServerNames) -> None:
    engine = create_engine(superuser, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{names.database}" WITH (FORCE)'))
            roles = conn.execute(
                text(
                    "SELECT rolname FROM pg_roles WHERE rolname LIKE :people "
                    "OR rolname LIKE :own ORDER BY rolname = :owner"
                ),
                {
                    "people": f"%@{names.database}",
                    "own": f"{names.database}\\_%",
                    "owner": names.owner,
                },
            ).scalars()
            for role in list(roles):
                conn.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
    finally:
        engine.dispose()


@pytest.fixture
def new_server() -> Iterator[Server]:
    """A freshly set-up server of its own, for tests that change or break things."""
    yield from _server()


def _server() -> Iterator[Server]:
    base = make_url(_pg_url() or "")
    names = ServerNames(f"pc_in_{uuid.uuid4().hex[:8]}")
    done = server_admin.set_up(
        base.render_as_string(hide_password=False), names.database, OWNER_PASSWORD, first_start()
    )
    address = make_url(done.address).set(host=base.host)
    try:
        yield Server(base, names, address.render_as_string(hide_password=False))
    finally:
        drop_server(base, names)


@pytest.fixture(scope="module")
def module_server() -> Iterator[Server]:
    yield from _server()


HIRED = date(2024, 1, 8)


@dataclass(frozen=True)
class People:
    admin: Actor
    sue: Actor  # supervisor of Pat
    sam: Actor  # supervisor of Quinn
    fran: Actor  # front desk
    pat: Actor  # peer specialist
    quinn: Actor  # peer specialist


@dataclass(frozen=True)
class Center:
    server: Server
    people: People
    staff_ids: dict[str, int]
    session_id: int  # a group session today, Pat facilitating, with a participant enrolled
    participant_id: int
    group_supervision_id: int  # held by Sue, Pat and Quinn attending
    sam_supervision_id: int  # individual, Sam with Quinn


def seed(server: Server) -> Center:
    """Six people (an administrator, two supervisors, the front desk, two specialists) and
    some of everything that is private: check-ins, hours, training, supervision with notes,
    HR notes, participants' phone numbers."""
    from datetime import datetime, time, timedelta
    from zoneinfo import ZoneInfo

    from peercenter.db.models import (
        Enrollment,
        Group,
        GroupSession,
        Participant,
        SessionFacilitator,
        Setting,
        Staff,
        SupervisionAttendee,
        SupervisionNote,
        SupervisionSession,
        TimeEntry,
        TrainingRecord,
        WellbeingCheckIn,
    )
    from peercenter.domain.enums import GroupKind, Role, SupervisionFormat, TimeEntryKind
    from peercenter.services import auth, clock
    from tests.factories import staff_with_login

    db = server.database()
    admin = auth.login(db, "admin", PASSWORD)
    ids = {"admin": admin.staff_id}
    ids["sue"] = staff_with_login(
        db, admin, "sue", Role.SUPERVISOR, "Sue", "Grant", supervisor=True
    )
    ids["sam"] = staff_with_login(
        db, admin, "sam", Role.SUPERVISOR, "Sam", "Okafor", supervisor=True
    )
    ids["fran"] = staff_with_login(db, admin, "fran", Role.FRONT_DESK, "Fran", "Desk")
    ids["pat"] = staff_with_login(
        db, admin, "pat", Role.SPECIALIST, "Pat", "Rivera", supervisor_id=ids["sue"]
    )
    ids["quinn"] = staff_with_login(
        db, admin, "quinn", Role.SPECIALIST, "Quinn", "Lee", supervisor_id=ids["sam"]
    )
    db.dispose()
    owner = server.owner_database()
    tz = ZoneInfo("America/Chicago")  # the center's, as first_start() sets it
    today = clock.local_today(tz)
    noon = datetime.combine(today, time(12, 0), tzinfo=tz)
    with owner.session() as s:
        s.execute(Staff.__table__.update().values(hire_date=HIRED))
        pat_row = s.get(Staff, ids["pat"])
        assert pat_row is not None
        pat_row.notes = "HR: asked for fewer evening groups"
        for name in ("fran", "pat", "quinn", "sue"):
            s.add(
                WellbeingCheckIn(
                    staff_id=ids[name],
                    taken_at=noon - timedelta(days=3),
                    questionnaire="pulse",
                    answers={"mood": 2},
                    scores={"pulse": 2},
                    note=f"{name} is having a hard week",
                )
            )
        for name in ("pat", "quinn"):
            s.add(
                TimeEntry(
                    staff_id=ids[name],
                    worked_on=today - timedelta(days=1),
                    minutes=480,
                    kind=TimeEntryKind.DIRECT_SERVICE,
                )
            )
            s.add(TrainingRecord(staff_id=ids[name], taken_on=HIRED, title="Ethics", minutes=360))
        group = SupervisionSession(
            supervisor_id=ids["sue"],
            held_on=today - timedelta(days=2),
            minutes=60,
            format=SupervisionFormat.GROUP,
        )
        group.supervisees = [
            SupervisionAttendee(staff_id=ids["pat"]),
            SupervisionAttendee(staff_id=ids["quinn"]),
        ]
        group.note = SupervisionNote(notes="Group: Quinn spoke about a relapse in the family")
        individual = SupervisionSession(
            supervisor_id=ids["sam"],
            held_on=today - timedelta(days=2),
            minutes=45,
            format=SupervisionFormat.INDIVIDUAL,
        )
        individual.supervisees = [SupervisionAttendee(staff_id=ids["quinn"])]
        individual.note = SupervisionNote(notes="Quinn: boundaries with one participant")
        s.add_all([group, individual])
        person = Participant(preferred_name="Maria", last_name="Lopez", phone="555-0101")
        s.add(person)
        s.flush()
        circle = Group(
            name="Morning Circle",
            kind=GroupKind.PEER_SUPPORT,
            rrule="FREQ=WEEKLY",
            first_date=today,
            start_time=time(9, 0),
            duration_minutes=60,
        )
        s.add(circle)
        s.flush()
        s.add(Enrollment(group_id=circle.id, participant_id=person.id, from_date=today))
        starts = datetime.combine(today, time(0, 30), tzinfo=tz)
        meeting = GroupSession(
            group_id=circle.id,
            occurrence_start=starts,
            starts_at=starts,
            ends_at=starts + timedelta(hours=1),
        )
        meeting.facilitators = [SessionFacilitator(staff_id=ids["pat"])]
        s.add(meeting)
        s.add(Setting(key="guardrails.hours_amber_percent", value=90))
        s.flush()
        found = (meeting.id, person.id, group.id, individual.id)
    owner.dispose()
    people = {}
    for name in ("sue", "sam", "fran", "pat", "quinn"):
        computer = server.database()
        people[name] = auth.login(computer, name, PASSWORD)
        computer.dispose()
    return Center(server, People(admin=admin, **people), ids, *found)


@pytest.fixture(scope="module")
def center(module_server: Server) -> Center:
    return seed(module_server)
