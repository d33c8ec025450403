"""`peercenter wellbeing [--json]`: the burnout guardrails dashboard, for a supervisor (their
supervisees) or an administrator (everyone)."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from peercenter.commands.common import open_database, sign_in

if TYPE_CHECKING:
    from peercenter.services.wellbeing.dashboard import DashboardRow


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "wellbeing",
        help="burnout guardrails: each supervisee's level and flags",
        description="Each supervisee's guardrail level (green, amber, red) with the flags "
        "behind it. Needs --user of a supervisor or an administrator.",
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.set_defaults(handler=run)


def _as_json(row: DashboardRow) -> dict[str, Any]:
    return {
        "staff": row.name,
        "staff_id": row.staff_id,
        "level": row.level.value,
        "flags": [
            {
                "rule": f.rule,
                "level": f.level.value,
                "message": f.message,
                "numbers": dict(f.numbers),
            }
            for f in row.flags
        ],
        "last_supervision": row.last_supervision.isoformat() if row.last_supervision else None,
        "last_checkin": row.last_checkin.isoformat() if row.last_checkin else None,
        "week_hours": row.week_hours,
        "cap_hours": row.cap_hours,
    }


def _as_text(rows: list[DashboardRow]) -> str:
    if not rows:
        return "Nobody to show: no active supervisees."
    width = max(len(r.name) for r in rows)
    lines = []
    for row in rows:
        supervised = row.last_supervision.isoformat() if row.last_supervision else "none"
        lines.append(
            f"{row.level.value.upper():<5}  {row.name:<{width}}  "
            f"{row.week_hours:g} of {row.cap_hours:g} h this week, "
            f"last supervision {supervised}"
        )
        lines.extend(f"       {flag.level.value}: {flag.message}" for flag in row.flags)
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    from peercenter.services.wellbeing.dashboard import dashboard

    db = open_database(args)
    try:
        actor = sign_in(args, db)
        with db.session() as session:  # the view is audited, so it commits
            rows = dashboard(session, actor)
    finally:
        db.dispose()
    print(json.dumps([_as_json(r) for r in rows], indent=2) if args.json else _as_text(rows))
    return 0
