"""Did three desks at once end the morning exactly as one desk would have?

Both databases are read by the server's superuser and written out by name, never by id (a
person added at a desk gets whichever id the server hands out first):

- the same rows: participants, sessions (when, where, status, version), attendance (who, at
  which session, how, recorded by whom), enrollments and logins;
- the same audit events in a consistent order. Each event of the morning is written by one
  person, and each person works at one desk. The order is consistent when both trails hold
  the same events (the same multiset of who did what to what, with the same details) and,
  desk by desk, in the same order: the order that desk recorded them. Only how the three
  desks' events interleave may differ, as it does between any two mornings.

Views of records are compared apart: who looked at what, as a set. A view is recorded once per
record, person and clock hour, so a run that crosses the hour records a second one, and the
people a view lists are those on the list at that moment, which depends on what the other desks
had done by then: that is a fact of the moment, not of the morning's work."""

from __future__ import annotations

import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from peercenter.domain import access_log
from tests.benchmarks import replay
from tests.benchmarks.load_center import drop_center
from tests.benchmarks.load_run import finish, start_desks
from tests.benchmarks.morning_record import Morning, load
from tests.benchmarks.replay import ReplayCenter

Event = tuple[Any, ...]

TABLES = {
    "participants": "SELECT preferred_name, last_name, status, version FROM participants",
    "sessions": (
        "SELECT g.name, s.starts_at, s.ends_at, r.name, s.status, s.version, s.is_exception "
        "FROM sessions s JOIN groups g ON g.id = s.group_id LEFT JOIN rooms r ON r.id = s.room_id"
    ),
    "attendance": (
        "SELECT g.name, p.preferred_name || ' ' || p.last_name, a.status, a.is_walk_in, "
        "u.username FROM attendance a JOIN sessions s ON s.id = a.session_id "
        "JOIN groups g ON g.id = s.group_id JOIN participants p ON p.id = a.participant_id "
        "LEFT JOIN users u ON u.id = a.recorded_by_id"
    ),
    "enrollments": (
        "SELECT g.name, p.preferred_name || ' ' || p.last_name, e.status, e.from_date, "
        "e.to_date, e.version FROM enrollments e JOIN groups g ON g.id = e.group_id "
        "JOIN participants p ON p.id = e.participant_id"
    ),
    "users": "SELECT username, role, is_active, failed_attempts, locked_until IS NULL FROM users",
}


@dataclass
class Ending:
    rows: dict[str, list[tuple[Any, ...]]]
    events: list[Event]  # the morning's, in the order the server sealed them


@dataclass
class ReplayReport:
    actions: int
    three_desks_s: float
    one_desk_s: float
    problems: list[str] = field(default_factory=list)  # actions that did not go through
    differences: list[str] = field(default_factory=list)

    @property
    def same(self) -> bool:
        return not self.problems and not self.differences


def ending(center: ReplayCenter) -> Ending:
    engine = create_engine(make_url(center.superuser).set(database=center.database))
    try:
        with engine.connect() as conn:
            rows = {
                table: sorted(tuple(map(str, r)) for r in conn.execute(text(sql)))
                for table, sql in TABLES.items()
            }
            groups: dict[int, str] = dict(
                conn.execute(
                    text("SELECT s.id, g.name FROM sessions s JOIN groups g ON g.id = s.group_id")
                ).all()
            )
            people: dict[int, str] = dict(
                conn.execute(
                    text("SELECT id, preferred_name || ' ' || last_name FROM participants")
                ).all()
            )
            found = conn.execute(
                text(
                    "SELECT username, action, entity, entity_id, details FROM audit_events "
                    "WHERE id > :after ORDER BY id"
                ),
                {"after": center.seeded_events},
            ).all()
    finally:
        engine.dispose()
    return Ending(rows, [_by_name(e, groups, people) for e in found])


def _by_name(event: Any, groups: dict[int, str], people: dict[int, str]) -> Event:
    """The event with the ids it carries replaced by names."""
    what: Any = event.entity_id
    if event.entity in ("attendance", "session") and what is not None:
        what = groups[int(what)]
    elif event.entity == "participant" and what is not None:
        what = people[int(what)]
    details = dict(event.details or {})
    if isinstance(details.get("participant"), int):
        details["participant"] = people[details["participant"]]
    return (event.username, event.action, event.entity, what, repr(sorted(details.items())))


def _views(events: list[Event]) -> set[tuple[Any, ...]]:
    """Who looked at what: each view without the details of the moment it was taken."""
    return {e[:4] for e in events if e[1] == access_log.VIEW}


def _work(events: list[Event]) -> list[Event]:
    return [e for e in events if e[1] != access_log.VIEW]


def compare(morning: Morning, three: Ending, one: Ending) -> list[str]:
    differences = []
    for table in TABLES:
        if three.rows[table] != one.rows[table]:
            extra = set(three.rows[table]) ^ set(one.rows[table])
            differences.append(f"{table} differ: {sorted(extra)[:5]}")
    views_three, views_one = _views(three.events), _views(one.events)
    if views_three != views_one:
        differences.append(
            f"views differ: missing {sorted(views_one - views_three)[:3]}, "
            f"extra {sorted(views_three - views_one)[:3]}"
        )
    work_three, work_one = _work(three.events), _work(one.events)
    if Counter(work_three) != Counter(work_one):
        gone = Counter(work_one) - Counter(work_three)
        more = Counter(work_three) - Counter(work_one)
        differences.append(f"audit events differ: missing {list(gone)[:3]}, extra {list(more)[:3]}")
    for desk in morning.desks:
        mine = [e for e in work_three if morning.desk_of(e[0]) == desk]
        alone = [e for e in work_one if morning.desk_of(e[0]) == desk]
        if mine != alone:
            at = next((n for n, (a, b) in enumerate(zip(mine, alone, strict=False)) if a != b), 0)
            differences.append(f"desk {desk}: its events are in another order from event {at}")
    return differences


def run_replay(superuser: str, pace_s_per_hour: float) -> ReplayReport:
    """The morning at three desks at once, then at one desk, each on a center of its own."""
    morning = load()
    three = replay.build(superuser, morning)
    one = replay.build(superuser, morning)
    try:
        started = time.perf_counter()
        with tempfile.TemporaryDirectory(prefix="peercenter-replay-") as tmp:
            configs = [
                {
                    "desk": desk,
                    "address": three.address,
                    "today": three.today,
                    "pace": pace_s_per_hour,
                }
                for desk in morning.desks
            ]
            procs, outs = start_desks(Path(tmp), configs, "tests.benchmarks.replay")
            results = finish(procs, outs, 600)
        three_s = time.perf_counter() - started
        report = ReplayReport(len(morning.actions), three_s, 0.0)
        report.problems += [p for r in results for p in r["problems"]]
        started = time.perf_counter()
        desks = {
            desk: replay.DeskReplayer(one.address, date.fromisoformat(one.today))
            for desk in morning.desks
        }
        try:
            report.problems += replay.play(desks, morning.actions)
        finally:
            for desk in desks.values():
                desk.close()
        report.one_desk_s = time.perf_counter() - started
        report.differences = compare(morning, ending(three), ending(one))
        return report
    finally:
        for center in (three, one):
            drop_center(center.superuser, center.database)
