"""What every command needs: the database the user pointed at, and a signed-in actor."""

from __future__ import annotations

import argparse
from datetime import date

from peercenter.db import migrate
from peercenter.db.engine import Database, resolve_url
from peercenter.paths import default_database_url
from peercenter.services import auth
from peercenter.services.context import Actor
from peercenter.services.credentials.shipped import sync_shipped_safely


def database_url(args: argparse.Namespace) -> str:
    return resolve_url(args.db, default_database_url())


def open_database(args: argparse.Namespace, upgrade: bool = True) -> Database:
    db = Database.from_url(database_url(args))
    if db.server is not None:
        # A server is upgraded by its owner only (`db upgrade`), never by a person's command.
        if upgrade:
            from peercenter.services.server_admin import check_current

            try:
                check_current(db)
            except Exception:
                db.dispose()
                raise
        return db
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
