"""The check at start: is the database file intact? If not, which backup to offer.

Checking a large file takes a noticeable moment, so it is also done when the program closes:
a file that passed then and has not changed since is not checked again at the next start.
A file changed in between (another copy of the program, a command, a crash that left its
write-ahead log behind) is checked before it is opened."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from peercenter.db import sqlite_backup
from peercenter.db.engine import Database, sqlite_path
from peercenter.domain import timefmt
from peercenter.i18n import _
from peercenter.paths import backups_dir, open_private

if TYPE_CHECKING:  # reading backup files (and its cryptography) is needed only when damaged
    from peercenter.services.backup import files


@dataclass(frozen=True)
class StartupHealth:
    ok: bool
    problem: str  # for the person at the desk; empty when ok
    offer: files.BackupInfo | None  # this center's newest backup that checks out
    needs_passphrase: bool = False  # the offered backup is encrypted

    @property
    def message(self) -> str:
        if self.ok:
            return ""
        if self.offer is None:
            return _(
                "The database is damaged ({problem}) and no good backup of this center was "
                "found on this computer. If you have a backup file (on a USB stick or a "
                "network drive), choose it; otherwise ask whoever looks after this computer "
                "for help before using PeerCenter."
            ).format(problem=self.problem)
        when = self.offer.created_at.astimezone()
        return _(
            "The database is damaged ({problem}). PeerCenter can put back the "
            "backup from {day} at {time}; anything entered after that has to "
            "be entered again. The damaged file is kept aside."
        ).format(problem=self.problem, day=timefmt.day(when), time=timefmt.clock(when))


def file_problem(path: Path) -> str | None:
    """What is wrong with an existing SQLite file, or None. An empty file is damaged, never
    a new database: treating it as new would let anyone set up a fresh administrator."""
    try:
        if path.stat().st_size == 0:
            return _("the file is empty")
    except OSError as exc:
        return exc.strerror or str(exc)
    verdict = sqlite_backup.quick_check(path)
    return None if verdict == "ok" else verdict


def startup_check(database: Database, folders: list[Path] | None = None) -> StartupHealth:
    """SQLite: PRAGMA quick_check (fast enough for every start). PostgreSQL keeps its own
    files safe; there the check is only that the server answers. ``folders``: where backups
    are kept (default: the data folder's backups/), each center in a folder of its own."""
    if not database.is_sqlite:
        try:
            with database.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        except SQLAlchemyError as exc:
            return StartupHealth(False, str(exc).splitlines()[0], None)
        return StartupHealth(True, "", None)
    path = sqlite_path(str(database.engine.url))
    if path is None or not path.exists() or checked_and_unchanged(path):
        return StartupHealth(True, "", None)
    problem = file_problem(path)
    if problem is None:
        return StartupHealth(True, "", None)
    offer, encrypted = newest_good_backup(path, folders or [backups_dir()])
    return StartupHealth(False, problem, offer, encrypted)


def _folders(roots: list[Path]) -> list[Path]:
    found = []
    for root in roots:
        if root.is_dir():
            found.append(root)
            found += sorted(p for p in root.iterdir() if p.is_dir())
    return found


def newest_good_backup(
    database_file: Path, roots: list[Path]
) -> tuple[files.BackupInfo | None, bool]:
    """This center's newest SQLite backup that decrypts and passes integrity_check, made of
    this very file first. Which center a damaged file is comes from what is still readable
    of it, else from the location its backups record. An encrypted backup can only be fully
    checked with its passphrase: it is offered, and checked at restore."""
    from peercenter.services.backup import files
    from peercenter.services.backup.fileformat import BackupFileError, read_payload
    from peercenter.services.backup.identity import fingerprint, identity_of_file

    source = fingerprint(f"sqlite:///{database_file}")
    known = identity_of_file(database_file)
    key = known[1] if known else None

    def ours(backup: files.BackupInfo) -> bool:
        if known is None:
            return backup.source == source
        return backup.center_id == known[0] and backup.authentic

    candidates = [b for b in files.scan(_folders(roots), key) if b.engine == "sqlite" and ours(b)]
    candidates.sort(key=lambda b: (b.source == source, b.created_at), reverse=True)
    for backup in candidates:
        if backup.encrypted:
            return backup, True
        try:
            image = read_payload(backup.path).image
        except BackupFileError:
            continue
        if sqlite_backup.check_image(image).ok:
            return backup, False
    return None, False


CHECKED_SUFFIX = ".checked"


def _marker(path: Path) -> Path:
    return path.with_name(path.name + CHECKED_SUFFIX)


def _state(path: Path) -> str | None:
    """The file's size and modification time; None while a write-ahead log holds changes
    (another copy is open, or the last one did not close cleanly)."""
    wal = path.with_name(path.name + "-wal")
    try:
        if wal.exists() and wal.stat().st_size > 0:
            return None
        stat = path.stat()
    except OSError:
        return None
    return f"{stat.st_size} {stat.st_mtime_ns}"


def checked_and_unchanged(path: Path) -> bool:
    """The file passed the check when the program last closed and is untouched since."""
    state = _state(path)
    try:
        noted = _marker(path).read_text(encoding="ascii").strip()
    except (OSError, UnicodeError):
        return False
    return state is not None and noted == state


def check_at_exit(database_url: str) -> bool:
    """Run once every connection is closed: check the file and, when it is intact, note its
    state so the next start can open it straight away. False when the check failed (the next
    start checks again and offers a backup)."""
    path = sqlite_path(database_url)
    if path is None or not path.exists():
        return True
    marker = _marker(path)
    marker.unlink(missing_ok=True)
    if file_problem(path) is not None:
        return False
    state = _state(path)
    if state is not None:
        with open_private(marker) as out:
            out.write(state + "\n")
    return True
