"""The one place that knows where resources and the data folder live, from source and when
frozen by PyInstaller."""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from pathlib import Path
from typing import IO, Any

from platformdirs import user_data_dir

from peercenter import APP_NAME
from peercenter.domain.errors import PeerCenterError
from peercenter.fileio import refuse_special

DATA_DIR_ENV = "PEERCENTER_DATA_DIR"
DEMO_DIR_ENV = "PEERCENTER_DEMO_DIR"
DB_FILE_NAME = "peercenter.sqlite3"


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def resources_dir() -> Path:
    if is_frozen():
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


class DataFolderError(PeerCenterError):
    """The data folder cannot be created or used; nothing was changed."""


def data_dir(create: bool = True) -> Path:
    """The user's data folder (database, backups, attachments), readable by the owner only."""
    override = os.environ.get(DATA_DIR_ENV)
    path = Path(override) if override else Path(user_data_dir(APP_NAME, appauthor=False))
    if create:
        try:
            path.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            raise DataFolderError(
                f"PeerCenter cannot create its data folder {path} ({exc.strerror or exc}). "
                "Ask whoever looks after this computer to let your account create it, or "
                f"set {DATA_DIR_ENV} to a folder you may change."
            ) from None
        if os.name == "posix":
            # Tightened when it is not yet private; a folder the account may not change
            # (read-only, or someone else's) is left as it is and explained where it is used.
            with contextlib.suppress(OSError):
                if path.stat().st_mode & 0o777 != 0o700:
                    path.chmod(0o700)
    return path


def demo_dir() -> Path:
    """The demo center's own folder (`peercenter demo`), apart from the data folder so that
    the demo never touches the center's database or backups. Not created here."""
    override = os.environ.get(DEMO_DIR_ENV)
    return Path(override) if override else Path(user_data_dir(f"{APP_NAME} Demo", appauthor=False))


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
    """Open a file for writing (truncating it), readable by the owner only. A link is not
    followed (that would write over whatever it points at), a named pipe is not waited on,
    and anything but an ordinary file is refused."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC
    for optional in ("O_BINARY", "O_NOFOLLOW", "O_NONBLOCK"):
        flags |= getattr(os, optional, 0)
    try:
        fd = os.open(path, flags, 0o600)
    except OSError:
        refuse_special(path)  # a link or a pipe: say so in words
        raise
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        refuse_special(path)
        raise OSError(f"{path} is not an ordinary file")  # swapped while being opened
    if os.name == "posix":
        os.fchmod(fd, 0o600)  # an existing file keeps its old mode otherwise
    if binary:
        return os.fdopen(fd, "wb")
    return os.fdopen(fd, "w", encoding="utf-8", newline="")


def replace_durably(tmp: Path, target: Path) -> None:
    """Move a finished, flushed file into place and make the rename survive a power cut; a
    device, a named pipe or a link at ``target`` is refused, never replaced."""
    refuse_special(target)
    os.replace(tmp, target)
    if os.name == "posix":
        dir_fd = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
