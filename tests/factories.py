"""Small builders for test data, going through the services like a user would."""

from __future__ import annotations

from peercenter.db.engine import Database
from peercenter.domain.enums import Role
from peercenter.services import setup, staff
from peercenter.services.context import Actor

PASSWORD = "correct horse battery"


def center(db: Database, name: str = "Harbor Light Recovery Center",
           tz: str = "America/Chicago") -> Actor:
    with db.session() as s:
        return setup.create_center(s, setup.FirstStart(
            center_name=name, timezone=tz, first_name="Ada", last_name="Admin",
            username="admin", password=PASSWORD, password_again=PASSWORD))


def staff_with_login(db: Database, admin: Actor, username: str, role: Role,
                     first: str = "Sam", last: str = "Rivera", *, supervisor: bool = False,
                     supervisor_id: int | None = None) -> int:
    with db.session() as s:
        detail = staff.create_staff(
            s, admin,
            staff.StaffForm(first_name=first, last_name=last, is_supervisor=supervisor,
                            is_specialist=not supervisor, supervisor_id=supervisor_id),
            staff.LoginForm(username=username, role=role, password=PASSWORD))
        return detail.id
