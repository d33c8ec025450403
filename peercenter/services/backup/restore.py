"""Restoring a backup: check it first (readable, decryptable, intact, exactly the schema
PeerCenter builds at its revision, and whose center it is), keep a safety copy of the current
database, put the backup in place, and upgrade its schema if it is older.

Who may restore: an administrator signed in to the database; or anyone when the database has
nothing to lose (damaged, or no center set up in it yet: a new computer)."""

from __future__ import annotations

import enum
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, inspect, select
from sqlalchemy.exc import SQLAlchemyError

from peercenter.db import migrate, pg_backup, schema_check, sqlite_backup
from peercenter.db.engine import Database, sqlite_path
from peercenter.db.models import User
from peercenter.db.pg_archive import Archive, ArchiveError
from peercenter.domain.errors import PeerCenterError, PermissionDenied
from peercenter.domain.permissions import Permission
from peercenter.i18n import _
from peercenter.paths import new_private_dir, remove_new_dirs
from peercenter.services import audit
from peercenter.services.backup import identity
from peercenter.services.backup.fileformat import (
    KIND_SAFETY,
    BackupFileError,
    BackupHeader,
    read_payload,
)
from peercenter.services.backup.recovery import file_problem
from peercenter.services.backup.service import create_backup
from peercenter.services.clock import now as clock_now
from peercenter.services.context import Actor, require


class OtherCenterBackup(PeerCenterError):
    """The backup is not one of this center's own: restoring it needs a confirmation."""

    def __init__(self, message: str, this_center: str) -> None:
        super().__init__(message)
        self.this_center = this_center  # what would be replaced, in words


class State(enum.Enum):
    IN_USE = "in use"
    DAMAGED = "damaged"
    EMPTY = "empty"  # no center set up yet: nothing to lose


@dataclass(frozen=True)
class VerifiedBackup:
    path: Path
    header: BackupHeader
    image: bytes
    archive: Archive | None  # PostgreSQL: what the archive holds, read without running it
    authentic: bool  # made by this database's center and unchanged since


@dataclass(frozen=True)
class RestoreResult:
    restored: Path
    header: BackupHeader
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


def verify_backup(
    database: Database, path: Path, passphrase: str | None = None, key: bytes | None = None
) -> VerifiedBackup:
    """Everything that can be checked before touching the database; raises BackupFileError
    with a plain explanation."""
    engine = database.engine.dialect.name
    payload = read_payload(path, passphrase, key)
    header, image = payload.header, payload.image
    if header.engine != engine:
        raise BackupFileError(
            _("{path} is a backup of a {engine} database; this one is {this_engine}.").format(
                path=path.name, engine=header.engine, this_engine=engine
            )
        )
    if not _known_revision(header.schema_revision):
        raise BackupFileError(
            _(
                "{path} was made by a newer PeerCenter (schema {schema_revision}); update "
                "PeerCenter to restore it."
            ).format(path=path.name, schema_revision=header.schema_revision)
        )
    archive = None
    if header.engine == "sqlite":
        _check_sqlite_image(path, header, image)
    else:
        try:
            archive = pg_backup.read_archive(database.engine, image)
        except ArchiveError as exc:
            raise _refused(path, exc.message) from None
        if archive.revision != header.schema_revision:
            raise BackupFileError(
                _("{path} does not match its own description.").format(path=path.name)
            )
    return VerifiedBackup(path, header, image, archive, payload.authentic)


def _check_sqlite_image(path: Path, header: BackupHeader, image: bytes) -> None:
    check = sqlite_backup.check_image(image)
    if not check.ok:
        raise BackupFileError(
            _("{path} holds a damaged database ({integrity}).").format(
                path=path.name, integrity=check.integrity
            )
        )
    if check.revision != header.schema_revision or (
        check.center_id is not None and check.center_id != header.center_id
    ):
        raise BackupFileError(
            _("{path} does not match its own description.").format(path=path.name)
        )
    problems = schema_check.check_sqlite_image(image, header.schema_revision)
    if problems:
        raise _refused(path, schema_check.describe(problems))


