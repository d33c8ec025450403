"""Backup files on disk: where they go, what they are called, which to keep, and the status
of the last automatic backup."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from peercenter.domain.backup_rotation import Rotation, to_keep
from peercenter.paths import open_private, private_dir, replace_durably
from peercenter.services.backup.fileformat import SUFFIX, BackupFileError, read_header

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

    @property
    def is_safety_copy(self) -> bool:
        return self.path.name.startswith(SAFETY_PREFIX)


def info(path: Path) -> BackupInfo:
    header = read_header(path)
    return BackupInfo(
        path,
        header.created_at,
        path.stat().st_size,
        header.schema_revision,
        header.engine,
        header.encrypted,
    )


def new_name(folder: Path, prefix: str, at: datetime) -> Path:
    stem = f"{prefix}{at.astimezone():%Y%m%d-%H%M%S}"
    path = folder / f"{stem}{SUFFIX}"
    n = 2
    while path.exists():
        path = folder / f"{stem}-{n}{SUFFIX}"
        n += 1
    return path


def list_backups(folders: list[Path]) -> list[BackupInfo]:
    """Readable backups in the folders, newest first (damaged files are left out)."""
    found: list[BackupInfo] = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in folder.glob(f"*{SUFFIX}"):
            try:
                found.append(info(path))
            except (BackupFileError, OSError):
                continue
    return sorted(found, key=lambda b: b.created_at, reverse=True)


DEFAULT_ROTATION = Rotation()


def rotate(folder: Path, rotation: Rotation = DEFAULT_ROTATION) -> list[Path]:
    """Delete automatic backups the rotation no longer keeps, and all but the newest safety
    copies. Returns what was deleted."""
    backups = list_backups([folder])
    auto = [b for b in backups if b.path.name.startswith(AUTO_PREFIX)]
    keep = to_keep([b.created_at.astimezone() for b in auto], rotation)
    doomed = [b.path for b in auto if b.created_at.astimezone() not in keep]
    doomed += [b.path for b in backups if b.is_safety_copy][SAFETY_KEPT:]
    for path in doomed:
        path.unlink(missing_ok=True)
    return doomed


@dataclass(frozen=True)
class BackupStatus:
    """The last automatic or manual backup this computer made."""

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
    tmp = folder / (STATUS_FILE + ".part")
    with open_private(tmp) as out:
        out.write(status.to_json())
        out.flush()
        os.fsync(out.fileno())
    replace_durably(tmp, folder / STATUS_FILE)
