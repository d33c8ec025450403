"""The demo team: the administrator as program director, supervisors, peer specialists (some
long-serving, one new, some who have left or are on leave), the front desk, and the three
demo logins."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select

from peercenter.db.models import Staff, User
from peercenter.domain.enums import Role, StaffStatus
from peercenter.domain.errors import ValidationError
from peercenter.services.auth import hash_password
from peercenter.services.clock import now
from peercenter.services.demo.catalog import FIRST_NAMES, LAST_NAMES
from peercenter.services.demo.context import DemoContext

DEMO_LOGINS = {
    "supervisor": Role.SUPERVISOR,
    "frontdesk": Role.FRONT_DESK,
    "specialist": Role.SPECIALIST,
}


@dataclass(frozen=True)
class TeamShape:
    supervisors: int
    front_desk: int
    specialists: int
    former: int
    on_leave: int


@dataclass
class Member:
    key: str
    first: str
    last: str
    is_specialist: bool
    is_supervisor: bool
    cap: float
    hire: date
    supervisor_key: str | None = None
    end: date | None = None
    status: StaffStatus = StaffStatus.ACTIVE
    login: str | None = None
    # Filled in once the rows exist.
    id: int = 0
    supervisor_id: int | None = None
    user_id: int | None = None

    @property
    def facilitates(self) -> bool:
        return self.status is StaffStatus.ACTIVE and (self.is_specialist or self.is_supervisor)

    @property
    def peer_worker(self) -> bool:
        """Whose hours, training and wellbeing the program tracks."""
        return self.is_specialist or self.is_supervisor

    def last_day(self, today: date) -> date:
        return self.end if self.end is not None else today


@dataclass
class Team:
    members: list[Member]
    by_key: dict[str, Member] = field(default_factory=dict)

    def get(self, key: str) -> Member:
        return self.by_key[key]

    def by_id(self) -> dict[int, Member]:
        return {m.id: m for m in self.members}


def _days(rng_value: float) -> timedelta:
    return timedelta(days=round(rng_value))


def plan_team(ctx: DemoContext, shape: TeamShape, director_first: str, director_last: str) -> Team:
    rng = ctx.rng("team")
    start, today = ctx.history_start, ctx.today
    span = (today - start).days
    firsts = [n for n in FIRST_NAMES if n != director_first]
    lasts = [n for n in LAST_NAMES if n != director_last]
    rng.shuffle(firsts)
    rng.shuffle(lasts)

    def person(
        key: str, specialist: bool, supervisor: bool, cap: float, hire: date, **more: Any
    ) -> Member:
        first, last = firsts.pop(), lasts.pop()
        return Member(key, first, last, specialist, supervisor, cap, hire, **more)

    director = Member(
        "director",
        director_first,
        director_last,
        False,
        True,
        40.0,
        start - _days(rng.uniform(700, 1400)),
    )
    members = [director]
    supervisors = []
    for i in range(shape.supervisors):
        hire = (
            start - _days(rng.uniform(400, 900))
            if i == 0
            else start - _days(rng.uniform(30, 300))
            if i == 1
            else start + _days(span * 0.3 * (i - 1))
        )
        key = "supervisor" if i == 0 else f"supervisor_{i + 1}"
        supervisors.append(
            person(
                key,
                True,
                True,
                40.0 if i != 1 else 32.0,
                hire,
                supervisor_key="director",
                login="supervisor" if i == 0 else None,
            )
        )
    members += supervisors
    for i in range(shape.front_desk):
        hire = start - _days(rng.uniform(100, 500)) if i == 0 else start + _days(span * 0.6)
        members.append(
            person(
                "frontdesk" if i == 0 else f"frontdesk_{i + 1}",
                False,
                False,
                32.0 if i == 0 else 20.0,
                hire,
                supervisor_key="director",
                login="frontdesk" if i == 0 else None,
            )
        )
    active = shape.specialists - shape.former - shape.on_leave
    veterans = max(2, active // 4)
    caps = (40.0, 32.0, 40.0, 20.0, 32.0, 40.0, 20.0)
    specialists = []
    for i in range(active):
        if i < veterans:
            hire = start - _days(rng.uniform(60, 700))
        elif i == active - 1:
            hire = today - _days(rng.uniform(110, 130))  # in initial certification
        else:
            hire = start + _days(30 + (span - 240) * (i - veterans) / max(1, active - veterans))
        key = "specialist" if i == 0 else ("newest" if i == active - 1 else f"specialist_{i}")
        specialists.append(
            person(
                key,
                True,
                False,
                40.0 if i == 0 else caps[i % len(caps)],
                hire,
                login="specialist" if i == 0 else None,
            )
        )
    for i in range(shape.former):
        hire = start - _days(rng.uniform(0, 365)) + _days(span * 0.5 * i / max(1, shape.former))
        end = min(hire + _days(rng.uniform(540, 1400)), today - timedelta(days=150))
        end = max(end, hire + timedelta(days=120))
        specialists.append(
            person(
                f"former_{i + 1}",
                True,
                False,
                caps[i % len(caps)],
                hire,
                end=end,
                status=StaffStatus.INACTIVE,
            )
        )
    for i in range(shape.on_leave):
        specialists.append(
            person(
                f"on_leave_{i + 1}",
                True,
                False,
                32.0,
                start - _days(rng.uniform(100, 400)),
                status=StaffStatus.ON_LEAVE,
            )
        )
    for i, member in enumerate(specialists):
        # Each specialist reports to a supervisor who was already there when they started.
        options = [s for s in supervisors if s.hire <= member.hire] or supervisors[:1]
        member.supervisor_key = (
            "supervisor" if member.key == "specialist" else options[i % len(options)].key
        )
    members += specialists
    return Team(members, {m.key: m for m in members})


def create_team(ctx: DemoContext, shape: TeamShape, password: str) -> Team:
    """Insert the staff rows and the three demo logins (one hash shared by all three)."""
    session = ctx.session
    clash = session.scalars(
        select(User.username).where(User.username.in_(sorted(DEMO_LOGINS)))
    ).all()
    if clash:
        raise ValidationError(
            f"The demo data needs the user name '{clash[0]}'. Choose another "
            "name for the administrator.",
            field="username",
        )
    admin_staff = session.get(Staff, ctx.admin.staff_id)
    if admin_staff is None:
        raise ValidationError("The administrator's staff record is missing.")
    team = plan_team(ctx, shape, admin_staff.first_name, admin_staff.last_name)
    director = team.get("director")
    admin_staff.is_supervisor = True
    admin_staff.is_specialist = False
    admin_staff.weekly_hours_cap = director.cap
    admin_staff.hire_date = director.hire
    admin_staff.notes = "Program director"
    rows: dict[str, Staff] = {"director": admin_staff}
    for n, member in enumerate(team.members[1:]):
        # Supervisors come before the people they supervise, so the parent object exists.
        rows[member.key] = Staff(
            first_name=member.first,
            last_name=member.last,
            email=f"{member.first}.{member.last}@staff.example.org".lower(),
            phone=f"(555) 555-01{n:02d}",
            is_specialist=member.is_specialist,
            is_supervisor=member.is_supervisor,
            weekly_hours_cap=member.cap,
            status=member.status,
            hire_date=member.hire,
            end_date=member.end,
            supervisor=rows[member.supervisor_key] if member.supervisor_key else None,
        )
    password_hash = hash_password(password)
    users = {
        member.key: User(
            username=member.login,
            role=DEMO_LOGINS[member.login],
            staff=rows[member.key],
            password_hash=password_hash,
            password_changed_at=now(),
        )
        for member in team.members
        if member.login
    }
    session.add_all(list(rows.values()) + list(users.values()))
    session.flush()
    for member in team.members:
        member.id = rows[member.key].id
        member.supervisor_id = rows[member.key].supervisor_id
        user = users.get(member.key)
        member.user_id = user.id if user else None
    director.user_id = ctx.admin.user_id
    return team
