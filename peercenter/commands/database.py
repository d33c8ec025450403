"""`peercenter db upgrade|current|check`."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from peercenter.commands.common import CommandError, open_database

if TYPE_CHECKING:
    from peercenter.db.engine import Database
    from peercenter.services.credentials.shipped import SyncResult


def register(commands: Any) -> None:
    parser = commands.add_parser("db", help="database schema: upgrade, current, check")
    sub = parser.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    sub.add_parser("upgrade", help="create or upgrade the schema (copies SQLite aside first)")
    sub.add_parser("current", help="show the schema revision and the newest one")
    sub.add_parser("check", help="check the schema is current and the file is intact")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from sqlalchemy import text

    from peercenter.db import migrate
    from peercenter.services.credentials.shipped import sync_shipped_safely

    db = open_database(args, upgrade=False)
    try:
        if args.db_command == "upgrade" and db.server is not None:
            return _upgrade_server(db)
        if args.db_command == "upgrade":
            result = migrate.upgrade(db.engine)
            if result.before == result.after:
                print(f"Already up to date (revision {result.after}).")
            else:
                print(f"Upgraded {result.before or 'empty database'} -> {result.after}.")
                if result.backup:
                    print(f"The previous file was copied to {result.backup}")
            _say_synced(sync_shipped_safely(db))
            return 0
        current = migrate.current_revision(db.engine)
        head = migrate.head_revision()
        if args.db_command == "current":
            print(f"database: {db.url}")
            print(f"revision: {current or 'none (empty database)'}")
            print(f"newest:   {head}")
            return 0
        problems = []
        if current != head:
            problems.append(
                f"schema revision is {current or 'none'}, newest is {head} "
                "(run `peercenter db upgrade`)"
            )
        elif migrate.pending_differences(db.engine):
            problems.append("the tables differ from what this version of PeerCenter expects")
        if db.is_sqlite:
            with db.engine.connect() as conn:
                verdict = conn.execute(text("PRAGMA quick_check")).scalar()
            if verdict != "ok":
                problems.append(f"the database file is damaged ({verdict})")
        if problems:
            raise CommandError("; ".join(problems))
        print(f"OK: revision {head}, {db.url}")
        return 0
    finally:
        db.dispose()


def _upgrade_server(db: Database) -> int:
    """As the owner role, whose password is asked for: the people's roles cannot."""
    from sqlalchemy.exc import OperationalError

    from peercenter.commands.server import owner_password
    from peercenter.services import server_admin

    try:
        done = server_admin.upgrade(db, owner_password())
    except OperationalError as exc:
        if "password authentication failed" not in str(exc.orig):
            raise
        raise CommandError(
            "The server did not accept the owner's password (the one chosen at "
            "`peercenter server setup`)."
        ) from None
    if done.before == done.after:
        print(f"Already up to date (revision {done.after}); the server's rules were renewed.")
    else:
        print(f"Upgraded {done.before or 'empty database'} -> {done.after}.")
    _say_synced(done.programs)
    return 0


def _say_synced(synced: SyncResult) -> None:
    for verb, names in (
        ("Added", synced.added),
        ("Updated", synced.updated),
        ("Switched off", synced.retired),
    ):
        if names:
            print(f"{verb} shipped credential programs: {', '.join(names)}.")
