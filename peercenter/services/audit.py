"""The append-only audit trail: who did what to which record, and when."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from peercenter.db.base import utcnow
from peercenter.db.models import AuditEvent
from peercenter.services.context import SYSTEM_USERNAME, Actor


def record(session: Session, actor: Actor | None, action: str, entity: str,
           entity_id: int | str | None = None, details: dict[str, Any] | None = None,
           *, at: datetime | None = None, username: str | None = None) -> None:
    """Add an event to the current unit of work; it commits with the change it describes."""
    session.add(AuditEvent(
        at=at or utcnow(),
        user_id=actor.user_id if actor else None,
        username=actor.username if actor else (username or SYSTEM_USERNAME),
        action=action,
        entity=entity,
        entity_id=None if entity_id is None else str(entity_id),
        details=details or {},
    ))


def record_many(session: Session, actor: Actor, action: str, entity: str,
                entity_ids: Sequence[int | str], details: dict[str, Any] | None = None) -> None:
    """One event per record, written in one statement (an import of thousands of rows)."""
    at = utcnow()
    rows = [{"at": at, "user_id": actor.user_id, "username": actor.username, "action": action,
             "entity": entity, "entity_id": str(entity_id), "details": details or {}}
            for entity_id in entity_ids]
    if rows:
        session.execute(insert(AuditEvent), rows)


def changes(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    """Field-by-field differences for an update event, values as text."""
    return {key: [_text(before.get(key)), _text(value)]
            for key, value in after.items() if before.get(key) != value}


def _text(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)
