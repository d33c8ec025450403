"""What recording views costs: opening a participant's record with its view recorded (the
first time in the hour: a look in the trail and a new event; again within the hour: the look
only) against opening it with nothing recorded, on the small demo center with a trail grown
to years of views (about 1,700 earlier views of each participant)."""

from __future__ import annotations

import shutil
import tempfile
from datetime import timedelta
from pathlib import Path
from typing import Any
from unittest.mock import patch

from sqlalchemy import insert

from peercenter.db import migrate
from peercenter.db.engine import Database, sqlite_path
from peercenter.db.models import AuditEvent
from peercenter.services import auth, participants, views
from peercenter.services.clock import now
from tests.benchmarks.harness import PASSWORD, Result, demo_database, interleaved

AREA = "accounting of access"
EARLIER_VIEWS = 100_000


def _grow_trail(db: Database, people: int) -> None:
    """Views by ten people of every participant over two years, as rows (the chain is not
    what is measured here)."""
    start = now() - timedelta(days=730)
    step = timedelta(days=730) / EARLIER_VIEWS
    rows: list[dict[str, Any]] = [
        {
            "at": start + step * i,
            "user_id": None,
            "username": f"user{i % 10}",
            "action": "view",
            "entity": "participant",
            "entity_id": str(1 + i % people),
            "details": {"computer": "desk-1"},
            "prev_hash": f"bench-before-{i}",
            "hash": f"bench-{i}",
        }
        for i in range(EARLIER_VIEWS)
    ]
    with db.session() as s:
        s.execute(insert(AuditEvent), rows)


def collect() -> list[Result]:
    source = sqlite_path(demo_database("small"))
    assert source is not None
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "center.sqlite3"
        shutil.copyfile(source, copy)
        db = Database.from_url(f"sqlite:///{copy}")
        migrate.upgrade(db.engine, copy_aside=False)
        _grow_trail(db, 60)
        actor = auth.login(db, "admin", PASSWORD)
        pid = 7

        def open_record() -> None:
            with db.session() as s:
                participants.get(s, actor, pid)

        def unrecorded() -> None:
            with patch.object(views, "record_view", lambda *_a, **_k: None):
                open_record()

        later = iter(range(1, 1000))

        def first_in_the_hour() -> None:
            moment = now() + timedelta(hours=next(later))
            # The services' clock, an hour on each time: the view is the first of its hour.
            with patch.object(views, "now", lambda: moment):
                open_record()

        # In turn, so a busy machine slows them alike; "again" finds the view just recorded.
        baseline, first, again = interleaved([unrecorded, first_in_the_hour, open_record], 21)
        db.dispose()
    label = f"open a participant's record, {EARLIER_VIEWS:,} earlier views in the trail"
    return [
        Result(AREA, f"{label}: first view in the hour", "nothing recorded", baseline, first),
        Result(AREA, f"{label}: again within the hour", "nothing recorded", baseline, again),
    ]
