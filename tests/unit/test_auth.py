"""Signing in, the lockout after five wrong passwords, and what the audit trail keeps."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from peercenter.db.engine import Database
from peercenter.db.models import AuditEvent, User
from peercenter.domain.enums import Role
from peercenter.domain.errors import AccountLocked, AuthenticationError
from peercenter.services import auth, staff
from peercenter.services.clock import now
from tests.factories import PASSWORD, center, staff_with_login


def test_login_returns_the_person_and_is_audited(database: Database) -> None:
    center(database)
    actor = auth.login(database, "ADMIN ", PASSWORD)
    assert actor.username == "admin"
    assert actor.role is Role.ADMIN
    assert actor.display_name == "Ada Admin"
    with database.reader() as s:
        actions = list(s.scalars(select(AuditEvent.action).where(AuditEvent.username == "admin")))
        user = s.scalar(select(User).where(User.username == "admin"))
        assert user is not None and user.password_hash.startswith("$argon2id$")
    assert "login" in actions


def test_wrong_password_and_unknown_user_say_the_same(database: Database) -> None:
    center(database)
    with pytest.raises(AuthenticationError) as wrong:
        auth.login(database, "admin", "not the password")
    with pytest.raises(AuthenticationError) as unknown:
        auth.login(database, "nobody", "not the password")
    assert wrong.value.message == unknown.value.message == auth.WRONG_CREDENTIALS


def test_five_wrong_passwords_lock_the_account_for_15_minutes(database: Database) -> None:
    admin = center(database)
    staff_with_login(database, admin, "sam", Role.SPECIALIST)
    t0 = now()
    for attempt in range(1, 5):
        with pytest.raises(AuthenticationError) as exc:
            auth.login(database, "sam", "wrong password", at=t0 + timedelta(seconds=attempt))
        assert not isinstance(exc.value, AccountLocked)
    assert "1 more wrong try" in exc.value.message
    with pytest.raises(AccountLocked):
        auth.login(database, "sam", "wrong password", at=t0 + timedelta(seconds=5))
    # Even the right password is refused while locked ...
    with pytest.raises(AccountLocked) as locked:
        auth.login(database, "sam", PASSWORD, at=t0 + timedelta(minutes=14))
    assert "locked after 5 wrong passwords" in locked.value.message
    # ... and accepted once the 15 minutes are over.
    actor = auth.login(database, "sam", PASSWORD, at=t0 + timedelta(minutes=15, seconds=6))
    assert actor.username == "sam"
    with database.reader() as s:
        user = s.scalar(select(User).where(User.username == "sam"))
        assert user is not None
        assert user.failed_attempts == 0 and user.locked_until is None
        failures = s.scalars(
            select(AuditEvent).where(
                AuditEvent.action == "login_failed", AuditEvent.username == "sam"
            )
        ).all()
        assert len(failures) == 5


def test_admin_can_unlock_a_locked_account(database: Database) -> None:
    admin = center(database)
    sam = staff_with_login(database, admin, "sam", Role.SPECIALIST)
    for _ in range(5):
        with pytest.raises(AuthenticationError):
            auth.login(database, "sam", "wrong password")
    with pytest.raises(AccountLocked):
        auth.login(database, "sam", PASSWORD)
    with database.session() as s:
        staff.unlock_login(s, admin, sam)
    assert auth.login(database, "sam", PASSWORD).username == "sam"


def test_deactivated_staff_cannot_sign_in(database: Database) -> None:
    admin = center(database)
    sam = staff_with_login(database, admin, "sam", Role.SPECIALIST)
    with database.session() as s:
        staff.set_active(s, admin, sam, False)
    with pytest.raises(AuthenticationError, match="switched off"):
        auth.login(database, "sam", PASSWORD)


def test_production_hash_parameters_are_argon2id() -> None:
    from argon2 import PasswordHasher, Type

    hasher = PasswordHasher()
    assert hasher.type is Type.ID
    assert hasher.verify(hasher.hash("a long passphrase"), "a long passphrase")
