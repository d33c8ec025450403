"""Making backups: automatically when due (the app asks at start and at exit), on request,
or to a chosen file. Each goes into this database's own folder under the data folder's
backups/ (named after its center id) and, when set, the same folder under a second folder;
old automatic backups of this database are rotated away there."""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from peercenter import __version__
from peercenter.db import migrate, pg_backup, sqlite_backup
from peercenter.db.engine import Database, sqlite_path
from peercenter.db.models import AuditEvent
from peercenter.domain.errors import PeerCenterError
from peercenter.domain.permissions import Permission
from peercenter.i18n import _, ngettext
from peercenter.paths import (
    backups_dir,
    new_private_dir,
    private_dir,
    remove_new_dirs,
    replace_durably,
)
from peercenter.services import audit, settings
from peercenter.services.backup import files
from peercenter.services.backup.crypto import Recipient
from peercenter.services.backup.fileformat import (
    KIND_AUTOMATIC,
    KIND_CHOSEN,
    KIND_SAFETY,
    PART_SUFFIX,
    BackupHeader,
    write,
)
from peercenter.services.backup.identity import CenterIdentity, read_identity
from peercenter.services.backup.keys import stored_recipient
from peercenter.services.clock import now as clock_now
from peercenter.services.context import Actor, require

Reason = Literal["start", "exit", "manual"]


@dataclass(frozen=True)
class BackupResult:
    ok: bool
    message: str
    backup: files.BackupInfo | None
    second_copy: Path | None = None


@dataclass(frozen=True)
class BackupOverview:
    """What the Settings screen shows."""

    last: files.BackupStatus | None
    folder: Path
    second_folder: str
    interval_hours: int
    encrypted: bool
    renew_passphrase: bool  # the passphrase dates from when the database held its key
    backups: list[files.BackupInfo]


@dataclass(frozen=True)
class _Policy:
    interval_hours: int
    second_folder: str
    recipient: Recipient | None
    identity: CenterIdentity


def _image_chunks(database: Database) -> Iterator[bytes]:
    if database.is_sqlite:
        path = sqlite_path(str(database.engine.url))
        if path is None:
            raise PeerCenterError(_("An in-memory database cannot be backed up."))
        image = sqlite_backup.snapshot(path)
        for start in range(0, len(image), 1 << 20):
            yield image[start : start + (1 << 20)]
    else:
        yield from pg_backup.dump(database.engine)


def _audit_head(database: Database) -> tuple[int, dict[str, Any] | None]:
    """The newest audit event: its id tells whether anything changed since a backup, and its
    hash anchors the trail (anything rewritten before it no longer matches)."""
    with database.reader() as session:
        row = session.execute(
            select(AuditEvent.id, AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)
        ).first()
    if row is None:
        return 0, None
    return int(row.id), {"id": int(row.id), "hash": str(row.hash)}


def _read_policy(database: Database) -> _Policy:
    with database.reader() as session:
        values = settings.get_many(session, ["backup.interval_hours", "backup.second_folder"])
        return _Policy(
            int(values["backup.interval_hours"]),
            str(values["backup.second_folder"]),
            stored_recipient(session),
            read_identity(session, database.engine.url),
        )


def write_backup(
    database: Database,
    target: Path,
    recipient: Recipient | None,
    at: datetime | None = None,
    kind: str = KIND_CHOSEN,
) -> files.BackupInfo:
    """One backup file of the whole database (SQLite online backup API or pg_dump), marked
    with this center's identity and authenticated with its key."""
    revision = migrate.current_revision(database.engine) or ""
    if not revision:
        raise PeerCenterError(_("This database is empty: there is nothing to back up yet."))
    with database.reader() as session:
        center = read_identity(session, database.engine.url)
    _marker, head = _audit_head(database)
    header = BackupHeader(
        schema_revision=revision,
        engine=database.engine.dialect.name,
        created_at=at or clock_now(),
        app_version=__version__,
        center_id=center.center_id,
        center_name=center.name,
        source=center.source,
        kind=kind,
        audit_head=head,
    )
    write(target, header, _image_chunks(database), center.key, recipient)
    return files.info(target, center.key)


