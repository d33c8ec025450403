"""`peercenter init --admin NAME [--center-name TEXT] [--demo [--scale small|large]]`."""

from __future__ import annotations

import argparse
import time
from typing import Any

from peercenter.commands.common import CommandError, open_database, read_password


def register(commands: Any) -> None:
    parser = commands.add_parser("init", help="set up a new center and its first administrator")
    parser.add_argument(
        "--admin", required=True, metavar="NAME", help="user name of the first administrator"
    )
    parser.add_argument(
        "--admin-name",
        metavar="'FIRST LAST'",
        help="the administrator's name (default: the user name)",
    )
    parser.add_argument("--center-name", default="PeerCenter Demo Recovery Center", metavar="TEXT")
    parser.add_argument(
        "--timezone",
        metavar="ZONE",
        help="the center's time zone, e.g. America/Chicago (default: this computer's)",
    )
    parser.add_argument("--demo", action="store_true", help="fill in realistic fictional data")
    parser.add_argument(
        "--scale",
        choices=["small", "large"],
        default="small",
        help="size of the demo data (large: ten years, 2,000 participants)",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from peercenter.services import clock, setup

    if args.scale != "small" and not args.demo:
        raise CommandError("--scale only applies together with --demo.")
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
    db = open_database(args, create=True)
    if db.server is not None:
        db.dispose()
        raise CommandError(
            "This center's server was set up with `peercenter server setup` and has its "
            "administrator; sign in with that login instead."
        )
    started = time.perf_counter()
    try:
        with db.session() as session:
            actor = setup.create_center(session, form)
            summary = None
            if args.demo:
                from peercenter.services.demo import build_demo

                summary = build_demo(session, actor, password, scale=args.scale)
    finally:
        db.dispose()
    print(f"Set up '{form.center_name}' with administrator '{actor.username}' in {db.url}.")
    if summary is not None:
        counts = ", ".join(
            f"{value:,} {key.replace('_', ' ')}" for key, value in vars(summary).items()
        )
        print(f"Demo data ({args.scale}): {counts}.")
        print("Demo logins supervisor, frontdesk and specialist use the same password.")
        print(f"Built in {time.perf_counter() - started:.1f} s.")
    return 0
