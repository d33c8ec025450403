"""Errors a user can cause or meet, with messages written for the person at the desk."""

from __future__ import annotations

from peercenter.i18n import _


class PeerCenterError(Exception):
    """Base of every error PeerCenter shows to a user."""

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else self.__class__.__name__


class ValidationError(PeerCenterError):
    """Input that cannot be saved. ``field_errors`` maps a form field to its message."""

    def __init__(
        self, message: str, field: str | None = None, field_errors: dict[str, str] | None = None
    ) -> None:
        errors = dict(field_errors or {})
        if field is not None:
            errors.setdefault(field, message)
        if not message and errors:
            message = next(iter(errors.values()))
        super().__init__(message)
        self.field_errors = errors

    @classmethod
    def collect(cls, errors: dict[str, str]) -> ValidationError:
        """One error carrying every field problem found on a form."""
        first = next(iter(errors.values()))
        extra = len(errors) - 1
        summary = (
            first
            if not extra
            else _("{first} (and {count} more to fix)").format(first=first, count=extra)
        )
        return cls(summary, field_errors=errors)


class PermissionDenied(PeerCenterError):
    """The signed-in account may not do this."""


class NotFound(PeerCenterError):
    """A record that was asked for does not exist (any more)."""


class ConcurrentEditError(PeerCenterError):
    """Someone else saved the same record since it was opened."""


class AuthenticationError(PeerCenterError):
    """Wrong user name or password, or an account that cannot sign in now."""


class AccountLocked(AuthenticationError):
    """Too many wrong passwords in a row."""
