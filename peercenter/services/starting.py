"""What the window needs to know before its first real step, found in the background while the
login window waits for typing: is the database file intact (else which backup to offer), is
the center set up (else the first-start window), and what it is called."""

from __future__ import annotations

import traceback
from dataclasses import dataclass

from sqlalchemy.exc import SQLAlchemyError

from peercenter.db.addresses import backend_name
from peercenter.db.engine import Database, describe_error, sqlite_path
from peercenter.domain.errors import PeerCenterError
from peercenter.services import settings, setup
from peercenter.services.backup.recovery import StartupHealth, startup_check
from peercenter.services.connection import CenterConnection
from peercenter.services.opening import StartupError, cannot_open


@dataclass(frozen=True)
class StartState:
    """``damaged`` or ``problem`` stop the start (a damaged file is repaired from a backup or
    not used at all: never opened, upgraded or set up anew over what it lost); otherwise the
    database is open and ``set_up`` says whether it has a center yet."""

    connection: CenterConnection
    set_up: bool = False
    center_name: str = ""
    damaged: StartupHealth | None = None
    problem: StartupError | None = None


def prepare(connection: CenterConnection) -> StartState:
    health = _health(connection.url)
    if health is not None and not health.ok:
        return StartState(connection, damaged=health)
    try:
        database = connection.open_early()
        with database.reader() as session:
            set_up = setup.is_set_up(session)
            center = str(settings.get(session, "center.name")) if set_up else ""
    except StartupError as exc:
        return StartState(connection, problem=exc)
    except SQLAlchemyError as exc:  # the server went away after the upgrade, a locked file
        problem = StartupError(
            f"{cannot_open(connection.url)}\n{describe_error(exc)}", traceback.format_exc()
        )
        return StartState(connection, problem=problem)
    return StartState(connection, set_up=set_up, center_name=center)


def _health(url: str) -> StartupHealth | None:
    """The quick check of the file; None when there is nothing to check (a new file, a
    server, which keeps its own files safe) or nothing to check it with (an address that is
    not a database, an unusable data folder): opening it says what is wrong."""
    path = sqlite_path(url) if backend_name(url) == "sqlite" else None
    if path is None or not path.exists():
        return None  # a server, or a new center's file, made when it is opened
    try:
        database = Database.from_url(url)
    except PeerCenterError:
        return None
    try:
        return startup_check(database)
    except (PeerCenterError, OSError):
        return None
    finally:
        database.dispose()
