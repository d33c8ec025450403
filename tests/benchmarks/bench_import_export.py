"""Calendar export on the small and the large (ten-year) demo center, and the participant
import of a 5,000-row and a 50,000-row file."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from peercenter.db import migrate
from peercenter.db.engine import Database
from peercenter.services import auth, ical_export, setup
from peercenter.services.context import Actor
from peercenter.services.csv_import.participants import (
    import_participants,
    preview_participants,
)
from tests.benchmarks.harness import PASSWORD, Result, demo_database, median_time


def _export_all(url: str) -> float:
    db = Database.from_url(url)
    try:
        admin = auth.login(db, "admin", PASSWORD)

        def run() -> None:
            with db.reader() as session:  # read-only: the audit entry is not kept
                ical_export.export_calendar(session, admin, ical_export.ExportScope())

        return median_time(run, repeat=3)
    finally:
        db.dispose()


def _people_csv(rows: int) -> bytes:
    lines = ["preferred_name,last_name,phone,email,status,intake_date,consent_on_sign_in,notes"]
    lines += [
        f"Name{i},Last{i},555-010-{i % 10000:04d},p{i}@example.org,active,2025-03-14,yes,note {i}"
        for i in range(rows)
    ]
    return ("\n".join(lines) + "\n").encode()


def _fresh_center(folder: Path) -> tuple[Database, Actor]:
    db = Database.from_url(f"sqlite:///{folder / 'import.sqlite3'}")
    migrate.upgrade(db.engine)
    with db.session() as session:
        admin = setup.create_center(
            session,
            setup.FirstStart(
                center_name="Import Bench",
                timezone="America/Chicago",
                first_name="Ada",
                last_name="Admin",
                username="admin",
                password=PASSWORD,
                password_again=PASSWORD,
            ),
        )
    return db, admin


def _import(rows: int) -> tuple[float, float]:
    """(dry run, import) seconds for a file of ``rows`` participants."""
    data = _people_csv(rows)
    with tempfile.TemporaryDirectory() as folder:
        db, admin = _fresh_center(Path(folder))
        try:

            def dry_run() -> None:
                with db.reader() as session:
                    preview_participants(session, admin, data)

            checking = median_time(dry_run, repeat=3)
            start = time.perf_counter()
            with db.session() as session:
                import_participants(session, admin, data)
            return checking, time.perf_counter() - start
        finally:
            db.dispose()


def collect() -> list[Result]:
    small = _export_all(demo_database("small"))
    large = _export_all(demo_database("large"))
    check_5k, import_5k = _import(5_000)
    check_50k, import_50k = _import(50_000)
    return [
        Result(
            "calendar export",
            "export every group (.ics), large center (ten years)",
            "small center",
            small,
            large,
        ),
        Result("participant import", "dry run, 50,000 rows", "5,000 rows", check_5k, check_50k),
        Result("participant import", "import, 50,000 rows", "5,000 rows", import_5k, import_50k),
    ]