def _refused(path: Path, reason: str) -> BackupFileError:
    return BackupFileError(
        _(
            "{path} was not restored: {reason}. A backup made by PeerCenter never looks "
            "like this; the database was not changed."
        ).format(path=path.name, reason=reason)
    )


def database_state(database: Database) -> State:
    path = sqlite_path(str(database.engine.url))
    if database.is_sqlite and path is not None and path.exists() and file_problem(path):
        return State.DAMAGED
    try:
        with database.reader() as session:
            if not inspect(session.connection()).has_table("users"):
                return State.EMPTY
            users = session.scalar(select(func.count()).select_from(User))
    except SQLAlchemyError:
        return State.DAMAGED if database.is_sqlite else State.IN_USE
    return State.IN_USE if users else State.EMPTY


def restore_backup(
    database: Database,
    actor: Actor | None,
    path: Path,
    passphrase: str | None = None,
    safety_folder: Path | None = None,
    other_center_ok: bool = False,
) -> RestoreResult:
    """Replace the database with the backup. Without an actor only allowed when the current
    database has nothing to lose (damaged, or no center set up yet). A backup that is not
    this center's own raises OtherCenterBackup unless ``other_center_ok``."""
    state = database_state(database)
    if actor is not None:
        require(actor, Permission.MANAGE_BACKUPS)
    elif state is State.IN_USE:
        raise PermissionDenied(_("Sign in as an administrator to restore a backup."))
    current = identity.identity_of(database) if state is State.IN_USE else None
    verified = verify_backup(database, path, passphrase, current.key if current else None)
    if not other_center_ok:
        _check_center(database, state, current, verified)
    safety: Path | None = None
    if state is State.DAMAGED:
        safety = _move_damaged_aside(database)
    elif state is State.IN_USE:
        made = create_backup(database, safety_folder, kind=KIND_SAFETY)
        if made.backup is None:
            raise PeerCenterError(
                _(
                    "Nothing was restored: the safety copy of the current database could not be "
                    "made. {message}"
                ).format(message=made.message)
            )
        safety = made.backup.path
    database.dispose()
    header = verified.header
    if verified.archive is None:
        target = sqlite_path(str(database.engine.url))
        assert target is not None
        sqlite_backup.restore_image(verified.image, target)
    else:
        try:
            pg_backup.restore(database.engine, verified.archive, header.schema_revision)
        except ArchiveError as exc:
            raise _refused(path, exc.message) from None
    database.dispose()
    upgraded = _upgrade_restored(database)
    _record(database, actor, verified, safety, state)
    return RestoreResult(path, header, safety, upgraded)


def _check_center(
    database: Database,
    state: State,
    current: identity.CenterIdentity | None,
    verified: VerifiedBackup,
) -> None:
    header = verified.header
    if state is State.EMPTY:
        return
    if state is State.DAMAGED:
        file = sqlite_path(str(database.engine.url))
        found = identity.identity_of_file(file) if file is not None else None
        if found is None or header.center_id == found[0]:
            return  # this center's, as far as the damaged file still tells
        raise OtherCenterBackup(
            _("This backup is of {center_name}, not of the center in the damaged database.").format(
                center_name=_name(header.center_name)
            ),
            _("the damaged database"),
        )
    assert current is not None
    if verified.authentic and header.center_id == current.center_id:
        return
    here = _name(current.name)
    if not header.center_id:
        raise OtherCenterBackup(
            _(
                "This backup was made by an older PeerCenter and does not say which center it "
                "is of; it may not be of {here}."
            ).format(here=here),
            here,
        )
    if header.center_id == current.center_id:
        raise OtherCenterBackup(
            _(
                "This backup says it is of {here}, but it was changed since, or made by a "
                "database that is not this one."
            ).format(here=here),
            here,
        )
    raise OtherCenterBackup(
        _("This backup is of {center_name}, not of {here}.").format(
            center_name=_name(header.center_name), here=here
        ),
        here,
    )


