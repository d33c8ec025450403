"""`peercenter report services` as a supervisor runs it for a funder."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from peercenter.db.engine import Database
from peercenter.domain.enums import Role
from tests.e2e.test_cli import run_cli
from tests.factories import staff_with_login
from tests.pdf_helpers import pdf_text
from tests.service_month import build_month


@pytest.fixture
def center_url(database_url: str) -> str:
    db = Database.from_url(database_url)
    admin = build_month(db)
    staff_with_login(db, admin, "boss", Role.SUPERVISOR, "Kay", "Boss", supervisor=True)
    staff_with_login(db, admin, "desk", Role.FRONT_DESK, "Fran", "Desk")
    db.dispose()
    return database_url


def test_the_figures_as_json(center_url: str) -> None:
    base = ("--db", center_url, "--user", "boss", "report", "services", "--month", "2026-03")
    result = run_cli(*base, "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert {
        k: data[k]
        for k in (
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
        )
    } == {
        "month": "2026-03",
        "unduplicated_participants": 3,
        "new_participants": 2,
        "sessions_held": {"peer_support": 2, "mentoring": 1, "community": 0, "training": 0},
        "attendances": 5,
        "walk_ins": 1,
        "no_shows": 1,
        "excused": 1,
        "peer_support_hours": 4.0,
        "supervision_hours": 2.5,
    }
    hidden = json.loads(run_cli(*base, "--json", "--suppress-small-counts").stdout)
    assert hidden["unduplicated_participants"] == "< 5" and hidden["attendances"] == 5


def test_the_report_as_pdf_csv_or_a_table(center_url: str, tmp_path: Path) -> None:
    base = ("--db", center_url, "--user", "boss", "report", "services", "--month", "2026-03")
    pdf = tmp_path / "march.pdf"
    result = run_cli(*base, "-o", str(pdf))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Wrote the service report for March 2026 to {pdf}."
    text = pdf_text(pdf)
    assert "Monthly service report: March 2026" in text
    # The date and time it was prepared read as on the hours report: "6 Dec 2026 at 7:15 AM".
    assert re.search(r"Prepared \d{1,2} [A-Z][a-z]{2} \d{4} at \d{1,2}:\d{2} [AP]M", text), text
    sheet = tmp_path / "march.csv"
    assert run_cli(*base, "-o", str(sheet), "--suppress-small-counts").returncode == 0
    rows = list(csv.reader(io.StringIO(sheet.read_text(encoding="utf-8-sig"))))
    assert ["People served (unduplicated)", "< 5", "present or late at least once"] in rows
    table = run_cli(*base)
    assert table.returncode == 0, table.stderr
    assert "People served (unduplicated)" in table.stdout and "Peer support groups" in table.stdout


@pytest.mark.parametrize(
    "user, month, status, message",
    [
        ("boss", "2026-13", 2, "'2026-13' is not a month like 2026-03"),
        ("boss", "march", 2, "'march' is not a month like 2026-03"),
        ("boss", "2099-01", 1, "peercenter: January 2099 has not begun yet."),
        ("desk", "2026-03", 1, "not allowed to see and save the monthly service report"),
    ],
)
def test_bad_input_and_who_may_run_it(
    center_url: str, user: str, month: str, status: int, message: str
) -> None:
    result = run_cli("--db", center_url, "--user", user, "report", "services", "--month", month)
    assert result.returncode == status
    assert message in result.stderr
    assert result.stdout == ""
