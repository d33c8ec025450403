"""Signing in on a center's server. Connecting as the person's role is the password check
(the server compares its SCRAM verifier; no hash is ever read by the program). Whatever
happens, the answer takes one connection attempt and one call of a sign-in function, so a
locked account, a wrong password and a name that is not an account look and last alike."""

from __future__ import annotations

from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError

from peercenter.db.engine import Database, make_engine
from peercenter.db.models import User
from peercenter.db.server.names import PRIVATE_SCHEMA, person_url
from peercenter.domain import validation
from peercenter.domain.errors import AccountLocked, AuthenticationError
from peercenter.i18n import _
from peercenter.services.context import Actor
from peercenter.services.signin_answers import (
    SWITCHED_OFF,
    actor_for,
    locked_message,
    typed_name,
    wrong_password,
)

# What the server says when a role with the right password may not connect (switched off or
# locked). Servers set to answer in another language say it differently; the password is then
# taken as wrong, which refuses the sign-in all the same.
_NOT_PERMITTED = "is not permitted to log in"
_PASSWORD_FAILED = "password authentication failed"


def server_login(database: Database, username: str, password: str) -> Actor:
    name = typed_name(username)
    for _attempt in range(2):  # once more when the server has just lifted an expired lock
        engine, refusal = _connect(database, name, password)
        if engine is None:
            retry, failure = _failed(database, name, counts=refusal != _NOT_PERMITTED)
            if retry:
                continue
            raise failure
        return _welcome(database, engine)
    raise AuthenticationError(_(SWITCHED_OFF))


def _connect(database: Database, name: str, password: str) -> tuple[Engine | None, str]:
    if not validation.USERNAME_PATTERN.match(name):
        return None, _PASSWORD_FAILED  # cannot be an account: counted like a wrong password
    engine = make_engine(person_url(database.gate.url, name, password).render_as_string(False))
    try:
        with engine.connect():
            return engine, ""
    except OperationalError as exc:
        engine.dispose()
        text_ = str(exc.orig)
        if _NOT_PERMITTED in text_:
            return None, _NOT_PERMITTED
        if "FATAL" in text_ and "too many" not in text_ and "does not exist" not in text_:
            return None, _PASSWORD_FAILED
        raise  # the server cannot be reached, or is full: not the person's doing


def _failed(database: Database, name: str, counts: bool) -> tuple[bool, AuthenticationError]:
    with database.gate.begin() as conn:
        attempts, locked_until, retry = conn.execute(
            text(f"SELECT * FROM {PRIVATE_SCHEMA}.sign_in_failed(:name, :counts)"),
            {"name": name, "counts": counts},
        ).one()
    if retry:
        return True, AuthenticationError(_(SWITCHED_OFF))
    if not counts and locked_until is None:
        return False, AuthenticationError(_(SWITCHED_OFF))
    return False, wrong_password(attempts, locked_until)


def _welcome(database: Database, engine: Engine) -> Actor:
    with engine.begin() as conn:
        state, user_id, locked_until = conn.execute(
            text(f"SELECT * FROM {PRIVATE_SCHEMA}.signed_in()")
        ).one()
    if state != "ok":
        engine.dispose()
        if state == "locked":
            raise AccountLocked(locked_message(locked_until))
        raise AuthenticationError(_(SWITCHED_OFF))
    database.use_engine(engine)
    with database.reader(checked=False) as session:
        user = session.get(User, user_id)
        assert user is not None
        return actor_for(user)
