"""How long the record of views is kept: view events older than the center's retention
(Settings → Privacy) are deleted, never sooner, and the deletion is itself one event of the
audit trail. Changes, prints, exports and sign-ins are never deleted.

Deleting events from a hash chain leaves gaps. The deletion's event names each gap (the event
after it, the hash of the event kept before it, the hash the event after it was chained to),
so verifying the trail still checks every link that is left and accepts only those gaps. On a
server the server does all of it itself (peercenter.db.server.accounting), since no app role
may delete events."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlalchemy import delete, func, select, text
from sqlalchemy.orm import Session

from peercenter.db.models import AuditEvent
from peercenter.db.server.logins import server_of
from peercenter.db.server.names import PRIVATE_SCHEMA
from peercenter.domain import access_log
from peercenter.domain.audit_chain import GENESIS, bridges_of, verify
from peercenter.domain.errors import ValidationError
from peercenter.domain.permissions import Permission
from peercenter.i18n import _
from peercenter.services import audit, settings
from peercenter.services.clock import now
from peercenter.services.context import Actor, require

# The deletion's event names at most this many gaps; older views wait for the next deletion.
MAX_BRIDGES = 500


@dataclass(frozen=True)
class Pruned:
    deleted: int
    event_id: int | None  # the event that records the deletion (None: nothing was due)


def retention_months(session: Session) -> int:
    months = int(settings.get(session, access_log.VIEW_RETENTION_MONTHS))
    return max(access_log.MIN_RETENTION_MONTHS, months)


def cutoff(session: Session, at: datetime | None = None) -> datetime:
    """Views from before this moment may be deleted."""
    return (at or now()) - relativedelta(months=retention_months(session))


def bridges(session: Session) -> dict[tuple[int, str], str]:
    """Every gap the trail's deletions of expired views name."""
    found: dict[tuple[int, str], str] = {}
    for details in session.scalars(
        select(AuditEvent.details)
        .where(AuditEvent.action == access_log.PRUNE, AuditEvent.entity == "audit")
        .order_by(AuditEvent.id)
    ):
        found.update(bridges_of(details or {}))
    return found


def pruned_over(session: Session, event_id: int) -> bool:
    """Whether a deletion of expired views took out the event ``event_id`` (for comparing
    the trail with backups made before it)."""
    gaps = bridges(session)
    if not gaps:
        return False
    after = min((i for i, _ in gaps if i > event_id), default=None)
    if after is None:
        return False
    before = session.scalar(select(func.max(AuditEvent.id)).where(AuditEvent.id < after))
    return before is None or before < event_id


def prune_views(session: Session, actor: Actor) -> Pruned:
    """Delete the views older than the retention, oldest first, in the caller's unit of
    work; the trail must check out first."""
    require(actor, Permission.VIEW_AUDIT)
    if server_of(session) is not None:
        session.flush()
        deleted, event_id = session.execute(
            text(f"SELECT * FROM {PRIVATE_SCHEMA}.audit_prune_views()")
        ).one()
        return Pruned(int(deleted or 0), event_id)
    audit.lock_chain(session)
    limit = cutoff(session)
    newest = session.scalar(select(func.max(AuditEvent.id)))
    expired = (
        (AuditEvent.action == access_log.VIEW) & (AuditEvent.at < limit) & (AuditEvent.id < newest)
    )
    if newest is None or session.scalar(select(AuditEvent.id).where(expired).limit(1)) is None:
        return Pruned(0, None)
    known = bridges(session)
    verdict = verify(audit.chain_rows(session), known)
    if not verdict.ok:
        raise ValidationError(
            _("The audit trail does not check out ({problem}); nothing was deleted.").format(
                problem=verdict.problem
            )
        )
    gaps, stop = _gaps(session, limit, int(newest))
    deleted = session.execute(
        delete(AuditEvent).where(
            AuditEvent.action == access_log.VIEW, AuditEvent.at < limit, AuditEvent.id < stop
        )
    )
    count = int(getattr(deleted, "rowcount", 0) or 0)
    details: dict[str, Any] = {
        "views_deleted": count,
        "older_than": limit.isoformat(),
        "retention_months": retention_months(session),
        "chain_head": verdict.last_hash,
        "bridges": gaps,
    }
    audit.record(session, actor, access_log.PRUNE, "audit", None, details)
    session.flush()
    event_id = session.scalar(select(func.max(AuditEvent.id)))
    return Pruned(count, event_id)


def _gaps(session: Session, limit: datetime, newest: int) -> tuple[list[list[Any]], int]:
    """The gaps deleting expired views before ``stop`` leaves, and ``stop``: the newest event
    (kept), or the event that closes the MAX_BRIDGES-th gap."""
    gaps: list[list[Any]] = []
    last_kept, in_gap, stop = GENESIS, False, newest
    for row in audit.chain_rows(session):
        if row.id >= stop and not in_gap:
            break
        if row.id < stop and row.fields.action == access_log.VIEW and row.fields.at < limit:
            in_gap = True
            continue
        if in_gap:
            gaps.append([row.id, last_kept, row.prev_hash])
            in_gap = False
            if len(gaps) >= MAX_BRIDGES:
                stop = row.id
        last_kept = row.hash
    return gaps, stop


def prune_if_due(session: Session, actor: Actor) -> Pruned:
    """For an administrator opening the audit trail: delete what has expired, if anything."""
    if not actor.can(Permission.VIEW_AUDIT):
        return Pruned(0, None)
    return prune_views(session, actor)
