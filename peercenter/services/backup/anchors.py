"""The audit trail checked against this database's backups. On SQLite whoever can read the
file can also rewrite it, hash chain and all; but every backup records the trail's newest
event (id and hash) in its authenticated header. If any of those events is no longer in the
trail as recorded, history before that backup was rewritten or cut off.

A restore legitimately puts an older trail back: backups made between the restored backup and
the restore belong to the history it replaced, and are not compared."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from peercenter.db.models import AuditEvent
from peercenter.domain import timefmt
from peercenter.i18n import _
from peercenter.paths import backups_dir
from peercenter.services import retention, settings
from peercenter.services.backup import files
from peercenter.services.backup.identity import read_identity


@dataclass(frozen=True)
class AnchorCheck:
    compared: int  # backups whose recorded event was found as recorded
    problem: str  # empty when the trail agrees with every backup
    event_id: int | None = None


def _replaced_periods(session: Session) -> list[tuple[datetime, datetime]]:
    """(made, restored): each restore put back a backup made at ``made``."""
    periods = []
    rows = session.execute(
        select(AuditEvent.at, AuditEvent.details).where(
            AuditEvent.action == "restore", AuditEvent.entity == "database"
        )
    ).all()
    for at, details in rows:
        try:
            made = datetime.fromisoformat(str(details["backup_made"]))
        except (KeyError, TypeError, ValueError):
            continue
        periods.append((made, at))
    return periods


def check_trail(session: Session, roots: list[Path] | None = None) -> AnchorCheck:
    """Compare the trail with the events recorded by this database's own backups (in the
    data folder's backups/ and the second folder)."""
    bind = session.get_bind()
    center = read_identity(session, bind.engine.url)
    second = str(settings.get(session, "backup.second_folder") or "").strip()
    folders = [files.center_folder(root, center) for root in roots or [backups_dir()]]
    if second:
        folders.append(files.center_folder(Path(second), center))
    replaced = _replaced_periods(session)
    backups = [
        b
        for b in files.list_backups(folders, center)
        if b.source == center.source
        and b.audit_head is not None
        and not any(made < b.created_at < restored for made, restored in replaced)
    ]
    compared = 0
    for backup in sorted(backups, key=lambda b: b.created_at):
        head = backup.audit_head or {}
        try:
            event_id, recorded = int(head["id"]), str(head["hash"])
        except (KeyError, TypeError, ValueError):
            continue
        found = session.scalar(select(AuditEvent.hash).where(AuditEvent.id == event_id))
        made = backup.created_at.astimezone()
        when = _("{day} at {time}").format(day=timefmt.date_text(made), time=timefmt.clock(made))
        if found is None and retention.pruned_over(session, event_id):
            continue  # a view deleted after the retention: nothing left to compare
        if found is None:
            return AnchorCheck(
                compared,
                _(
                    "event #{event_id}, recorded by the backup made {when}, is no longer in the "
                    "trail: events were deleted"
                ).format(event_id=event_id, when=when),
                event_id,
            )
        if found != recorded:
            return AnchorCheck(
                compared,
                _(
                    "event #{event_id} is not the one the backup made {when} recorded: the trail "
                    "was rewritten before that backup"
                ).format(event_id=event_id, when=when),
                event_id,
            )
        compared += 1
    return AnchorCheck(compared, "")
