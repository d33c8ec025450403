"""Optimistic concurrency for forms: a record opened at one version is saved only over that
version, so two front-desk computers never silently overwrite each other."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Protocol

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, object_session

from peercenter.db.base import utcnow
from peercenter.db.engine import CONCURRENT_EDIT_MESSAGE
from peercenter.db.models import AuditEvent
from peercenter.domain.errors import ConcurrentEditError
from peercenter.i18n import _
from peercenter.services import committing

_CHECKED = "peercenter_checked_versions"
_WROTE = "peercenter_wrote_in"


class HasVersion(Protocol):
    version: int
    updated_at: datetime


def check_version(row: HasVersion, expected_version: int | None) -> None:
    """``expected_version`` is what the form loaded; None skips the check (headless callers
    that load and save in one transaction).

    The database checks the version once more when the save is written: another computer
    may commit between this read and the write, and only an UPDATE made over the version
    catches that. So a save that changes nothing in the row itself (a session given other
    facilitators, a form saved as it was) writes the row all the same, once, at its commit."""
    if expected_version is None:
        return
    if row.version != expected_version:
        raise ConcurrentEditError(_(CONCURRENT_EDIT_MESSAGE))
    session = object_session(row)
    if session is not None:
        session.info.setdefault(_CHECKED, []).append((row, expected_version))


@event.listens_for(Session, "before_flush")
def _note_writes(session: Session, _context: Any, _instances: Any) -> None:
    """Which (sub)transactions wrote something beyond audit events."""
    if not session.info.get(_CHECKED):
        return
    changes = (*session.new, *session.dirty, *session.deleted)
    if not all(isinstance(obj, AuditEvent) for obj in changes):
        session.info.setdefault(_WROTE, []).append(committing.within(session))


@committing.at_commit(order=0)
def _write_checked_rows(session: Session) -> None:
    """At the commit of a unit of work that saved something (a change rolled back, such as
    one waiting for a warning's go-ahead, does not count), every row it checked and has not
    written yet is written now, over the version checked."""
    checked = session.info.pop(_CHECKED, [])
    wrote = session.info.pop(_WROTE, [])
    if not any(committing.kept(session, t) for t in wrote):
        return
    for row, expected in checked:
        state = inspect(row)
        if state.deleted or state.was_deleted or state.detached or row in session.deleted:
            continue  # a delete is made over the version already
        if row.version == expected:
            row.updated_at = utcnow()
