"""What every command needs: the database the user pointed at, and a signed-in actor.

Registering the commands loads no database code (the window's start-up goes through here):
that is imported when a command runs."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from datetime import date
from typing import TYPE_CHECKING

from peercenter.db.addresses import resolve_url
from peercenter.domain.errors import PeerCenterError
from peercenter.domain.validation import outside_calendar
from peercenter.paths import default_database_url

if TYPE_CHECKING:
    from peercenter.db.engine import Database
    from peercenter.services.context import Actor

log = logging.getLogger(__name__)

PASSWORD_ENV = "PEERCENTER_PASSWORD"


class CommandError(PeerCenterError):
    """A command that cannot go on, with a message for the person at the keyboard."""


def read_password(prompt: str = "Password: ", confirm: bool = False) -> str:
    """From $PEERCENTER_PASSWORD, else typed at a hidden prompt (never a flag)."""
    from_env = os.environ.get(PASSWORD_ENV)
    if from_env is not None:
        return from_env
    if not sys.stdin.isatty():
        raise CommandError(f"No password: set {PASSWORD_ENV} or run this in a terminal.")
    import getpass  # only when a command asks for a password

    password = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat the password: ") != password:
        raise CommandError("The two passwords are not the same.")
    return password


def database_url(args: argparse.Namespace) -> str:
    return resolve_url(args.db, default_database_url())


def open_database(args: argparse.Namespace, upgrade: bool = True, create: bool = False) -> Database:
    """The database the user pointed at, brought up to date (unless ``upgrade`` is False, for
    the commands that only look at it). Only ``create`` (`init`) may start a new SQLite file:
    a mistyped --db path is an error, not a new empty center. Refused up front when nothing
    could be saved in it."""
    from peercenter.db.engine import Database, sqlite_path
    from peercenter.db.file_checks import DatabaseFileError, read_only_problem
    from peercenter.services.opening import open_and_upgrade

    url = database_url(args)
    db = Database.from_url(url)  # a bad address is refused here; nothing is created yet
    path = sqlite_path(url)
    problem: str | None = None
    if path is not None and not path.exists() and not create:
        problem = (
            f"There is no database at {path}. Check --db (or $PEERCENTER_DB); "
            "`peercenter init` sets up a new center, `peercenter restore FILE` puts a backup "
            "in place."
        )
    elif path is not None and path.exists() and path.stat().st_size == 0:
        problem = (
            f"The database file {path} is empty: it is damaged, not a new database. Put a "
            "backup back with `peercenter restore FILE`."
        )
    if problem is not None:
        db.dispose()
        raise PeerCenterError(problem)
    if not upgrade:
        return db
    db.dispose()
    read_only = read_only_problem(path) if path is not None else None
    if read_only is not None:
        raise DatabaseFileError(read_only)
    return open_and_upgrade(url)


def sign_in(args: argparse.Namespace, db: Database) -> Actor:
    from peercenter.services import auth

    if not args.user:
        raise CommandError(
            "This command needs --user NAME (the password comes from "
            "$PEERCENTER_PASSWORD or a prompt)."
        )
    actor = auth.login(db, args.user, read_password(f"Password for {args.user}: "))
    log.info("command %s run by user %d", args.command, actor.user_id)
    return actor


def iso_date(text: str) -> date:
    """An argparse type: a date written like 2026-03-02, else a usage error (exit 2)."""
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-03-02") from None
    problem = outside_calendar(day)
    if problem is not None:
        raise argparse.ArgumentTypeError(problem)
    return day
