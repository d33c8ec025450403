"""`peercenter audit [--since DATE] [--until DATE] [--user NAME] [--action A] [--entity E]
[--json | --csv FILE] [--verify | --prune]` and `peercenter audit --participant NAME_OR_ID
[--since DATE] [--until DATE] [--json | --csv FILE]` (administrators)."""

from __future__ import annotations

import argparse
import io
import json
import sys
from pathlib import Path
from typing import Any

from peercenter.commands.common import CommandError, iso_date, open_database, sign_in


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
    parser.add_argument(
        "--participant",
        metavar="NAME_OR_ID",
        help="an accounting for one participant: every view, print, export and change "
        "concerning them",
    )
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print the events as JSON")
    output.add_argument("--csv", type=Path, metavar="FILE", help="write the events to a CSV")
    output.add_argument(
        "--verify",
        action="store_true",
        help="check the hash chain; exit 1 if any event was changed, deleted or inserted",
    )
    output.add_argument(
        "--prune",
        action="store_true",
        help="delete the views older than the retention set in Settings (recorded as one event)",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from peercenter.fileio import csv_bytes, write_atomically
    from peercenter.services import audit_review

    if args.participant is not None and (
        args.verify or args.prune or args.filter_user or args.action or args.entity
    ):
        raise CommandError(
            "--participant takes only --since, --until and --json or --csv; "
            "it lists everything concerning that person."
        )
    db = open_database(args)
    try:
        actor = sign_in(args, db)
        if args.participant is not None:
            return _accounting(db, actor, args)
        if args.prune:
            from peercenter.services import retention

            with db.session() as session:
                pruned = retention.prune_views(session, actor)
            print(
                f"Deleted {pruned.deleted} views older than the retention"
                + (f" (event #{pruned.event_id})." if pruned.event_id else ".")
            )
            return 0
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


def _accounting(db: Any, actor: Any, args: argparse.Namespace) -> int:
    from peercenter.fileio import csv_bytes, write_atomically
    from peercenter.services import participant_accounting as accounting

    with db.session() as session:
        pid = accounting.find(session, actor, args.participant)
        found = accounting.account_for(session, actor, pid, args.since, args.until)
        if args.csv is not None:
            out = io.StringIO()
            written = accounting.write_csv(found, out)
            # Written whole or not at all, inside the unit of work that records it.
            write_atomically(args.csv, csv_bytes(out.getvalue()))
    if args.json:
        json.dump(accounting.as_json(found), sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    if args.csv is not None:
        print(f"Wrote {written} entries about {found.name} (number {pid}) to {args.csv}.")
        return 0
    print(f"Accounting for {found.name} (participant number {pid})")
    for e in found.entries:
        where = f" [{e.computer}]" if e.computer else ""
        print(f"{e.local_at:%Y-%m-%d %H:%M}  {e.username:<16} {e.what}{where}")
    print(f"{len(found.entries)} entries.")
    if found.views_complete_from is not None:
        print(
            f"Views before {found.views_complete_from.astimezone():%Y-%m-%d} were deleted "
            "after the retention; changes and printed papers are all here."
        )
    return 0
