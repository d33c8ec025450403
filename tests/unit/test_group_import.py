"""Importing groups with their schedule from a CSV file: every repeat pattern, the dry run's
bad rows (line, column, reason) including double bookings found by the conflict check, the
good rows or none, one transaction, audited."""

from __future__ import annotations

import re
from datetime import date, datetime, time

import pytest
from sqlalchemy import func, select

from peercenter.db.engine import Database
from peercenter.db.models import AuditEvent, Group, GroupSession
from peercenter.domain.enums import EnrollmentMode, GroupKind, Role
from peercenter.domain.errors import PermissionDenied, ValidationError
from peercenter.domain.recurrence import Frequency, Recurrence
from peercenter.services import auth, staff
from peercenter.services.csv_import.groups import MAX_ROWS, import_groups, preview_groups
from peercenter.services.csv_import.reading import BadImportFile
from peercenter.services.csv_import.sheet import ImportPreview
from peercenter.services.schedule import groups
from tests.factories import PASSWORD, staff_with_login
from tests.schedule_factories import CHICAGO, Desk, front_desk
from tests.schedule_factories import freeze as freeze_clock

HEADER = (
    "name,kind,description,enrollment,capacity,min size,room,lead facilitator,"
    "co-facilitators,first date,start time,duration minutes,repeats,end date,sessions\n"
)
GOOD = (
    HEADER
    + """\
Tuesday Circle,peer support,Weekly circle,open,10,3,Blue Room,Jordan Reyes,Maria Lopez,\
2026-03-03,6:00 pm,90,"weekly on Tue,Thu",2026-04-30,
Fortnight,Peer support group,,closed,6,,Garden Room,Maria Lopez,,\
2026-03-04,10:00,60,every 2 weeks on Wed,,4
Second Fourth,training,,,,,Online,Jordan Reyes,,2026-03-10,13:00,120,"monthly on 2nd,4th Tue",,4
Last Friday,community activity,Potluck,,,,Blue Room,,,2026-03-27,12:00,60,monthly on last Fri,,3
Mid-month,peer support,,,,,Garden Room,Jordan Reyes,,2026-03-15,9:00,45,monthly on day 15,,2
Morning check-in,peer support,,,,,Online,Maria Lopez,,2026-03-09,8:00,15,daily,2026-03-13,
Mentoring Alex,one-to-one mentoring,,,,,Garden Room,Jordan Reyes,,2026-03-12,15:00,60,once,,
"""
)


@pytest.fixture(autouse=True)
def _frozen(monkeypatch: pytest.MonkeyPatch) -> None:
    freeze_clock(monkeypatch)


def _dry_run(desk: Desk, text: str, name: str = "groups.csv") -> ImportPreview:
    with desk.db.session() as s:
        return preview_groups(s, desk.admin, text.encode(), name)


def _counts(db: Database) -> tuple[int, int, int]:
    with db.reader() as s:
        return tuple(
            int(s.scalar(select(func.count()).select_from(model)) or 0)
            for model in (Group, GroupSession, AuditEvent)
        )  # type: ignore[return-value]


def _starts(db: Database, name: str) -> list[datetime]:
    with db.reader() as s:
        return [
            r.astimezone(CHICAGO)
            for r in s.scalars(
                select(GroupSession.starts_at)
                .join(Group)
                .where(Group.name == name)
                .order_by(GroupSession.starts_at)
            )
        ]


