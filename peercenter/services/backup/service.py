"""Making backups: automatically when due (the app asks at start and at exit), on request,
or to a chosen file. Each goes into the data folder's backups/ and, when set, a second folder,
and old automatic backups are rotated away."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Literal

from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError

from peercenter import __version__
from peercenter.db import migrate, pg_backup, sqlite_backup
from peercenter.db.engine import Database, sqlite_path
from peercenter.db.models import AuditEvent
from peercenter.domain.errors import PeerCenterError
from peercenter.domain.permissions import Permission
from peercenter.paths import backups_dir, private_dir
from peercenter.services import audit, settings
from peercenter.services.backup import files
from peercenter.services.backup.fileformat import BackupHeader, BackupKey, write
from peercenter.services.backup.keys import stored_key
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
    backups: list[files.BackupInfo]


def _image_chunks(database: Database) -> Iterator[bytes]:
    if database.is_sqlite:
        path = sqlite_path(str(database.engine.url))
        if path is None:
            raise PeerCenterError("An in-memory database cannot be backed up.")
        image = sqlite_backup.snapshot(path)
        for start in range(0, len(image), 1 << 20):
            yield image[start : start + (1 << 20)]
    else:
        yield from pg_backup.dump(database.engine)


def write_backup(
    database: Database, target: Path, key: BackupKey | None, at: datetime | None = None
) -> files.BackupInfo:
    """One backup file of the whole database (SQLite online backup API or pg_dump)."""
    header = BackupHeader(
        schema_revision=migrate.current_revision(database.engine) or "",
        engine=database.engine.dialect.name,
        created_at=at or clock_now(),
        app_version=__version__,
    )
    if not header.schema_revision:
        raise PeerCenterError("This database is empty: there is nothing to back up yet.")
    private_dir(target.parent)
    write(target, header, _image_chunks(database), key)
    return files.info(target)


def _marker(database: Database) -> int:
    with database.reader() as session:
        return int(session.scalar(select(func.max(AuditEvent.id))) or 0)


def _read_policy(database: Database) -> tuple[int, str, BackupKey | None]:
    with database.reader() as session:
        values = settings.get_many(session, ["backup.interval_hours", "backup.second_folder"])
        return (
            int(values["backup.interval_hours"]),
            str(values["backup.second_folder"]),
            stored_key(session),
        )


def create_backup(
    database: Database, folder: Path | None = None, *, prefix: str = files.AUTO_PREFIX
) -> BackupResult:
    """Back up into ``folder`` (default: the data folder's backups/) and the second folder,
    rotate, and remember the outcome. Never raises for problems a user can fix: the result
    says what went wrong."""
    folder = folder or backups_dir()
    at = clock_now()
    try:
        _interval, second, key = _read_policy(database)
        marker = _marker(database)
        backup = write_backup(database, files.new_name(folder, prefix, at), key, at)
    except (PeerCenterError, OSError, sqlite3.DatabaseError, SQLAlchemyError) as exc:
        # A full disk or a damaged database: say so, keep the app running.
        detail = exc.message if isinstance(exc, PeerCenterError) else str(exc).splitlines()[0]
        message = f"The backup failed: {detail}"
        files.write_status(folder, files.BackupStatus(at, False, message, "", 0, -1))
        return BackupResult(False, message, None)
    files.rotate(folder)
    message = f"Saved {backup.path.name} ({size_text(backup.size)})."
    copy = None
    ok = True
    if second.strip():
        try:
            target = private_dir(Path(second))
            copy = target / backup.path.name
            shutil.copyfile(backup.path, copy)
            copy.chmod(0o600)
            files.rotate(target)
            message += f" Second copy in {target}."
        except OSError as exc:
            ok = False
            copy = None
            message += (
                f" The second folder {second} could not be written "
                f"({exc.strerror or exc}); is the USB stick or network drive "
                "connected?"
            )
    files.write_status(
        folder, files.BackupStatus(at, ok, message, str(backup.path), backup.size, marker)
    )
    return BackupResult(ok, message, backup, copy)


def backup_if_due(
    database: Database,
    reason: Reason = "start",
    folder: Path | None = None,
    at: datetime | None = None,
) -> BackupResult | None:
    """What the app calls after the window shows and at exit. Backs up when there is no
    backup yet, the last one failed, the interval has passed, or (at exit) anything changed
    since the last one. Returns None when nothing was due."""
    folder = folder or backups_dir()
    moment = at or clock_now()
    last = files.read_status(folder)
    try:
        interval, _second, _key = _read_policy(database)
        changed = last is None or _marker(database) != last.marker
    except (SQLAlchemyError, sqlite3.DatabaseError):
        interval, changed = 0, True  # cannot even read: try, and report the failure
    due = (
        last is None
        or not last.ok
        or moment - last.at >= timedelta(hours=interval)
        or (reason == "exit" and changed)
    )
    if reason != "manual" and not due:
        return None
    return create_backup(database, folder)


def back_up_now(database: Database, actor: Actor, folder: Path | None = None) -> BackupResult:
    """The Settings screen's "Back up now"."""
    require(actor, Permission.MANAGE_BACKUPS)
    result = create_backup(database, folder)
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
    database: Database, actor: Actor, target: Path, key: BackupKey | None
) -> files.BackupInfo:
    """A backup to a file the user chose (`peercenter backup -o FILE`)."""
    require(actor, Permission.MANAGE_BACKUPS)
    backup = write_backup(database, target, key)
    with database.session() as session:
        audit.record(
            session,
            actor,
            "backup",
            "database",
            None,
            {"file": target.name, "encrypted": key is not None},
        )
    return backup


def overview(database: Database, actor: Actor, folder: Path | None = None) -> BackupOverview:
    require(actor, Permission.MANAGE_BACKUPS)
    folder = folder or backups_dir()
    interval, second, key = _read_policy(database)
    folders = [folder] + ([Path(second)] if second else [])
    return BackupOverview(
        files.read_status(folder),
        folder,
        second,
        interval,
        key is not None,
        files.list_backups(folders),
    )


def size_text(size: int) -> str:
    """'840 bytes', '12 KB', '3.4 MB'."""
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / 1024 / 1024:.1f} MB"
