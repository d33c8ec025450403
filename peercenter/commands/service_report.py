"""`peercenter report services --month YYYY-MM [-o FILE.pdf|FILE.csv] [--json]
[--suppress-small-counts]`: the monthly service report for funders (counts only)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from peercenter.commands.common import open_database, sign_in
from peercenter.commands.report_parser import report_kinds


def _month(text: str) -> Any:
    """An argparse type: a month written like 2026-03, else a usage error (exit 2)."""
    from peercenter.domain.errors import ValidationError
    from peercenter.services.service_report import parse_month

    try:
        return parse_month(text)
    except ValidationError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a month like 2026-03") from None


def register(commands: Any) -> None:
    services = report_kinds(commands).add_parser(
        "services",
        help="the monthly service report for funders: people served, sessions, hours "
        "(counts only; PDF, or CSV when FILE ends in .csv)",
    )
    services.add_argument("--month", required=True, type=_month, metavar="YYYY-MM")
    services.add_argument("-o", "--output", metavar="FILE", type=Path)
    services.add_argument("--json", action="store_true", help="print the figures as JSON")
    services.add_argument(
        "--suppress-small-counts",
        action="store_true",
        help='show counts of 1 to 4 people as "< 5"',
    )
    services.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from peercenter.domain.errors import ValidationError
    from peercenter.reports.service_data import as_json, month_rows
    from peercenter.reports.service_file import write_service_report
    from peercenter.services.service_report import service_report

    target: Path | None = args.output
    if target is not None and not target.parent.exists():
        raise ValidationError(f"The folder {target.parent} does not exist.")
    db = open_database(args)
    try:
        actor = sign_in(args, db)
        with db.session() as session:
            report = service_report(session, actor, args.month, args.suppress_small_counts)
            if target is not None:
                # Inside the transaction: no audit event without the file.
                write_service_report(report, target)
    finally:
        db.dispose()
    if args.json:
        print(json.dumps(as_json(report), indent=2, ensure_ascii=False))
    elif target is None:
        print(f"{report.center_name}: services in {report.month:%B %Y}")
        if not report.complete:
            print("(the month is not over yet: figures so far)")
        for label, value, _note in month_rows(report, english=True):
            print(f"  {label:<36} {value:>8}")
    if target is not None:
        print(f"Wrote the service report for {report.month:%B %Y} to {target}.", flush=True)
    return 0
