"""`peercenter server setup SUPERUSER_URL [--database NAME] --admin NAME [...]`: set up a
center's PostgreSQL server for several computers."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import Any

OWNER_PASSWORD_ENV = "PEERCENTER_OWNER_PASSWORD"


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "server", help="set up a PostgreSQL server for the center's computers"
    )
    sub = parser.add_subparsers(dest="server_command", metavar="ACTION", required=True)
    make = sub.add_parser(
        "setup",
        help="create the center's database, its roles and rules, and the first administrator",
        description="Run once, on any computer that reaches the server, with the address of a "
        "PostgreSQL superuser (e.g. postgresql://postgres@localhost/postgres). Prints the "
        "address to give every computer of the center.",
    )
    make.add_argument("superuser_url", metavar="SUPERUSER_URL", help="a superuser's address")
    make.add_argument(
        "--database",
        default="peercenter",
        metavar="NAME",
        help="name of the new database (default: peercenter); its roles are named after it",
    )
    make.add_argument(
        "--admin", required=True, metavar="NAME", help="user name of the first administrator"
    )
    make.add_argument("--admin-name", metavar="'FIRST LAST'", help="the administrator's name")
    make.add_argument("--center-name", required=True, metavar="TEXT")
    make.add_argument(
        "--timezone",
        metavar="ZONE",
        help="the center's time zone, e.g. America/Chicago (default: this computer's)",
    )
    parser.set_defaults(handler=run)


def owner_password(confirm: bool = False) -> str:
    """From $PEERCENTER_OWNER_PASSWORD, else typed at a hidden prompt (never a flag)."""
    from peercenter.commands.common import CommandError

    from_env = os.environ.get(OWNER_PASSWORD_ENV)
    if from_env is not None:
        return from_env
    if not sys.stdin.isatty():
        raise CommandError(
            f"No owner password: set {OWNER_PASSWORD_ENV} or run this in a terminal."
        )
    password = getpass.getpass("Password of the database owner (used for upgrades only): ")
    if confirm and getpass.getpass("Repeat the password: ") != password:
        raise CommandError("The two passwords are not the same.")
    return password


def run(args: argparse.Namespace) -> int:
    from peercenter.commands.common import CommandError, read_password
    from peercenter.domain import validation
    from peercenter.services import clock, server_admin, setup

    owner = owner_password(confirm=True)
    if len(owner) < validation.MIN_PASSWORD_LENGTH:
        raise CommandError(
            f"The owner's password must be at least {validation.MIN_PASSWORD_LENGTH} "
            "characters long."
        )
    password = read_password(f"Password for the new administrator {args.admin}: ", confirm=True)
    first, _, last = (args.admin_name or "").strip().partition(" ")
    form = setup.FirstStart(
        center_name=args.center_name,
        timezone=args.timezone or clock.detect_local_timezone(),
        first_name=first or args.admin.capitalize(),
        last_name=last or "Administrator",
        username=args.admin,
        password=password,
        password_again=password,
    )
    done = server_admin.set_up(args.superuser_url, args.database, owner, form)
    print(
        f"Set up '{form.center_name}' in the database '{done.names.database}' with "
        f"administrator '{done.admin.username}'."
    )
    print(f"Keep the password of '{done.names.owner}': `peercenter db upgrade` asks for it.")
    print("Give every computer of the center this address (it holds no password):")
    print(f"  {done.address}")
    if done.host_guessed:
        print(
            "  (this computer's name: if the others know the server by another name or "
            "address, use that instead)"
        )
    return 0
