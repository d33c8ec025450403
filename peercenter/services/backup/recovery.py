"""The check at start: is the database file intact? If not, which backup to offer."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from peercenter.db import sqlite_backup
from peercenter.db.engine import Database, sqlite_path
from peercenter.paths import backups_dir
from peercenter.services.backup import files
from peercenter.services.backup.fileformat import BackupFileError, read_payload


@dataclass(frozen=True)
class StartupHealth:
    ok: bool
    problem: str  # for the person at the desk; empty when ok
    offer: files.BackupInfo | None  # the newest backup that checks out
    needs_passphrase: bool = False  # the offered backup is encrypted

    @property
    def message(self) -> str:
        if self.ok:
            return ""
        if self.offer is None:
            return (f"The database is damaged ({self.problem}) and no good backup was found. "
                    "Ask whoever looks after this computer for help before using PeerCenter.")
        when = self.offer.created_at.astimezone()
        return (f"The database is damaged ({self.problem}). PeerCenter can put back the "
                f"backup from {when:%A %d %B %Y at %H:%M}; anything entered after that has to "
                "be entered again. The damaged file is kept aside.")


def startup_check(database: Database, folders: list[Path] | None = None) -> StartupHealth:
    """SQLite: PRAGMA quick_check (fast enough for every start). PostgreSQL keeps its own
    files safe; there the check is only that the server answers."""
    if not database.is_sqlite:
        try:
            with database.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        except SQLAlchemyError as exc:
            return StartupHealth(False, str(exc).splitlines()[0], None)
        return StartupHealth(True, "", None)
    path = sqlite_path(str(database.engine.url))
    if path is None or not path.exists():
        return StartupHealth(True, "", None)
    verdict = sqlite_backup.quick_check(path)
    if verdict == "ok":
        return StartupHealth(True, "", None)
    offer, encrypted = newest_good_backup(folders or [backups_dir()])
    return StartupHealth(False, verdict, offer, encrypted)


def newest_good_backup(folders: list[Path]) -> tuple[files.BackupInfo | None, bool]:
    """The newest SQLite backup that decrypts and passes integrity_check. An encrypted one
    can only be fully checked with its passphrase: it is offered, and checked at restore."""
    for backup in files.list_backups(folders):
        if backup.engine != "sqlite":
            continue
        if backup.encrypted:
            return backup, True
        try:
            _header, image = read_payload(backup.path)
        except BackupFileError:
            continue
        if sqlite_backup.check_image(image).ok:
            return backup, False
    return None, False
