"""Editing like a calendar user expects: this session only, this and following, the whole
series; moving, cancelling with a reason and restoring."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time

import pytest
from sqlalchemy import select

from peercenter.db.engine import Database
from peercenter.db.models import AuditEvent, Enrollment, Group
from peercenter.domain.enums import SessionStatus
from peercenter.domain.errors import ConcurrentEditError, ValidationError
from peercenter.domain.recurrence import Frequency, Recurrence
from peercenter.services.schedule import edits, groups, rosters
from peercenter.services.schedule.changes import EditMode, change_of
from peercenter.services.schedule.common import SessionView
from tests.schedule_factories import CHICAGO, Desk, front_desk
from tests.schedule_factories import freeze as freeze_clock


@pytest.fixture(autouse=True)
def _frozen(monkeypatch: pytest.MonkeyPatch) -> None:
    freeze_clock(monkeypatch)


def _on(desk: Desk, group_id: int, day: date) -> SessionView:
    return next(v for v in desk.sessions(group_id) if v.occurrence_start.date() == day)


def _weekly(desk: Desk, count: int | None = 10) -> int:
    return desk.group(
        "Tuesday Circle",
        first=date(2026, 3, 3),
        rule=Recurrence(Frequency.WEEKLY, weekdays=(1,), count=count),
    ).id


def test_this_session_only_changes_one_and_survives_series_changes(database: Database) -> None:
    desk = front_desk(database)
    gid = _weekly(desk)
    target = _on(desk, gid, date(2026, 3, 17))
    change = replace(
        change_of(target),
        start_time=time(19, 0),
        room_id=desk.rooms["Garden Room"],
        notes="Guest speaker",
    )
    with database.session() as s:
        edited = edits.edit_session(
            s, desk.admin, target.id, change, EditMode.THIS, target.version
        ).value
    assert (edited.starts_at.hour, edited.room, edited.is_exception) == (19, "Garden Room", True)
    others = [v for v in desk.sessions(gid) if v.id != target.id]
    assert {(v.starts_at.hour, v.room) for v in others} == {(18, "Blue Room")}
    # The whole series moves to 5 pm; the hand-edited session keeps its own time and room.
    with database.session() as s:
        detail = groups.get_group(s, desk.admin, gid)
        groups.update_group(
            s, desk.admin, gid, replace(detail.form, start_time=time(17, 0)), detail.version
        )
    after = {v.occurrence_start.date(): v for v in desk.sessions(gid)}
    assert (after[date(2026, 3, 17)].starts_at.hour, after[date(2026, 3, 17)].room) == (
        19,
        "Garden Room",
    )
    assert after[date(2026, 3, 17)].notes == "Guest speaker"
    assert {v.starts_at.hour for d, v in after.items() if d != date(2026, 3, 17)} == {17}
    assert len(after) == 10


def test_whole_series_changes_only_future_sessions(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk = front_desk(database)
    gid = _weekly(desk)
    # A week later: the 3 and 10 March sessions have happened.
    freeze_clock(monkeypatch, datetime(2026, 3, 11, 15, tzinfo=CHICAGO))
    target = _on(desk, gid, date(2026, 3, 24))
    change = replace(
        change_of(target),
        room_id=desk.rooms["Garden Room"],
        co_facilitator_ids=(desk.staff["Maria Lopez"],),
    )
    with database.session() as s:
        edits.edit_session(s, desk.admin, target.id, change, EditMode.SERIES, target.version)
    rooms = {v.occurrence_start.date(): v.room for v in desk.sessions(gid)}
    assert rooms[date(2026, 3, 3)] == rooms[date(2026, 3, 10)] == "Blue Room"
    assert {r for d, r in rooms.items() if d > date(2026, 3, 11)} == {"Garden Room"}
    later = _on(desk, gid, date(2026, 4, 7))
    assert later.facilitators == ("Jordan Reyes", "Maria Lopez")
    assert not later.is_exception
    with database.reader() as s:
        group = s.get(Group, gid)
        assert group is not None and group.room_id == desk.rooms["Garden Room"]


def test_this_and_following_splits_the_series_and_carries_the_roster(database: Database) -> None:
    desk = front_desk(database)
    gid = _weekly(desk, count=10)
    with database.session() as s:
        rosters.enroll(s, desk.admin, gid, desk.people["Alex"], date(2026, 3, 1))
        rosters.enroll(s, desk.admin, gid, desk.people["Blair"], date(2026, 4, 1))
    target = _on(desk, gid, date(2026, 3, 31))
    change = replace(change_of(target), start_time=time(17, 30), duration_minutes=60)
    with database.session() as s:
        edits.edit_session(s, desk.admin, target.id, change, EditMode.FOLLOWING, target.version)
    with database.reader() as s:
        old = s.get(Group, gid)
        assert old is not None
        new = s.scalars(select(Group).where(Group.split_from_id == gid)).one()
        assert old.until_date == date(2026, 3, 30)
        assert (new.first_date, new.start_time, new.duration_minutes) == (
            date(2026, 3, 31),
            time(17, 30),
            60,
        )
        assert new.name == old.name
        new_id = new.id
        enrollments = {(e.group_id, e.participant_id): e for e in s.scalars(select(Enrollment))}
        alex_old = enrollments[(gid, desk.people["Alex"])]
        assert alex_old.to_date == date(2026, 3, 30)
        assert enrollments[(new_id, desk.people["Alex"])].from_date == date(2026, 3, 31)
        assert (new_id, desk.people["Blair"]) in enrollments  # starts after the split
        assert (gid, desk.people["Blair"]) not in enrollments
    before = desk.sessions(gid)
    after = desk.sessions(new_id)
    assert [v.starts_at.date() for v in before] == [date(2026, 3, d) for d in (3, 10, 17, 24)]
    assert {(v.starts_at.hour, v.starts_at.minute) for v in before} == {(18, 0)}
    # The series had 10 sessions: 4 before the split, 6 after, at the new time.
    assert len(after) == 6
    assert {(v.starts_at.hour, v.starts_at.minute, v.duration_minutes) for v in after} == {
        (17, 30, 60)
    }
    assert after[0].id == target.id  # the same session row, so its history stays with it


def test_this_and_following_keeps_hand_edited_sessions(database: Database) -> None:
    desk = front_desk(database)
    gid = _weekly(desk, count=None)
    moved = _on(desk, gid, date(2026, 4, 14))
    with database.session() as s:
        edits.move_session(
            s, desk.admin, moved.id, datetime(2026, 4, 15, 12, tzinfo=CHICAGO), moved.version
        )
    target = _on(desk, gid, date(2026, 3, 31))
    with database.session() as s:
        edits.edit_session(
            s,
            desk.admin,
            target.id,
            replace(change_of(target), start_time=time(19)),
            EditMode.FOLLOWING,
            target.version,
        )
    with database.reader() as s:
        new_id = s.scalars(select(Group.id).where(Group.split_from_id == gid)).one()
    kept = next(v for v in desk.sessions(new_id) if v.id == moved.id)
    assert kept.starts_at == datetime(2026, 4, 15, 12, tzinfo=CHICAGO)
    # Re-keyed to the new series' slot of its day, so exports still match it to the rule.
    assert kept.occurrence_start == datetime(2026, 4, 14, 19, tzinfo=CHICAGO)


def test_following_from_the_first_session_changes_the_whole_series(database: Database) -> None:
    desk = front_desk(database)
    gid = _weekly(desk, count=4)
    first = _on(desk, gid, date(2026, 3, 3))
    with database.session() as s:
        edits.edit_session(
            s,
            desk.admin,
            first.id,
            replace(change_of(first), start_time=time(16)),
            EditMode.FOLLOWING,
            first.version,
        )
    with database.reader() as s:
        assert s.scalars(select(Group).where(Group.split_from_id == gid)).first() is None
    assert {v.starts_at.hour for v in desk.sessions(gid)} == {16}


def test_following_cannot_move_to_another_day(database: Database) -> None:
    desk = front_desk(database)
    gid = _weekly(desk)
    target = _on(desk, gid, date(2026, 3, 17))
    with pytest.raises(ValidationError) as exc, database.session() as s:
        edits.edit_session(
            s,
            desk.admin,
            target.id,
            replace(change_of(target), day=date(2026, 3, 18)),
            EditMode.FOLLOWING,
            target.version,
        )
    assert "move this session only" in exc.value.field_errors["day"]


def test_move_cancel_and_restore_one_session(database: Database) -> None:
    desk = front_desk(database)
    gid = _weekly(desk)
    target = _on(desk, gid, date(2026, 3, 10))
    with database.session() as s:
        moved = edits.move_session(
            s, desk.admin, target.id, datetime(2026, 3, 11, 18, tzinfo=CHICAGO), target.version
        ).value
    assert moved.moved and moved.starts_at.date() == date(2026, 3, 11)
    with (
        pytest.raises(ValidationError, match="reason for cancelling is required"),
        database.session() as s,
    ):
        edits.cancel_session(s, desk.admin, target.id, "  ", moved.version)
    with database.session() as s:
        cancelled = edits.cancel_session(s, desk.admin, target.id, "Facilitator ill", moved.version)
    assert cancelled.cancelled and cancelled.cancel_reason == "Facilitator ill"
    with pytest.raises(ConcurrentEditError), database.session() as s:
        edits.restore_session(s, desk.admin, target.id, moved.version)
    with database.session() as s:
        restored = edits.restore_session(s, desk.admin, target.id, cancelled.version).value
    assert restored.status is SessionStatus.SCHEDULED and restored.cancel_reason == ""
    with database.reader() as s:
        actions = [
            e.action
            for e in s.scalars(
                select(AuditEvent)
                .where(AuditEvent.entity == "session", AuditEvent.entity_id == str(target.id))
                .order_by(AuditEvent.id)
            )
        ]
    assert actions == ["update", "cancel", "restore"]


def test_whole_series_change_keeps_a_cancelled_session_cancelled(database: Database) -> None:
    desk = front_desk(database)
    gid = _weekly(desk)
    target = _on(desk, gid, date(2026, 3, 24))
    with database.session() as s:
        edits.cancel_session(s, desk.admin, target.id, "Holiday week", target.version)
        detail = groups.get_group(s, desk.admin, gid)
        groups.update_group(
            s, desk.admin, gid, replace(detail.form, start_time=time(17)), detail.version
        )
    after = _on(desk, gid, date(2026, 3, 24))
    assert after.cancelled and after.starts_at.hour == 17
