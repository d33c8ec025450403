"""What every command needs: the database the user pointed at, and a signed-in actor."""

from __future__ import annotations

import argparse
from datetime import date

from peercenter.db import migrate
from peercenter.db.engine import Database, resolve_url, sqlite_path
from peercenter.domain.errors import PeerCenterError
from peercenter.paths import default_database_url
from peercenter.services import auth
from peercenter.services.context import Actor
from peercenter.services.credentials.shipped import sync_shipped_safely


def database_url(args: argparse.Namespace) -> str:
    return resolve_url(args.db, default_database_url())


def open_database(args: argparse.Namespace, upgrade: bool = True, create: bool = False) -> Database:
    """The database the user pointed at. Only ``create`` (`init`) may start a new SQLite
    file: a mistyped --db path is an error, not a new empty center."""
    url = database_url(args)
    db = Database.from_url(url)  # a bad address is refused here; nothing is created yet
    path = sqlite_path(url)
    if path is not None and not path.exists() and not create:
        raise PeerCenterError(
            f"There is no database at {path}. Check --db (or $PEERCENTER_DB); "
            "`peercenter init` sets up a new center, `peercenter restore FILE` puts a backup "
            "in place."
        )
    if path is not None and path.exists() and path.stat().st_size == 0:
        raise PeerCenterError(
            f"The database file {path} is empty: it is damaged, not a new database. Put a "
            "backup back with `peercenter restore FILE`."
        )
    if upgrade:
        migrate.upgrade(db.engine)
        sync_shipped_safely(db)
    return db


def sign_in(args: argparse.Namespace, db: Database) -> Actor:
    from peercenter.cli import CommandError, read_password

    if not args.user:
        raise CommandError(
            "This command needs --user NAME (the password comes from "
            "$PEERCENTER_PASSWORD or a prompt)."
        )
    return auth.login(db, args.user, read_password(f"Password for {args.user}: "))


def iso_date(text: str) -> date:
    """An argparse type: a date written like 2026-03-02, else a usage error (exit 2)."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-03-02") from None
