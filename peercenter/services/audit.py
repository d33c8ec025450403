"""The append-only audit trail: who did what to which record, and when. Every event is
hash-chained to the one before it (peercenter.domain.audit_chain).

On a center's server the server seals each event itself (an HMAC with a key no app role can
read, chained to the one before, see peercenter.db.server.functions) and lets app roles only
add events: the program then hands the event over and leaves the chain to the server."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select, text
from sqlalchemy.orm import Session

from peercenter.db.base import utcnow
from peercenter.db.models import AuditEvent
from peercenter.db.server.logins import server_of
from peercenter.domain.audit_chain import (
    GENESIS,
    ChainedFields,
    ChainRow,
    event_hash,
    normalise_details,
)
from peercenter.services.context import SYSTEM_USERNAME, Actor

# Any fixed number: the PostgreSQL advisory lock that serialises appends to the chain.
_CHAIN_LOCK_KEY = 0x50434155  # "PCAU"
_CHAIN_HEAD = "audit_chain_head"  # session.info: (transaction, hash of its newest event)


def record(
    session: Session,
    actor: Actor | None,
    action: str,
    entity: str,
    entity_id: int | str | None = None,
    details: dict[str, Any] | None = None,
    *,
    at: datetime | None = None,
    username: str | None = None,
) -> None:
    """Add an event to the current unit of work; it commits with the change it describes."""
    fields = ChainedFields(
        at=at or utcnow(),
        user_id=actor.user_id if actor else None,
        username=actor.username if actor else (username or SYSTEM_USERNAME),
        action=action,
        entity=entity,
        entity_id=None if entity_id is None else str(entity_id),
        details=normalise_details(details),
    )
    if server_of(session) is not None:
        _hand_over(session, [fields])
        return
    prev = _last_hash(session)
    digest = event_hash(fields, prev)
    session.add(
        AuditEvent(
            at=fields.at,
            user_id=fields.user_id,
            username=fields.username,
            action=fields.action,
            entity=fields.entity,
            entity_id=fields.entity_id,
            details=fields.details,
            prev_hash=prev,
            hash=digest,
        )
    )
    session.info[_CHAIN_HEAD] = (_innermost(session), digest)


def _hand_over(session: Session, events: Sequence[ChainedFields]) -> None:
    """Events for the server to number, time and seal. Written at once (not at the next
    flush) and without reading anything back, not even their ids: app roles may add events,
    not read them."""
    session.flush()  # what the events describe is written first
    session.execute(
        text(
            "INSERT INTO audit_events (at, user_id, username, action, entity, entity_id, "
            "details, prev_hash, hash) VALUES (:at, :user_id, :username, :action, :entity, "
            ":entity_id, CAST(:details AS json), '', '')"
        ),
        [
            {
                "at": e.at,
                "user_id": e.user_id,
                "username": e.username,
                "action": e.action,
                "entity": e.entity,
                "entity_id": e.entity_id,
                "details": json.dumps(e.details, ensure_ascii=False),
            }
            for e in events
        ],
    )


def _innermost(session: Session) -> object:
    """The transaction or savepoint now open: a cached head is only trusted inside the one it
    was written in (a rolled-back savepoint takes its events with it)."""
    return session.get_nested_transaction() or session.get_transaction()


def _last_hash(session: Session) -> str:
    # Within one transaction this unit of work holds the chain (the lock below, or SQLite's
    # write lock), so the head it appended last is still the head.
    cached = session.info.get(_CHAIN_HEAD)
    if cached is not None and cached[0] is _innermost(session) is not None:
        return str(cached[1])
    bind = session.get_bind()
    if bind.dialect.name == "postgresql":
        # Two computers appending at once would both chain onto the same row; the lock makes
        # the second wait until the first commits. SQLite writers are already serialised by
        # BEGIN IMMEDIATE.
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _CHAIN_LOCK_KEY})
    # Autoflush writes events added earlier in this unit of work first, so they chain too.
    last = session.scalar(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1))
    return last or GENESIS


def chain_rows(session: Session, batch: int = 2000) -> Iterator[ChainRow]:
    """Every event in id order, read in batches of plain rows so a long trail neither fills
    memory nor the session."""
    columns = (
        AuditEvent.id,
        AuditEvent.at,
        AuditEvent.user_id,
        AuditEvent.username,
        AuditEvent.action,
        AuditEvent.entity,
        AuditEvent.entity_id,
        AuditEvent.details,
        AuditEvent.prev_hash,
        AuditEvent.hash,
    )
    after = 0
    while True:
        rows = session.execute(
            select(*columns).where(AuditEvent.id > after).order_by(AuditEvent.id).limit(batch)
        ).all()
        if not rows:
            return
        for r in rows:
            yield ChainRow(r.id, fields_of(r), r.prev_hash, r.hash)  # type: ignore[arg-type]
        after = rows[-1].id


def fields_of(event: AuditEvent) -> ChainedFields:
    return ChainedFields(
        at=event.at,
        user_id=event.user_id,
        username=event.username,
        action=event.action,
        entity=event.entity,
        entity_id=event.entity_id,
        details=event.details,
    )


def record_many(
    session: Session,
    actor: Actor,
    action: str,
    entity: str,
    entity_ids: Sequence[int | str],
    details: dict[str, Any] | None = None,
) -> None:
    """One event per record, chained in order and written in one statement (an import of
    thousands of rows)."""
    if not entity_ids:
        return
    at = utcnow()
    plain = normalise_details(details)
    if server_of(session) is not None:
        _hand_over(
            session,
            [
                ChainedFields(at, actor.user_id, actor.username, action, entity, str(i), plain)
                for i in entity_ids
            ],
        )
        return
    prev = _last_hash(session)
    rows = []
    for entity_id in entity_ids:
        fields = ChainedFields(
            at=at,
            user_id=actor.user_id,
            username=actor.username,
            action=action,
            entity=entity,
            entity_id=str(entity_id),
            details=plain,
        )
        digest = event_hash(fields, prev)
        rows.append(
            {
                "at": at,
                "user_id": actor.user_id,
                "username": actor.username,
                "action": action,
                "entity": entity,
                "entity_id": str(entity_id),
                "details": plain,
                "prev_hash": prev,
                "hash": digest,
            }
        )
        prev = digest
    session.execute(insert(AuditEvent), rows)
    session.info[_CHAIN_HEAD] = (_innermost(session), prev)


def changes(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    """Field-by-field differences for an update event, values as text."""
    return {
        key: [_text(before.get(key)), _text(value)]
        for key, value in after.items()
        if before.get(key) != value
    }


def _text(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)