def test_every_repeat_pattern_is_imported_as_the_group_form_would_make_it(
    database: Database,
) -> None:
    desk = front_desk(database)
    before = _counts(database)
    preview = _dry_run(desk, GOOD)
    assert (preview.rows, preview.good_rows, preview.problems, preview.warnings) == (7, 7, [], [])
    assert _counts(database) == before  # the dry run keeps nothing
    with database.session() as s:
        result = import_groups(s, desk.admin, GOOD.encode(), "groups.csv")
    assert (result.imported, result.skipped) == (7, 0)
    with database.reader() as s:
        rows = {g.name: g for g in groups.list_groups(s, desk.admin, include_ended=True)}
    assert (
        rows["Tuesday Circle"].schedule == "Every week on Tuesday and Thursday, until 30 Apr 2026"
    )
    assert rows["Tuesday Circle"].facilitators == "Jordan Reyes, Maria Lopez"
    assert (rows["Tuesday Circle"].capacity, rows["Fortnight"].enrollment_mode) == (
        10,
        EnrollmentMode.CLOSED,
    )
    assert rows["Fortnight"].schedule == "Every 2 weeks on Wednesday, 4 times"
    assert rows["Second Fourth"].schedule == "Every month on the 2nd and 4th Tuesday, 4 times"
    assert rows["Last Friday"].kind is GroupKind.COMMUNITY
    assert rows["Mid-month"].schedule == "Every month on day 15, 2 times"
    assert rows["Mentoring Alex"].kind is GroupKind.MENTORING
    assert [d.date() for d in _starts(database, "Second Fourth")] == [
        date(2026, 3, 10),
        date(2026, 3, 24),
        date(2026, 4, 14),
        date(2026, 4, 28),
    ]
    assert [d.date() for d in _starts(database, "Last Friday")] == [
        date(2026, 3, 27),
        date(2026, 4, 24),
        date(2026, 5, 29),
    ]
    assert [(d.day, d.hour, d.minute) for d in _starts(database, "Morning check-in")] == [
        (9, 8, 0),
        (10, 8, 0),
        (11, 8, 0),
        (12, 8, 0),
        (13, 8, 0),
    ]
    assert _starts(database, "Tuesday Circle")[0] == datetime(2026, 3, 3, 18, tzinfo=CHICAGO)
    with database.reader() as s:
        imports = [
            e.details for e in s.scalars(select(AuditEvent).where(AuditEvent.action == "import"))
        ]
        creates = s.scalar(
            select(func.count())
            .select_from(AuditEvent)
            .where(AuditEvent.action == "create", AuditEvent.entity == "group")
        )
    assert len(imports) == 1 and imports[0]["imported"] == 7
    assert imports[0]["file"] == "groups.csv" and creates == 7


MIXED = (
    HEADER
    + """\
Good One,peer support,,,,,Blue Room,Jordan Reyes,,2026-03-05,18:00,60,once,,
No Room,peer support,,,,,Attic,Jordan Reyes,,2026-03-05,10:00,60,once,,
Nobody Leads,peer support,,,,,Blue Room,Pat Nobody,,2026-03-05,11:00,60,once,,
Bad Time,peer support,,,,,Blue Room,Jordan Reyes,,2026-03-05,6,60,once,,
Bad Repeat,peer support,,,,,Blue Room,Jordan Reyes,,2026-03-05,12:00,60,sometimes,,
Ends Early,peer support,,,,,Blue Room,Jordan Reyes,,2026-03-05,13:00,60,weekly,2026-03-01,
Both Ends,peer support,,,,,Blue Room,Jordan Reyes,,2026-03-05,14:00,60,weekly,2026-04-01,3
Mentor Crowd,mentoring,,,,,Garden Room,Jordan Reyes,Maria Lopez,2026-03-06,9:00,60,once,,
Room Taken,peer support,,,,,Blue Room,Maria Lopez,,2026-03-05,18:30,60,once,,
Jordan Twice,peer support,,,,,Garden Room,Jordan Reyes,,2026-03-05,18:15,30,once,,
Existing Clash,peer support,,,,,Online,Maria Lopez,,2026-03-10,18:00,60,once,,
Sam Away,peer support,,,,,Online,Sam Rivera,,2026-03-11,9:00,60,once,,
,peer support,,,,,Online,Maria Lopez,,2026-03-12,9:00,60,once,,
Extra Cell,peer support,,,,,Online,Maria Lopez,,2026-03-13,9:00,60,once,,,surplus
"""
)


