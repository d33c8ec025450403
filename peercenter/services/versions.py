"""Whether a record open in a form was saved elsewhere meanwhile: its version now, compared by
the form with the version it loaded. Only the number is read, so asking reveals nothing of
what changed; a record the person may not see (or one removed) has none."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from peercenter.db.base import Versioned
from peercenter.db.models import Group, GroupSession, Participant, Staff
from peercenter.domain.permissions import Permission
from peercenter.services.context import Actor, require

# The forms that watch their record, by the table a change names.
WATCHED: dict[str, tuple[type[Versioned], Permission]] = {
    "participants": (Participant, Permission.VIEW_PARTICIPANTS),
    "staff": (Staff, Permission.VIEW_STAFF),
    "sessions": (GroupSession, Permission.VIEW_SCHEDULE),
    "groups": (Group, Permission.VIEW_SCHEDULE),
}


def current_version(session: Session, actor: Actor, table: str, record_id: int) -> int | None:
    """The record's version now; None when it is gone."""
    model, permission = WATCHED[table]
    require(actor, permission)
    key = getattr(model, "id")  # noqa: B009 (every watched model has an integer id)
    return session.scalar(select(model.version).where(key == record_id))
