"""Signing in: argon2id password hashes, and a lockout after repeated wrong passwords."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from peercenter.db.engine import Database
from peercenter.db.models import User
from peercenter.domain import validation
from peercenter.domain.enums import Role, StaffStatus
from peercenter.domain.errors import AccountLocked, AuthenticationError, ValidationError
from peercenter.domain.names import staff_display_name
from peercenter.services import audit
from peercenter.services.clock import now as clock_now
from peercenter.services.context import Actor

MAX_FAILED_ATTEMPTS = 5
LOCKOUT = timedelta(minutes=15)
WRONG_CREDENTIALS = "Wrong user name or password."


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


def actor_for(user: User) -> Actor:
    staff = user.staff
    return Actor(
        user_id=user.id,
        username=user.username,
        role=user.role,
        staff_id=staff.id,
        display_name=staff_display_name(staff.first_name, staff.last_name, staff.preferred_name),
    )


def find_user(session: Session, username: str) -> User | None:
    return session.scalar(select(User).where(User.username == _plain(username).strip().lower()))


def _plain(name: str) -> str:
    """A typed user name as storable text; undecodable bytes become "?" (so they never match
    a real name, which cannot contain them)."""
    return validation.storable(name.encode("utf-8", "replace").decode("utf-8"))


def login(database: Database, username: str, password: str, at: datetime | None = None) -> Actor:
    """Check a user name and password. Failed attempts are saved even though the call
    raises, so the lockout counts across tries and across computers."""
    moment = at or clock_now()
    username = _plain(username)
    failure: AuthenticationError | None = None
    actor: Actor | None = None
    with database.session() as session:
        user = find_user(session, username)
        if user is None:
            if not _DUMMY_HASH:
                _DUMMY_HASH.append(hash_password("not a real password"))
            _verify(_DUMMY_HASH[0], password)  # same work as a real check: no name probing
            audit.record(
                session,
                None,
                "login_failed",
                "user",
                None,
                {"username": username.strip().lower()[:32]},
                at=moment,
                username=username.strip().lower()[:32] or "?",
            )
            failure = AuthenticationError(WRONG_CREDENTIALS)
        elif user.locked_until is not None and user.locked_until > moment:
            audit.record(
                session,
                None,
                "login_refused_locked",
                "user",
                user.id,
                at=moment,
                username=user.username,
            )
            failure = AccountLocked(_locked_message(user.locked_until))
        elif not _verify(user.password_hash, password):
            user.failed_attempts = (
                0 if user.locked_until is not None else user.failed_attempts
            ) + 1
            user.locked_until = None
            details: dict[str, object] = {"attempt": user.failed_attempts}
            if user.failed_attempts >= MAX_FAILED_ATTEMPTS:
                user.locked_until = moment + LOCKOUT
                user.failed_attempts = 0
                details["locked_until"] = user.locked_until.isoformat()
                failure = AccountLocked(_locked_message(user.locked_until))
            else:
                left = MAX_FAILED_ATTEMPTS - user.failed_attempts
                failure = AuthenticationError(
                    WRONG_CREDENTIALS
                    if left > 2
                    else f"{WRONG_CREDENTIALS} {left} more wrong "
                    f"{'try' if left == 1 else 'tries'} will lock the account for 15 minutes."
                )
            audit.record(
                session,
                None,
                "login_failed",
                "user",
                user.id,
                details,
                at=moment,
                username=user.username,
            )
        elif not user.is_active or user.staff.status is StaffStatus.INACTIVE:
            audit.record(
                session,
                None,
                "login_refused_inactive",
                "user",
                user.id,
                at=moment,
                username=user.username,
            )
            failure = AuthenticationError(
                "This account is switched off. Ask an administrator to switch it back on."
            )
        else:
            if HASHING.hasher.check_needs_rehash(user.password_hash):
                user.password_hash = hash_password(password)
            user.failed_attempts = 0
            user.locked_until = None
            user.last_login_at = moment
            actor = actor_for(user)
            audit.record(session, actor, "login", "user", user.id, at=moment)
    if failure is not None:
        raise failure
    assert actor is not None
    return actor


def _locked_message(until: datetime) -> str:
    local = until.astimezone()
    return (
        f"This account is locked after {MAX_FAILED_ATTEMPTS} wrong passwords. Try again "
        f"after {local:%H:%M}, or ask an administrator to unlock it."
    )


def change_own_password(session: Session, actor: Actor, current: str, new: str) -> None:
    user = session.get(User, actor.user_id)
    if user is None or not _verify(user.password_hash, current):
        raise ValidationError("The current password is not right.", field="current_password")
    new = validation.password(new, "new_password", user_name=user.username)
    user.password_hash = hash_password(new)
    user.password_changed_at = clock_now()
    audit.record(session, actor, "change_password", "user", user.id)


def has_admin(session: Session) -> bool:
    count = session.scalar(
        select(func.count())
        .select_from(User)
        .where(User.role == Role.ADMIN, User.is_active.is_(True))
    )
    return bool(count)
