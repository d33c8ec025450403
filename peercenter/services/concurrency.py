"""Optimistic concurrency for forms: a record opened at one version is saved only over that
version, so two front-desk computers never silently overwrite each other."""

from __future__ import annotations

from typing import Protocol

from peercenter.db.engine import CONCURRENT_EDIT_MESSAGE
from peercenter.domain.errors import ConcurrentEditError


class HasVersion(Protocol):
    version: int


def check_version(row: HasVersion, expected_version: int | None) -> None:
    """``expected_version`` is what the form loaded; None skips the check (headless callers
    that load and save in one transaction)."""
    if expected_version is not None and row.version != expected_version:
        raise ConcurrentEditError(CONCURRENT_EDIT_MESSAGE)
