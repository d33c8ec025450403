"""Every role against every sensitive action: the service refuses what the matrix refuses,
whatever the screens show."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from peercenter.db.engine import Database
from peercenter.db.models import AuditEvent
from peercenter.domain.enums import Role
from peercenter.domain.errors import PermissionDenied
from peercenter.domain.permissions import ROLE_PERMISSIONS, Permission
from peercenter.services import auth, participants, settings, staff, today
from peercenter.services.context import Actor
from tests.factories import PASSWORD, center, staff_with_login


@dataclass(frozen=True)
class Case:
    name: str
    permission: Permission
    call: Callable[[Session, Actor, dict[str, int]], object]


CASES = [
    Case("list staff", Permission.VIEW_STAFF, lambda s, a, ids: staff.list_staff(s, a)),
    Case(
        "add staff",
        Permission.MANAGE_STAFF,
        lambda s, a, ids: staff.create_staff(
            s, a, staff.StaffForm(first_name="New", last_name="Person")
        ),
    ),
    Case(
        "edit staff",
        Permission.MANAGE_STAFF,
        lambda s, a, ids: staff.update_staff(
            s, a, ids["other"], staff.StaffForm(first_name="Pat", last_name="Changed"), None
        ),
    ),
    Case(
        "deactivate staff",
        Permission.MANAGE_STAFF,
        lambda s, a, ids: staff.set_active(s, a, ids["other"], False),
    ),
    Case(
        "unlock a login",
        Permission.MANAGE_STAFF,
        lambda s, a, ids: staff.unlock_login(s, a, ids["other"]),
    ),
    Case(
        "give someone a login",
        Permission.MANAGE_STAFF,
        lambda s, a, ids: staff.update_staff(
            s,
            a,
            ids["nologin"],
            staff.StaffForm(first_name="No", last_name="Login"),
            None,
            staff.LoginForm("newlogin", Role.ADMIN, PASSWORD),
        ),
    ),
    Case(
        "search participants",
        Permission.VIEW_PARTICIPANTS,
        lambda s, a, ids: participants.search(s, a, "jo"),
    ),
    Case(
        "open a participant",
        Permission.VIEW_PARTICIPANTS,
        lambda s, a, ids: participants.get(s, a, ids["participant"]),
    ),
    Case(
        "add a participant",
        Permission.EDIT_PARTICIPANTS,
        lambda s, a, ids: participants.create(s, a, participants.ParticipantForm("Lee")),
    ),
    Case(
        "edit a participant",
        Permission.EDIT_PARTICIPANTS,
        lambda s, a, ids: participants.update(
            s, a, ids["participant"], participants.ParticipantForm("Jo", "Q"), None
        ),
    ),
    Case(
        "see the day's sessions",
        Permission.VIEW_SCHEDULE,
        lambda s, a, ids: today.agenda(s, a, date(2026, 11, 25)),
    ),
    Case(
        "rename the center",
        Permission.EDIT_CENTER_SETTINGS,
        lambda s, a, ids: settings.set_value(s, a, "center.name", "Renamed"),
    ),
]


@pytest.fixture
def people(database: Database) -> dict[str, object]:
    admin = center(database)
    other = staff_with_login(database, admin, "pat", Role.SPECIALIST, "Pat", "Other")
    with database.session() as s:
        nologin = staff.create_staff(s, admin, staff.StaffForm("No", "Login")).id
        participant = participants.create(s, admin, participants.ParticipantForm("Jo", "K")).id
    for role in Role:
        if role is not Role.ADMIN:
            staff_with_login(database, admin, role.value.replace("_", ""), role, "Role", role.label)
    actors = {Role.ADMIN: admin}
    for role in Role:
        if role is not Role.ADMIN:
            actors[role] = auth.login(database, role.value.replace("_", ""), PASSWORD)
    return {
        "actors": actors,
        "ids": {"other": other, "nologin": nologin, "participant": participant},
    }


@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
def test_every_role_against_every_sensitive_action(
    database: Database, people: dict[str, object], role: Role
) -> None:
    actor = people["actors"][role]  # type: ignore[index]
    ids: dict[str, int] = people["ids"]  # type: ignore[assignment]
    for case in CASES:
        allowed = case.permission in ROLE_PERMISSIONS[role]
        with database.session() as s:
            before = s.scalar(select(func.count()).select_from(AuditEvent))
        if allowed:
            with database.session() as s:
                case.call(s, actor, ids)
        else:
            with pytest.raises(PermissionDenied) as refused, database.session() as s:
                case.call(s, actor, ids)
            assert role.label.lower() in refused.value.message, case.name
            with database.session() as s:
                after = s.scalar(select(func.count()).select_from(AuditEvent))
            assert after == before, f"{case.name}: a refused call wrote something"


def test_matrix_covers_the_roles_as_documented() -> None:
    assert ROLE_PERMISSIONS[Role.ADMIN] == frozenset(Permission)
    assert Permission.MANAGE_STAFF not in ROLE_PERMISSIONS[Role.SUPERVISOR]
    assert Permission.VIEW_WELLBEING_OTHERS not in ROLE_PERMISSIONS[Role.FRONT_DESK]
    assert Permission.VIEW_SUPERVISION_NOTES not in ROLE_PERMISSIONS[Role.FRONT_DESK]
    assert Permission.VIEW_PARTICIPANT_CONTACT not in ROLE_PERMISSIONS[Role.SPECIALIST]
    for role in Role:
        assert Permission.VIEW_SCHEDULE in ROLE_PERMISSIONS[role]
