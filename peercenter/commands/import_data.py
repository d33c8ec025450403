"""`peercenter import participants|groups FILE [--dry-run] [--all-or-nothing]
[--accept-warnings REASON]` (the last for groups)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from peercenter.commands.common import CommandError, open_database, sign_in

if TYPE_CHECKING:
    from peercenter.services.csv_import.kinds import Importer
    from peercenter.services.csv_import.sheet import ImportPreview, RowProblem


def register(commands: Any) -> None:
    from peercenter.services.csv_import.kinds import IMPORTERS

    parser = commands.add_parser("import", help="import records from CSV files")
    sub = parser.add_subparsers(dest="import_command", metavar="KIND", required=True)
    for importer in IMPORTERS.values():
        kind = sub.add_parser(
            importer.key,
            help=f"{importer.plural} from a CSV file",
            description=f"Import {importer.plural} from a CSV file (UTF-8) whose first line "
            f"names the columns: {importer.columns}. Rows with problems are "
            "listed and skipped.",
        )
        kind.add_argument("file", type=Path, metavar="FILE")
        kind.add_argument(
            "--dry-run",
            action="store_true",
            help="check the file and list the problems; change nothing",
        )
        kind.add_argument(
            "--all-or-nothing", action="store_true", help="import nothing if any row has a problem"
        )
        if importer.takes_reason:
            kind.add_argument(
                "--accept-warnings",
                metavar="REASON",
                default="",
                help="import the rows that would take a facilitator over their weekly hours "
                "or a red burnout guardrail, with this reason in the audit trail (without "
                "it those rows are left out)",
            )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from peercenter.services.csv_import.kinds import IMPORTERS
    from peercenter.services.csv_import.reading import load_file
    from peercenter.services.csv_import.sheet import rows

    importer: Importer = IMPORTERS[args.import_command]
    data = load_file(args.file)
    reason = str(getattr(args, "accept_warnings", "") or "").strip()
    db = open_database(args)
    try:
        actor = sign_in(args, db)
        preview = importer.dry_run(db, actor, data, args.file.name, reason)
        _report(preview)
        if args.dry_run:
            print(
                f"Dry run: {preview.rows:,} rows read, {preview.good_rows:,} can be imported,"
                f" {preview.bad_rows:,} {_have(preview.bad_rows)} problems. Nothing was changed."
            )
            return 0
        if preview.problems and args.all_or_nothing:
            raise CommandError(
                f"{preview.bad_rows:,} of {preview.rows:,} rows "
                f"{_have(preview.bad_rows)} problems, so nothing was imported."
            )
        with db.session() as session:
            result = importer.add(session, actor, data, args.file.name, args.all_or_nothing, reason)
    finally:
        db.dispose()
    skipped = f"; skipped {rows(result.skipped)} with problems" if result.skipped else ""
    noun = importer.noun if result.imported == 1 else importer.plural
    print(f"Imported {result.imported:,} {noun} from {args.file.name}{skipped}.")
    return 0


def _have(count: int) -> str:
    return "has" if count == 1 else "have"


def _report(preview: ImportPreview) -> None:
    from peercenter.services.csv_import.sheet import rows

    for note in preview.notes:  # how the file was read: its encoding, ambiguous dates
        print(note)
    if preview.ignored_columns:
        print("Columns not used: " + ", ".join(preview.ignored_columns))
    _table("Problems (these rows are not imported):", preview.problems)
    _table("Please check (these rows are imported):", preview.warnings)
    if preview.needs_reason:
        print(
            f"{rows(preview.needs_reason)} would take a facilitator over their weekly hours "
            "or a red burnout guardrail; to import "
            f"{'it' if preview.needs_reason == 1 else 'them'} anyway, say why with "
            "--accept-warnings REASON."
        )


def _table(title: str, items: list[RowProblem]) -> None:
    if not items:
        return
    width = max(len("Column"), *(len(p.column) for p in items))
    print(title)
    print(f"  {'Line':>6}  {'Column':<{width}}  Problem")
    for p in items:
        print(f"  {p.line:>6}  {p.column:<{width}}  {p.message}")
