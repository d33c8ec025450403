"""Spreadsheets as Excel saves them: CSV UTF-8 (with its byte-order mark), Unicode text
(UTF-16) and plain "CSV (Comma delimited)" (Windows-1252 on a US computer), slashed dates read
in the center's date order, and every CSV PeerCenter writes opening in Excel with its
accents."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from peercenter.db.engine import Database
from peercenter.db.models import Participant
from peercenter.fileio import csv_bytes
from peercenter.services import settings
from peercenter.services.csv_import.participants import import_participants, preview_participants
from tests.factories import PASSWORD, center

ROWS = "Preferred Name,Last Name,Intake Date\r\nJosé,Núñez,3/4/2025\r\nZoë,Peña,25/12/2024\r\n"


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (ROWS.encode("utf-8"), ""),  # as expected: nothing to say
        (ROWS.encode("utf-8-sig"), ""),
        (ROWS.encode("utf-16"), "read as UTF-16 (Unicode) text"),
        (ROWS.encode("utf-16-be").join([b"\xfe\xff", b""]), "read as UTF-16 (Unicode) text"),
        (ROWS.encode("cp1252"), "read as Windows-1252 text, as Excel saves"),
    ],
    ids=["utf-8", "utf-8 with BOM", "utf-16 le", "utf-16 be", "windows-1252"],
)
def test_each_way_excel_saves_is_read_with_its_accents_and_said(
    database: Database, data: bytes, said: str
) -> None:
    admin = center(database)
    with database.reader() as s:
        preview = preview_participants(s, admin, data, "people.csv")
    assert preview.problems == [] and preview.good_rows == 2
    assert [n for n in preview.notes if "was read as" in n and "text" in n] == (
        [] if not said else [next(n for n in preview.notes if said in n)]
    )
    with database.session() as s:
        assert import_participants(s, admin, data).imported == 2
    with database.reader() as s:
        people = s.execute(
            select(Participant.preferred_name, Participant.last_name, Participant.intake_date)
        ).all()
    assert sorted(people) == [
        ("José", "Núñez", date(2025, 3, 4)),  # month first, as in the United States
        ("Zoë", "Peña", date(2024, 12, 25)),  # only one way to read it
    ]


def test_ambiguous_dates_follow_the_centers_date_order_and_the_dry_run_says_so(
    database: Database,
) -> None:
    admin = center(database)
    data = ROWS.encode("cp1252")
    with database.reader() as s:
        notes = preview_participants(s, admin, data, "people.csv").notes
    assert notes[1] == (
        "1 date like 3/4/2025 was read as month/day/year (2025-03-04), the center's date "
        "order (Settings → Center)."
    )
    with database.session() as s:
        settings.set_many(s, admin, {"import.date_order": "dmy"})
    with database.reader() as s:
        notes = preview_participants(s, admin, data, "people.csv").notes
    assert "read as day/month/year (2025-04-03)" in notes[1]
    with database.session() as s:
        import_participants(s, admin, data)
    with database.reader() as s:
        intake = s.scalar(select(Participant.intake_date).where(Participant.last_name == "Núñez"))
    assert intake == date(2025, 4, 3)


def test_the_date_order_is_one_of_two(database: Database) -> None:
    admin = center(database)
    with pytest.raises(Exception, match="one of"), database.session() as s:
        settings.set_many(s, admin, {"import.date_order": "ymd"})


def _starts_with_bom(path: Path) -> bool:
    return path.read_bytes().startswith(b"\xef\xbb\xbf")


def test_every_csv_the_program_writes_opens_in_excel_with_its_accents(
    database_url: str, database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The audit export (command line; the Audit screen writes through the same csv_bytes),
    and the monthly service report start with the byte-order mark (the hours report's CSV
    is written by the same csv_bytes)."""
    from peercenter import cli
    from peercenter.reports.service_file import write_service_report
    from peercenter.services.service_report import service_report

    admin = center(database, name="Centro Señal")
    assert csv_bytes("José\r\n") == b"\xef\xbb\xbfJos\xc3\xa9\r\n"
    monkeypatch.setenv("PEERCENTER_PASSWORD", PASSWORD)
    audit_file = tmp_path / "audit.csv"
    assert (
        cli.main(["--db", database_url, "--user", "admin", "audit", "--csv", str(audit_file)]) == 0
    )
    assert audit_file.read_bytes().startswith(b"\xef\xbb\xbf")
    with database.reader() as s:
        report = service_report(s, admin, date(2025, 3, 1))
    write_service_report(report, tmp_path / "services.csv")
    assert (tmp_path / "services.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert "Centro Señal" in (tmp_path / "services.csv").read_text(encoding="utf-8-sig")
