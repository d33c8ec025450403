"""`peercenter audit [--since DATE] [--until DATE] [--user NAME] [--action A] [--entity E]
[--json | --csv FILE] [--verify]` (administrators)."""

from __future__ import annotations

import argparse
import io
import json
import sys
from pathlib import Path
from typing import Any

from peercenter.commands.common import iso_date, open_database, sign_in


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "audit",
        help="review, export or verify the audit trail (administrators)",
        description="Sign in with the global --user; the --user after 'audit' filters events "
        "by who did them, e.g. peercenter --user admin audit --user sam",
    )
    parser.add_argument("--since", type=iso_date, metavar="DATE", help="from this day on")
    parser.add_argument("--until", type=iso_date, metavar="DATE", help="up to this day")
    parser.add_argument(
        "--user",
        dest="filter_user",
        default="",
        metavar="NAME",
        help="only events by this user name",
    )
    parser.add_argument("--action", default="", help="only this action (create, update, …)")
    parser.add_argument("--entity", default="", help="only this kind of record")
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print the events as JSON")
    output.add_argument("--csv", type=Path, metavar="FILE", help="write the events to a CSV")
    output.add_argument(
        "--verify",
        action="store_true",
        help="check the hash chain; exit 1 if any event was changed, deleted or inserted",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from peercenter.fileio import csv_bytes, write_atomically
    from peercenter.services import audit_review

    db = open_database(args)
    try:
        actor = sign_in(args, db)
        filt = audit_review.AuditFilter(
            since=args.since,
            until=args.until,
            username=args.filter_user,
            action=args.action,
            entity=args.entity,
        )
        if args.verify:
            with db.session() as session:
                verdict = audit_review.verify_chain(session, actor)
            if verdict.ok:
                agrees = (
                    f"; it agrees with {verdict.backups_compared} backups of this database"
                    if verdict.backups_compared
                    else ""
                )
                print(
                    f"OK: {verdict.rows_checked} events, the chain is intact "
                    f"(newest hash {verdict.last_hash[:16]}…){agrees}."
                )
                return 0
            where = (
                ""
                if verdict.against_backups
                else f" Events before #{verdict.first_bad_id} check out."
            )
            print(f"TAMPERED: {verdict.problem}.{where}", file=sys.stderr)
            return 1
        if args.json:
            with db.session() as session:
                events = audit_review.raw_events(session, actor, filt)
            json.dump(events, sys.stdout, ensure_ascii=False, indent=1)
            print()
            return 0
        if args.csv is not None:
            out = io.StringIO()
            with db.session() as session:
                written = audit_review.export_csv(session, actor, filt, out)
                # Written whole or not at all, inside the unit of work that records it.
                write_atomically(args.csv, csv_bytes(out.getvalue()))
            print(f"Wrote {written} events to {args.csv}.")
            return 0
        with db.session() as session:
            rows = audit_review.search(session, actor, filt)
        for row in reversed(rows):
            print(
                f"{row.id:>7}  {row.local_at:%Y-%m-%d %H:%M:%S}  {row.username:<16} "
                f"{row.action:<14} {row.entity:<12} {row.entity_id:<8} {row.details}"
            )
        print(f"{len(rows)} events.")
        return 0
    finally:
        db.dispose()