def test_the_dry_run_lists_every_bad_row_with_line_column_and_reason(database: Database) -> None:
    desk = front_desk(database)
    desk.group(
        "Tuesday Circle",
        first=date(2026, 3, 10),
        at=time(17, 30),
        room="Online",
        lead="Maria Lopez",
        rule=Recurrence(Frequency.ONCE),
    )
    with database.session() as s:
        sam = desk.staff["Sam Rivera"]
        staff.set_active(s, desk.admin, sam, False)
    before = _counts(database)
    preview = _dry_run(desk, MIXED)
    assert _counts(database) == before
    got = {(p.line, p.column): p.message for p in preview.problems}
    assert got[(3, "room")] == "No room matches 'Attic'."
    assert got[(4, "lead facilitator")] == "No staff member matches 'Pat Nobody'."
    assert got[(5, "start time")].startswith("'6' is not a time PeerCenter can read")
    assert got[(6, "repeats")].startswith("'sometimes' is not a repeat PeerCenter can read")
    assert got[(7, "end date")] == "The series cannot end before its first date."
    assert got[(8, "end date")] == "Choose an end date or a number of sessions, not both."
    assert got[(9, "lead facilitator")] == (
        "One-to-one mentoring has one specialist and no co-facilitators."
    )
    # Clashes with an earlier row of the file, and with the schedule, name the other session.
    assert re.match(r"Blue Room is already booked .*Good One", got[(10, "room")])
    assert re.match(r"Jordan Reyes .*Good One", got[(11, "lead facilitator")])
    assert (
        "Tuesday Circle" in got[(12, "room")] or "Tuesday Circle" in got[(12, "lead facilitator")]
    )
    assert got[(13, "lead facilitator")] == "Sam Rivera is no longer active and cannot facilitate."
    assert got[(14, "name")] == "Write the group's name."
    assert "has 16 cells but the header names only 15 columns" in got[(15, "column 16")]
    assert preview.good_rows == 1 and preview.bad_rows == 13
    assert {p.line for p in preview.problems} == set(range(3, 16))


def test_good_rows_or_none_in_one_transaction(database: Database) -> None:
    desk = front_desk(database)
    before = _counts(database)
    with (
        database.session() as s,
        pytest.raises(ValidationError, match="11 rows of 14 have problems"),
    ):
        import_groups(s, desk.admin, MIXED.encode(), all_or_nothing=True)
    assert _counts(database) == before
    with database.session() as s:
        result = import_groups(s, desk.admin, MIXED.encode(), "mixed.csv")
    # Here nothing else is on the schedule and Sam is active.
    assert (result.imported, result.skipped) == (3, 11)
    with database.reader() as s:
        names = set(s.scalars(select(Group.name)))
    assert names == {"Good One", "Existing Clash", "Sam Away"}
    only_bad = HEADER + "Bad,peer support,,,,,Attic,Jordan Reyes,,2026-03-05,10:00,60,once,,\n"
    with database.session() as s, pytest.raises(ValidationError, match="None of the 1 row"):
        import_groups(s, desk.admin, only_bad.encode())


def test_a_description_left_open_is_a_bad_row_and_the_next_groups_are_read(
    database: Database,
) -> None:
    """A description may run over lines; one that swallows the next group's row may not."""
    desk = front_desk(database)
    text = (
        HEADER + 'Circle A,peer support,"Weekly circle,open,10,,Online,Maria Lopez,,'
        "2026-03-03,18:00,90,once,,\n"
        "Circle B,peer support,,open,10,,Online,Maria Lopez,,2026-03-04,18:00,90,once,,\n"
        'Circle C,peer support,"Two lines,\nof text",open,10,,Online,Maria Lopez,,'
        "2026-03-05,18:00,90,once,,\n"
    )
    before = _counts(database)
    preview = _dry_run(desk, text)
    assert [(p.line, p.column) for p in preview.problems] == [(2, "description")]
    assert 'Line 2 has a quote mark (") that is never closed' in preview.problems[0].message
    assert (preview.rows, preview.good_rows) == (3, 2)
    with database.session() as s, pytest.raises(ValidationError, match="nothing was imported"):
        import_groups(s, desk.admin, text.encode(), all_or_nothing=True)
    assert _counts(database) == before


