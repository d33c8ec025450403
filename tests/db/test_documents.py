"""Every printed document comes from one use case: what the Print screen, the command line and
the smoke test get, and what the audit trail says about sign-in sheets, on SQLite and
PostgreSQL."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from peercenter import i18n, paths
from peercenter.db.engine import Database
from peercenter.db.models import AuditEvent
from peercenter.documents import printed
from peercenter.documents.hours import save_hours_report
from peercenter.domain.errors import ValidationError
from peercenter.fileio import FileWriteError, write_atomically
from peercenter.services.context import Actor
from peercenter.services.credentials import enrollments
from tests import factories
from tests.credential_factories import crew
from tests.pdf_helpers import pdf_text
from tests.translations_helper import compiled

DAY = date(2026, 3, 2)


@pytest.fixture
def center(database: Database) -> tuple[Database, Actor, list[int]]:
    admin = factories.center(database)
    ids = factories.handout_group(database, admin, people=(("Joe", "Smith", True, False),))
    return database, admin, ids


def _sheet_actions(db: Database) -> list[str]:
    with db.session() as s:
        events = s.scalars(
            select(AuditEvent).where(AuditEvent.entity == "sign_in_sheet").order_by(AuditEvent.id)
        )
        return [e.action for e in events]


def test_each_kind_is_rendered_with_its_file_name_and_audited_sheets(
    center: tuple[Database, Actor, list[int]],
) -> None:
    db, admin, ids = center
    cases = [
        (printed.Request(printed.Kind.HANDOUT, session_id=ids[0]), "Urge surfing", ()),
        (printed.Request(printed.Kind.SIGN_IN, session_id=ids[0]), "Joe S.", (ids[0],)),
        (printed.Request(printed.Kind.PACKET, day=DAY), "Urge surfing", (ids[0],)),
        (printed.Request(printed.Kind.POSTER, day=DAY), "This week at", ()),
    ]
    names = []
    for request, text, audited in cases:
        with db.session() as s:
            built = printed.render(s, admin, request, printed.Use.EXPORT)
        assert text in pdf_text(built.pdf)
        assert built.audited == audited
        names.append(built.file_name)
    assert names == [
        f"handout-{ids[0]}.pdf",
        f"sign-in-{ids[0]}.pdf",
        "packet-2026-03-02.pdf",
        "poster-2026-03-02.pdf",
    ]
    assert _sheet_actions(db) == ["export", "export"]


def test_a_previewed_sheet_is_audited_again_when_printed(
    center: tuple[Database, Actor, list[int]],
) -> None:
    db, admin, ids = center
    request = printed.Request(printed.Kind.SIGN_IN, session_id=ids[0], paper="a4")
    with db.session() as s:
        built = printed.render(s, admin, request, printed.Use.PREVIEW)
    with db.session() as s:
        printed.record_use(s, admin, built, printed.Use.PRINT)
    assert _sheet_actions(db) == ["preview", "print"]


def test_a_file_that_cannot_be_written_leaves_no_audit_event(
    center: tuple[Database, Actor, list[int]], tmp_path: Path
) -> None:
    db, admin, ids = center
    request = printed.Request(printed.Kind.SIGN_IN, session_id=ids[0])
    with pytest.raises(FileWriteError), db.session() as s:
        built = printed.render(s, admin, request, printed.Use.EXPORT)
        write_atomically(tmp_path / "no such folder" / "sheet.pdf", built.pdf)
    assert _sheet_actions(db) == []


def test_a_missing_choice_is_named(center: tuple[Database, Actor, list[int]]) -> None:
    db, admin, _ = center
    with db.session() as s:
        with pytest.raises(ValidationError, match="Choose a session first"):
            printed.render(s, admin, printed.Request(printed.Kind.HANDOUT), printed.Use.PREVIEW)
        with pytest.raises(ValidationError, match="Choose a date first"):
            printed.render(s, admin, printed.Request(printed.Kind.POSTER), printed.Use.PREVIEW)


def test_the_hours_report_is_saved_and_audited_only_when_written(
    database: Database, tmp_path: Path
) -> None:
    c = crew(database)
    program = c.programs["icrc-pr"]
    with database.session() as s:
        form = enrollments.EnrollmentForm(program, date(2026, 1, 5))
        enrollments.enroll(s, c.supervisor, c.specialist.staff_id, form)
    with database.session() as s:
        report = save_hours_report(
            s, c.supervisor, c.specialist.staff_id, program, tmp_path / "hours.csv"
        )
    assert (tmp_path / "hours.csv").read_text(encoding="utf-8-sig").startswith("Hours report")
    assert report.person == "Jordan Reyes"
    with pytest.raises(FileWriteError), database.session() as s:
        save_hours_report(
            s, c.supervisor, c.specialist.staff_id, program, tmp_path / "gone" / "hours.pdf"
        )
    with database.session() as s:
        events = s.scalars(select(AuditEvent).where(AuditEvent.entity == "hours_report"))
        assert len(list(events)) == 1


def test_the_hours_report_is_in_english_when_saved_from_a_spanish_window(
    database: Database, tmp_path: Path
) -> None:
    """It goes to a certification board: its dates and rule names are not in the language of
    whoever saved it."""
    c = crew(database)
    program = c.programs["icrc-pr"]
    with database.session() as s:
        form = enrollments.EnrollmentForm(program, date(2026, 1, 5))
        enrollments.enroll(s, c.supervisor, c.specialist.staff_id, form)
    previous = i18n.current()
    compiled()
    try:
        i18n.activate("es", "es_US", paths.resource("translations"))
        assert i18n._("Wrong user name or password.") != "Wrong user name or password."
        with database.session() as s:
            save_hours_report(
                s, c.supervisor, c.specialist.staff_id, program, tmp_path / "hours.pdf"
            )
        assert i18n.active_language() == "es"  # the window goes on in Spanish
    finally:
        i18n.restore(previous)
    text = pdf_text((tmp_path / "hours.pdf").read_bytes())
    assert "Work toward it started" in text
    assert "5 Jan 2026" in text and " ene " not in text
    assert " p. m." not in text and " a. m." not in text
