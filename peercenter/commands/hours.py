"""`peercenter hours STAFF_NAME [--program NAME] [--json]` and
`peercenter report hours STAFF_NAME [--program NAME] [--from DATE] [--to DATE]
-o FILE.pdf|FILE.csv`."""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from peercenter.commands.common import CommandError, iso_date, open_database, sign_in
from peercenter.commands.report_parser import report_kinds
from peercenter.domain import timefmt
from peercenter.domain.credentials.status import Status
from peercenter.domain.enums import RequirementKind

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from peercenter.db.engine import Database
    from peercenter.domain.credentials.progress import RequirementProgress
    from peercenter.services.context import Actor
    from peercenter.services.credentials.progress import EnrolledProgress, PersonProgress


def register(commands: Any) -> None:
    hours = commands.add_parser(
        "hours",
        help="training, experience and supervision hours toward each credential of one person",
    )
    hours.add_argument("staff_name", metavar="STAFF_NAME", help="full name or user name")
    hours.add_argument("--program", metavar="NAME", help="only this program (name or code)")
    hours.add_argument("--json", action="store_true", help="print JSON instead of a table")
    hours.set_defaults(handler=run_hours)

    board = report_kinds(commands).add_parser(
        "hours",
        help="the hours report for a certification board (PDF, or CSV when FILE ends in .csv)",
    )
    board.add_argument("staff_name", metavar="STAFF_NAME")
    board.add_argument(
        "--program",
        metavar="NAME",
        help="name or code (needed when the person has several programs)",
    )
    board.add_argument(
        "--from",
        dest="period_from",
        metavar="DATE",
        type=iso_date,
        help="list the entries from this day on (default: all of them)",
    )
    board.add_argument(
        "--to",
        dest="period_to",
        metavar="DATE",
        type=iso_date,
        help="the report as of this day (default: today)",
    )
    board.add_argument("-o", "--output", metavar="FILE", required=True, type=Path)
    board.set_defaults(handler=run_report)


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def _h(minutes: int | float | None) -> float | None:
    return None if minutes is None else round(minutes / 60, 2)


def requirement_json(item: RequirementProgress) -> dict[str, Any]:
    r = item.requirement
    out: dict[str, Any] = {
        "name": r.name,
        "kind": r.kind.value,
        "phase": r.phase.value,
        "required_hours": _h(item.required_minutes),
        "completed_hours": _h(item.completed_minutes),
        "unverified_hours": _h(item.unverified_minutes),
        "missing_hours": _h(item.missing_minutes),
        "pace_hours_per_week": _h(item.pace_minutes_per_week),
        "projected_completion": _iso(item.projected_on),
        "deadline": _iso(item.deadline),
        "status": item.status.value,
        "explanation": item.explanation,
    }
    if r.kind is RequirementKind.SUPERVISION_FREQUENCY:
        out["period"] = r.period.value if r.period else None
        out["missed_periods"] = [[_iso(a), _iso(b)] for a, b in item.missed_periods]
        out["next_due"] = _iso(item.next_due)
    return out


def program_json(enrolled: EnrolledProgress) -> dict[str, Any]:
    p = enrolled.progress
    return {
        "program": p.program.name,
        "code": p.program.code,
        "started_on": _iso(p.enrollment.started_on),
        "achieved_on": _iso(p.enrollment.achieved_on),
        "expires_on": _iso(p.enrollment.expires_on),
        "renewal_due": _iso(p.cycle.due) if p.cycle else None,
        "requirements": [requirement_json(r) for r in p.requirements],
        "warnings": [
            {"level": a.level.value, "message": a.message, "due": _iso(a.due)}
            for a in enrolled.alerts
        ],
    }


def progress_json(person: PersonProgress, programs: tuple[EnrolledProgress, ...]) -> dict[str, Any]:
    """``staff`` (the name) and ``programs``, each with ``program`` (the name) and
    ``requirements``; every requirement has ``name``, ``kind``, ``required_hours``,
    ``completed_hours`` and ``missing_hours`` (null for regular-supervision rules, which are
    about weeks or months rather than hours)."""
    return {
        "staff": person.name,
        "staff_id": person.staff_id,
        "supervisor": person.supervisor or None,
        "as_of": person.as_of.isoformat(),
        "programs": [program_json(p) for p in programs],
    }


def _cell(minutes: int | None) -> str:
    return "" if minutes is None else f"{minutes / 60:.2f}"


def _print_table(person: PersonProgress, programs: tuple[EnrolledProgress, ...]) -> None:
    line = f"{person.name}, as of {timefmt.date_text(person.as_of)}"
    print(line + (f" (supervisor: {person.supervisor})" if person.supervisor else ""))
    if not programs:
        print("Not enrolled in any credential program.")
    for enrolled in programs:
        p = enrolled.progress
        print()
        state = (
            f"achieved {timefmt.date_text(p.enrollment.achieved_on)}"
            if p.achieved and p.enrollment.achieved_on is not None
            else f"started {timefmt.date_text(p.enrollment.started_on)}"
        )
        print(f"{p.program.name} ({state})")
        print(f"  {'Requirement':<44} {'Required':>9} {'Counted':>9} {'Missing':>9}  Status")
        for r in p.requirements:
            if r.status is Status.ACHIEVED:
                print(f"  {r.requirement.name[:44]:<44} {r.explanation}")
                continue
            print(
                f"  {r.requirement.name[:44]:<44} {_cell(r.required_minutes):>9} "
                f"{_cell(r.completed_minutes):>9} {_cell(r.missing_minutes):>9}  "
                f"{r.status.label}"
            )
        for alert in enrolled.alerts:
            print(f"  [{alert.level.value}] {alert.message}")


@contextmanager
def _signed_in(args: argparse.Namespace) -> Iterator[tuple[Database, Actor]]:
    db = open_database(args)
    try:
        yield db, sign_in(args, db)
    finally:
        db.dispose()


def _person(
    session: Session, actor: Actor, args: argparse.Namespace
) -> tuple[PersonProgress, tuple[EnrolledProgress, ...]]:
    """The person named on the command line and their programs (only --program's, if
    given)."""
    from peercenter.services.credentials.lookup import find_enrolled, find_person
    from peercenter.services.credentials.progress import person_progress as compute

    staff = find_person(session, actor, args.staff_name)
    person = compute(session, actor, staff.id)
    programs = person.programs
    if args.program:
        programs = (find_enrolled(programs, args.program, person.name),)
    return person, programs


def run_hours(args: argparse.Namespace) -> int:
    with _signed_in(args) as (db, actor), db.session() as session:
        person, programs = _person(session, actor, args)
    if args.json:
        print(json.dumps(progress_json(person, programs), indent=2, ensure_ascii=False))
    else:
        _print_table(person, programs)
    return 0


def run_report(args: argparse.Namespace) -> int:
    from peercenter.documents.hours import save_hours_report
    from peercenter.fileio import check_target

    target: Path = check_target(args.output)  # refused before any work (or audit) is done
    with _signed_in(args) as (db, actor), db.session() as session:
        person, programs = _person(session, actor, args)
        if not programs:
            raise CommandError(f"{person.name} is not enrolled in any credential program.")
        if len(programs) > 1:
            names = ", ".join(p.progress.program.name for p in programs)
            raise CommandError(
                f"{person.name} is enrolled in several programs ({names}); "
                "choose one with --program."
            )
        report = save_hours_report(
            session,
            actor,
            person.staff_id,
            programs[0].program_id,
            target,
            period_from=args.period_from,
            period_to=args.period_to,
        )
    print(f"Wrote the hours report for {report.person} ({report.program.name}) to {target}.")
    return 0
