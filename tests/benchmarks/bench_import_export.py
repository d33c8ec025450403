"""Calendar export from the default first day (three months back, what `peercenter export
ics` and the export window do): of the large demo center with its ten years of history against
the same center with only its last year (what the export must not grow with is the history),
and of the small and the large center (which also differ in how many groups they run), and of
the whole history; and the participant import of a 5,000-row and a 50,000-row file."""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, or_, select

from peercenter.db import migrate
from peercenter.db.engine import Database
from peercenter.db.models import GroupSession
from peercenter.services import auth, ical_export, settings, setup
from peercenter.services.clock import local_today
from peercenter.services.context import Actor
from peercenter.services.csv_import.participants import (
    import_participants,
    preview_participants,
)
from tests.benchmarks.harness import PASSWORD, Result, demo_database, interleaved, median_time


def _exports(db: Database) -> tuple[Callable[[], object], Callable[[], object], int]:
    """Exporting every group from the default first day on, and of the whole history; and
    how many sessions the window holds (from its first day to the planned horizon)."""
    admin = auth.login(db, "admin", PASSWORD)
    with db.reader() as session:
        tz = settings.center_timezone(session)
        since: date = ical_export.default_start(local_today(tz))
        first = datetime.combine(since, datetime.min.time(), tz).astimezone(UTC)
        in_window = session.scalar(
            select(func.count())
            .select_from(GroupSession)
            .where(or_(GroupSession.occurrence_start >= first, GroupSession.starts_at >= first))
        )

    def export(first: date | None) -> Callable[[], object]:
        def run() -> None:
            with db.reader() as session:  # read-only: the audit entry is not kept
                ical_export.export_calendar(session, admin, ical_export.ExportScope(), first)

        return run

    return export(since), export(None), int(in_window or 0)


def _last_year_only(url: str, folder: Path) -> str:
    """A copy of the center at ``url`` (a SQLite file) without the sessions that started more
    than a year ago (and their attendance): the same groups and rules, one year of history."""
    copy = folder / "last-year.sqlite3"
    shutil.copy(url.removeprefix("sqlite:///"), copy)
    cutoff = (datetime.now(UTC) - timedelta(days=365)).strftime("%Y-%m-%d %H:%M:%S")
    with sqlite3.connect(copy) as connection:
        connection.execute("PRAGMA foreign_keys = ON")  # attendance and facilitators go too
        connection.execute("DELETE FROM sessions WHERE starts_at < ?", (cutoff,))
    connection.close()
    return f"sqlite:///{copy}"


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
    with tempfile.TemporaryDirectory() as folder:
        large_url = demo_database("large")
        urls = [demo_database("small"), large_url, _last_year_only(large_url, Path(folder))]
        databases = [Database.from_url(url) for url in urls]
        try:
            (
                (small_window, small_all, few),
                (large_window, large_all, many),
                (
                    year_window,
                    _year_all,
                    year_many,
                ),
            ) = map(_exports, databases)
            small, large, one_year = interleaved(
                [small_window, large_window, year_window], repeat=7
            )
            small_history, large_history = interleaved([small_all, large_all], repeat=3)
        finally:
            for db in databases:
                db.dispose()
    check_5k, import_5k = _import(5_000)
    check_50k, import_50k = _import(50_000)
    return [
        Result(
            "calendar export",
            "export every group (.ics) from three months back, large center with ten years "
            f"of history ({many:,} sessions in the window)",
            f"the same center with one year ({year_many:,})",
            one_year,
            large,
            target=1.5,
        ),
        Result(
            "calendar export",
            "the same, large center (40 groups) against the small one (10 groups)",
            "small center",
            small,
            large,
        ),
        Result(
            "calendar export",
            f"the same, per session in the window ({few:,} small, {many:,} large)",
            "small center",
            small / max(few, 1),
            large / max(many, 1),
        ),
        Result(
            "calendar export",
            "export every group (.ics), whole history, large center",
            "small center",
            small_history,
            large_history,
        ),
        Result("participant import", "dry run, 50,000 rows", "5,000 rows", check_5k, check_50k),
        Result("participant import", "import, 50,000 rows", "5,000 rows", import_5k, import_50k),
    ]
