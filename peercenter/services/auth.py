"""Signing in: argon2id password hashes, and a lockout after repeated wrong passwords.

The password is checked outside any transaction (argon2 is slow on purpose, and SQLite's
write lock must not wait for it); the outcome is then written in one short unit of work whose
UPDATE counts the failure and locks the account in one statement, so guesses sent at once from
several computers are all counted. Every path does the same work (one argon2 check, one write)
and names that are not accounts are counted and locked like accounts, so nobody learns from
the answer or its timing whether a name exists. On a center's server the server checks the
password (peercenter.services.server_signin)."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import ColumnElement, case, func, literal, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from peercenter.db.base import UTCDateTime
from peercenter.db.engine import Database
from peercenter.db.models import Staff, User
from peercenter.db.server.logins import server_of
from peercenter.domain import validation
from peercenter.domain.enums import Role, StaffStatus
from peercenter.domain.errors import AccountLocked, AuthenticationError, ValidationError
from peercenter.i18n import N_, _
from peercenter.services import audit
from peercenter.services.clock import now as clock_now
from peercenter.services.context import Actor
from peercenter.services.server_signin import server_login
from peercenter.services.signin_answers import (
    LOCKOUT,
    SWITCHED_OFF,
    locked_message,
    typed_name,
    wrong_password,
)

# Part of this module's face: callers ask auth for the signed-in person and its messages.
from peercenter.services.signin_answers import MAX_FAILED_ATTEMPTS as MAX_FAILED_ATTEMPTS
from peercenter.services.signin_answers import WRONG_CREDENTIALS as WRONG_CREDENTIALS
from peercenter.services.signin_answers import actor_for as actor_for

# What the audit trail says was typed when a name is not an account: the text may be a
# password typed into the wrong box, so it is never kept.
UNKNOWN_NAME = "?"
# Kept in ``users.password_hash`` on a server, where the server checks passwords itself.
SERVER_CHECKED = "(checked by the server)"


@dataclass
class _Hashing:
    hasher: PasswordHasher


# argon2id with the library's recommended parameters; tests swap in cheaper ones.
HASHING = _Hashing(PasswordHasher())
_DUMMY_HASH: list[str] = []


def hash_password(password: str) -> str:
    return HASHING.hasher.hash(password)


def _verify(stored_hash: str, password: str) -> bool:
    # "surrogatepass": a password with undecodable bytes still hashes (and never matches,
    # as no stored password can contain them).
    try:
        return HASHING.hasher.verify(stored_hash, password.encode("utf-8", "surrogatepass"))
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def _dummy_hash() -> str:
    if not _DUMMY_HASH:
        _DUMMY_HASH.append(hash_password("not a real password"))
    return _DUMMY_HASH[0]


def find_user(session: Session, username: str) -> User | None:
    return session.scalar(select(User).where(User.username == typed_name(username)))


class _UnknownNames:
    """Failures under names that are not accounts, counted in this program as an account's
    are in the database (nothing of the typed text is written anywhere)."""

    LIMIT = 1000

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._counts: OrderedDict[str, tuple[int, datetime | None]] = OrderedDict()

    def fail(self, name: str, moment: datetime) -> tuple[int, datetime | None]:
        with self._lock:
            attempts, until = self._counts.pop(name, (0, None))
            if until is not None and until > moment:
                self._counts[name] = (attempts, until)
                return 0, until
            attempts = (0 if until is not None else attempts) + 1
            until = moment + LOCKOUT if attempts >= MAX_FAILED_ATTEMPTS else None
            self._counts[name] = (0 if until else attempts, until)
            while len(self._counts) > self.LIMIT:
                self._counts.popitem(last=False)
            return attempts, until


UNKNOWN_NAMES = _UnknownNames()


# -- signing in --------------------------------------------------------------------------------


def login(database: Database, username: str, password: str, at: datetime | None = None) -> Actor:
    """Check a user name and password. Failed attempts are saved even though the call
    raises, so the lockout counts across tries and across computers."""
    if database.server is not None:
        return server_login(database, username, password)
    moment = at or clock_now()
    name = typed_name(username)
    with database.reader(checked=False) as session:
        found = session.execute(
            select(User.id, User.password_hash).where(User.username == name)
        ).first()
    right = _verify(found.password_hash if found else _dummy_hash(), password)
    failure: AuthenticationError | None = None
    actor: Actor | None = None
    with database.session(checked=False) as session:
        if found is None:
            attempts, until = UNKNOWN_NAMES.fail(f"{database.url} {name}", moment)
            audit.record(
                session, None, "login_failed", "user", None, at=moment, username=UNKNOWN_NAME
            )
            failure = wrong_password(attempts, until)
        elif not right:
            failure = _count_failure(session, found.id, moment)
        else:
            actor, failure = _succeed(session, found.id, password, moment)
    if failure is not None:
        raise failure
    assert actor is not None
    return actor


def _not_locked(moment: datetime) -> ColumnElement[bool]:
    return User.locked_until.is_(None) | (User.locked_until <= moment)


def _count_failure(session: Session, user_id: int, moment: datetime) -> AuthenticationError:
    """One statement counts the failure and, at the fifth, locks the account: two computers
    guessing at once cannot both see the same count."""
    count = case((User.locked_until.is_(None), User.failed_attempts), else_=0) + 1
    reached = count >= MAX_FAILED_ATTEMPTS
    until = moment + LOCKOUT
    row = session.execute(
        update(User)
        .where(User.id == user_id, _not_locked(moment))
        .values(
            failed_attempts=case((reached, 0), else_=count),
            locked_until=case((reached, literal(until, UTCDateTime())), else_=None),
        )
        .returning(User.username, User.failed_attempts, User.locked_until)
        .execution_options(synchronize_session=False)
    ).first()
    if row is None:
        return _refuse_locked(session, user_id, moment)
    locked = row.locked_until is not None
    details: dict[str, object] = {"attempt": MAX_FAILED_ATTEMPTS if locked else row.failed_attempts}
    if locked:
        details["locked_until"] = until.isoformat()
    audit.record(
        session, None, "login_failed", "user", user_id, details, at=moment, username=row.username
    )
    return wrong_password(row.failed_attempts, until if locked else None)


def _refuse_locked(session: Session, user_id: int, moment: datetime) -> AuthenticationError:
    username, until = session.execute(
        select(User.username, User.locked_until).where(User.id == user_id)
    ).one()
    assert until is not None  # refused because it is locked
    audit.record(
        session, None, "login_refused_locked", "user", user_id, at=moment, username=username
    )
    return AccountLocked(locked_message(until))


def _succeed(
    session: Session, user_id: int, password: str, moment: datetime
) -> tuple[Actor | None, AuthenticationError | None]:
    user = session.get(User, user_id)
    assert user is not None
    if user.locked_until is not None and user.locked_until > moment:
        return None, _refuse_locked(session, user_id, moment)
    if not user.is_active or user.staff.status is StaffStatus.INACTIVE:
        audit.record(
            session,
            None,
            "login_refused_inactive",
            "user",
            user.id,
            at=moment,
            username=user.username,
        )
        return None, AuthenticationError(_(SWITCHED_OFF))
    values: dict[str, object] = {
        "failed_attempts": 0,
        "locked_until": None,
        "last_login_at": moment,
    }
    if HASHING.hasher.check_needs_rehash(user.password_hash):
        values["password_hash"] = hash_password(password)
    # Bookkeeping, not an edit: no new version, so an administrator's open form of this login
    # is not refused because its owner signed in meanwhile.
    done = session.execute(
        update(User)
        .where(User.id == user_id, _not_locked(moment))
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    if not done.rowcount:  # type: ignore[attr-defined]
        return None, _refuse_locked(session, user_id, moment)
    actor = actor_for(user)
    audit.record(session, actor, "login", "user", user.id, at=moment)
    return actor, None


# -- the signed-in person, re-read at every action -------------------------------------------


class AccountChanged(AuthenticationError):
    """The signed-in person was switched off or given another role since signing in."""


ACCOUNT_CHANGED = N_(
    "Your account was changed by an administrator since you signed in (switched off or given "
    "another role). Sign in again to carry on."
)


def still_signed_in(actor: Actor) -> Callable[[Session], None]:
    """A check for ``Database.on_begin``: before each unit of work, the person's login is read
    again, and the work is refused if it was switched off or its role changed."""

    def check(session: Session) -> None:
        try:
            row = session.execute(
                select(User.role, User.is_active, Staff.status)
                .join(Staff, Staff.id == User.staff_id)
                .where(User.id == actor.user_id)
            ).first()
        except SQLAlchemyError as exc:  # a server that no longer lets the person read it
            session.rollback()
            raise AccountChanged(_(ACCOUNT_CHANGED)) from exc
        if (
            row is None
            or not row.is_active
            or row.status is StaffStatus.INACTIVE
            or row.role is not actor.role
        ):
            session.rollback()
            raise AccountChanged(_(ACCOUNT_CHANGED))

    return check


# -- passwords ---------------------------------------------------------------------------------


def store_password(session: Session, user: User, password: str) -> None:
    """Set a login's password: its argon2 hash, or on a server the role's password (the
    server then checks it, and no hash is kept where others could read it)."""
    if server_of(session) is None:
        user.password_hash = hash_password(password)
        user.password_changed_at = clock_now()
        return
    from peercenter.db.server.logins import set_role_password

    if user.password_hash != SERVER_CHECKED:
        user.password_hash = SERVER_CHECKED
    session.flush()  # the role exists once the row does
    set_role_password(session, user.username, password)  # the server notes when, too


def verify_password(session: Session, actor: Actor, password: str) -> bool:
    """Re-check the signed-in person's password."""
    if server_of(session) is not None:
        from peercenter.db.server.logins import password_is_right

        return password_is_right(session, actor.username, password)
    user = session.get(User, actor.user_id)
    return user is not None and user.is_active and _verify(user.password_hash, password)


def change_own_password(session: Session, actor: Actor, current: str, new: str) -> None:
    user = session.get(User, actor.user_id)
    if user is None or not verify_password(session, actor, current):
        raise ValidationError(_("The current password is not right."), field="current_password")
    new = validation.password(new, "new_password", user_name=user.username)
    store_password(session, user, new)
    audit.record(session, actor, "change_password", "user", user.id)


def has_admin(session: Session) -> bool:
    count = session.scalar(
        select(func.count())
        .select_from(User)
        .where(User.role == Role.ADMIN, User.is_active.is_(True))
    )
    return bool(count)
