"""What every command needs: the database the user pointed at, and a signed-in actor."""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from datetime import date

from peercenter.db.engine import Database, resolve_url
from peercenter.domain.errors import PeerCenterError
from peercenter.paths import default_database_url
from peercenter.services import auth
from peercenter.services.context import Actor
from peercenter.services.opening import open_and_upgrade

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
    password = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat the password: ") != password:
        raise CommandError("The two passwords are not the same.")
    return password


def database_url(args: argparse.Namespace) -> str:
    return resolve_url(args.db, default_database_url())


def open_database(args: argparse.Namespace, upgrade: bool = True) -> Database:
    """The database the command names, upgraded unless the command itself looks at the schema."""
    if upgrade:
        return open_and_upgrade(database_url(args))
    return Database.from_url(database_url(args))


def sign_in(args: argparse.Namespace, db: Database) -> Actor:
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
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-03-02") from None
