"""A busy morning on a center's server: desks at once, each its own program signed in as its
own person (a PostgreSQL role, with the server's grants and row-level security), doing a
front desk's mix through the services for a while. Reported: the actions done, refusals
(another desk got there first) and errors (there must be none), lost writes (none: checked
at the end against the audit trail and the final rows, load_check.py) and the 95th
percentile of an action's time against one desk alone (the goal: at most twice as long).

Two mixes: desks at a busy person's pace (a pause of about a second between actions, drawn at
random) and desks with no pause at all, which shows where this machine saturates. Then the
recorded busy morning is replayed at three desks and at one, and must end the same
(replay_check.py).

Needs the PostgreSQL server of `make bench` (PEERCENTER_TEST_PG). PEERCENTER_LOAD_SECONDS
shortens or lengthens each run (60 by default)."""

from __future__ import annotations

import os
from pathlib import Path

from tests.benchmarks.harness import Count, Result
from tests.benchmarks.load_run import LoadReport, percentile, run_load
from tests.benchmarks.replay_check import ReplayReport, run_replay

AREA = "load (server)"
DESKS = 8
PAUSE_S = 1.0  # between one desk's actions, on average
SECONDS = float(os.environ.get("PEERCENTER_LOAD_SECONDS", "60"))
REPLAY_PACE_S = 4.0  # real seconds for each recorded hour of the morning
GOAL = 2.0


def _superuser() -> str:
    url = os.environ.get("PEERCENTER_TEST_PG")
    if not url:
        raise SystemExit(
            "The load benchmark needs a PostgreSQL server: run it with `make bench`, which "
            "starts a throw-away one (PEERCENTER_TEST_PG)."
        )
    return url


def _lines(label: str, alone: LoadReport, busy: LoadReport) -> list[Result | Count]:
    what = f"{busy.desks} desks × {SECONDS:g} s, {label}"
    errors = busy.outcomes["error"] + alone.outcomes["error"]
    lost = len(busy.verdict.lost) + len(alone.verdict.lost)
    return [
        Result(AREA, f"p95 action time, {what}", "1 desk alone", alone.p95, busy.p95, target=GOAL),
        Result(
            AREA,
            f"median action time, {what}",
            "1 desk alone",
            percentile(alone.latencies, 50),
            percentile(busy.latencies, 50),
        ),
        Count(AREA, f"actions done, {what} (1 desk alone: {alone.actions:,})", busy.actions),
        Count(AREA, f"refused conflicts, {what}", busy.outcomes["refused"]),
        Count(AREA, f"errors, {what} and alone", errors, required=0),
        Count(
            AREA,
            f"lost writes, {what} and alone "
            f"(of {busy.verdict.checked + alone.verdict.checked:,} acknowledged)",
            lost,
            required=0,
        ),
        Count(
            AREA,
            f"audit events nobody was told of, {what} and alone",
            len(busy.verdict.unacknowledged) + len(alone.verdict.unacknowledged),
            required=0,
        ),
    ]


def _details(runs: list[tuple[str, LoadReport]], replay: ReplayReport) -> str:
    """Per kind of action, for bench-results/load.md."""
    out = ["# Load on a center's server", ""]
    for label, report in runs:
        out += [
            f"## {report.desks} desk(s), {label}, {report.seconds:g} s",
            "",
            "| Action | Done | p50 | p95 |",
            "|---|---|---|---|",
        ]
        for kind, spent in sorted(report.by_kind.items()):
            out.append(
                f"| {kind} | {len(spent)} | {percentile(spent, 50) * 1000:.0f} ms | "
                f"{percentile(spent, 95) * 1000:.0f} ms |"
            )
        out += [""] + [f"- error: {e}" for e in report.errors[:20]]
        out += [f"- lost: {e}" for e in report.verdict.lost[:20]] + [""]
    out += [
        "## The recorded busy morning",
        "",
        f"{replay.actions} actions; three desks at once {replay.three_desks_s:.1f} s, "
        f"one desk {replay.one_desk_s:.1f} s; "
        + ("the same end." if replay.same else "NOT the same end."),
        "",
        *[f"- {p}" for p in replay.problems + replay.differences],
        "",
    ]
    return "\n".join(out)


def collect() -> list[Result | Count]:
    superuser = _superuser()
    runs: list[tuple[str, LoadReport]] = []
    found: list[Result | Count] = []
    for label, pause in ((f"a pause of ~{PAUSE_S:g} s", PAUSE_S), ("no pause", 0.0)):
        alone = run_load(superuser, 1, SECONDS, pause)
        busy = run_load(superuser, DESKS, SECONDS, pause)
        runs += [(label, alone), (label, busy)]
        found += _lines(label, alone, busy)
    replay = run_replay(superuser, REPLAY_PACE_S)
    found += [
        Count(
            "replay (server)", "recorded actions that did not go through", len(replay.problems), 0
        ),
        Count(
            "replay (server)",
            f"differences, 3 desks at once against 1 desk ({replay.actions} actions)",
            len(replay.differences),
            required=0,
        ),
    ]
    out = Path(__file__).resolve().parents[2] / "bench-results" / "load.md"
    out.parent.mkdir(exist_ok=True)
    out.write_text(_details(runs, replay), encoding="utf-8")
    return found
