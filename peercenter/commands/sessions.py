"""`peercenter sessions --from DATE --to DATE [--group NAME] [--room NAME]
[--facilitator NAME] [--json]`: the sessions in a span of days."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from peercenter.commands.common import CommandError, iso_date, open_database, sign_in
from peercenter.domain import timefmt

if TYPE_CHECKING:
    from peercenter.services.schedule.common import SessionView


def register(commands: Any) -> None:
    parser = commands.add_parser("sessions", help="list the sessions between two dates")
    parser.add_argument(
        "--from",
        dest="start",
        required=True,
        type=iso_date,
        metavar="DATE",
        help="first day (YYYY-MM-DD)",
    )
    parser.add_argument(
        "--to",
        dest="end",
        required=True,
        type=iso_date,
        metavar="DATE",
        help="last day (YYYY-MM-DD), included",
    )
    parser.add_argument("--group", metavar="NAME", help="only this group")
    parser.add_argument("--room", metavar="NAME", help="only this room")
    parser.add_argument("--facilitator", metavar="NAME", help="only this staff member")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from peercenter.services.schedule import sessions

    if args.end < args.start:
        raise CommandError("--to is before --from.")
    db = open_database(args)
    try:
        actor = sign_in(args, db)
        with db.reader() as s:
            group_ids = room_id = staff_id = None
            if args.group:
                group_ids = sessions.groups_named(s, args.group)
            if args.room:
                room_id = sessions.room_named(s, args.room)
            if args.facilitator:
                staff_id = sessions.staff_named(s, args.facilitator)
            wanted = sessions.SessionFilter(room_id=room_id, staff_id=staff_id, group_ids=group_ids)
            rows = sessions.list_sessions(s, actor, args.start, args.end, wanted)
    finally:
        db.dispose()
    if args.json:
        print(json.dumps([as_json(v) for v in rows], indent=2, ensure_ascii=False))
    else:
        for v in rows:
            print(as_line(v))
        if not rows:
            print("No sessions.")
    return 0


def as_json(v: SessionView) -> dict[str, Any]:
    return {
        "id": v.id,
        "group": v.group_name,
        "group_id": v.group_id,
        "kind": v.kind.value,
        "starts_at": v.starts_at.isoformat(),
        "ends_at": v.ends_at.isoformat(),
        "room": v.room or None,
        "facilitators": list(v.facilitators),
        "status": v.status.value,
        "cancel_reason": v.cancel_reason or None,
        "topic": v.topic or None,
        "edited": v.is_exception,
        "conflict": v.conflict or None,
    }


def as_line(v: SessionView) -> str:
    when = f"{timefmt.day(v.starts_at)}  {timefmt.time_range(v.starts_at, v.ends_at):<17}"
    parts = [when, v.group_name, v.room or "(no room)", ", ".join(v.facilitators) or "-"]
    if v.cancelled:
        parts.append(f"CANCELLED: {v.cancel_reason}")
    if v.conflict:
        parts.append(f"CLASH: {v.conflict}")
    return "  |  ".join(parts)
