"""Backup files on disk: where they go, what they are called, which are this database's own,
which to keep, and the status of the last automatic backup.

Nothing a file says about itself is trusted beyond what its tag authenticates: rotation only
ever deletes this database's own automatic backups (right key, this center, this location),
chosen by their authenticated creation time. Anything else in a folder is left alone."""

from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from peercenter.domain.backup_rotation import Rotation, to_keep
from peercenter.paths import open_private, private_dir, replace_durably
from peercenter.services.backup.fileformat import (
    KIND_AUTOMATIC,
    KIND_SAFETY,
    PART_SUFFIX,
    SUFFIX,
    BackupFileError,
    read_stored_header,
)
from peercenter.services.backup.identity import CenterIdentity

AUTO_PREFIX = "peercenter-"
SAFETY_PREFIX = "before-restore-"
SAFETY_KEPT = 5
STATUS_FILE = "status.json"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: datetime  # UTC
    size: int
    schema_revision: str
    engine: str
    encrypted: bool
    kind: str
    center_id: str
    center_name: str
    source: str
    backup_id: str
    audit_head: dict[str, Any] | None
    authentic: bool  # its tag checks out with the key it was read with

    @property
    def is_safety_copy(self) -> bool:
        return self.kind == KIND_SAFETY


def info(path: Path, key: bytes | None = None) -> BackupInfo:
    stored = read_stored_header(path)
    header = stored.header
    return BackupInfo(
        path,
        header.created_at,
        path.stat().st_size,
        header.schema_revision,
        header.engine,
        header.encrypted,
        header.kind,
        header.center_id,
        header.center_name,
        header.source,
        header.backup_id,
        header.audit_head,
        key is not None and stored.authentic(key),
    )


def center_folder(root: Path, identity: CenterIdentity) -> Path:
    return root / identity.folder_name


def new_name(folder: Path, prefix: str, at: datetime) -> Path:
    stem = f"{prefix}{at.astimezone():%Y%m%d-%H%M%S}"
    path = folder / f"{stem}{SUFFIX}"
    n = 2
    while path.exists():
        path = folder / f"{stem}-{n}{SUFFIX}"
        n += 1
    return path


def scan(folders: list[Path], key: bytes | None = None) -> list[BackupInfo]:
    """Every readable backup in the folders, newest first by what each says (damaged files and
    unfinished ``.part`` files are left out)."""
    found: list[BackupInfo] = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in folder.glob(f"*{SUFFIX}"):
            try:
                if path.is_file():
                    found.append(info(path, key))
            except (BackupFileError, OSError):
                continue
    return sorted(found, key=lambda b: b.created_at, reverse=True)


def list_backups(folders: list[Path], identity: CenterIdentity) -> list[BackupInfo]:
    """This center's own backups (authenticated by its key), newest first."""
    return [
        b for b in scan(folders, identity.key) if b.authentic and b.center_id == identity.center_id
    ]


DEFAULT_ROTATION = Rotation()


def rotate(
    folder: Path, identity: CenterIdentity, rotation: Rotation = DEFAULT_ROTATION
) -> list[Path]:
    """Delete automatic backups of this database the rotation no longer keeps, and all but the
    newest safety copies. Returns what was deleted."""
    own = [b for b in list_backups([folder], identity) if b.source == identity.source]
    # Two files with one backup id: at least one is a copy; keep both rather than guess.
    copies = Counter(b.backup_id for b in own)
    auto = [b for b in own if b.kind == KIND_AUTOMATIC]
    keep = to_keep([b.created_at.astimezone() for b in auto], rotation)
    doomed = [b for b in auto if b.created_at.astimezone() not in keep]
    doomed += [b for b in own if b.is_safety_copy][SAFETY_KEPT:]
    deleted = []
    for backup in doomed:
        if copies[backup.backup_id] == 1:
            backup.path.unlink(missing_ok=True)
            deleted.append(backup.path)
    return deleted


def remove_leftovers(folder: Path) -> list[Path]:
    """Unfinished files of backups that were cut off (the program killed, the power lost).
    A file another backup is still writing is held by it and left alone."""
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    for path in folder.glob(f"*{SUFFIX}{PART_SUFFIX}"):
        if path.is_file() and _unheld(path):
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def _unheld(path: Path) -> bool:
    if os.name != "posix":
        return True  # Windows refuses to delete a file another program has open
    import fcntl

    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    finally:
        os.close(fd)
    return True


@dataclass(frozen=True)
class BackupStatus:
    """The last automatic or manual backup this computer made of this database."""

    at: datetime
    ok: bool
    message: str
    path: str
    size: int
    marker: int  # the newest audit event id then: tells whether anything changed since

    def to_json(self) -> str:
        return json.dumps({**asdict(self), "at": self.at.isoformat()})


def read_status(folder: Path) -> BackupStatus | None:
    try:
        data = json.loads((folder / STATUS_FILE).read_text(encoding="utf-8"))
        return BackupStatus(
            at=datetime.fromisoformat(data["at"]),
            ok=bool(data["ok"]),
            message=str(data["message"]),
            path=str(data["path"]),
            size=int(data["size"]),
            marker=int(data["marker"]),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def write_status(folder: Path, status: BackupStatus) -> None:
    private_dir(folder)
    tmp = folder / (STATUS_FILE + PART_SUFFIX)
    with open_private(tmp) as out:
        out.write(status.to_json())
        out.flush()
        os.fsync(out.fileno())
    replace_durably(tmp, folder / STATUS_FILE)
