"""`peercenter` / `peercenter gui`: open the window."""

from __future__ import annotations

import argparse
import os
from typing import Any

from peercenter.commands.common import PASSWORD_ENV, database_url
from peercenter.display import require_display
from peercenter.domain.errors import PeerCenterError


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "gui",
        help="open the window (the default)",
        description="Open the window. With --user and $PEERCENTER_PASSWORD both given, the "
        "login is skipped.",
    )
    checks = parser.add_mutually_exclusive_group()
    checks.add_argument(
        "--exit-when-ready",
        action="store_true",
        help="quit as soon as the main window is drawn, printing how long that "
        "took and the memory in use (for measuring start-up)",
    )
    checks.add_argument(
        "--exit-at-login",
        action="store_true",
        help="quit as soon as the login window (for a new center the first-start "
        "window) is drawn, printing the same (for measuring how soon a person can "
        "start typing)",
    )
    checks.add_argument(
        "--smoke-test",
        action="store_true",
        help="check this installation: open the window on a throw-away demo "
        "center, visit every screen, make a handout, and quit; exit "
        "code 0 when all is well",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    # Qt is imported only when a window is wanted, and only when there is somewhere to draw it.
    require_display()
    if getattr(args, "smoke_test", False):
        from peercenter.ui.smoke_test import run_smoke_test

        return run_smoke_test()
    from peercenter.app import run_gui, show_startup_problem

    try:
        url = database_url(args)
    except PeerCenterError as exc:  # no data folder can be made: said in a window
        return show_startup_problem(exc.message)
    password = os.environ.get(PASSWORD_ENV) if args.user else None
    return run_gui(
        url,
        username=args.user,
        password=password,
        exit_when_ready=getattr(args, "exit_when_ready", False),
        exit_at_login=getattr(args, "exit_at_login", False),
    )
