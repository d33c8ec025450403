"""Staff and their logins, as an administrator manages them."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from peercenter.db.engine import Database
from peercenter.db.models import AuditEvent, Staff, User
from peercenter.domain.enums import Role, StaffStatus
from peercenter.domain.errors import ConcurrentEditError, ValidationError
from peercenter.services import auth, staff
from tests.factories import PASSWORD, center


def test_add_staff_with_login_then_they_can_sign_in(database: Database) -> None:
    admin = center(database)
    with database.session() as s:
        boss = staff.create_staff(
            s, admin, staff.StaffForm("Maria", "Lopez", is_supervisor=True, is_specialist=False)
        )
        detail = staff.create_staff(
            s,
            admin,
            staff.StaffForm(
                "Jordan",
                "Reyes",
                preferred_name="Jo",
                email="JO@Example.org",
                phone="(555) 010-2233",
                supervisor_id=boss.id,
                weekly_hours_cap=32,
            ),
            staff.LoginForm("jreyes", Role.SPECIALIST, PASSWORD),
        )
    assert detail.name == "Jo Reyes"
    assert detail.form.email == "jo@example.org"
    with database.reader() as s:
        rows = {r.name: r for r in staff.list_staff(s, admin)}
    assert rows["Jo Reyes"].supervisor_name == "Maria Lopez"
    assert rows["Jo Reyes"].login is not None and rows["Jo Reyes"].login.role is Role.SPECIALIST
    assert auth.login(database, "jreyes", PASSWORD).display_name == "Jo Reyes"


def test_every_problem_on_the_form_is_reported_and_nothing_is_written(database: Database) -> None:
    admin = center(database)
    with database.session() as s:
        count = s.scalar(select(func.count()).select_from(Staff))
    with pytest.raises(ValidationError) as exc, database.session() as s:
        staff.create_staff(
            s,
            admin,
            staff.StaffForm("", "Reyes", email="not-an-email", phone="12", weekly_hours_cap=120),
            staff.LoginForm("x", Role.SPECIALIST, "short"),
        )
    errors = exc.value.field_errors
    assert errors["first_name"] == "First name is required."
    assert "e-mail" in errors["email"]
    assert "phone" in errors["phone"]
    assert "between 1 and 80" in errors["weekly_hours_cap"]
    with database.session() as s:
        assert s.scalar(select(func.count()).select_from(Staff)) == count


def test_user_names_are_never_shared(database: Database) -> None:
    admin = center(database)
    with pytest.raises(ValidationError) as exc, database.session() as s:
        staff.create_staff(
            s,
            admin,
            staff.StaffForm("Other", "Admin"),
            staff.LoginForm("Admin", Role.FRONT_DESK, PASSWORD),
        )
    assert "already taken by Ada Admin" in exc.value.field_errors["username"]


def test_supervision_cannot_go_round_in_a_circle(database: Database) -> None:
    admin = center(database)
    with database.session() as s:
        a = staff.create_staff(s, admin, staff.StaffForm("A", "One", is_supervisor=True))
        b = staff.create_staff(
            s, admin, staff.StaffForm("B", "Two", is_supervisor=True, supervisor_id=a.id)
        )
    with pytest.raises(ValidationError) as exc, database.session() as s:
        staff.update_staff(
            s,
            admin,
            a.id,
            staff.StaffForm("A", "One", is_supervisor=True, supervisor_id=b.id),
            a.version,
        )
    assert "supervised by themselves" in exc.value.field_errors["supervisor_id"]


def test_the_last_administrator_cannot_be_removed(database: Database) -> None:
    admin = center(database)
    with pytest.raises(ValidationError, match="only active administrator"), database.session() as s:
        staff.update_staff(
            s,
            admin,
            admin.staff_id,
            staff.StaffForm("Ada", "Admin"),
            None,
            staff.LoginForm("admin", Role.SUPERVISOR),
        )
    with pytest.raises(ValidationError, match="yourself"), database.session() as s:
        staff.set_active(s, admin, admin.staff_id, False)


def test_deactivating_keeps_the_record_and_switches_off_the_login(database: Database) -> None:
    admin = center(database)
    with database.session() as s:
        d = staff.create_staff(
            s,
            admin,
            staff.StaffForm("Sam", "Lee"),
            staff.LoginForm("sam", Role.FRONT_DESK, PASSWORD),
        )
        staff.set_active(s, admin, d.id, False)
    with database.reader() as s:
        row = next(r for r in staff.list_staff(s, admin) if r.id == d.id)
        assert row.status is StaffStatus.INACTIVE
        assert row.login is not None and not row.login.is_active
        assert d.id not in [r.id for r in staff.list_staff(s, admin, include_inactive=False)]
        actions = set(s.scalars(select(AuditEvent.action).where(AuditEvent.entity == "staff")))
    assert {"create", "deactivate"} <= actions


def test_saving_over_someone_elses_change_is_refused(database: Database) -> None:
    admin = center(database)
    with database.session() as s:
        d = staff.create_staff(s, admin, staff.StaffForm("Sam", "Lee"))
    with database.session() as s:  # another front-desk PC saves first
        staff.update_staff(s, admin, d.id, staff.StaffForm("Samuel", "Lee"), d.version)
    with pytest.raises(ConcurrentEditError, match="Someone else changed"), database.session() as s:
        staff.update_staff(s, admin, d.id, staff.StaffForm("Sammy", "Lee"), d.version)
    with database.reader() as s:
        assert staff.get_staff(s, admin, d.id).form.first_name == "Samuel"


def test_password_reset_by_admin_unlocks_and_changes_the_password(database: Database) -> None:
    admin = center(database)
    with database.session() as s:
        d = staff.create_staff(
            s,
            admin,
            staff.StaffForm("Sam", "Lee"),
            staff.LoginForm("sam", Role.FRONT_DESK, PASSWORD),
        )
        staff.update_staff(
            s,
            admin,
            d.id,
            staff.StaffForm("Sam", "Lee"),
            None,
            staff.LoginForm("sam", Role.FRONT_DESK, "a brand new secret"),
        )
    assert auth.login(database, "sam", "a brand new secret").username == "sam"
    with database.reader() as s:
        user = s.scalar(select(User).where(User.username == "sam"))
        assert user is not None and user.password_hash.startswith("$argon2id$")


def test_a_supervisor_s_credentials_and_number_are_kept(database: Database) -> None:
    admin = center(database)
    with database.session() as s:
        boss = staff.create_staff(
            s,
            admin,
            staff.StaffForm(
                "Maria",
                "Lopez",
                is_supervisor=True,
                credentials="  LCDC, CPRS ",
                credential_number="SUP-4411",
            ),
        )
    with database.reader() as s:
        form = staff.get_staff(s, admin, boss.id).form
    assert (form.credentials, form.credential_number) == ("LCDC, CPRS", "SUP-4411")
    with pytest.raises(ValidationError) as exc, database.session() as s:
        staff.update_staff(
            s,
            admin,
            boss.id,
            staff.StaffForm("Maria", "Lopez", is_supervisor=True, credentials="L" * 81),
            None,
        )
    assert "credentials" in exc.value.field_errors
