"""Re-exported so callers of the services need only one import for the errors they handle."""

from peercenter.domain.errors import (
    AccountLocked,
    AuthenticationError,
    ConcurrentEditError,
    NotFound,
    PeerCenterError,
    PermissionDenied,
    ValidationError,
)

__all__ = [
    "AccountLocked",
    "AuthenticationError",
    "ConcurrentEditError",
    "NotFound",
    "PeerCenterError",
    "PermissionDenied",
    "ValidationError",
]
