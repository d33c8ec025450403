"""What signing in answers, the same on one computer and on a server: the signed-in person,
and the words for a wrong password, a locked account or a switched-off one. A name that is not
an account gets exactly the answers an account would."""

from __future__ import annotations

from datetime import datetime, timedelta

from peercenter.db.models import User
from peercenter.domain import timefmt, validation
from peercenter.domain.errors import AccountLocked, AuthenticationError
from peercenter.domain.names import staff_display_name
from peercenter.i18n import N_, _, ngettext
from peercenter.services.context import Actor

MAX_FAILED_ATTEMPTS = 5
LOCKOUT = timedelta(minutes=15)
WRONG_CREDENTIALS = N_("Wrong user name or password.")
SWITCHED_OFF = N_("This account is switched off. Ask an administrator to switch it back on.")


def actor_for(user: User) -> Actor:
    staff = user.staff
    return Actor(
        user_id=user.id,
        username=user.username,
        role=user.role,
        staff_id=staff.id,
        display_name=staff_display_name(staff.first_name, staff.last_name, staff.preferred_name),
        language=user.language,
    )


def _plain(name: str) -> str:
    """A typed user name as storable text; undecodable bytes become "?" (so they never match
    a real name, which cannot contain them)."""
    return validation.storable(name.encode("utf-8", "replace").decode("utf-8"))


def typed_name(username: str) -> str:
    return _plain(username).strip().lower()[:64]


def wrong_password(attempts: int, locked_until: datetime | None) -> AuthenticationError:
    """What a wrong password is told, from the count after it."""
    if locked_until is not None:
        return AccountLocked(locked_message(locked_until))
    left = MAX_FAILED_ATTEMPTS - attempts
    if left > 2:
        return AuthenticationError(_(WRONG_CREDENTIALS))
    warning = ngettext(
        "{left} more wrong try will lock the account for 15 minutes.",
        "{left} more wrong tries will lock the account for 15 minutes.",
        left,
    ).format(left=left)
    return AuthenticationError(f"{_(WRONG_CREDENTIALS)} {warning}")


def locked_message(until: datetime) -> str:
    local = until.astimezone()
    return _(
        "This account is locked after {count} wrong passwords. Try again after {time}, "
        "or ask an administrator to unlock it."
    ).format(count=MAX_FAILED_ATTEMPTS, time=timefmt.clock(local))
