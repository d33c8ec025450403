"""`peercenter audit --participant` on the demo center: the accounting for one participant
listed, exported as CSV and JSON, for administrators only."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from peercenter.commands.demo import DEMO_PASSWORD, demo_url
from tests.accounting_story import EXPECTED, demo_with_story
from tests.e2e.test_cli import run_cli


def test_an_administrator_lists_and_exports_the_accounting_for_a_demo_participant(
    tmp_path: Path,
) -> None:
    story = demo_with_story(tmp_path / "demo")
    story.database.dispose()
    db = ["--db", demo_url(tmp_path / "demo")]
    pid = str(story.participant_id)

    listed = run_cli(*db, "--user", "admin", "audit", "--participant", pid, password=DEMO_PASSWORD)
    assert listed.returncode == 0, listed.stderr
    assert f"(participant number {pid})" in listed.stdout
    for words in EXPECTED:
        assert words in listed.stdout, words
    assert "specialist" in listed.stdout and "frontdesk" in listed.stdout

    target = tmp_path / "accounting.csv"
    saved = run_cli(
        *db,
        "--user",
        "admin",
        "audit",
        "--participant",
        pid,
        "--csv",
        str(target),
        password=DEMO_PASSWORD,
    )
    assert saved.returncode == 0, saved.stderr
    with target.open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["who"] for r in rows][:1] == ["specialist"]
    assert all(any(words in r["what"] for r in rows) for words in EXPECTED)
    assert any(r["computer"] for r in rows if r["action"] == "view")
    # The first listing was recorded, and is in the next accounting.
    assert rows[-1]["what"] == "Produced an accounting of who saw their record"

    as_json = run_cli(
        *db, "--user", "admin", "audit", "--participant", pid, "--json", password=DEMO_PASSWORD
    )
    found = json.loads(as_json.stdout)
    assert found["participant_id"] == story.participant_id
    assert len(found["entries"]) == len(rows) + 1

    other = run_cli(
        *db,
        "--user",
        "admin",
        "audit",
        "--participant",
        str(story.other_id),
        password=DEMO_PASSWORD,
    )
    assert "Opened their record" not in other.stdout and "Corrected" not in other.stdout


def test_only_administrators_account_for_a_participant(tmp_path: Path) -> None:
    story = demo_with_story(tmp_path / "demo")
    story.database.dispose()
    db = ["--db", demo_url(tmp_path / "demo")]
    for who in ("supervisor", "frontdesk", "specialist"):
        refused = run_cli(
            *db,
            "--user",
            who,
            "audit",
            "--participant",
            str(story.participant_id),
            password=DEMO_PASSWORD,
        )
        assert refused.returncode == 1
        assert "not allowed to list every view" in refused.stderr
    mixed = run_cli(
        *db,
        "--user",
        "admin",
        "audit",
        "--participant",
        "1",
        "--verify",
        password=DEMO_PASSWORD,
    )
    assert mixed.returncode == 1 and "--participant takes only" in mixed.stderr
