"""The record of who looked at a sensitive record: a staff record, someone's hours, training or
certification progress, a participant's record, attendance or a list of participants. One
event per record, per person, per hour (peercenter.domain.access_log.VIEW_WINDOW), with the
name of the computer it was seen on.

The "already recorded this hour" state is the audit trail itself, so it holds across every
computer of a center: on SQLite the check and the event are in one write transaction (SQLite
lets one writer at a time); on a server a function of the server does both under a lock of its
own, since app roles may add events to the trail but not read it."""

from __future__ import annotations

import hashlib
import json
import socket
from collections.abc import Iterable
from functools import cache, partial
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from peercenter.db.engine import AFTER_READ, READ_ONLY
from peercenter.db.models import AuditEvent
from peercenter.db.server.logins import server_of
from peercenter.db.server.names import PRIVATE_SCHEMA
from peercenter.domain import access_log
from peercenter.domain.audit_chain import normalise_details
from peercenter.services import audit
from peercenter.services.clock import now
from peercenter.services.context import Actor

_WAITING = "views_waiting"  # session.info: the views a read will record when it ends


@cache
def computer_name() -> str:
    """This computer's network name: which front-desk computer, not who sat at it."""
    return (socket.gethostname() or "unknown").split(".")[0][:63] or "unknown"


def record_view(
    session: Session,
    actor: Actor,
    entity: str,
    entity_id: int | str | None,
    details: dict[str, Any] | None = None,
) -> None:
    """Record that ``actor`` saw this record, unless they were recorded seeing it within the
    hour. In a read-only unit of work the event is written when the read ends."""
    key = None if entity_id is None else str(entity_id)
    plain = normalise_details({**(details or {}), access_log.COMPUTER: computer_name()})
    if session.info.get(READ_ONLY):
        waiting: set[tuple[str, str | None, str]] = session.info.setdefault(_WAITING, set())
        if (entity, key, actor.username) not in waiting:
            waiting.add((entity, key, actor.username))
            session.info.setdefault(AFTER_READ, []).append(
                partial(_write, actor=actor, entity=entity, key=key, details=plain)
            )
        return
    _write(session, actor=actor, entity=entity, key=key, details=plain)


def record_list(
    session: Session,
    actor: Actor,
    entity: str,
    ids: Iterable[int],
    details: dict[str, Any] | None = None,
) -> None:
    """A list of participants was shown (a search, everyone): one event naming them all as
    id ranges, keyed by the list itself, so the same list within the hour is not repeated."""
    unique = set(ids)
    if not unique:
        return
    listed = access_log.id_ranges(unique)
    digest = hashlib.sha256(listed.encode()).hexdigest()[:16]
    record_view(
        session,
        actor,
        entity,
        digest,
        {**(details or {}), access_log.LISTED: listed, "count": len(unique)},
    )


def _write(
    session: Session, *, actor: Actor, entity: str, key: str | None, details: dict[str, Any]
) -> None:
    if server_of(session) is not None:
        session.flush()
        session.execute(
            text(f"SELECT {PRIVATE_SCHEMA}.record_view(:entity, :key, CAST(:details AS json))"),
            {"entity": entity, "key": key, "details": json.dumps(details, ensure_ascii=False)},
        )
        return
    if _seen_within_window(session, actor, entity, key):
        return
    audit.record(session, actor, access_log.VIEW, entity, key, details)


def _seen_within_window(session: Session, actor: Actor, entity: str, key: str | None) -> bool:
    since = now() - access_log.VIEW_WINDOW
    same_record = AuditEvent.entity_id.is_(None) if key is None else AuditEvent.entity_id == key
    found = session.scalar(
        select(AuditEvent.id)
        .where(
            AuditEvent.entity == entity,
            same_record,
            AuditEvent.action == access_log.VIEW,
            AuditEvent.username == actor.username,
            AuditEvent.at >= since,
        )
        .limit(1)
    )
    return found is not None


def record_colleague_view(
    session: Session,
    actor: Actor,
    entity: str,
    staff_id: int,
    details: dict[str, Any] | None = None,
) -> None:
    """A view of a staff member's record, hours, training or progress; looking at one's own
    is not recorded."""
    if staff_id != actor.staff_id:
        record_view(session, actor, entity, staff_id, details)