def test_a_row_over_a_red_warning_is_left_out_unless_a_reason_is_given(
    database: Database,
) -> None:
    desk = front_desk(database)  # Sam Rivera's cap is 4 hours a week
    sam_row = "Daily Sam,peer support,,,,,Online,Sam Rivera,,2026-03-09,9:00,60,daily,2026-03-13,\n"
    text = (
        HEADER
        + sam_row
        + ("Good One,peer support,,,,,Blue Room,Jordan Reyes,,2026-03-05,18:00,60,once,,\n")
    )
    preview = _dry_run(desk, text)
    assert (preview.good_rows, preview.needs_reason, preview.warnings) == (1, 1, [])
    [held] = preview.problems
    assert (held.line, held.column) == (2, "lead facilitator")
    assert held.message == (
        "Sam Rivera: Scheduled 5 h next week; cap is 4 h. Importing it needs a reason."
    )
    with database.session() as s:
        assert import_groups(s, desk.admin, text.encode(), "sam.csv").imported == 1
    with database.reader() as s:
        assert set(s.scalars(select(Group.name))) == {"Good One"}  # never silently assigned
        assert not s.scalars(
            select(AuditEvent).where(AuditEvent.action == "guardrail_override")
        ).all()

    reason = "Sam covers the mornings while Maria is away; agreed with Maria."
    text = HEADER + sam_row  # the row left out, again
    with database.session() as s:
        checked = preview_groups(s, desk.admin, text.encode(), "sam.csv", reason)
    assert (checked.good_rows, checked.needs_reason, checked.problems) == (1, 0, [])
    assert [(w.line, w.message) for w in checked.warnings] == [
        (2, "Sam Rivera: Scheduled 5 h next week; cap is 4 h.")
    ]
    with database.session() as s:
        result = import_groups(s, desk.admin, text.encode(), "sam.csv", accept_reason=reason)
    assert result.imported == 1
    with database.reader() as s:
        override = s.scalars(
            select(AuditEvent).where(AuditEvent.action == "guardrail_override")
        ).one()
        created = s.scalars(
            select(AuditEvent).where(
                AuditEvent.action == "create", AuditEvent.details["name"].as_string() == "Daily Sam"
            )
        ).one()
        assert override.details["reason"] == reason
        assert override.details["assignment"] == "Daily Sam"
        assert override.entity_id == str(desk.staff["Sam Rivera"])
        assert override.id > created.id  # audited with the row it allowed, in its transaction


@pytest.mark.parametrize(
    "text, message",
    [
        (
            "name,room\nA,Blue Room\n",
            "no column for the first date, the start time, the duration (minutes) and the repeats",
        ),
        (
            "Tuesday,Blue Room,18:00\nx,y,z\n",
            "The first line must name the columns (name, kind, description, …)",
        ),
        ("name,group\nA,B\n", "both mean name"),
    ],
)
def test_a_bad_file_gets_a_clear_message(database: Database, text: str, message: str) -> None:
    desk = front_desk(database)
    with database.session() as s, pytest.raises(BadImportFile, match=re.escape(message)):
        preview_groups(s, desk.admin, text.encode())


def test_a_file_with_too_many_groups_is_refused(database: Database) -> None:
    desk = front_desk(database)
    row = "G,peer support,,,,,,,,2026-03-05,10:00,60,once,,\n"
    with (
        database.session() as s,
        pytest.raises(BadImportFile, match=f"more than {MAX_ROWS:,} rows"),
    ):
        preview_groups(s, desk.admin, (HEADER + row * (MAX_ROWS + 1)).encode())


def test_only_those_who_manage_the_schedule_may_import(database: Database) -> None:
    desk = front_desk(database)
    staff_with_login(database, desk.admin, "spec", Role.SPECIALIST)
    specialist = auth.login(database, "spec", PASSWORD)
    with database.session() as s, pytest.raises(PermissionDenied):
        preview_groups(s, specialist, GOOD.encode())