def create_backup(
    database: Database, root: Path | None = None, *, kind: str = KIND_AUTOMATIC
) -> BackupResult:
    """Back up into this database's folder under ``root`` (default: the data folder's
    backups/) and under the second folder, rotate, and remember the outcome. Never raises for
    problems a user can fix: the result says what went wrong."""
    root = root or backups_dir()
    at = clock_now()
    prefix = files.SAFETY_PREFIX if kind == KIND_SAFETY else files.AUTO_PREFIX
    folder: Path | None = None
    try:
        policy = _read_policy(database)
        folder = private_dir(files.center_folder(root, policy.identity))
        files.remove_leftovers(folder)
        marker, _head = _audit_head(database)
        backup = write_backup(
            database, files.new_name(folder, prefix, at), policy.recipient, at, kind
        )
    except (PeerCenterError, OSError, sqlite3.DatabaseError, SQLAlchemyError) as exc:
        # A full disk or a damaged database: say so, keep the app running.
        detail = exc.message if isinstance(exc, PeerCenterError) else str(exc).splitlines()[0]
        message = _("The backup failed: {detail}").format(detail=detail)
        if folder is not None:
            files.write_status(folder, files.BackupStatus(at, False, message, "", 0, -1))
        return BackupResult(False, message, None)
    files.rotate(folder, policy.identity)
    message = _("Saved {path} ({size}).").format(path=backup.path.name, size=size_text(backup.size))
    copy = None
    ok = True
    if policy.second_folder.strip():
        try:
            copy = _second_copy(backup.path, Path(policy.second_folder), policy.identity)
            message += " " + _("Second copy in {folder}.").format(folder=copy.parent)
        except OSError as exc:
            ok = False
            copy = None
            message += " " + _(
                "The second folder {folder} could not be written ({reason}); is the USB "
                "stick or network drive connected?"
            ).format(folder=policy.second_folder, reason=exc.strerror or exc)
    files.write_status(
        folder, files.BackupStatus(at, ok, message, str(backup.path), backup.size, marker)
    )
    return BackupResult(ok, message, backup, copy)


def _second_copy(backup: Path, second: Path, identity: CenterIdentity) -> Path:
    """The same file in this center's folder under the second folder (the second folder
    itself is left as it is: it may be shared)."""
    new_private_dir(second)
    target = private_dir(files.center_folder(second, identity))
    files.remove_leftovers(target)
    copy = target / backup.name
    part = copy.with_name(copy.name + PART_SUFFIX)
    try:
        shutil.copyfile(backup, part)
        if os.name == "posix":
            part.chmod(0o600)
        replace_durably(part, copy)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    files.rotate(target, identity)
    return copy


def backup_if_due(
    database: Database,
    reason: Reason = "start",
    root: Path | None = None,
    at: datetime | None = None,
) -> BackupResult | None:
    """What the app calls after the window shows and at exit. Backs up when there is no
    backup yet, the last one failed, the interval has passed, or (at exit) anything changed
    since the last one. Returns None when nothing was due."""
    root = root or backups_dir()
    moment = at or clock_now()
    try:
        policy = _read_policy(database)
        last = files.read_status(files.center_folder(root, policy.identity))
        changed = last is None or _audit_head(database)[0] != last.marker
    except (PeerCenterError, SQLAlchemyError, sqlite3.DatabaseError):
        return create_backup(database, root)  # cannot even read: try, and report the failure
    due = (
        last is None
        or not last.ok
        or moment - last.at >= timedelta(hours=policy.interval_hours)
        or (reason == "exit" and changed)
    )
    if reason != "manual" and not due:
        return None
    return create_backup(database, root)


def back_up_now(database: Database, actor: Actor, root: Path | None = None) -> BackupResult:
    """The Settings screen's "Back up now"."""
    require(actor, Permission.MANAGE_BACKUPS)
    result = create_backup(database, root)
    with database.session() as session:
        audit.record(
            session,
            actor,
            "backup",
            "database",
            None,
            {"ok": result.ok, "file": result.backup.path.name if result.backup else None},
        )
    return result


def backup_to_file(
    database: Database, actor: Actor, target: Path, recipient: Recipient | None
) -> files.BackupInfo:
    """A backup to a file the user chose (`peercenter backup -o FILE`). A missing folder is
    made owner-only; an existing one is left as it is."""
    require(actor, Permission.MANAGE_BACKUPS)
    created = new_private_dir(target.parent)
    try:
        backup = write_backup(database, target, recipient)
    except BaseException:
        remove_new_dirs(created)
        raise
    with database.session() as session:
        audit.record(
            session,
            actor,
            "backup",
            "database",
            None,
            {"file": target.name, "encrypted": recipient is not None},
        )
    return backup


def overview(database: Database, actor: Actor, root: Path | None = None) -> BackupOverview:
    """This database's backups only: those its key authenticates as of its center."""
    require(actor, Permission.MANAGE_BACKUPS)
    policy = _read_policy(database)
    folder = files.center_folder(root or backups_dir(), policy.identity)
    second = policy.second_folder
    folders = [folder] + ([files.center_folder(Path(second), policy.identity)] if second else [])
    return BackupOverview(
        files.read_status(folder),
        folder,
        second,
        policy.interval_hours,
        policy.recipient is not None,
        policy.recipient is not None and policy.recipient.renew,
        files.list_backups(folders, policy.identity),
    )


def size_text(size: int) -> str:
    """'840 bytes', '12 KB', '3.4 MB'."""
    if size < 1024:
        return ngettext("{count} byte", "{count} bytes", size).format(count=size)
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / 1024 / 1024:.1f} MB"
