"""Signing in on a server: the server checks the password (connecting as the person is the
check), counts failures in one statement however many arrive at once, locks the role itself,
answers a name that is not an account exactly like one, and takes rights away from an open
connection the moment an administrator changes the person."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import psycopg
import pytest

from peercenter.db.engine import Database
from peercenter.domain.enums import Role
from peercenter.domain.errors import AccountLocked, AuthenticationError, ValidationError
from peercenter.services import auth, staff
from peercenter.services.credentials import time_entries
from tests.factories import PASSWORD, staff_with_login
from tests.insider.conftest import Server

NEW_PASSWORD = "a brand new passphrase"


def _attempt(server: Server, name: str, password: str) -> BaseException | auth.Actor:
    computer = server.database()
    try:
        return auth.login(computer, name, password)
    except AuthenticationError as exc:
        return exc
    finally:
        computer.dispose()


def _people(server: Server) -> tuple[Database, auth.Actor, dict[str, int]]:
    db = server.database()
    admin = auth.login(db, "admin", PASSWORD)
    ids = {
        "sue": staff_with_login(db, admin, "sue", Role.SUPERVISOR, "Sue", "G", supervisor=True),
        "pat": staff_with_login(db, admin, "pat", Role.SPECIALIST, "Pat", "R"),
    }
    return db, admin, ids


def _can_login(server: Server, name: str) -> bool:
    return server.superuser_sql(
        "SELECT rolcanlogin FROM pg_roles WHERE rolname = :r", r=server.names.person(name)
    ) == [(True,)]


def test_eighteen_wrong_passwords_at_once_lock_the_account(new_server: Server) -> None:
    db, _admin, _ids = _people(new_server)
    db.dispose()
    with ThreadPoolExecutor(max_workers=18) as pool:
        outcomes = list(
            pool.map(lambda _: _attempt(new_server, "pat", "wrong password"), range(18))
        )
    assert all(isinstance(o, AuthenticationError) for o in outcomes)
    assert sum(isinstance(o, AccountLocked) for o in outcomes) == 14  # the 5th and after
    counted = new_server.superuser_sql(
        "SELECT action, count(*) FROM audit_events WHERE username = 'pat' GROUP BY action"
    )
    assert dict(counted) == {"login_failed": 5, "login_refused_locked": 13}  # type: ignore[arg-type]
    # Locked by the server itself: even the right password cannot connect.
    assert not _can_login(new_server, "pat")
    assert isinstance(_attempt(new_server, "pat", PASSWORD), AccountLocked)
    with pytest.raises(psycopg.OperationalError, match="not permitted to log in"):
        new_server.connect("pat")


def test_many_sign_ins_to_one_account_at_once_all_get_in(new_server: Server) -> None:
    db, _admin, _ids = _people(new_server)
    db.dispose()
    with ThreadPoolExecutor(max_workers=12) as pool:
        outcomes = list(pool.map(lambda _: _attempt(new_server, "sue", PASSWORD), range(12)))
    assert [getattr(o, "username", o) for o in outcomes] == ["sue"] * 12
    logins = new_server.superuser_sql(
        "SELECT count(*) FROM audit_events WHERE username = 'sue' AND action = 'login'"
    )
    assert logins == [(12,)]


def test_a_name_that_is_no_account_answers_like_one_and_is_never_kept(
    new_server: Server,
) -> None:
    db, _admin, _ids = _people(new_server)
    db.dispose()
    real = [_attempt(new_server, "pat", "wrong password") for _ in range(5)]
    ghost = [_attempt(new_server, "nobody-here", "wrong password") for _ in range(5)]
    assert [str(o) for o in real] == [str(o) for o in ghost]
    assert isinstance(ghost[-1], AccountLocked)
    # A password typed into the name box by mistake is not written anywhere.
    assert isinstance(_attempt(new_server, PASSWORD, "x"), AuthenticationError)
    kept = new_server.superuser_sql("SELECT username, details::text FROM audit_events")
    assert not any("nobody" in str(row) or PASSWORD in str(row) for row in kept)
    assert ("?", "{}") in kept


def test_an_expired_lock_lets_the_right_password_in(new_server: Server) -> None:
    db, _admin, _ids = _people(new_server)
    db.dispose()
    for _ in range(5):
        _attempt(new_server, "pat", "wrong password")
    assert not _can_login(new_server, "pat")
    new_server.superuser_sql(
        "UPDATE users SET locked_until = now() - interval '1 minute' WHERE username = 'pat'"
    )
    assert getattr(_attempt(new_server, "pat", PASSWORD), "username", None) == "pat"
    assert _can_login(new_server, "pat")


def test_an_administrator_unlocks_and_resets_passwords(new_server: Server) -> None:
    db, admin, ids = _people(new_server)
    for _ in range(5):
        _attempt(new_server, "pat", "wrong password")
    with db.session() as s:
        staff.unlock_login(s, admin, ids["pat"])
    assert _can_login(new_server, "pat")
    with db.session() as s:
        detail = staff.get_staff(s, admin, ids["pat"])
        staff.update_staff(
            s,
            admin,
            ids["pat"],
            detail.form,
            detail.version,
            staff.LoginForm(username="pat", role=Role.SPECIALIST, password=NEW_PASSWORD),
        )
    assert isinstance(_attempt(new_server, "pat", PASSWORD), AuthenticationError)
    assert getattr(_attempt(new_server, "pat", NEW_PASSWORD), "username", None) == "pat"
    # No argon2 hash (nor anything else to crack) is kept on the server.
    hashes = new_server.superuser_sql("SELECT DISTINCT password_hash FROM users")
    assert hashes == [(auth.SERVER_CHECKED,)]
    db.dispose()


def test_changing_ones_own_password_changes_the_roles(new_server: Server) -> None:
    db, _admin, _ids = _people(new_server)
    db.dispose()
    computer = new_server.database()
    pat = auth.login(computer, "pat", PASSWORD)
    wrong = pytest.raises(ValidationError, match="current password is not right")
    with wrong, computer.session() as s:
        auth.change_own_password(s, pat, "not my password", NEW_PASSWORD)
    with computer.session() as s:
        auth.change_own_password(s, pat, PASSWORD, NEW_PASSWORD)
    computer.dispose()
    with pytest.raises(psycopg.OperationalError):
        new_server.connect("pat", PASSWORD)
    new_server.connect("pat", NEW_PASSWORD).close()


def test_a_demoted_supervisor_loses_the_rights_at_the_next_action(new_server: Server) -> None:
    db, admin, ids = _people(new_server)
    computer = new_server.database()
    sue = auth.login(computer, "sue", PASSWORD)
    computer.on_begin = auth.still_signed_in(sue)
    insider = new_server.connect("sue")  # opened while still a supervisor
    insider.execute("SELECT count(*) FROM supervision_notes")
    with db.session() as s:
        detail = staff.get_staff(s, admin, ids["sue"])
        staff.update_staff(
            s,
            admin,
            ids["sue"],
            detail.form,
            detail.version,
            staff.LoginForm(username="sue", role=Role.FRONT_DESK),
        )
    with pytest.raises(auth.AccountChanged), computer.session() as s:
        time_entries.list_entries(s, sue, ids["pat"])
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        insider.execute("SELECT count(*) FROM supervision_notes")
    insider.close()
    # Signing in again gives the new role, and only its rights.
    again = new_server.database()
    assert auth.login(again, "sue", PASSWORD).role is Role.FRONT_DESK
    again.dispose()
    computer.dispose()
    db.dispose()


def test_a_deactivated_person_is_cut_off_and_cannot_sign_in(new_server: Server) -> None:
    db, admin, ids = _people(new_server)
    insider = new_server.connect("pat")
    insider.execute("SELECT count(*) FROM time_entries")
    with db.session() as s:
        staff.set_active(s, admin, ids["pat"], False)
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        insider.execute("SELECT count(*) FROM time_entries")
    insider.close()
    assert not _can_login(new_server, "pat")
    outcome = _attempt(new_server, "pat", PASSWORD)
    assert isinstance(outcome, AuthenticationError) and "switched off" in str(outcome)
    with db.session() as s:
        staff.set_active(s, admin, ids["pat"], True)
    assert getattr(_attempt(new_server, "pat", PASSWORD), "username", None) == "pat"
    db.dispose()


def test_renaming_a_login_renames_its_role(new_server: Server) -> None:
    db, admin, ids = _people(new_server)
    with db.session() as s:
        detail = staff.get_staff(s, admin, ids["pat"])
        staff.update_staff(
            s,
            admin,
            ids["pat"],
            detail.form,
            detail.version,
            staff.LoginForm(username="patricia", role=Role.SPECIALIST),
        )
    db.dispose()
    assert getattr(_attempt(new_server, "patricia", PASSWORD), "username", None) == "patricia"
    assert isinstance(_attempt(new_server, "pat", PASSWORD), AuthenticationError)
