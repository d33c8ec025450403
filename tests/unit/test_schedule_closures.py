"""Closures list every session they touch, cancel them in one action, and lifting the closure
restores them."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from peercenter.db.engine import Database
from peercenter.db.models import AuditEvent
from peercenter.domain.errors import ValidationError
from peercenter.domain.recurrence import Frequency, Recurrence
from peercenter.services.schedule import closures, edits
from peercenter.services.schedule.horizon import extend_horizon
from tests.schedule_factories import Desk, front_desk
from tests.schedule_factories import freeze as freeze_clock


@pytest.fixture(autouse=True)
def _frozen(monkeypatch: pytest.MonkeyPatch) -> None:
    freeze_clock(monkeypatch)


def _two_groups(desk: Desk) -> tuple[int, int]:
    tuesday = desk.group("Tuesday Circle", rule=Recurrence(Frequency.WEEKLY, weekdays=(1,)))
    daily = desk.group(
        "Morning Check-in",
        first=date(2026, 3, 2),
        room="Garden Room",
        lead="Maria Lopez",
        at=datetime(2026, 1, 1, 9).time(),
        minutes=30,
        rule=Recurrence(Frequency.DAILY, weekdays=(0, 1, 2, 3, 4)),
    )
    return tuesday.id, daily.id


def test_a_closure_lists_its_sessions_then_cancels_them_all(database: Database) -> None:
    desk = front_desk(database)
    tuesday, daily = _two_groups(desk)
    with database.reader() as s:
        affected = closures.preview_closure(s, desk.admin, date(2026, 3, 9), date(2026, 3, 10))
    assert [(v.group_name, v.starts_at.date()) for v in affected] == [
        ("Morning Check-in", date(2026, 3, 9)),
        ("Morning Check-in", date(2026, 3, 10)),
        ("Tuesday Circle", date(2026, 3, 10)),
    ]
    with database.session() as s:
        row = closures.create_closure(
            s,
            desk.admin,
            date(2026, 3, 9),
            date(2026, 3, 10),
            "Snow storm",
            [v.id for v in affected],
        )
    assert row.cancelled == 3 and row.days == "Mon 9 Mar 2026 – Tue 10 Mar 2026"
    cancelled = [v for g in (tuesday, daily) for v in desk.sessions(g) if v.cancelled]
    assert sorted(v.id for v in cancelled) == sorted(v.id for v in affected)
    assert {v.cancel_reason for v in cancelled} == {"Closed: Snow storm"}
    with database.reader() as s:
        assert [c.reason for c in closures.list_closures(s, desk.admin)] == ["Snow storm"]
        audit = s.scalars(select(AuditEvent).where(AuditEvent.entity == "closure")).one()
        assert sorted(audit.details["cancelled_sessions"]) == sorted(v.id for v in affected)


def test_lifting_a_closure_restores_its_sessions(database: Database) -> None:
    desk = front_desk(database)
    tuesday, daily = _two_groups(desk)
    with database.session() as s:
        row = closures.create_closure(
            s, desk.admin, date(2026, 3, 10), date(2026, 3, 10), "Staff training day"
        )
    # One Morning Check-in was already cancelled for its own reason: it stays so.
    other = next(v for v in desk.sessions(daily) if v.starts_at.date() == date(2026, 3, 11))
    with database.session() as s:
        edits.cancel_session(s, desk.admin, other.id, "Facilitator ill", other.version)
        lifted = closures.lift_closure(s, desk.admin, row.id)
    assert lifted.restored == 2 and lifted.still_cancelled == ()
    states = {
        (v.group_name, v.starts_at.date()): v.cancelled
        for g in (tuesday, daily)
        for v in desk.sessions(g)
    }
    assert not states[("Tuesday Circle", date(2026, 3, 10))]
    assert not states[("Morning Check-in", date(2026, 3, 10))]
    assert states[("Morning Check-in", date(2026, 3, 11))]
    with database.reader() as s:
        assert closures.list_closures(s, desk.admin) == []


def test_a_session_whose_slot_was_taken_stays_cancelled_when_lifting(database: Database) -> None:
    desk = front_desk(database)
    _two_groups(desk)
    with database.session() as s:
        row = closures.create_closure(
            s, desk.admin, date(2026, 3, 17), date(2026, 3, 17), "Holiday"
        )
    # The room was given to a one-off event meanwhile, moved there from the next day.
    event = desk.group(
        "Open House",
        first=date(2026, 3, 18),
        lead="Sam Rivera",
        rule=Recurrence(Frequency.ONCE),
        minutes=60,
    )
    moved = desk.sessions(event.id)[0]
    with database.session() as s:
        edits.move_session(
            s, desk.admin, moved.id, moved.starts_at - timedelta(days=1), moved.version
        )
    with database.session() as s:
        lifted = closures.lift_closure(s, desk.admin, row.id)
    assert lifted.restored == 1  # the Morning Check-in
    ((view, reason),) = lifted.still_cancelled
    assert view.group_name == "Tuesday Circle"
    assert reason == (
        "Blue Room is already booked for 'Open House' on Tue 17 Mar 2026, 6:00 PM–7:00 PM."
    )


def test_sessions_planned_later_inside_a_closure_start_cancelled(database: Database) -> None:
    desk = front_desk(database)
    with database.session() as s:
        closures.create_closure(s, desk.admin, date(2027, 3, 22), date(2027, 3, 26), "Spring break")
    tuesday, _ = _two_groups(desk)
    with database.session() as s:
        extend_horizon(s, date(2026, 4, 1))
    week = [v for v in desk.sessions(tuesday) if v.starts_at.date() == date(2027, 3, 23)]
    assert [(v.cancelled, v.cancel_reason) for v in week] == [(True, "Closed: Spring break")]


def test_closure_mistakes_are_explained(database: Database) -> None:
    desk = front_desk(database)
    _two_groups(desk)
    with pytest.raises(ValidationError, match="cannot be before"), database.session() as s:
        closures.create_closure(s, desk.admin, date(2026, 3, 10), date(2026, 3, 9), "Oops")
    with (
        pytest.raises(ValidationError, match="changed since the list was shown"),
        database.session() as s,
    ):
        closures.create_closure(
            s, desk.admin, date(2026, 3, 10), date(2026, 3, 10), "Holiday", expected_session_ids=[]
        )
    with database.session() as s:
        closures.create_closure(s, desk.admin, date(2026, 3, 10), date(2026, 3, 10), "Holiday")
    with (
        pytest.raises(ValidationError, match="overlap the closure 'Holiday'"),
        database.session() as s,
    ):
        closures.create_closure(s, desk.admin, date(2026, 3, 9), date(2026, 3, 12), "Snow")
