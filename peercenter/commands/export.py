"""`peercenter export ics [--group NAME | --room NAME | --facilitator NAME] [--from DATE]
-o FILE`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from peercenter.commands.common import iso_date, open_database, sign_in


def register(commands: Any) -> None:
    parser = commands.add_parser("export", help="export data to files other programs read")
    sub = parser.add_subparsers(dest="export_command", metavar="FORMAT", required=True)
    ics = sub.add_parser(
        "ics",
        help="the schedule as an iCalendar (.ics) file",
        description="Write the schedule as an iCalendar file that calendar "
        "programs can import: every group, or one group, room "
        "or facilitator, from a first day on (by default three months back).",
    )
    which = ics.add_mutually_exclusive_group()
    which.add_argument("--group", metavar="NAME", help="only this group")
    which.add_argument("--room", metavar="NAME", help="only sessions in this room")
    which.add_argument(
        "--facilitator", metavar="NAME", help="only sessions this person facilitates"
    )
    ics.add_argument(
        "--from",
        dest="from_date",
        type=iso_date,
        metavar="DATE",
        help="the first day exported, like 2026-03-02 (default: three months back)",
    )
    ics.add_argument(
        "-o", "--output", required=True, metavar="FILE", type=Path, help="the .ics file to write"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from peercenter.fileio import write_atomically
    from peercenter.services import ical_export, settings
    from peercenter.services.clock import local_today

    db = open_database(args)
    try:
        actor = sign_in(args, db)
        with db.session() as session:
            scope = ical_export.resolve_scope(
                session, actor, group=args.group, room=args.room, facilitator=args.facilitator
            )
            since = args.from_date or ical_export.default_start(
                local_today(settings.center_timezone(session))
            )
            export = ical_export.export_calendar(session, actor, scope, since)
            # Written inside the transaction: if the file cannot be written, the audit
            # event for the export is rolled back with it.
            write_atomically(args.output, export.data)
    finally:
        db.dispose()
    print(
        f"Wrote {scope.label}: {export.series} series, {export.changed_sessions} changed "
        f"sessions (from {since:%Y-%m-%d} on), to {args.output}."
    )
    return 0
