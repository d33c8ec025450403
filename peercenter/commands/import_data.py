"""`peercenter import participants FILE [--dry-run] [--all-or-nothing]`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from peercenter.commands.common import open_database, sign_in
from peercenter.services.csv_import.participants import (
    ImportPreview,
    RowProblem,
    import_participants,
    preview_participants,
)
from peercenter.services.csv_import.reading import load_file


def register(commands: Any) -> None:
    parser = commands.add_parser("import", help="import records from CSV files")
    sub = parser.add_subparsers(dest="import_command", metavar="KIND", required=True)
    people = sub.add_parser(
        "participants", help="participants from a CSV file",
        description="Import participants from a CSV file (UTF-8) whose first line names the "
                    "columns: preferred_name (required), last_name, phone, email, status, "
                    "intake_date, consent_on_sign_in, consent_full_last_name, consent_contact, "
                    "notes. Rows with problems are listed and skipped.")
    people.add_argument("file", type=Path, metavar="FILE")
    people.add_argument("--dry-run", action="store_true",
                        help="check the file and list the problems; change nothing")
    people.add_argument("--all-or-nothing", action="store_true",
                        help="import nothing if any row has a problem")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from peercenter.cli import CommandError
    data = load_file(args.file)
    db = open_database(args)
    try:
        actor = sign_in(args, db)
        if args.dry_run:
            with db.reader() as session:
                preview = preview_participants(session, actor, data, args.file.name)
            _report(preview)
            print(f"Dry run: {preview.rows:,} rows read, {preview.good_rows:,} can be imported,"
                  f" {preview.bad_rows:,} have problems. Nothing was changed.")
            return 0
        with db.reader() as session:
            preview = preview_participants(session, actor, data, args.file.name)
        _report(preview)
        if preview.problems and args.all_or_nothing:
            raise CommandError(f"{preview.bad_rows:,} of {preview.rows:,} rows have problems, "
                               "so nothing was imported.")
        with db.session() as session:
            result = import_participants(session, actor, data, args.file.name,
                                         all_or_nothing=args.all_or_nothing)
    finally:
        db.dispose()
    skipped = f"; skipped {result.skipped:,} rows with problems" if result.skipped else ""
    print(f"Imported {result.imported:,} participants from {args.file.name}{skipped}.")
    return 0


def _report(preview: ImportPreview) -> None:
    if preview.ignored_columns:
        print("Columns not used: " + ", ".join(preview.ignored_columns))
    _table("Problems (these rows are not imported):", preview.problems)
    _table("Please check (these rows are imported):", preview.warnings)


def _table(title: str, items: list[RowProblem]) -> None:
    if not items:
        return
    width = max(len("Column"), *(len(p.column) for p in items))
    print(title)
    print(f"  {'Line':>6}  {'Column':<{width}}  Problem")
    for p in items:
        print(f"  {p.line:>6}  {p.column:<{width}}  {p.message}")