def _name(center_name: str) -> str:
    return center_name.strip() or _("an unnamed center")


def _upgrade_restored(database: Database) -> str | None:
    from alembic.util import CommandError  # loaded only when restoring

    try:
        upgrade = migrate.upgrade(database.engine)
    except (SQLAlchemyError, CommandError) as exc:
        raise PeerCenterError(
            _("The backup was restored but its schema could not be upgraded: {problem}").format(
                problem=exc
            )
        ) from exc
    return upgrade.before if upgrade.before != upgrade.after else None


def _record(
    database: Database,
    actor: Actor | None,
    verified: VerifiedBackup,
    safety: Path | None,
    state: State,
) -> None:
    header = verified.header
    with database.session() as session:
        # The restored database may not know this account: recorded by name only.
        audit.record(
            session,
            None,
            "restore",
            "database",
            None,
            {
                "file": verified.path.name,
                "backup_made": header.created_at.isoformat(),
                "backup_id": header.backup_id,
                "backup_center": header.center_id,
                "safety_copy": safety.name if safety else None,
                "damaged": state is State.DAMAGED,
                "onto_empty": state is State.EMPTY,
            },
            username=actor.username if actor else None,
        )


def _move_damaged_aside(database: Database) -> Path | None:
    """A damaged file cannot be backed up through SQLite; it is renamed (with its journal
    files) so nothing is lost, and the backup is written into a fresh file in its place."""
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
    return aside


def restore_to_new_file(url: str, path: Path, passphrase: str | None = None) -> RestoreResult:
    """Restore onto a computer that has no database yet (`peercenter restore FILE`): the file
    is written under a temporary name and put in place only when everything worked; on any
    failure nothing is left behind, not even the folders made for it."""
    target = sqlite_path(url)
    assert target is not None
    target = target.expanduser()
    if target.exists():
        raise PeerCenterError(_("{target} already exists.").format(target=target))
    payload = read_payload(path, passphrase)
    header = payload.header
    if header.engine != "sqlite":
        raise BackupFileError(
            _("{path} is a backup of a {engine} database; this one is sqlite.").format(
                path=path.name, engine=header.engine
            )
        )
    if not _known_revision(header.schema_revision):
        raise BackupFileError(
            _(
                "{path} was made by a newer PeerCenter (schema {schema_revision}); update "
                "PeerCenter to restore it."
            ).format(path=path.name, schema_revision=header.schema_revision)
        )
    _check_sqlite_image(path, header, payload.image)
    made = new_private_dir(target.parent)
    temporary = target.with_name(f".{target.name}.restoring-{os.getpid()}")
    try:
        sqlite_backup.write_new(payload.image, temporary)
        database = Database.from_url(f"sqlite:///{temporary}")
        try:
            upgrade = migrate.upgrade(database.engine, copy_aside=False)
            verified = VerifiedBackup(path, header, payload.image, None, False)
            _record(database, None, verified, None, State.EMPTY)
        finally:
            database.dispose()
        _put_in_place(temporary, target)
    except BaseException:
        _remove(temporary)
        remove_new_dirs(made)
        raise
    _remove(temporary)
    upgraded = upgrade.before if upgrade.before != upgrade.after else None
    return RestoreResult(path, header, None, upgraded)


def _put_in_place(temporary: Path, target: Path) -> None:
    try:
        os.link(temporary, target)  # never over a file that appeared meanwhile
    except FileExistsError:
        raise PeerCenterError(
            _("{target} appeared meanwhile; nothing was changed.").format(target=target)
        ) from None
    except OSError:  # a file system without links (a FAT stick)
        if target.exists():
            raise PeerCenterError(
                _("{target} appeared meanwhile; nothing was changed.").format(target=target)
            ) from None
        os.replace(temporary, target)


def _remove(database_file: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{database_file}{suffix}").unlink(missing_ok=True)
