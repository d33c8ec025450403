"""`peercenter hours` and `peercenter report hours` as a supervisor runs them."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pypdf
import pytest

from peercenter.db.engine import Database
from peercenter.services.credentials import enrollments, training
from tests.credential_factories import Crew, crew, held_session
from tests.e2e.test_cli import run_cli


@pytest.fixture
def center_url(database_url: str) -> tuple[str, Crew]:
    db = Database.from_url(database_url)
    c = crew(db)
    me = c.specialist.staff_id
    with db.session() as s:
        enrollments.enroll(
            s, c.supervisor, me, enrollments.EnrollmentForm(c.programs["icrc-pr"], date(2026, 1, 5))
        )
        enrollments.enroll(
            s,
            c.supervisor,
            me,
            enrollments.EnrollmentForm(c.programs["texas-hhsc-ps"], date(2026, 1, 5)),
        )
        training.add_training(
            s,
            c.specialist,
            me,
            training.TrainingForm(date(2025, 10, 6), "Advocacy", 10, domain="Advocacy"),
        )
        # Verified, but outside IC&RC's four domains: it counts toward none of them.
        first_aid = training.add_training(
            s,
            c.specialist,
            me,
            training.TrainingForm(date(2025, 11, 3), "First Aid", 4, domain="First Aid"),
        )
        training.set_verified(s, c.supervisor, first_aid.id, True)
    held_session(db, me, date(2026, 1, 6), 2)
    db.dispose()
    return database_url, c


def test_hours_json_schema(center_url: tuple[str, Crew]) -> None:
    url, _ = center_url
    result = run_cli("--db", url, "--user", "supervisor", "hours", "jordan reyes", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["staff"] == "Jordan Reyes"
    assert [p["program"] for p in data["programs"]] == [
        "IC&RC Peer Recovery (PR)",
        "Texas Peer Specialist (HHSC)",
    ]
    for program in data["programs"]:
        assert set(program) >= {"program", "requirements"}
        for requirement in program["requirements"]:
            assert set(requirement) >= {
                "name",
                "kind",
                "required_hours",
                "completed_hours",
                "missing_hours",
            }
    icrc = {r["name"]: r for r in data["programs"][0]["requirements"]}
    assert icrc["Training, all domains"]["kind"] == "training_hours"
    assert icrc["Training, all domains"]["required_hours"] == 46
    assert icrc["Training, all domains"]["completed_hours"] == 0  # not verified yet
    assert icrc["Training, all domains"]["unverified_hours"] == 10
    assert icrc["Training, all domains"]["missing_hours"] == 46  # the First Aid does not count
    assert icrc["Supervised work experience"]["completed_hours"] == 2
    assert icrc["Supervised work experience"]["missing_hours"] == 498
    weekly = data["programs"][1]["requirements"][1]
    assert weekly["kind"] == "supervision_frequency" and weekly["required_hours"] is None


def test_hours_for_one_program_as_a_table(center_url: tuple[str, Crew]) -> None:
    url, _ = center_url
    result = run_cli(
        "--db", url, "--user", "specialist", "hours", "Jordan Reyes", "--program", "texas"
    )
    assert result.returncode == 0, result.stderr
    assert "Texas Peer Specialist (HHSC)" in result.stdout
    assert "IC&RC" not in result.stdout
    assert "Supervised work experience (initial certification)" in result.stdout


@pytest.mark.parametrize(
    "user, name, message",
    [
        ("frontdesk", "Jordan Reyes", "not allowed to see and record their own"),
        ("supervisor2", "Jordan Reyes", "No person you can see matches 'Jordan Reyes'"),
        ("supervisor", "Nobody Here", "No person you can see matches"),
        ("admin", "r", "matches several"),
    ],
)
def test_names_and_permissions(
    center_url: tuple[str, Crew], user: str, name: str, message: str
) -> None:
    url, _ = center_url
    result = run_cli("--db", url, "--user", user, "hours", name, "--json")
    assert result.returncode == 1
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stdout == ""


def test_report_hours_writes_a_pdf_or_a_csv(center_url: tuple[str, Crew], tmp_path: Path) -> None:
    url, _ = center_url
    several = run_cli(
        "--db",
        url,
        "--user",
        "supervisor",
        "report",
        "hours",
        "Jordan Reyes",
        "-o",
        str(tmp_path / "x.pdf"),
    )
    assert several.returncode == 1 and "choose one with --program" in several.stderr
    pdf = tmp_path / "jordan.pdf"
    result = run_cli(
        "--db",
        url,
        "--user",
        "supervisor",
        "report",
        "hours",
        "Jordan Reyes",
        "--program",
        "IC&RC Peer Recovery (PR)",
        "-o",
        str(pdf),
    )
    assert result.returncode == 0, result.stderr
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(pdf).pages)
    assert "Jordan Reyes" in text and "Supervised work experience" in text
    assert pdf.stat().st_mode & 0o777 == 0o600
    out_csv = tmp_path / "jordan.csv"
    assert (
        run_cli(
            "--db",
            url,
            "--user",
            "supervisor",
            "report",
            "hours",
            "jordan",
            "--program",
            "icrc-pr",
            "-o",
            str(out_csv),
        ).returncode
        == 0
    )
    assert out_csv.read_text(encoding="utf-8-sig").startswith("Hours report,")
    assert (
        run_cli("--db", url, "--user", "supervisor", "report", "hours", "Jordan Reyes").returncode
        == 2
    )  # -o is required
    missing = run_cli(
        "--db",
        url,
        "--user",
        "supervisor",
        "report",
        "hours",
        "Jordan Reyes",
        "--program",
        "icrc",
        "-o",
        str(tmp_path / "nope" / "x.pdf"),
    )
    assert missing.returncode == 1 and "does not exist" in missing.stderr


def test_report_hours_for_a_period(center_url: tuple[str, Crew], tmp_path: Path) -> None:
    url, _ = center_url
    base = ("--db", url, "--user", "supervisor", "report", "hours", "Jordan Reyes")
    out_csv = tmp_path / "january.csv"
    result = run_cli(
        *base, "--program", "icrc", "--from", "2026-01-01", "--to", "2026-01-31", "-o", str(out_csv)
    )
    assert result.returncode == 0, result.stderr
    rows = list(csv.reader(io.StringIO(out_csv.read_text(encoding="utf-8-sig"))))
    assert ["Period covered", "2026-01-01", "2026-01-31"] in rows
    assert {r[1]: r[3] for r in rows if r and r[0] == "Total"} == {"Facilitated session": "2.00"}
    backwards = run_cli(
        *base, "--program", "icrc", "--from", "2026-02-01", "--to", "2026-01-01", "-o", str(out_csv)
    )
    assert backwards.returncode == 1
    assert backwards.stderr.strip() == "peercenter: The period starts after it ends."
    bad = run_cli(*base, "--program", "icrc", "--from", "January", "-o", str(out_csv))
    assert bad.returncode == 2 and "'January' is not a date like 2026-03-02" in bad.stderr
