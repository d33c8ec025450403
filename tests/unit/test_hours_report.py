"""The hours report a certification board receives, read back: the PDF's text with pypdf, and
the CSV with its formula-looking cells neutralised."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import replace
from datetime import date, timedelta

import pypdf
import pytest
from sqlalchemy import select

from peercenter.db.engine import Database
from peercenter.db.models import AuditEvent
from peercenter.domain.credentials.hours_report import HoursReport
from peercenter.domain.enums import TimeEntryKind
from peercenter.domain.errors import ValidationError
from peercenter.domain.spreadsheet import neutralise
from peercenter.reports.hours_csv import build_hours_csv
from peercenter.reports.hours_pdf import build_hours_pdf
from peercenter.services import settings, staff
from peercenter.services.credentials import enrollments, supervision, time_entries, training
from peercenter.services.credentials.hours_report import hours_report
from tests.credential_factories import crew, held_session
from tests.pdf_helpers import page_fonts

START = date(2026, 1, 5)
TODAY = date(2026, 3, 2)


def _report(
    db: Database, period_from: date | None = None, period_to: date | None = None
) -> HoursReport:
    c = crew(db)
    me = c.specialist.staff_id
    with db.session() as s:
        settings.set_value(s, c.admin, "center.address", "12 Harbor Street\nPortland, ME 04101")
        boss = staff.get_staff(s, c.admin, c.supervisor.staff_id)
        staff.update_staff(
            s,
            c.admin,
            c.supervisor.staff_id,
            replace(boss.form, credentials="LCDC, CPRS", credential_number="SUP-4411"),
            None,
        )
        enrollments.enroll(
            s,
            c.supervisor,
            me,
            enrollments.EnrollmentForm(c.programs["icrc-pr"], START, credential_number="PR-77"),
        )
        done = training.add_training(
            s,
            c.specialist,
            me,
            training.TrainingForm(
                date(2025, 10, 6),
                "Advocacy for peers — Señora Ñúñez",
                10,
                "Recovery Academy",
                "Advocacy",
            ),
        )
        training.set_verified(s, c.supervisor, done.id, True)
        # Verified, but in none of IC&RC's four domains: it counts toward nothing.
        first_aid = training.add_training(
            s, c.specialist, me, training.TrainingForm(date(2025, 11, 3), "First Aid", 4)
        )
        training.set_verified(s, c.supervisor, first_aid.id, True)
        training.add_training(
            s,
            c.specialist,
            me,
            training.TrainingForm(
                date(2025, 10, 13), "Ethics intensive", 16, domain="Ethical Responsibility"
            ),
        )
        time_entries.add_entry(
            s,
            c.specialist,
            me,
            time_entries.TimeEntryForm(
                date(2026, 1, 13), 4, TimeEntryKind.DIRECT_SERVICE, '=HYPERLINK("x")'
            ),
        )
        supervision.log_supervision(
            s,
            c.supervisor,
            supervision.SupervisionForm(
                c.supervisor.staff_id,
                (me,),
                date(2026, 1, 14),
                60,
                topics="Boundaries",
                confidential_notes="Never printed",
            ),
        )
    for n in range(40):
        held_session(db, me, START + timedelta(days=n), 1.5)
    with db.session() as s:
        return hours_report(
            s,
            c.supervisor,
            me,
            c.programs["icrc-pr"],
            today=TODAY,
            period_from=period_from,
            period_to=period_to,
        )


def _text(pdf: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages)


def test_pdf_has_the_table_every_entry_totals_and_signature_lines(
    sqlite_database: Database,
) -> None:
    report = _report(sqlite_database)
    pdf = build_hours_pdf(report)
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) >= 2
    text = _text(pdf)
    flat = re.sub(r"\s+", " ", text)
    assert "Hours report: IC&RC Peer Recovery (PR)" in flat
    assert "Harbor Light Recovery Center" in flat
    assert "Jordan Reyes" in flat and "Maria Lopez" in flat and "PR-77" in flat
    assert "12 Harbor Street Portland, ME 04101" in flat
    assert "Period covered 6 Oct 2025 – 2 Mar 2026" in flat  # the first entry to today
    assert "Domains: Advocacy, Mentoring/Education, Recovery/Wellness Support" in flat
    assert "First Aid" not in flat
    # Under the supervisor's signature line: their name, credentials and number.
    assert "Printed name Maria Lopez, LCDC, CPRS" in flat
    assert "Credential no. SUP-4411" in flat
    for requirement in (
        "Training, all domains",
        "Training: Advocacy",
        "Supervised work experience",
        "Supervision",
    ):
        assert requirement in flat
    # Experience: 40 sessions of 1.5 h, plus the 4 h entry beyond that day's 1.5 h session.
    assert "500.00 62.50" in flat
    assert "Señora Ñúñez" in flat  # the embedded font prints accents
    assert "2026-01-05" in flat and "2026-02-13" in flat  # first and last session
    assert "Recovery circle 01051000, 10:00 AM" in flat  # its start as every paper writes it
    assert "1 h 30 min of it already counted as facilitated sessions that day 2.50" in flat
    assert "Not counted: waiting for a supervisor to verify" in flat
    assert "Ethics intensive" in flat
    assert "Total: facilitated session 60.00" in flat
    assert "Total: direct service 2.50" in flat
    assert flat.count("Date ___") == 2
    assert "Supervisor ____" in flat and "Peer specialist ____" in flat
    assert "Never printed" not in flat  # confidential notes never leave the log
    assert f"Page 1 of {len(reader.pages)}" in flat
    fonts = {str(font["/BaseFont"]) for page in reader.pages for font in page_fonts(page)}
    assert any("DejaVuSans" in f for f in fonts)


def test_csv_has_the_same_content_and_no_live_formulas(sqlite_database: Database) -> None:
    report = _report(sqlite_database)
    rows = list(csv.reader(io.StringIO(build_hours_csv(report))))
    assert rows[0] == ["Hours report", "IC&RC Peer Recovery (PR)"]
    header = rows.index(
        [
            "Requirement",
            "Kind",
            "Required hours",
            "Counted hours",
            "Waiting for verification",
            "Still missing",
            "Status",
            "Explanation",
            "Domains",
        ]
    )
    experience = next(r for r in rows[header:] if r[0] == "Supervised work experience")
    assert experience[2:6] == ["500.00", "62.50", "0.00", "437.50"]
    training_row = next(r for r in rows[header:] if r[0] == "Training, all domains")
    assert training_row[3:6] == ["10.00", "16.00", "36.00"]  # the First Aid is not in it
    assert training_row[-1].startswith("Advocacy; Mentoring/Education;")
    assert ["Center address", "12 Harbor Street, Portland, ME 04101"] in rows
    assert ["Period covered", "2025-10-06", "2026-03-02"] in rows
    assert ["Supervisor's credentials", "LCDC, CPRS"] in rows
    assert ["Supervisor's credential number", "SUP-4411"] in rows
    entry = next(r for r in rows if r and r[1] == "Direct service")
    assert entry[2] == '\'=HYPERLINK("x")'
    assert entry[3:5] == ["2.50", "4.00"]
    # One total per kind, never all kinds added together (the 16 h wait for verification).
    totals = {r[1]: r[3] for r in rows if r and r[0] == "Total"}
    assert totals == {
        "Training": "10.00",
        "Facilitated session": "60.00",
        "Direct service": "2.50",
        "Supervision": "1.00",
    }
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)


def test_cells_a_spreadsheet_would_run_are_neutralised() -> None:
    assert [neutralise(v) for v in ("=1+1", "+1", "-2", "@SUM(A1)", "\tx", "plain", 3.5, None)] == [
        "'=1+1",
        "'+1",
        "'-2",
        "'@SUM(A1)",
        "'\tx",
        "plain",
        "3.5",
        "",
    ]


def test_exporting_is_in_the_audit_trail(sqlite_database: Database) -> None:
    _report(sqlite_database)
    with sqlite_database.session() as s:
        events = list(s.scalars(select(AuditEvent).where(AuditEvent.entity == "hours_report")))
    assert [e.action for e in events] == ["export"]
    assert events[0].username == "supervisor"


def test_a_period_lists_its_entries_and_counts_requirements_to_its_end(
    sqlite_database: Database,
) -> None:
    report = _report(sqlite_database, date(2026, 2, 1), date(2026, 2, 10))
    assert (report.period_start, report.period_end) == (date(2026, 2, 1), date(2026, 2, 10))
    assert {line.on for line in report.lines} <= {
        date(2026, 2, 1) + timedelta(days=n) for n in range(10)
    }
    assert dict(report.totals_by_kind) == {"Facilitated session": 10 * 90}
    # The requirement table counts every hour up to the end of the period.
    experience = next(
        r for r in report.requirements if r.requirement.name == "Supervised work experience"
    )
    assert experience.completed_minutes == 37 * 90 + 150  # 5 Jan to 10 Feb, and the 2.5 h
    flat = re.sub(r"\s+", " ", _text(build_hours_pdf(report)))
    assert "Period covered 1 Feb 2026 – 10 Feb 2026" in flat
    assert "Requirement totals count every hour up to 10 Feb 2026" in flat


def test_a_period_is_checked(sqlite_database: Database) -> None:
    with pytest.raises(ValidationError, match=r"The period starts after it ends\."):
        _report(sqlite_database, date(2026, 2, 10), date(2026, 2, 1))


def test_a_period_cannot_end_after_today(sqlite_database: Database) -> None:
    with pytest.raises(ValidationError, match=r"The period cannot end after today\."):
        _report(sqlite_database, None, date(2026, 3, 3))


def test_an_achieved_credential_reads_met_at_certification(sqlite_database: Database) -> None:
    c = crew(sqlite_database)
    me = c.specialist.staff_id
    with sqlite_database.session() as s:
        # NAADAC has no renewal in PeerCenter: the report shows the requirements it met.
        enrollments.enroll(
            s,
            c.supervisor,
            me,
            enrollments.EnrollmentForm(
                c.programs["naadac-ncprss"], date(2024, 1, 8), achieved_on=date(2025, 3, 5)
            ),
        )
        done = training.add_training(
            s,
            c.specialist,
            me,
            training.TrainingForm(date(2024, 5, 6), "Ethics in peer work", 3, domain="Ethics"),
        )
        training.set_verified(s, c.supervisor, done.id, True)
    with sqlite_database.session() as s:
        report = hours_report(s, c.supervisor, me, c.programs["naadac-ncprss"], today=TODAY)
    ethics = next(r for r in report.requirements if r.requirement.name.startswith("Ethics"))
    assert ethics.explanation == "Met at certification on 5 Mar 2025."
    flat = re.sub(r"\s+", " ", _text(build_hours_pdf(report)))
    assert "Met at certification on 5 Mar 2025." in flat
    assert "6.00 3.00" not in flat  # not "6 required, 3 counted, 0 missing"
    rows = list(csv.reader(io.StringIO(build_hours_csv(report))))
    row = next(r for r in rows if r and r[0] == "Ethics (last six years)")
    assert row[2:6] == ["", "", "", ""]
    assert row[7] == "Met at certification on 5 Mar 2025."
