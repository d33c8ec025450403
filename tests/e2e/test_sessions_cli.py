"""`peercenter sessions` as a user runs it: JSON with UTC offsets, filters and messages."""

from __future__ import annotations

import json
from datetime import date, time

import pytest

from peercenter.db.engine import Database
from peercenter.domain.recurrence import Frequency, Recurrence
from peercenter.services.schedule import edits
from tests.e2e.test_cli import run_cli
from tests.schedule_factories import freeze as freeze_clock
from tests.schedule_factories import front_desk


def _center(url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    freeze_clock(monkeypatch)
    db = Database.from_url(url)
    desk = front_desk(db)
    circle = desk.group(
        "Tuesday Circle",
        co=("Maria Lopez",),
        rule=Recurrence(Frequency.WEEKLY, weekdays=(1,), count=3),
    )
    desk.group(
        "Art Night",
        first=date(2026, 3, 4),
        at=time(17),
        room="Garden Room",
        lead="Sam Rivera",
        minutes=60,
        rule=Recurrence(Frequency.WEEKLY, count=3),
    )
    second = desk.sessions(circle.id)[1]
    with db.session() as s:
        edits.cancel_session(s, desk.admin, second.id, "Snow", second.version)
    db.dispose()


def test_sessions_as_json(database_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    _center(database_url, monkeypatch)
    result = run_cli(
        "--db",
        database_url,
        "--user",
        "admin",
        "sessions",
        "--from",
        "2026-03-01",
        "--to",
        "2026-03-12",
        "--json",
    )
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert [(r["group"], r["starts_at"]) for r in rows] == [
        ("Tuesday Circle", "2026-03-03T18:00:00-06:00"),
        ("Art Night", "2026-03-04T17:00:00-06:00"),
        # Summer time began on 8 March: the offset changes, the local time does not.
        ("Tuesday Circle", "2026-03-10T18:00:00-05:00"),
        ("Art Night", "2026-03-11T17:00:00-05:00"),
    ]
    first = rows[0]
    assert first["kind"] == "peer_support" and first["room"] == "Blue Room"
    assert first["ends_at"] == "2026-03-03T19:30:00-06:00"
    assert first["facilitators"] == ["Jordan Reyes", "Maria Lopez"]
    assert (first["status"], rows[2]["status"], rows[2]["cancel_reason"]) == (
        "scheduled",
        "cancelled",
        "Snow",
    )
    assert isinstance(first["id"], int)


def test_sessions_filters_and_table(database_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    _center(database_url, monkeypatch)
    base = (
        "--db",
        database_url,
        "--user",
        "admin",
        "sessions",
        "--from",
        "2026-03-01",
        "--to",
        "2026-03-31",
    )
    by_room = json.loads(run_cli(*base, "--room", "garden room", "--json").stdout)
    assert {r["group"] for r in by_room} == {"Art Night"} and len(by_room) == 3
    by_person = json.loads(run_cli(*base, "--facilitator", "Maria Lopez", "--json").stdout)
    assert {r["group"] for r in by_person} == {"Tuesday Circle"}
    table = run_cli(*base, "--group", "Tuesday Circle")
    assert table.returncode == 0
    lines = table.stdout.splitlines()
    assert [part.strip() for part in lines[0].split("|")] == [
        "Tue 3 Mar 2026  6:00 PM–7:30 PM",
        "Tuesday Circle",
        "Blue Room",
        "Jordan Reyes, Maria Lopez",
    ]
    assert lines[1].endswith("CANCELLED: Snow")
    missing = run_cli(*base, "--room", "Attic")
    assert missing.returncode == 1
    assert missing.stderr.strip() == "peercenter: No room matches 'Attic'."
    assert run_cli(*base[:-4], "--from", "2026-13-01", "--to", "2026-03-01").returncode == 2
