"""Signing in under load on one computer's file and on a PostgreSQL database used with one
account: wrong passwords sent at once are all counted, right ones all get in, the password
check does not hold SQLite's write lock, and a person changed by an administrator is refused
at their next action."""

from __future__ import annotations

import sqlite3
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import func, select

from peercenter.db.engine import Database
from peercenter.db.models import AuditEvent, User
from peercenter.domain.enums import Role
from peercenter.domain.errors import AccountLocked, AuthenticationError
from peercenter.services import auth, staff
from peercenter.services.credentials import time_entries
from tests.factories import PASSWORD, center, staff_with_login


def _attempt(url: str, name: str, password: str) -> object:
    computer = Database.from_url(url)
    try:
        return auth.login(computer, name, password)
    except AuthenticationError as exc:
        return exc
    finally:
        computer.dispose()


def test_eighteen_wrong_passwords_at_once_lock_after_five(
    database: Database, database_url: str
) -> None:
    admin = center(database)
    staff_with_login(database, admin, "pat", Role.SPECIALIST)
    with ThreadPoolExecutor(max_workers=18) as pool:
        outcomes = list(pool.map(lambda _: _attempt(database_url, "pat", "wrong"), range(18)))
    assert all(isinstance(o, AuthenticationError) for o in outcomes)
    assert sum(isinstance(o, AccountLocked) for o in outcomes) == 14
    with database.reader() as s:
        user = s.scalars(select(User).where(User.username == "pat")).one()
        assert user.locked_until is not None
        counts = dict(
            s.execute(
                select(AuditEvent.action, func.count())
                .where(AuditEvent.username == "pat")
                .group_by(AuditEvent.action)
            ).all()
        )
    assert counts == {"login_failed": 5, "login_refused_locked": 13}
    assert isinstance(_attempt(database_url, "pat", PASSWORD), AccountLocked)


def test_many_right_passwords_at_once_all_get_in(database: Database, database_url: str) -> None:
    admin = center(database)
    staff_with_login(database, admin, "pat", Role.SPECIALIST)
    with ThreadPoolExecutor(max_workers=12) as pool:
        outcomes = list(pool.map(lambda _: _attempt(database_url, "pat", PASSWORD), range(12)))
    assert [getattr(o, "username", o) for o in outcomes] == ["pat"] * 12


def test_the_password_check_does_not_hold_the_write_lock(
    sqlite_database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    center(sqlite_database)
    path = sqlite_database.engine.url.database
    assert path is not None
    taken: list[bool] = []
    real_verify = auth._verify

    def verify_while_someone_writes(stored: str, password: str) -> bool:
        # Another program saving at this moment gets the write lock at once.
        other = sqlite3.connect(path, timeout=0)
        try:
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
            taken.append(True)
        finally:
            other.close()
        return real_verify(stored, password)

    monkeypatch.setattr(auth, "_verify", verify_while_someone_writes)
    assert auth.login(sqlite_database, "admin", PASSWORD).username == "admin"
    with pytest.raises(AuthenticationError):
        auth.login(sqlite_database, "admin", "wrong password")
    with pytest.raises(AuthenticationError):
        auth.login(sqlite_database, "nobody", "wrong password")
    assert taken == [True, True, True]


def test_a_name_that_is_no_account_answers_like_one(database: Database) -> None:
    admin = center(database)
    staff_with_login(database, admin, "pat", Role.SPECIALIST)
    answers = {}
    for name in ("pat", "nobody-here"):
        found = []
        for _ in range(5):
            with pytest.raises(AuthenticationError) as exc:
                auth.login(database, name, "wrong password")
            found.append((type(exc.value), exc.value.message))
        answers[name] = found
    assert answers["pat"] == answers["nobody-here"]
    assert answers["pat"][-1][0] is AccountLocked
    with pytest.raises(AuthenticationError):
        auth.login(database, PASSWORD, "typed in the wrong box")
    with database.reader() as s:
        kept = " ".join(str(r) for r in s.execute(select(AuditEvent.username, AuditEvent.details)))
    assert "nobody" not in kept and PASSWORD not in kept


def test_a_changed_person_is_refused_at_the_next_action(database: Database) -> None:
    admin = center(database)
    sue_id = staff_with_login(database, admin, "sue", Role.SUPERVISOR, "Sue", supervisor=True)
    pat_id = staff_with_login(database, admin, "pat", Role.SPECIALIST, supervisor_id=sue_id)
    computer = Database(database.engine)
    sue = auth.login(computer, "sue", PASSWORD)
    computer.on_begin = auth.still_signed_in(sue)
    with computer.reader() as s:
        time_entries.list_entries(s, sue, pat_id)
    with database.session() as s:
        detail = staff.get_staff(s, admin, sue_id)
        staff.update_staff(
            s,
            admin,
            sue_id,
            detail.form,
            detail.version,
            staff.LoginForm(username="sue", role=Role.FRONT_DESK),
        )
    with pytest.raises(auth.AccountChanged, match="Sign in again"), computer.reader() as s:
        time_entries.list_entries(s, sue, pat_id)
    # Signing in again (the lock screen does the same) gives the new role.
    assert auth.login(computer, "sue", PASSWORD).role is Role.FRONT_DESK
    with database.session() as s:
        staff.set_active(s, admin, pat_id, False)
    pat_computer = Database(database.engine)
    with pytest.raises(AuthenticationError, match="switched off"):
        auth.login(pat_computer, "pat", PASSWORD)
