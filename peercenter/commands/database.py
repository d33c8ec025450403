"""`peercenter db upgrade|current|check`."""

from __future__ import annotations

import argparse
from typing import Any

from peercenter.commands.common import CommandError, open_database


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
        if args.db_command == "upgrade":
            result = migrate.upgrade(db.engine)
            if result.before == result.after:
                print(f"Already up to date (revision {result.after}).")
            else:
                print(f"Upgraded {result.before or 'empty database'} -> {result.after}.")
                if result.backup:
                    print(f"The previous file was copied to {result.backup}")
            synced = sync_shipped_safely(db)
            for verb, names in (
                ("Added", synced.added),
                ("Updated", synced.updated),
                ("Switched off", synced.retired),
            ):
                if names:
                    print(f"{verb} shipped credential programs: {', '.join(names)}.")
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
