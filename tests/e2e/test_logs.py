"""The log file as whoever looks after PeerCenter reads it: in the data folder, readable by its
owner only, naming people by id and never by name, with the traceback of anything unexpected;
`--verbose` shows the same lines on the terminal."""

from __future__ import annotations

import os
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from peercenter import cli, logs
from peercenter.commands.demo import DEMO_PASSWORD
from peercenter.db.engine import Database
from peercenter.db.models import Participant, Staff
from tests.e2e.test_cli import run_cli


def _log_file(data: Path) -> Path:
    return data / logs.LOG_DIR_NAME / logs.LOG_FILE_NAME


def test_the_log_is_private_and_verbose_shows_it_on_the_terminal(tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = {"PEERCENTER_DATA_DIR": str(data)}
    made = run_cli("init", "--admin", "boss", env=env, password="boss password 1")
    assert made.returncode == 0, made.stderr
    assert "peercenter" not in made.stderr  # quiet without --verbose
    day = date.today().isoformat()
    listed = run_cli(
        "--verbose",
        "--user",
        "boss",
        "sessions",
        "--from",
        day,
        "--to",
        day,
        env=env,
        password="boss password 1",
    )
    assert listed.returncode == 0, listed.stderr
    assert re.search(
        r"INFO +peercenter\.commands\.common: command sessions run by user 1$",
        listed.stderr,
        re.M,
    )
    assert "DEBUG   peercenter.cli: command sessions" in listed.stderr
    log = _log_file(data)
    if os.name == "posix":
        assert log.stat().st_mode & 0o777 == 0o600
        assert log.parent.stat().st_mode & 0o777 == 0o700
    text = log.read_text(encoding="utf-8")
    assert "database structure upgraded from an empty database" in text
    assert "command sessions run by user 1" in text
    assert "DEBUG" not in text  # the file keeps the summary; --verbose adds the steps


def test_an_unexpected_error_is_one_line_and_its_traceback_is_in_the_log(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from peercenter.commands import database

    def broken(_args: object) -> int:
        raise RuntimeError("the disk is on fire")

    monkeypatch.setattr(database, "run", broken)
    try:
        assert cli.main(["db", "current"]) == 1
    finally:
        logs.setup()  # close the file before the folder goes
    err = capsys.readouterr().err
    log = _log_file(Path(os.environ["PEERCENTER_DATA_DIR"]))
    assert err.strip() == (
        "peercenter: something went wrong that PeerCenter did not expect; nothing more was "
        f"done. The details are in {log}."
    )
    text = log.read_text(encoding="utf-8")
    assert "ERROR   peercenter.cli: unexpected error in the db command" in text
    assert "Traceback (most recent call last)" in text
    assert "RuntimeError: the disk is on fire" in text


def test_a_days_work_on_the_demo_center_logs_no_ones_name() -> None:
    made = run_cli("demo", "--no-window", password=None)
    assert made.returncode == 0, made.stderr
    folder = Path(made.stdout.strip())
    env = {"PEERCENTER_DATA_DIR": str(folder)}
    today = date.today()
    out = folder / "out"
    out.mkdir()
    steps = [
        ("frontdesk", "sessions", "--from", f"{today}", "--to", f"{today + timedelta(days=7)}"),
        ("frontdesk", "packet", f"{today + timedelta(days=1)}", "-o", str(out / "packet.pdf")),
        ("frontdesk", "poster", f"{today}", "-o", str(out / "poster.pdf")),
        ("supervisor", "hours", "specialist"),
        (
            "supervisor",
            "report",
            "hours",
            "specialist",
            "--program",
            "icrc-pr",
            "-o",
            str(out / "h.csv"),
        ),
        ("supervisor", "wellbeing"),
        ("admin", "audit", "--verify"),
        ("frontdesk", "signin", "999999", "-o", str(out / "none.pdf")),  # refused: no session
    ]
    for user, *command in steps:
        done = run_cli("--verbose", "--user", user, *command, env=env, password=DEMO_PASSWORD)
    assert "DEBUG   peercenter.cli: command signin stopped: NotFound" in done.stderr
    text = _log_file(folder).read_text(encoding="utf-8")
    assert "making the packet of" in text and "saving the hours report of staff" in text
    database = Database.from_url(f"sqlite:///{folder / 'peercenter.sqlite3'}")
    with database.reader() as s:
        names = {n for row in s.execute(select(Staff.first_name, Staff.last_name)) for n in row}
        names |= {
            n
            for row in s.execute(select(Participant.preferred_name, Participant.last_name))
            for n in row
        }
    database.dispose()
    names.discard("")
    assert len(names) > 20
    found = sorted(n for n in names if re.search(rf"\b{re.escape(n)}\b", text))
    assert found == []
    assert run_cli("demo", "--delete", password=None).returncode == 0
