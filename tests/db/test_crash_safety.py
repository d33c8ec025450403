"""Crash safety: a writer process is killed (SIGKILL) at random moments while it writes as
fast as it can; after every kill the database is intact, every action the writer saw
committed is there, and the audit chain still verifies."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from peercenter.db import sqlite_backup
from peercenter.db.engine import Database, sqlite_path
from peercenter.db.models import Participant
from peercenter.domain.audit_chain import verify
from peercenter.services.audit import chain_rows
from tests import factories
from tests.conftest import IN_CI

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")


@dataclass
class CrashReport:
    kills: int = 0
    committed: int = 0
    found: int = 0


def _logged(log: Path) -> list[list[str]]:
    # A line cut off by the kill has no newline: the writer never saw that action committed
    # and logged, so it is not counted.
    text = log.read_text() if log.exists() else ""
    return [line.split() for line in text.splitlines(keepends=True) if line.endswith("\n")]


def _check(db: Database, actions: list[list[str]]) -> int:
    path = sqlite_path(str(db.engine.url))
    if path is not None:
        assert sqlite_backup.quick_check(path, thorough=True) == "ok"
    with db.reader() as s:
        rows = {p.id: (p.preferred_name, p.version) for p in s.scalars(select(Participant))}
        verdict = verify(chain_rows(s))
    assert verdict.ok, verdict.problem
    found = 0
    for kind, ident, value in actions:
        row = rows.get(int(ident))
        assert row is not None, f"committed action {kind} {ident} is missing"
        if kind == "c":
            assert row[0] == value
        else:
            assert row[1] >= int(value), f"committed edit {ident} v{value} is missing"
        found += 1
    return found


def crash_loop(database: Database, url: str, tmp_path: Path, kills: int) -> CrashReport:
    admin = factories.center(database)
    log = tmp_path / "committed.log"
    report = CrashReport()
    rng = random.Random(7)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for round_no in range(kills):
        child = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.db.crash_writer",
                url,
                str(log),
                str(round_no * 1_000_000),
                str(admin.user_id),
                str(admin.staff_id),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=ROOT,
            env=env,
        )
        assert child.stdout is not None
        started = child.stdout.readline()
        if started.strip() != b"writing":
            _, error = child.communicate(timeout=30)
            pytest.fail(f"the writer did not start: {error.decode()}")
        time.sleep(rng.uniform(0.0, 0.25))
        child.send_signal(signal.SIGKILL)
        child.wait(30)
        child.stdout.close()
        if child.stderr is not None:
            child.stderr.close()
        assert child.returncode == -signal.SIGKILL
        report.kills += 1
        actions = _logged(log)
        report.committed = len(actions)
        report.found = _check(database, actions)
    print(
        f"\ncrash test ({database.engine.dialect.name}): {report.kills} kills, "
        f"{report.committed} actions committed, {report.found} found after restart"
    )
    return report


def test_kill_during_heavy_writing(database: Database, database_url: str, tmp_path: Path) -> None:
    kills = 20 if database.is_sqlite else 10
    report = crash_loop(database, database_url, tmp_path, kills)
    assert report.kills == kills and report.found == report.committed > kills


@pytest.mark.slow
@pytest.mark.skipif(
    not IN_CI and not os.environ.get("PEERCENTER_SLOW"),
    reason="the full crash test runs under CI, or with PEERCENTER_SLOW=1",
)
def test_kill_during_heavy_writing_full(
    database: Database, database_url: str, tmp_path: Path
) -> None:
    kills = 120 if database.is_sqlite else 100
    report = crash_loop(database, database_url, tmp_path, kills)
    assert report.kills == kills and report.found == report.committed > kills
