"""`peercenter demo [--no-window | --delete]`: a demo center filled with fictional data, in a
folder of its own. While it runs that folder is the data folder, so its database, backups,
attachments and window settings all stay there, never with the center's own."""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path
from typing import Any

from peercenter.display import require_display
from peercenter.domain.errors import PeerCenterError
from peercenter.paths import DATA_DIR_ENV, DB_FILE_NAME, demo_dir, open_private, private_dir

DEMO_ADMIN = "admin"
DEMO_LOGINS = (DEMO_ADMIN, "supervisor", "frontdesk", "specialist")
# Fictional people on one computer: the password is no secret, it is on the login window.
DEMO_PASSWORD = "demo password"
DEMO_CENTER_NAME = "PeerCenter Demo Recovery Center"
MARKER = "peercenter-demo.txt"
LOGIN_NOTE = (
    "This is the demo center, with fictional people. Sign in as admin, supervisor, frontdesk "
    f"or specialist; each has the password “{DEMO_PASSWORD}”."
)


class DemoFolderError(PeerCenterError):
    """The demo's folder holds something that is not the demo."""


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "demo",
        help="open a demo center with fictional data, kept apart from your own",
        description="Open a demo center filled with fictional data, signed in as its "
        "administrator. It is made on first use in a folder of its own (with its own backups) "
        "and kept until --delete; your center's database and backups are never touched. Its "
        f"logins {', '.join(DEMO_LOGINS[:-1])} and {DEMO_LOGINS[-1]} share the password "
        f"'{DEMO_PASSWORD}'.",
    )
    what = parser.add_mutually_exclusive_group()
    what.add_argument(
        "--no-window",
        action="store_true",
        help="make the demo center if there is none and print its folder; commands work on "
        "it with that folder in $PEERCENTER_DATA_DIR",
    )
    what.add_argument("--delete", action="store_true", help="delete the demo center and its folder")
    what.add_argument(
        "--exit-when-ready",
        action="store_true",
        help="quit as soon as the window is drawn (to check that the demo opens)",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    folder = demo_dir()
    if args.delete:
        return delete(folder)
    if not args.no_window:
        require_display()  # before anything is made that no window could show
    _claim(folder)  # a folder holding other files is refused before anything is written in it
    # Everything that finds its place through the data folder (the log too) follows the demo.
    os.environ[DATA_DIR_ENV] = str(folder)
    made = ensure_demo(folder)
    report = sys.stderr if args.no_window else sys.stdout
    if made is not None:
        print(f"Made the demo center in {folder}: {made}.", file=report)
    if args.no_window:
        print(folder)
        return 0
    print(
        f"Opening the demo center in {folder} (delete it with: peercenter demo --delete).",
        file=report,
        flush=True,
    )
    from peercenter.app import run_gui

    return run_gui(
        demo_url(folder),
        username=args.user or DEMO_ADMIN,
        password=DEMO_PASSWORD,
        exit_when_ready=args.exit_when_ready,
        login_note=LOGIN_NOTE,
        ui_state_file=str(folder / "window.ini"),
    )


def demo_url(folder: Path) -> str:
    return f"sqlite:///{folder / DB_FILE_NAME}"


def ensure_demo(folder: Path) -> str | None:
    """Make the demo center unless it is there; returns what was made (None when it was)."""
    _claim(folder)
    from peercenter.db import migrate
    from peercenter.db.engine import Database
    from peercenter.services import clock, setup
    from peercenter.services.credentials.shipped import sync_shipped_safely
    from peercenter.services.demo import build_demo

    database = Database.from_url(demo_url(folder))
    try:
        migrate.upgrade(database.engine)
        sync_shipped_safely(database)
        with database.reader() as session:
            if setup.is_set_up(session):
                return None
        form = setup.FirstStart(
            center_name=DEMO_CENTER_NAME,
            timezone=clock.detect_local_timezone(),
            first_name="Alex",
            last_name="Administrator",
            username=DEMO_ADMIN,
            password=DEMO_PASSWORD,
            password_again=DEMO_PASSWORD,
        )
        with database.session() as session:  # all of it, or nothing
            actor = setup.create_center(session, form)
            summary = build_demo(session, actor, DEMO_PASSWORD)
    finally:
        database.dispose()
    return (
        f"{summary.staff} staff, {summary.participants} participants, {summary.groups} groups "
        f"with {summary.sessions:,} sessions, a year of history"
    )


def _claim(folder: Path) -> None:
    """Only a new or empty folder becomes the demo's (marked as such), so neither the demo
    nor --delete ever mixes with a folder that holds anything else."""
    if (folder / MARKER).exists():
        return
    if folder.exists() and any(folder.iterdir()):
        raise DemoFolderError(
            f"The demo center needs a folder of its own, and {folder} already holds other "
            "files; nothing was changed. Set PEERCENTER_DEMO_DIR to a new folder."
        )
    private_dir(folder)
    with open_private(folder / MARKER) as marker:
        marker.write(
            "This folder holds the PeerCenter demo center (fictional people only).\n"
            "Delete it with: peercenter demo --delete\n"
        )


def delete(folder: Path) -> int:
    if not folder.exists():
        print("There is no demo center to delete.")
        return 0
    if not (folder / MARKER).exists():
        raise DemoFolderError(
            f"{folder} is not a folder the demo center made ({MARKER} is missing); nothing "
            "was deleted."
        )
    shutil.rmtree(folder)
    print(f"Deleted the demo center and its folder {folder}.")
    return 0
