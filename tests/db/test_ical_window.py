"""An export from a first day on keeps the rules intact: the file, expanded by
recurring-ical-events, gives exactly the application's sessions from that day on (every
recurrence pattern, counted rules included, with cancelled and moved sessions on both sides of
the first day) and nothing before it."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from dateutil.relativedelta import relativedelta

from peercenter.db.engine import Database
from peercenter.db.models import GroupSession
from peercenter.services import ical_export
from peercenter.services.context import Actor
from tests.db.test_ical_round_trip import CHICAGO, FIRST, PATTERNS
from tests.factories import center
from tests.ical_reading import events_of, rule_of, start_of
from tests.schedule_data import (
    add_group,
    add_room,
    app_slots,
    edit,
    ics_slots,
    local_window,
    plan,
    session_ids,
)

SINCE = FIRST + relativedelta(months=5)  # 5 June 2026


def _export(db: Database, actor: Actor, since: date | None) -> bytes:
    with db.session() as s:
        return ical_export.export_calendar(s, actor, ical_export.ExportScope(), since).data


def _sessions_around(db: Database, gid: int, day: date) -> tuple[list[int], list[int]]:
    """The group's sessions before ``day`` and from it on (by their planned start)."""
    boundary = datetime.combine(day, time.min, CHICAGO)
    before: list[int] = []
    after: list[int] = []
    with db.reader() as s:
        rows = s.query(GroupSession).filter(GroupSession.group_id == gid)
        for row in rows.order_by(GroupSession.occurrence_start):
            (before if row.occurrence_start < boundary else after).append(row.id)
    return before, after


@pytest.mark.parametrize("pattern", list(PATTERNS))
def test_the_window_expands_to_exactly_the_sessions_from_its_first_day(
    database: Database, pattern: str
) -> None:
    admin = center(database, tz="America/Chicago")
    side = add_room(database, "Cedar Room")
    gid = add_group(database, "Recovery Circle", PATTERNS[pattern], FIRST, time(18, 0))
    plan(database, gid, FIRST + relativedelta(months=12))
    before, after = _sessions_around(database, gid, SINCE)
    if before:
        edit(database, before[-1], shift=SINCE - FIRST)  # moved from before into the window
    if len(before) >= 2:
        edit(database, before[-2], cancel=True)  # outside the window: no trace in the file
    if len(after) >= 3:
        edit(database, after[0], cancel=True)
        edit(database, after[1], shift=timedelta(hours=2), room_id=side)
        edit(database, after[2], minutes=45)
    data = _export(database, admin, SINCE)
    plan(database, gid, FIRST + relativedelta(years=2, days=7))
    lo, _ = local_window(SINCE, CHICAGO)
    _, hi = local_window(FIRST, CHICAGO)
    expected = app_slots(database, lo, hi)
    got = ics_slots(data, lo, hi)
    assert got - expected == set(), "in the file but not in the application"
    assert expected - got == set(), "in the application but not in the file"
    start, _ = local_window(FIRST, CHICAGO)
    assert ics_slots(data, start, lo) == set()  # nothing from before the window
    whole = _export(database, admin, None)
    assert ics_slots(whole, lo, hi) == got  # the same sessions as the whole history gives
    if len(before) > 5:
        assert len(data) < len(whole)


def test_a_counted_rule_ends_where_it_always_did(database: Database) -> None:
    admin = center(database, tz="America/Chicago")
    rule = PATTERNS["last Friday, 30 times"]
    gid = add_group(database, "Family Night", rule, FIRST, time(9))
    plan(database, gid, FIRST + relativedelta(months=12))
    data = _export(database, admin, SINCE)
    series = next(e for e in events_of(data) if "RRULE" in e)
    before, _after = _sessions_around(database, gid, SINCE)
    assert len(before) == 5  # the last Fridays of January to May
    assert b"COUNT=25" in rule_of(series)  # 30 - 5
    assert start_of(series).date() == date(2026, 6, 26)
    plan(database, gid, FIRST + relativedelta(years=3))
    assert len(session_ids(database, gid)) == 30
    lo, _ = local_window(SINCE, CHICAGO)
    _, hi = local_window(FIRST, CHICAGO, years=3)
    assert ics_slots(data, lo, hi) == app_slots(database, lo, hi)


def test_the_command_line_exports_three_months_back_by_default() -> None:
    assert ical_export.default_start(date(2026, 5, 31)) == date(2026, 2, 28)
    assert ical_export.default_start(date(2026, 1, 15)) == date(2025, 10, 15)
