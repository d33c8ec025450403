"""`peercenter export ics` and `peercenter import participants|groups` as a user runs them."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
from sqlalchemy import func, select, update

from peercenter.db.engine import Database
from peercenter.db.models import AuditEvent, Group, Participant, Staff
from peercenter.domain.enums import Role
from peercenter.domain.recurrence import Frequency, Recurrence
from peercenter.services import ical_export
from tests.e2e.test_cli import run_cli
from tests.factories import center, staff_with_login
from tests.schedule_data import add_group, add_room, add_staff, plan

PEOPLE = """First Name,Last Name,Phone,Intake Date
Maria,Gonzalez,555-010-2233,2025-03-14
,Nobody,,
Ray,Lopez,12,
Jo,K,,14 Mar 2025
"""


def _setup_schedule(url: str) -> None:
    db = Database.from_url(url)
    try:
        admin = center(db)
        staff_with_login(db, admin, "spec", Role.SPECIALIST)
        oak = add_room(db, "Oak Room")
        lena = add_staff(db, "Lena", "Ortiz")
        for name, rec in [
            ("Recovery Circle", Recurrence(Frequency.WEEKLY, weekdays=(1,))),
            ("Family Night", Recurrence(Frequency.MONTHLY, weekdays=(4,), nth=(-1,))),
        ]:
            gid = add_group(
                db, name, rec, date(2026, 1, 5), time(18), room_id=oak, staff_ids=(lena,)
            )
            plan(db, gid, date(2026, 12, 31))
    finally:
        db.dispose()


def _count(url: str, model: type) -> int:
    db = Database.from_url(url)
    try:
        with db.reader() as s:
            return int(s.scalar(select(func.count()).select_from(model)) or 0)
    finally:
        db.dispose()


def test_export_ics(database_url: str, tmp_path: Path) -> None:
    _setup_schedule(database_url)
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    out = tmp_path / "schedule.ics"
    result = run_cli("--db", database_url, "--user", "admin", "export", "ics", "-o", str(out))
    assert result.returncode == 0, result.stderr
    # Three months back by default (the center's today may be this computer's yesterday).
    firsts = {
        ical_export.default_start(date.today() + timedelta(days=shift)) for shift in (-1, 0, 1)
    }
    assert any(
        f"Wrote All groups: 2 series, 0 changed sessions (from {first:%Y-%m-%d} on), to {out}."
        in result.stdout
        for first in firsts
    ), result.stdout
    events = icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert {str(e["SUMMARY"]) for e in events} == {"Recovery Circle", "Family Night"}
    assert [p.name for p in tmp_path.iterdir()] == ["schedule.ics"]  # no temporary left
    since = run_cli(
        "--db", database_url, "--user", "admin", "export", "ics", "--from", "2020-01-06",
        "-o", str(out),
    )  # fmt: skip
    assert "sessions (from 2020-01-06 on), to" in since.stdout, since.stderr

    one = tmp_path / "circle.ics"
    result = run_cli(
        "--db",
        database_url,
        "--user",
        "spec",
        "export",
        "ics",
        "--group",
        "recovery circle",
        "-o",
        str(one),
    )
    assert result.returncode == 0, result.stderr
    assert [
        str(e["SUMMARY"]) for e in icalendar.Calendar.from_ical(one.read_bytes()).walk("VEVENT")
    ] == ["Recovery Circle"]
    by_person = run_cli(
        "--db",
        database_url,
        "--user",
        "admin",
        "export",
        "ics",
        "--facilitator",
        "Lena Ortiz",
        "-o",
        str(tmp_path / "lena.ics"),
    )
    assert by_person.returncode == 0 and "Lena Ortiz: 2 series" in by_person.stdout
    assert _count(database_url, AuditEvent) >= 3


def test_export_ics_failures_leave_no_file(database_url: str, tmp_path: Path) -> None:
    _setup_schedule(database_url)
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    unknown = run_cli(
        "--db",
        database_url,
        "--user",
        "admin",
        "export",
        "ics",
        "--room",
        "Attic",
        "-o",
        str(tmp_path / "x.ics"),
    )
    assert unknown.returncode == 1
    assert unknown.stderr.strip() == "peercenter: No room matches 'Attic'."
    missing = run_cli(
        "--db",
        database_url,
        "--user",
        "admin",
        "export",
        "ics",
        "-o",
        str(tmp_path / "no such folder" / "x.ics"),
    )
    assert missing.returncode == 1 and "does not exist" in missing.stderr
    both = run_cli(
        "--db",
        database_url,
        "--user",
        "admin",
        "export",
        "ics",
        "--room",
        "Oak",
        "--group",
        "Family Night",
        "-o",
        str(tmp_path / "x.ics"),
    )
    assert both.returncode == 2
    assert list(tmp_path.iterdir()) == []


def test_import_participants(database_url: str, tmp_path: Path) -> None:
    _setup_schedule(database_url)
    csv_file = tmp_path / "people.csv"
    csv_file.write_text(PEOPLE, encoding="utf-8")
    base = ("--db", database_url, "--user", "admin", "import", "participants", str(csv_file))
    dry = run_cli(*base, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    lines = dry.stdout.splitlines()
    assert "Problems (these rows are not imported):" in lines
    assert any(
        line.split()[:3] == ["3", "First", "Name"] and "Preferred name is required." in line
        for line in lines
    )
    assert any(line.split()[:2] == ["4", "Phone"] for line in lines)
    assert (
        lines[-1] == "Dry run: 4 rows read, 2 can be imported, 2 have problems. "
        "Nothing was changed."
    )
    assert _count(database_url, Participant) == 0

    strict = run_cli(*base, "--all-or-nothing")
    assert strict.returncode == 1
    assert "2 of 4 rows have problems, so nothing was imported." in strict.stderr
    assert _count(database_url, Participant) == 0

    done = run_cli(*base)
    assert done.returncode == 0, done.stderr
    assert (
        done.stdout.splitlines()[-1]
        == "Imported 2 participants from people.csv; skipped 2 rows with problems."
    )
    assert _count(database_url, Participant) == 2


def test_a_stray_quote_is_a_bad_row_in_the_dry_run_and_all_or_nothing_imports_nothing(
    database_url: str, tmp_path: Path
) -> None:
    _setup_schedule(database_url)
    csv_file = tmp_path / "people.csv"
    csv_file.write_text(
        'First Name,Last Name,Phone\nMaria,"Gonzalez,555-010-2233\nRay,Lopez,\nJo,Kim,\n',
        encoding="utf-8",
    )
    base = ("--db", database_url, "--user", "admin", "import", "participants", str(csv_file))
    dry = run_cli(*base, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    lines = dry.stdout.splitlines()
    assert any(
        line.split()[:3] == ["2", "Last", "Name"]
        and 'Line 2 has a quote mark (") that is never closed' in line
        for line in lines
    ), dry.stdout
    assert lines[-1] == (
        "Dry run: 3 rows read, 2 can be imported, 1 has problems. Nothing was changed."
    )
    strict = run_cli(*base, "--all-or-nothing")
    assert strict.returncode == 1
    assert strict.stderr.strip().splitlines()[-1] == (
        "peercenter: 1 of 3 rows has problems, so nothing was imported."
    )
    assert _count(database_url, Participant) == 0
    done = run_cli(*base)
    assert done.stdout.splitlines()[-1] == (
        "Imported 2 participants from people.csv; skipped 1 row with problems."
    )
    assert _count(database_url, Participant) == 2


GROUPS = """name,room,lead facilitator,first date,start time,duration minutes,repeats,sessions
Walking Group,Oak Room,Lena Ortiz,2026-12-29,10:00,60,"weekly on Tue,Thu",4
Clash,Oak Room,Lena Ortiz,2026-12-29,18:30,60,once,
Typo,Oak Room,Lena Ortiz,2026-12-30,10:00,60,weekly on Tue 10am,
"""


def test_import_groups(database_url: str, tmp_path: Path) -> None:
    _setup_schedule(database_url)
    csv_file = tmp_path / "groups.csv"
    csv_file.write_text(GROUPS, encoding="utf-8")
    base = ("--db", database_url, "--user", "admin", "import", "groups", str(csv_file))
    dry = run_cli(*base, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    lines = dry.stdout.splitlines()
    clash = next(line for line in lines if line.split()[:2] == ["3", "room"])
    assert "Oak Room is already booked for 'Recovery Circle' on Tue 29 Dec 2026" in clash
    assert any(line.split()[:2] == ["4", "repeats"] and "'10am' in" in line for line in lines)
    assert (
        lines[-1] == "Dry run: 3 rows read, 1 can be imported, 2 have problems. "
        "Nothing was changed."
    )
    assert _count(database_url, Group) == 2

    strict = run_cli(*base, "--all-or-nothing")
    assert strict.returncode == 1
    assert "2 of 3 rows have problems, so nothing was imported." in strict.stderr
    assert _count(database_url, Group) == 2

    done = run_cli(*base)
    assert done.returncode == 0, done.stderr
    assert (
        done.stdout.splitlines()[-1]
        == "Imported 1 group from groups.csv; skipped 2 rows with problems."
    )
    assert _count(database_url, Group) == 3
    refused = run_cli("--db", database_url, "--user", "spec", "import", "groups", str(csv_file))
    assert refused.returncode == 1 and "not allowed to create and change groups" in refused.stderr


def test_a_row_over_a_red_warning_needs_accept_warnings(database_url: str, tmp_path: Path) -> None:
    _setup_schedule(database_url)
    db = Database.from_url(database_url)
    try:
        sam = add_staff(db, "Sam", "Short")
        with db.session() as s:
            s.execute(update(Staff).where(Staff.id == sam).values(weekly_hours_cap=4.0))
    finally:
        db.dispose()
    today = datetime.now(ZoneInfo("America/Chicago")).date()
    monday = today + timedelta(days=7 - today.weekday())
    csv_file = tmp_path / "daily.csv"
    csv_file.write_text(
        "name,room,lead facilitator,first date,start time,duration minutes,repeats,end date\n"
        f"Daily Sam,Oak Room,Sam Short,{monday},9:00,60,daily,{monday + timedelta(days=4)}\n",
        encoding="utf-8",
    )
    base = ("--db", database_url, "--user", "admin", "import", "groups", str(csv_file))
    reason = "Sam covers the mornings this week; agreed with Lena."

    dry = run_cli(*base, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    [held] = [line for line in dry.stdout.splitlines() if line.split()[:1] == ["2"]]
    assert "Sam Short: Scheduled 5 h" in held and "cap is 4 h" in held
    assert held.endswith("Importing it needs a reason.")
    assert (
        "1 row would take a facilitator over their weekly hours or a red burnout guardrail; "
        "to import it anyway, say why with --accept-warnings REASON." in dry.stdout
    )
    refused = run_cli(*base)
    assert refused.returncode == 1 and "None of the 1 row can be imported" in refused.stderr
    assert _count(database_url, Group) == 2  # never assigned without a reason

    checked = run_cli(*base, "--dry-run", "--accept-warnings", reason)
    assert checked.returncode == 0, checked.stderr
    assert "Please check (these rows are imported):" in checked.stdout
    assert "1 can be imported, 0 have problems" in checked.stdout
    done = run_cli(*base, "--accept-warnings", reason)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "Imported 1 group from daily.csv."
    db = Database.from_url(database_url)
    try:
        with db.reader() as s:
            event = s.scalars(
                select(AuditEvent).where(AuditEvent.action == "guardrail_override")
            ).one()
            assert (event.entity_id, event.details["reason"]) == (str(sam), reason)
    finally:
        db.dispose()
    people = run_cli("import", "participants", "--help")
    assert people.returncode == 0 and "--accept-warnings" not in people.stdout


def test_import_refuses_bad_files_and_roles(database_url: str, tmp_path: Path) -> None:
    _setup_schedule(database_url)
    sheet = tmp_path / "people.xlsx"
    sheet.write_bytes(b"PK\x03\x04" + bytes(range(256)))
    bad = run_cli("--db", database_url, "--user", "admin", "import", "participants", str(sheet))
    assert bad.returncode == 1
    assert (
        "This is an Excel workbook (.xlsx) or another zipped file, not a CSV text file."
        in bad.stderr
    )
    good = tmp_path / "people.csv"
    good.write_text(PEOPLE, encoding="utf-8")
    refused = run_cli("--db", database_url, "--user", "spec", "import", "participants", str(good))
    assert refused.returncode == 1 and "not allowed to add and edit participants" in refused.stderr
    missing = run_cli(
        "--db",
        database_url,
        "--user",
        "admin",
        "import",
        "participants",
        str(tmp_path / "nope.csv"),
    )
    assert missing.returncode == 1 and "There is no file" in missing.stderr
    assert _count(database_url, Participant) == 0
