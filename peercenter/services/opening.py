"""Opening a center's database for use: connect, bring the schema up to date, load the shipped
credential programs. The window and every command open it through here, so both say the same
thing when it cannot be done."""

from __future__ import annotations

import logging
import traceback

from sqlalchemy.exc import OperationalError

from peercenter import __version__
from peercenter.db import migrate
from peercenter.db.engine import Database, describe_error, sqlite_path
from peercenter.domain.errors import PeerCenterError
from peercenter.i18n import _
from peercenter.services.credentials.shipped import sync_shipped_safely

log = logging.getLogger(__name__)


class StartupError(PeerCenterError):
    """The database could not be opened or brought up to date; ``details`` is for support."""

    def __init__(self, message: str, details: str = "") -> None:
        super().__init__(message)
        self.details = details


def open_and_upgrade(url: str) -> Database:
    """Open the database and upgrade its schema (a SQLite file is copied aside first)."""
    try:
        database = Database.from_url(url)
    except PeerCenterError as exc:
        log.warning("the database address was refused: %s", type(exc).__name__)
        raise StartupError(exc.message) from exc
    except Exception as exc:  # any driver or file problem: the user needs the words, not a crash
        log.exception("the database could not be opened")
        raise StartupError(cannot_open(url), traceback.format_exc()) from exc
    if database.server is not None:
        return _open_server(database, url)
    try:
        migrate.upgrade(database.engine)
    except OperationalError as exc:  # no server, a locked or damaged file: not the upgrade
        log.exception("the database could not be read")
        database.dispose()
        raise StartupError(
            f"{cannot_open(url)}\n{describe_error(exc)}", traceback.format_exc()
        ) from exc
    except Exception as exc:
        log.exception("the database structure could not be upgraded")
        database.dispose()
        raise StartupError(
            cannot_open(url)
            + "\n\n"
            + _(
                "Its structure could not be brought up to date for "
                "PeerCenter {version}. Nothing was changed; a copy of the file made before "
                "the attempt is kept next to it. A newer version of PeerCenter may have used "
                "this database."
            ).format(version=__version__),
            traceback.format_exc(),
        ) from exc
    try:
        sync_shipped_safely(database)
    except PeerCenterError as exc:  # a damaged program file in this installation
        log.exception("the shipped credential programs could not be loaded")
        database.dispose()
        raise StartupError(
            _("PeerCenter cannot load its credential programs:\n{problem}").format(
                problem=exc.message
            ),
            traceback.format_exc(),
        ) from exc
    return database


def _open_server(database: Database, url: str) -> Database:
    """A center's server is opened as its sign-in role, which may only sign people in: it is
    upgraded by its owner (`peercenter db upgrade`), never by a computer starting up."""
    from peercenter.services.server_admin import check_current

    try:
        check_current(database)
    except PeerCenterError as exc:
        database.dispose()
        raise StartupError(exc.message) from exc
    except Exception as exc:
        database.dispose()
        raise StartupError(cannot_open(url), traceback.format_exc()) from exc
    return database


def cannot_open(url: str) -> str:
    path = sqlite_path(url)
    if path is not None:
        return _("PeerCenter cannot open its database file:\n{path}").format(path=path)
    return _(
        "PeerCenter cannot open the database on the server. Check that the server is "
        "running and reachable from this computer, and that the address is right."
    )
