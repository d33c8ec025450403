"""`peercenter wellbeing` as a supervisor runs it."""

from __future__ import annotations

import json
from datetime import timedelta

from peercenter.db.engine import Database
from peercenter.services.clock import local_today
from tests.e2e.test_cli import run_cli
from tests.wellbeing_factories import TZ, checkin, team


def test_a_supervisor_gets_their_supervisees_as_json_and_text(database_url: str) -> None:
    db = Database.from_url(database_url)
    t = team(db)
    checkin(
        db,
        t.sam.staff_id,
        local_today(TZ) - timedelta(days=2),
        "cbi",
        {"personal": 80, "work": 40, "client": 20},
    )
    db.dispose()
    result = run_cli("--db", database_url, "--user", "maria", "wellbeing", "--json")
    assert result.returncode == 0, result.stderr
    [row] = json.loads(result.stdout)
    assert row["staff"] == "Sam Rivera" and row["level"] == "red"
    cutoff = next(f for f in row["flags"] if f["rule"] == "score_cutoff")
    assert cutoff["message"].startswith("Personal burnout scored 80 on ")
    assert all({"rule", "level", "message"} <= set(f) for f in row["flags"])
    text = run_cli("--db", database_url, "--user", "maria", "wellbeing")
    assert text.returncode == 0
    assert text.stdout.startswith("RED    Sam Rivera  0 of 40 h this week")
    assert "red: Personal burnout scored 80" in text.stdout


def test_the_front_desk_is_refused_in_one_line(database_url: str) -> None:
    db = Database.from_url(database_url)
    team(db)
    db.dispose()
    result = run_cli("--db", database_url, "--user", "desk", "wellbeing", "--json")
    assert result.returncode == 1
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert "not allowed" in result.stderr
