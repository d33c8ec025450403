"""What can be told about a SQLite database file before SQLite opens it: a folder, a device
or a named pipe is no database, and a file or folder this account may not change makes every
save fail (signing in included), which SQLite reports only as "attempt to write a readonly
database" at the first save."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from peercenter.domain.errors import PeerCenterError
from peercenter.i18n import N_, _

# In English; said through _() where shown.
READ_ONLY_HELP = N_("Ask whoever looks after this computer to let your account change it.")
READ_ONLY_MESSAGE = N_(
    "This database file is read-only, so PeerCenter cannot save anything in it, not even a "
    "sign-in. Ask whoever looks after this computer to let your account change it."
)


class DatabaseFileError(PeerCenterError):
    """The database file cannot be used as it is; nothing was changed."""


def refuse_not_a_file(path: Path) -> None:
    """A path that exists must be an ordinary file: SQLite would otherwise report a folder
    as "unable to open", and a device or a named pipe as a disk error or a busy database."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return  # missing (created later) or unreadable: SQLite's own message says which
    if stat.S_ISREG(mode):
        return
    if stat.S_ISDIR(mode):
        raise DatabaseFileError(
            _(
                "{path} is a folder, not a database file. Give the file's name, like {example}."
            ).format(path=path, example=path / "peercenter.sqlite3")
        )
    if stat.S_ISFIFO(mode):
        raise DatabaseFileError(_("{path} is a named pipe, not a database file.").format(path=path))
    raise DatabaseFileError(_("{path} is a device, not a database file.").format(path=path))


def read_only_problem(path: Path) -> str | None:
    """Why nothing could be saved in the database file at ``path``, or None. SQLite writes
    beside the file too (its write-ahead log), so the folder must be writable as well."""
    if not path.exists():
        return None
    if not os.access(path, os.R_OK):
        return _(
            "Your account may not open the database file {path}. Ask whoever looks after "
            "this computer to give your account access to it."
        ).format(path=path)
    if not os.access(path, os.W_OK):
        return _(
            "This database file is read-only, so PeerCenter cannot save anything in it, "
            "not even a sign-in: {path}. {help}"
        ).format(path=path, help=_(READ_ONLY_HELP))
    folder = path.parent
    if not os.access(folder, os.W_OK | os.X_OK):
        return _(
            "The folder that holds the database is read-only, so PeerCenter cannot save "
            "anything in it, not even a sign-in: {folder}. Ask whoever looks after this "
            "computer to let your account change that folder."
        ).format(folder=folder)
    return None


def holds_data(path: Path) -> bool | None:
    """What the file alone tells before SQLite opens it: True when it exists and holds
    something (a center, most likely: the login window can open at once), False when it does
    not exist yet (a new center), None when it is empty, unreadable or not a file: an empty
    file is a database that lost what it held, never a new one, so only the full check at
    start can say what comes next."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return False
    except OSError:
        return None
    return True if stat.S_ISREG(info.st_mode) and info.st_size > 0 else None
