"""Reviewing the audit trail (administrators): filter, export, verify the hash chain. Looking
at the trail is itself recorded in it."""

from __future__ import annotations

import csv
import json
from dataclasses import asdict, dataclass, replace
from datetime import date, datetime
from typing import IO, Any

from sqlalchemy import Select, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from peercenter.db.models import AuditEvent
from peercenter.db.server.logins import server_of
from peercenter.domain import validation
from peercenter.domain.audit_chain import ChainVerdict, verify
from peercenter.domain.errors import ValidationError
from peercenter.domain.permissions import Permission
from peercenter.domain.spreadsheet import neutralise
from peercenter.i18n import _
from peercenter.services import audit, retention
from peercenter.services.clock import day_bounds
from peercenter.services.context import Actor, require
from peercenter.services.settings import center_timezone

MAX_ROWS = 20_000
CSV_COLUMNS = ["id", "at", "username", "action", "entity", "entity_id", "details"]


@dataclass(frozen=True)
class AuditFilter:
    since: date | None = None
    until: date | None = None
    username: str = ""
    action: str = ""
    entity: str = ""

    def describe(self) -> dict[str, str]:
        return {
            key: (value.isoformat() if isinstance(value, date) else value)
            for key, value in asdict(self).items()
            if value
        }


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime  # UTC
    local_at: datetime  # in the center's time zone
    username: str
    action: str
    entity: str
    entity_id: str
    details: str  # compact text of the details


@dataclass(frozen=True)
class FilterChoices:
    usernames: list[str]
    actions: list[str]
    entities: list[str]


def _query(session: Session, filt: AuditFilter) -> Select[AuditEvent]:
    if filt.since and filt.until and filt.since > filt.until:
        raise ValidationError(_("The 'from' date is after the 'to' date."), field="since")
    tz = center_timezone(session)
    query = select(AuditEvent)
    if filt.since:
        query = query.where(AuditEvent.at >= day_bounds(filt.since, tz)[0])
    if filt.until:
        query = query.where(AuditEvent.at < day_bounds(filt.until, tz)[1])
    username, action, entity = (
        validation.storable(v).strip() for v in (filt.username, filt.action, filt.entity)
    )
    if username:
        query = query.where(AuditEvent.username == username.lower())
    if action:
        query = query.where(AuditEvent.action == action)
    if entity:
        query = query.where(AuditEvent.entity == entity)
    return query


def details_text(details: dict[str, Any]) -> str:
    parts = []
    for key, value in details.items():
        if isinstance(value, list) and len(value) == 2:
            parts.append(f"{key}: {_plain(value[0])} → {_plain(value[1])}")
        else:
            parts.append(f"{key}: {_plain(value)}")
    return "; ".join(parts)


def _plain(value: Any) -> str:
    if value is None:
        return _("(empty)")
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _rows(session: Session, filt: AuditFilter, limit: int | None) -> list[AuditRow]:
    tz = center_timezone(session)
    query = _query(session, filt).order_by(AuditEvent.id.desc())
    if limit is not None:
        query = query.limit(limit)
    return [
        AuditRow(
            e.id,
            e.at,
            e.at.astimezone(tz),
            e.username,
            e.action,
            e.entity,
            e.entity_id or "",
            details_text(e.details),
        )
        for e in session.scalars(query)
    ]


def search(
    session: Session, actor: Actor, filt: AuditFilter, limit: int = MAX_ROWS
) -> list[AuditRow]:
    """Newest first. The search itself is recorded."""
    require(actor, Permission.VIEW_AUDIT)
    rows = _rows(session, filt, limit)
    audit.record(session, actor, "view", "audit", None, {**filt.describe(), "rows": len(rows)})
    return rows


def raw_events(session: Session, actor: Actor, filt: AuditFilter) -> list[dict[str, Any]]:
    """Oldest first, every stored field (for `peercenter audit --json`)."""
    require(actor, Permission.VIEW_AUDIT)
    events = list(session.scalars(_query(session, filt).order_by(AuditEvent.id)))
    result = [
        {
            "id": e.id,
            "at": e.at.isoformat(),
            "user_id": e.user_id,
            "username": e.username,
            "action": e.action,
            "entity": e.entity,
            "entity_id": e.entity_id,
            "details": e.details,
            "prev_hash": e.prev_hash,
            "hash": e.hash,
        }
        for e in events
    ]
    audit.record(
        session,
        actor,
        "export",
        "audit",
        None,
        {**filt.describe(), "rows": len(result), "format": "json"},
    )
    return result


def export_csv(session: Session, actor: Actor, filt: AuditFilter, out: IO[str]) -> int:
    """Write the matching events as CSV; cells that a spreadsheet would run as a formula are
    made plain text. Returns the number of rows written."""
    require(actor, Permission.VIEW_AUDIT)
    rows = _rows(session, filt, None)
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for row in reversed(rows):
        writer.writerow(
            [
                str(row.id),
                row.local_at.isoformat(timespec="seconds"),
                *(
                    neutralise(value)
                    for value in (row.username, row.action, row.entity, row.entity_id, row.details)
                ),
            ]
        )
    audit.record(
        session,
        actor,
        "export",
        "audit",
        None,
        {**filt.describe(), "rows": len(rows), "format": "csv"},
    )
    return len(rows)


def choices(session: Session, actor: Actor) -> FilterChoices:
    require(actor, Permission.VIEW_AUDIT)

    def distinct(column: Any) -> list[str]:
        return [str(v) for v in session.scalars(select(column).distinct().order_by(column))]

    return FilterChoices(
        distinct(AuditEvent.username), distinct(AuditEvent.action), distinct(AuditEvent.entity)
    )


def verify_chain(session: Session, actor: Actor) -> ChainVerdict:
    """Recompute the whole chain; the check is recorded after it (so it checks what was
    there before)."""
    require(actor, Permission.VIEW_AUDIT)
    if server_of(session) is not None:
        from peercenter.db.server.audit import server_verdict

        verdict = server_verdict(session)
    else:
        verdict = verify(audit.chain_rows(session), retention.bridges(session))
        if verdict.ok and session.get_bind().dialect.name == "sqlite":
            verdict = _against_backups(session, verdict)
    details = {
        "rows": verdict.rows_checked,
        "ok": verdict.ok,
        **({"first_bad": verdict.first_bad_id} if not verdict.ok else {}),
    }
    try:
        with session.begin_nested():
            audit.record(session, actor, "verify", "audit", None, details)
            audit.write_now(session)  # refused here, inside the savepoint, if at all
    except IntegrityError:
        # A trail forged past the server's rules may not even take a new event; the verdict
        # still has to be told.
        if verdict.ok:
            raise
    return verdict


def _against_backups(session: Session, verdict: ChainVerdict) -> ChainVerdict:
    """On SQLite, whoever can read the file can rewrite the chain too; the heads recorded in
    this database's backups catch history rewritten before the last backup."""
    from peercenter.services.backup.anchors import check_trail  # reads backup files

    check = check_trail(session)
    return replace(
        verdict,
        first_bad_id=check.event_id,
        problem=check.problem,
        backups_compared=check.compared,
        against_backups=bool(check.problem),
    )


def count(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(AuditEvent)) or 0)
