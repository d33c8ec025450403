"""Importing participants from CSV: the dry run names every bad row, line, column and reason;
the good rows or none are imported in one audited transaction; bad files change nothing."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import func, select

from peercenter.db.engine import Database
from peercenter.db.models import AuditEvent, Participant
from peercenter.domain.enums import ParticipantStatus, Role
from peercenter.domain.errors import PermissionDenied, ValidationError
from peercenter.services import auth, participants
from peercenter.services.context import Actor
from peercenter.services.csv_import.participants import import_participants, preview_participants
from peercenter.services.csv_import.reading import MAX_ROWS, BadImportFile
from peercenter.services.csv_import.sheet import ImportPreview
from tests.factories import PASSWORD, center, staff_with_login

GOOD = """First Name,Last Name,Phone,E-mail,Status,Intake Date,Consent on sign-in,Notes
Maria,Gonzalez,555-010-2233,maria@example.org,active,2025-03-14,yes,Prefers evenings
Jo,K,,,,14 Mar 2025,no,
Dee,Smith,,,inactive,,,"Moved away, may return"
"""

MIXED = """preferred_name,last_name,phone,email,status,intake_date,consent_on_sign_in
Maria,Gonzalez,555-010-2233,maria@example.org,active,2025-03-14,yes
,Nobody,,,,,
Ray,Lopez,12,not-an-email,,,
Sam,Lee,,,retired,03/04/2025,perhaps
Ana,Diaz,,,,2999-01-01,
Lee,Park,,,,,
"""


def _count(db: Database) -> int:
    with db.reader() as s:
        return int(s.scalar(select(func.count()).select_from(Participant)) or 0)


def _preview(db: Database, actor: Actor, text: str | bytes) -> ImportPreview:
    data = text.encode() if isinstance(text, str) else text
    with db.reader() as s:
        return preview_participants(s, actor, data, "people.csv")


def test_a_clean_file_with_friendly_headers_imports_every_row(database: Database) -> None:
    admin = center(database)
    preview = _preview(database, admin, GOOD)
    assert (preview.rows, preview.good_rows, preview.problems) == (3, 3, [])
    with database.session() as s:
        result = import_participants(s, admin, GOOD.encode(), "people.csv")
    assert result.imported == 3 and result.skipped == 0
    with database.reader() as s:
        rows = {r.display_name: r for r in participants.search(s, admin, include_inactive=True)}
        maria = participants.get(s, admin, rows["Maria G."].id).form
    assert set(rows) == {"Maria G.", "Jo K.", "Dee S."}
    assert rows["Dee S."].status is ParticipantStatus.INACTIVE
    assert (
        rows["Jo K."].intake_date is not None
        and rows["Jo K."].intake_date.isoformat() == "2025-03-14"
    )
    assert (maria.phone, maria.email, maria.consent_on_sign_in, maria.notes) == (
        "555-010-2233",
        "maria@example.org",
        True,
        "Prefers evenings",
    )
    with database.reader() as s:
        events = [
            (e.action, e.details)
            for e in s.scalars(select(AuditEvent).where(AuditEvent.entity == "participant"))
        ]
    assert [a for a, _ in events].count("create") == 3
    imports = [d for a, d in events if a == "import"]
    assert len(imports) == 1 and imports[0]["imported"] == 3
    assert imports[0]["file"] == "people.csv"


def test_the_dry_run_lists_every_bad_row_with_line_column_and_reason(database: Database) -> None:
    admin = center(database)
    preview = _preview(database, admin, MIXED)
    assert preview.rows == 6 and preview.good_rows == 2 and preview.bad_rows == 4
    got = {(p.line, p.column): p.message for p in preview.problems}
    assert got[(3, "preferred_name")] == "Preferred name is required."
    assert "does not look like a phone number" in got[(4, "phone")]
    assert "does not look like an e-mail address" in got[(4, "email")]
    assert got[(5, "status")] == "'retired' is not a status; write active or inactive."
    assert (5, "intake_date") not in got  # 3/4: read in the center's date order, and said so
    assert "1 date like 3/4/2025 was read as month/day/year" in preview.notes[0]
    assert got[(5, "consent_on_sign_in")] == "'perhaps' is not yes or no."
    assert got[(6, "intake_date")] == "Intake date cannot be in the future."
    assert len(got) == 6
    assert _count(database) == 0  # a dry run changes nothing


def test_good_rows_only_or_all_or_nothing(database: Database) -> None:
    admin = center(database)
    with database.session() as s, pytest.raises(ValidationError, match="4 rows of 6 have problems"):
        import_participants(s, admin, MIXED.encode(), all_or_nothing=True)
    assert _count(database) == 0
    with database.session() as s:
        result = import_participants(s, admin, MIXED.encode())
    assert (result.imported, result.skipped) == (2, 4)
    with database.reader() as s:
        assert {r.display_name for r in participants.search(s, admin)} == {"Maria G.", "Lee P."}


# A quote opened on line 3 and never closed used to read every row below it into Maria's
# last name, and the import reported success.
UNBALANCED = """preferred_name,last_name,phone
Ana,Diaz,555-010-1111
Maria,"Gonzalez,555-010-2233
Ray,Lopez,555-010-3344
Jo,Kim,
"""
# Closed rows later: the rows in between were read as one cell.
CLOSED_LATER = """preferred_name,last_name,phone
Maria,"Gonzalez,555-010-2233
Ray,Lopez,555-010-3344
Jo,Kim",
Ana,Diaz,
"""


@pytest.mark.parametrize(
    ("text", "line", "column", "message", "good"),
    [
        (UNBALANCED, 3, "last_name", 'Line 3 has a quote mark (") that is never closed', 3),
        (
            'first name,last name\nMaria,"Gonz"alez\nRay,Lopez\n',
            2,
            "last name",
            'Line 2 has a quote mark (") in the middle of a cell',
            1,
        ),
        (CLOSED_LATER, 2, "last_name", "Lines 2 to 4 were read as one row: a quote mark", 1),
        (
            'name,notes\nMaria,"Call first,\nRay,Lopez"\nJo,\n',
            2,
            "notes",
            "Lines 2 to 3 were read as one row",
            1,
        ),
        (
            'name,last\n"Maria\nJose",Gonzalez\nJo,K\n',
            2,
            "name",
            "This cell runs over lines 2 to 3; it must fit on one line",
            1,
        ),
    ],
)
def test_a_stray_quote_is_a_bad_row_named_by_its_line(
    database: Database, text: str, line: int, column: str, message: str, good: int
) -> None:
    admin = center(database)
    preview = _preview(database, admin, text)
    assert [(p.line, p.column) for p in preview.problems] == [(line, column)]
    assert message in preview.problems[0].message
    assert preview.good_rows == good and preview.bad_rows == 1
    with database.session() as s, pytest.raises(ValidationError, match="nothing was imported"):
        import_participants(s, admin, text.encode(), all_or_nothing=True)
    assert _count(database) == 0
    with database.session() as s:
        assert import_participants(s, admin, text.encode()).imported == good
    with database.reader() as s:
        assert not [r for r in participants.search(s, admin) if "\n" in r.display_name], (
            "no row was read into another row's cell"
        )


def test_the_rows_after_a_quote_left_open_are_read_as_usual(database: Database) -> None:
    admin = center(database)
    with database.session() as s:
        import_participants(s, admin, UNBALANCED.encode())
    with database.reader() as s:
        names = {r.display_name for r in participants.search(s, admin)}
    assert names == {"Ana D.", "Ray L.", "Jo K."}


def test_notes_may_run_over_several_lines(database: Database) -> None:
    admin = center(database)
    text = 'name,last,notes\nMaria,G,"Prefers evenings,\nneeds a ride"\nJo,K,\n'
    preview = _preview(database, admin, text)
    assert preview.problems == [] and preview.good_rows == 2


def test_likely_duplicates_are_warnings_not_errors(database: Database) -> None:
    admin = center(database)
    with database.session() as s:
        participants.create(s, admin, participants.ParticipantForm("Maria", "Garcia"))
    text = "first name,surname\nmaria,Gonzalez\nJo,Kim\nJo,Kline\nJo,Bell\n"
    preview = _preview(database, admin, text)
    assert preview.good_rows == 4 and preview.problems == []
    assert [(w.line, w.column) for w in preview.warnings] == [(2, "first name"), (4, "first name")]
    assert "may already be in PeerCenter (as Maria G.)" in preview.warnings[0].message
    assert "is also on line 3" in preview.warnings[1].message


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "The file is empty."),
        (b"\n\n  \n", "The file is empty."),
        (b"preferred_name,last_name\n", "header line but no rows"),
        (b"Maria,Gonzalez\nJo,K\n", "The first line must name the columns"),
        (b"last_name,phone\nGonzalez,555\n", "no column for the preferred name"),
        (b"first name,preferred name\nA,B\n", "both mean preferred name"),
        (b"PK\x03\x04\x14\x00\x06\x00rest of a workbook", "an Excel workbook (.xlsx)"),
        (b"preferred_name\nMa\x00ria\n", "contains binary data"),
        (b"preferred_name\nMa\x81ria\n", "neither UTF-8 nor Windows text"),
    ],
)
def test_a_bad_file_gets_a_clear_message_and_changes_nothing(
    database: Database, data: bytes, message: str
) -> None:
    admin = center(database)
    with database.session() as s, pytest.raises(BadImportFile, match=re.escape(message)):
        import_participants(s, admin, data)
    assert _count(database) == 0


def test_byte_order_mark_semicolons_and_crlf_are_read(database: Database) -> None:
    admin = center(database)
    data = "\ufeffPreferred Name;Last Name\r\nJos\u00e9;Núñez\r\n\r\n".encode()
    with database.session() as s:
        assert import_participants(s, admin, data).imported == 1
    with database.reader() as s:
        assert [r.display_name for r in participants.search(s, admin)] == ["Jos\u00e9 N."]


def test_size_and_row_limits(database: Database) -> None:
    admin = center(database)
    too_many = ("preferred_name\n" + "A\n" * (MAX_ROWS + 1)).encode()
    huge = b"preferred_name,notes\nA," + b"x" * (10 * 1024 * 1024) + b"\n"
    with database.reader() as s:
        with pytest.raises(BadImportFile, match="more than 50,000 rows"):
            preview_participants(s, admin, too_many)
        with pytest.raises(BadImportFile, match="up to 10 MB"):
            preview_participants(s, admin, huge)
        long_cell = b"preferred_name,notes\nA," + b"y" * 200_000 + b"\nBo,\n"
        preview = preview_participants(s, admin, long_cell)
        assert [(p.line, p.column) for p in preview.problems] == [(2, "notes")]
        assert "Line 2 has a cell longer than 131,072 characters" in preview.problems[0].message
        assert preview.good_rows == 1  # the next row is read as usual
    assert _count(database) == 0


def test_extra_cells_and_unknown_columns(database: Database) -> None:
    admin = center(database)
    preview = _preview(
        database, admin, "preferred_name,Favourite colour\nMaria,blue,extra\nJo,green,,\n"
    )
    assert preview.ignored_columns == ["Favourite colour"]
    assert [(p.line, p.column) for p in preview.problems] == [(2, "column 3")]
    assert "has 3 cells but the header names only 2 columns" in preview.problems[0].message
    assert preview.good_rows == 1


def test_only_roles_that_edit_participants_may_import(database: Database) -> None:
    admin = center(database)
    staff_with_login(database, admin, "spec", Role.SPECIALIST)
    specialist = auth.login(database, "spec", PASSWORD)
    with database.session() as s, pytest.raises(PermissionDenied):
        import_participants(s, specialist, GOOD.encode())
    with database.reader() as s, pytest.raises(PermissionDenied):
        preview_participants(s, specialist, GOOD.encode())
    assert _count(database) == 0
