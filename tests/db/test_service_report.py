"""The monthly service report against a month built by hand (tests/service_month.py), on
SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest
from sqlalchemy import select

from peercenter.db.engine import Database
from peercenter.db.models import AuditEvent
from peercenter.domain.enums import GroupKind, Role
from peercenter.domain.errors import PermissionDenied, ValidationError
from peercenter.reports.service_csv import build_service_csv
from peercenter.reports.service_data import as_json
from peercenter.reports.service_pdf import build_service_pdf
from peercenter.services import auth
from peercenter.services.context import Actor
from peercenter.services.service_report import parse_month, service_report
from tests.factories import PASSWORD, staff_with_login
from tests.pdf_helpers import embedded_fonts, pdf_text, reader
from tests.service_month import MARCH, TODAY, build_month


@pytest.fixture
def month(database: Database) -> tuple[Database, Actor]:
    return database, build_month(database)


def test_the_months_numbers(month: tuple[Database, Actor]) -> None:
    db, admin = month
    with db.session() as s:
        report = service_report(s, admin, MARCH, today=TODAY)
    f = report.figures
    assert report.complete
    assert (f.unduplicated_participants, f.new_participants, f.returning_participants) == (3, 2, 1)
    assert f.sessions_held == {
        GroupKind.PEER_SUPPORT: 2,
        GroupKind.MENTORING: 1,
        GroupKind.COMMUNITY: 0,  # the cancelled Family Night counts nowhere
        GroupKind.TRAINING: 0,
    }
    assert (f.attendances, f.walk_ins, f.no_shows, f.excused) == (5, 1, 1, 1)
    assert f.average_group_size == 2.0  # 4 people over the 2 circles; mentoring left out
    assert (f.peer_support_hours, f.supervision_hours) == (4.0, 2.5)
    data = as_json(report)
    assert {
        "month",
        "unduplicated_participants",
        "new_participants",
        "sessions_held",
        "attendances",
        "walk_ins",
        "no_shows",
        "excused",
        "peer_support_hours",
        "supervision_hours",
    } <= set(data)
    assert data["month"] == "2026-03"
    assert data["sessions_held"] == {
        "peer_support": 2,
        "mentoring": 1,
        "community": 0,
        "training": 0,
    }
    # The twelve months up to March; February had Ana's first visit and 45 min supervision.
    assert report.trend[0].month == date(2025, 4, 1)
    february = report.trend[-2]
    assert (february.unduplicated_participants, february.new_participants) == (1, 1)
    assert february.supervision_hours == 0.75
    assert all(t.attendances == 0 for t in report.trend[:-2])


def test_small_counts_are_suppressed_everywhere(month: tuple[Database, Actor]) -> None:
    db, admin = month
    with db.session() as s:
        report = service_report(s, admin, MARCH, suppress_small_counts=True, today=TODAY)
    data = as_json(report)
    for key in ("unduplicated_participants", "new_participants", "walk_ins", "no_shows"):
        assert data[key] == "< 5"
    assert data["attendances"] == 5  # five or more is printed as it is
    assert data["sessions_held"]["peer_support"] == 2  # sessions are not people
    rows = list(csv.reader(io.StringIO(build_service_csv(report))))
    served = next(r for r in rows if r and r[0] == "People served (unduplicated)")
    assert served[1] == "< 5"
    trend = [r for r in rows if r and r[0] == "People served (unduplicated)"][1]
    assert "1" not in trend[1:] and trend[-2:] == ["< 5", "< 5"]
    text = pdf_text(build_service_pdf(report))
    assert "< 5" in text and "Counts of 1 to 4 people are shown as" in text


def test_the_pdf_and_csv_say_what_the_month_was(month: tuple[Database, Actor]) -> None:
    db, admin = month
    with db.session() as s:
        report = service_report(s, admin, MARCH, today=TODAY)
    pdf = build_service_pdf(report)
    text = pdf_text(pdf)
    for words in (
        "Monthly service report: March 2026",
        "Harbor Light Recovery Center",
        "People served (unduplicated) 3",
        "Peer support groups 2",
        "One-to-one mentoring 1",
        "Peer support hours delivered 4",
        "Supervision hours received 2.5",
        "The last twelve months",
        "Counts only: this report names nobody.",
    ):
        assert words in text, words
    for name in ("Ana", "Ben", "Eve", "Maria", "Jo Reyes"):
        assert name not in text  # counts only
    assert len(reader(pdf).pages) == 2
    assert all("DejaVuSans" in f for f in embedded_fonts(pdf))
    rows = list(csv.reader(io.StringIO(build_service_csv(report))))
    assert rows[0] == ["Monthly service report", "March 2026"]
    months = next(r for r in rows if r and r[0] == "Twelve months")
    assert months[1:] == [
        f"{date(2025, 4 + n, 1) if n < 9 else date(2026, n - 8, 1):%b %Y}" for n in range(12)
    ]


def test_who_may_see_it_and_bad_months(month: tuple[Database, Actor]) -> None:
    db, admin = month
    staff_with_login(db, admin, "boss", Role.SUPERVISOR, "Kay", "Boss", supervisor=True)
    staff_with_login(db, admin, "desk", Role.FRONT_DESK, "Fran", "Desk")
    staff_with_login(db, admin, "peer", Role.SPECIALIST, "Pat", "Peer")
    boss = auth.login(db, "boss", PASSWORD)
    with db.session() as s:
        service_report(s, boss, MARCH, today=TODAY)
    for name in ("desk", "peer"):
        someone = auth.login(db, name, PASSWORD)
        with pytest.raises(PermissionDenied), db.session() as s:
            service_report(s, someone, MARCH, today=TODAY)
    with pytest.raises(ValidationError, match=r"^May 2026 has not begun yet\.$"), db.session() as s:
        service_report(s, admin, date(2026, 5, 1), today=TODAY)
    for bad in ("2026-13", "March", "2026/03", ""):
        with pytest.raises(ValidationError, match="is not a month like 2026-03"):
            parse_month(bad)
    assert parse_month(" 2026-3 ") == MARCH
    with db.session() as s:
        so_far = service_report(s, admin, date(2026, 4, 1), today=TODAY)
        events = list(s.scalars(select(AuditEvent).where(AuditEvent.entity == "service_report")))
    assert not so_far.complete and so_far.figures.unduplicated_participants == 1
    # Each report made is in the audit trail; refused ones leave nothing.
    assert [(e.entity_id, e.username) for e in events] == [
        ("2026-03", "boss"),
        ("2026-04", "admin"),
    ]
