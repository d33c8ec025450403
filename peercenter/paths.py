"""The one place that knows where resources and the data folder live, from source and when
frozen by PyInstaller."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO, Any

from platformdirs import user_data_dir

from peercenter import APP_NAME

DATA_DIR_ENV = "PEERCENTER_DATA_DIR"
DB_FILE_NAME = "peercenter.sqlite3"


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def resources_dir() -> Path:
    if is_frozen():
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def data_dir(create: bool = True) -> Path:
    """The user's data folder (database, backups, attachments), readable by the owner only."""
    override = os.environ.get(DATA_DIR_ENV)
    path = Path(override) if override else Path(user_data_dir(APP_NAME, appauthor=False))
    if create:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        if os.name == "posix":
            path.chmod(0o700)
    return path


def default_database_url() -> str:
    return f"sqlite:///{data_dir() / DB_FILE_NAME}"


BACKUPS_DIR_NAME = "backups"
ATTACHMENTS_DIR_NAME = "attachments"


def private_dir(path: Path) -> Path:
    """Create (or tighten) a folder only its owner can open."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        path.chmod(0o700)
    return path


def new_private_dir(path: Path) -> list[Path]:
    """Create the missing folders of ``path`` readable by their owner only; a folder that
    exists is left exactly as it is (a shared folder keeps its mode). Returns the folders
    created, outermost first."""
    missing = []
    folder = path
    while not folder.exists():
        missing.append(folder)
        folder = folder.parent
    missing.reverse()
    for created in missing:
        created.mkdir(mode=0o700, exist_ok=True)
        if os.name == "posix":
            created.chmod(0o700)  # whatever the umask
    return missing


def remove_new_dirs(created: list[Path]) -> None:
    """Undo new_private_dir after a failure: the folders it made, if still empty."""
    for folder in reversed(created):
        try:
            folder.rmdir()
        except OSError:
            return


def backups_dir() -> Path:
    return private_dir(data_dir() / BACKUPS_DIR_NAME)


def attachments_dir() -> Path:
    """Certificates and other files attached to records."""
    return private_dir(data_dir() / ATTACHMENTS_DIR_NAME)


def open_private(path: Path, binary: bool = False) -> IO[Any]:
    """Open a file for writing (truncating it), readable by the owner only."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600)
    if os.name == "posix":
        os.fchmod(fd, 0o600)  # an existing file keeps its old mode otherwise
    if binary:
        return os.fdopen(fd, "wb")
    return os.fdopen(fd, "w", encoding="utf-8", newline="")


def replace_durably(tmp: Path, target: Path) -> None:
    """Move a finished, flushed file into place and make the rename survive a power cut."""
    os.replace(tmp, target)
    if os.name == "posix":
        dir_fd = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
