"""`peercenter` / `peercenter gui`: open the window."""

from __future__ import annotations

import argparse
from typing import Any

from peercenter.commands.common import database_url


def register(commands: Any) -> None:
    parser = commands.add_parser("gui", help="open the window (the default)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from peercenter.app import run_gui  # Qt is imported only when a window is wanted
    return run_gui(database_url(args), username=args.user)
