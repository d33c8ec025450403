"""The load benchmark and the replayed morning, short, so CI knows they work (times are
measured by `make bench`, never asserted here): three desks on a center's server, each its
own program signed in as its own person, lose nothing and meet no error; the check would see
a write that went missing; the recorded busy morning ends the same at three desks as at one."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from tests.benchmarks import load_center
from tests.benchmarks.load_check import verify
from tests.benchmarks.load_run import report_of, run_desks
from tests.benchmarks.replay_check import run_replay
from tests.conftest import _pg_url

pytestmark = pytest.mark.slow


def test_three_desks_for_five_seconds_lose_nothing() -> None:
    superuser = _pg_url()
    assert superuser is not None
    center = load_center.build(superuser, 3)
    try:
        after = load_center.last_event_id(superuser, center.database)
        results = run_desks(center, 3, 5, 0.0)
        verdict = verify(center, results, after)
        report = report_of(3, 5, 0.0, results, verdict)
        assert report.errors == []
        assert report.outcomes["ok"] > 0
        assert {r["desk"] for r in results if r["actions"]} == set(center.desks)
        assert verdict.lost == [] and verdict.unacknowledged == []
        assert verdict.checked > 0
        # A check-in a desk was told was saved, gone behind its back, is a lost write.
        marked = next((s, p) for r in results for s, p, status in r["marks"] if status is not None)
        engine = create_engine(make_url(superuser).set(database=center.database))
        with engine.begin() as conn:
            conn.execute(
                text("DELETE FROM attendance WHERE session_id = :s AND participant_id = :p"),
                {"s": marked[0], "p": marked[1]},
            )
        engine.dispose()
        assert len(verify(center, results, after).lost) == 1
    finally:
        center.drop()


def test_the_recorded_morning_ends_the_same_at_three_desks_as_at_one() -> None:
    superuser = _pg_url()
    assert superuser is not None
    report = run_replay(superuser, pace_s_per_hour=1.0)
    assert report.problems == []
    assert report.differences == []
    assert report.actions == 229
