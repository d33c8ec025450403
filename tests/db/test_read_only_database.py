"""A database SQLite may only read (opened read-only, as on a read-only share) fails its first
save with words for the person at the desk, and nothing is written."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from peercenter.db.engine import Database, describe_error
from peercenter.db.file_checks import READ_ONLY_MESSAGE, read_only_problem
from peercenter.db.models import Participant
from peercenter.services import participants
from tests.factories import center
from tests.read_only import read_only


def test_a_save_into_a_read_only_database_is_explained(sqlite_database: Database) -> None:
    admin = center(sqlite_database)
    path = Path(str(sqlite_database.engine.url.database))
    with sqlite_database.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    read_only_db = Database.from_url(f"sqlite:///file:{path}?mode=ro&uri=true")
    try:
        with (
            pytest.raises(OperationalError) as caught,
            read_only_db.session() as s,
        ):
            participants.create(s, admin, participants.ParticipantForm("Maria", "Gonzalez"))
        assert describe_error(caught.value) == READ_ONLY_MESSAGE
    finally:
        read_only_db.dispose()
    with sqlite_database.reader() as s:
        assert s.scalar(select(func.count()).select_from(Participant)) == 0


def test_what_makes_a_database_file_unsavable_is_found_before_opening(tmp_path: Path) -> None:
    path = tmp_path / "center.sqlite3"
    assert read_only_problem(path) is None  # not there yet: it will be created
    path.write_bytes(b"")
    assert read_only_problem(path) is None
    with read_only(path):
        assert (read_only_problem(path) or "").startswith("This database file is read-only")
    with read_only(tmp_path):
        assert (read_only_problem(path) or "").startswith(
            "The folder that holds the database is read-only"
        )
