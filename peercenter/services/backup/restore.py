"""Restoring a backup: check it first (readable, decryptable, intact, a schema this version
knows), keep a safety copy of the current database, put the backup in place, and upgrade its
schema if it is older."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from peercenter.db import migrate, pg_backup, sqlite_backup
from peercenter.db.engine import Database, sqlite_path
from peercenter.domain.errors import PeerCenterError, PermissionDenied
from peercenter.domain.permissions import Permission
from peercenter.services import audit
from peercenter.services.backup import files
from peercenter.services.backup.fileformat import BackupFileError, BackupHeader, read_payload
from peercenter.services.backup.service import create_backup
from peercenter.services.clock import now as clock_now
from peercenter.services.context import Actor, require


@dataclass(frozen=True)
class VerifiedBackup:
    path: Path
    header: BackupHeader
    image: bytes


@dataclass(frozen=True)
class RestoreResult:
    restored: Path
    safety_copy: Path | None  # the database as it was just before
    upgraded_from: str | None  # the backup's schema revision when it had to be upgraded


def _known_revision(revision: str) -> bool:
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    try:
        return (
            ScriptDirectory.from_config(migrate.alembic_config()).get_revision(revision) is not None
        )
    except CommandError:
        return False


def verify_backup(database: Database, path: Path, passphrase: str | None = None) -> VerifiedBackup:
    """Everything that can be checked before touching the database; raises BackupFileError
    with a plain explanation."""
    header, image = read_payload(path, passphrase)
    engine = database.engine.dialect.name
    if header.engine != engine:
        raise BackupFileError(
            f"{path.name} is a backup of a {header.engine} database; this one is {engine}."
        )
    if not _known_revision(header.schema_revision):
        raise BackupFileError(
            f"{path.name} was made by a newer PeerCenter (schema "
            f"{header.schema_revision}); update PeerCenter to restore it."
        )
    if header.engine == "sqlite":
        check = sqlite_backup.check_image(image)
        if not check.ok:
            raise BackupFileError(f"{path.name} holds a damaged database ({check.integrity}).")
        if check.revision != header.schema_revision:
            raise BackupFileError(f"{path.name} does not match its own description.")
    else:
        problem = pg_backup.check_archive(database.engine, image)
        if problem:
            raise BackupFileError(f"{path.name} cannot be read by pg_restore: {problem}")
    return VerifiedBackup(path, header, image)


def current_database_damaged(database: Database) -> bool:
    path = sqlite_path(str(database.engine.url))
    if not database.is_sqlite or path is None or not path.exists():
        return False
    return sqlite_backup.quick_check(path) != "ok"


def restore_backup(
    database: Database,
    actor: Actor | None,
    path: Path,
    passphrase: str | None = None,
    safety_folder: Path | None = None,
) -> RestoreResult:
    """Replace the database with the backup. Without an actor only allowed when the current
    database is damaged (nobody can sign in to it then)."""
    damaged = current_database_damaged(database)
    if actor is not None:
        require(actor, Permission.MANAGE_BACKUPS)
    elif not damaged:
        raise PermissionDenied("Sign in as an administrator to restore a backup.")
    verified = verify_backup(database, path, passphrase)
    safety: Path | None
    if damaged:
        safety = _move_damaged_aside(database)
    else:
        made = create_backup(database, safety_folder, prefix=files.SAFETY_PREFIX)
        if made.backup is None:
            raise PeerCenterError(
                f"Nothing was restored: the safety copy of the current "
                f"database could not be made. {made.message}"
            )
        safety = made.backup.path
    database.dispose()
    if verified.header.engine == "sqlite":
        target = sqlite_path(str(database.engine.url))
        assert target is not None
        sqlite_backup.restore_image(verified.image, target)
    else:
        pg_backup.restore(database.engine, verified.image)
    database.dispose()
    from alembic.util import CommandError  # loaded only when restoring

    try:
        upgrade = migrate.upgrade(database.engine)
    except (SQLAlchemyError, CommandError) as exc:
        raise PeerCenterError(
            f"The backup was restored but its schema could not be upgraded: {exc}"
        ) from exc
    with database.session() as session:
        # The restored database may not know this account: recorded by name only.
        audit.record(
            session,
            None,
            "restore",
            "database",
            None,
            {
                "file": path.name,
                "backup_made": verified.header.created_at.isoformat(),
                "safety_copy": safety.name if safety else None,
                "damaged": damaged,
            },
            username=actor.username if actor else None,
        )
    upgraded = upgrade.before if upgrade.before != upgrade.after else None
    return RestoreResult(path, safety, upgraded)


def _move_damaged_aside(database: Database) -> Path | None:
    """A damaged file cannot be backed up through SQLite; it is renamed (with its journal
    files) so nothing is lost and a fresh file takes its place."""
    path = sqlite_path(str(database.engine.url))
    assert path is not None
    database.dispose()
    stamp = f"{clock_now().astimezone():%Y%m%d-%H%M%S}"
    aside = path.with_name(f"{path.stem}.damaged-{stamp}{path.suffix}")
    for suffix in ("", "-wal", "-shm"):
        source = Path(f"{path}{suffix}")
        if source.exists():
            os.replace(source, Path(f"{aside}{suffix}"))
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
    os.close(fd)
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA journal_mode=WAL")
    return aside
