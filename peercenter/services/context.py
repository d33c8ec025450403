"""The signed-in person, as every service sees them."""

from __future__ import annotations

from dataclasses import dataclass

from peercenter.domain.enums import Role
from peercenter.domain.errors import PermissionDenied
from peercenter.domain.permissions import Permission, allowed
from peercenter.i18n import _


@dataclass(frozen=True)
class Actor:
    user_id: int
    username: str
    role: Role
    staff_id: int
    display_name: str
    language: str | None = None  # their window's language; None: the computer's

    def can(self, permission: Permission) -> bool:
        return allowed(self.role, permission)


def require(actor: Actor, permission: Permission) -> None:
    """Refuse the call unless the actor's role allows it."""
    if not actor.can(permission):
        raise PermissionDenied(
            _(
                "Your account ({role}) is not allowed to {action}. "
                "Ask an administrator if you need this."
            ).format(role=actor.role.label.lower(), action=permission.description)
        )


# The identity used for work the program does on its own (migrations, scheduled horizon).
SYSTEM_USERNAME = "system"
