"""Conflicts are checked at every create, edit and move, on every session the change touches,
and each names the other session."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time

import pytest
from sqlalchemy import event, func, select

from peercenter.db.engine import Database
from peercenter.db.models import AuditEvent, Group
from peercenter.domain.confirmation import Confirmation
from peercenter.domain.conflicts import ConflictKind, ScheduleConflict
from peercenter.domain.recurrence import Frequency, Recurrence
from peercenter.services import staff
from peercenter.services.schedule import edits, groups, rooms, rosters
from peercenter.services.schedule.changes import EditMode, change_of
from tests.schedule_factories import CHICAGO, Desk, front_desk
from tests.schedule_factories import freeze as freeze_clock

WEEKLY_TUESDAY = Recurrence(Frequency.WEEKLY, weekdays=(1,))


@pytest.fixture(autouse=True)
def _frozen(monkeypatch: pytest.MonkeyPatch) -> None:
    freeze_clock(monkeypatch)


def _refused(desk: Desk, form: groups.GroupForm) -> ScheduleConflict:
    with pytest.raises(ScheduleConflict) as exc, desk.db.session() as s:
        groups.create_group(s, desk.admin, form)
    with desk.db.reader() as s:
        assert s.scalar(select(func.count()).select_from(Group).where(Group.name == form.name)) == 0
    return exc.value


def test_room_double_booking_is_refused_and_names_the_other_session(database: Database) -> None:
    desk = front_desk(database)
    desk.group("Tuesday Circle", lead="Maria Lopez", rule=WEEKLY_TUESDAY)
    error = _refused(desk, desk.form("Art Night", at=time(19, 0), rule=WEEKLY_TUESDAY))
    assert {c.kind for c in error.conflicts} == {ConflictKind.ROOM}
    assert error.field_errors["room"].startswith(
        "Blue Room is already booked for 'Tuesday Circle' on Tue 3 Mar 2026, 6:00 PM–7:30 PM."
    )
    assert "(and 52 more clashes)" in error.field_errors["room"]


def test_back_to_back_sessions_do_not_clash(database: Database) -> None:
    desk = front_desk(database)
    desk.group("Tuesday Circle", rule=WEEKLY_TUESDAY)
    desk.group("After Circle", at=time(19, 30), rule=WEEKLY_TUESDAY)


def test_facilitator_double_booking_is_refused(database: Database) -> None:
    desk = front_desk(database)
    desk.group("Tuesday Circle", rule=WEEKLY_TUESDAY)
    error = _refused(
        desk,
        desk.form(
            "Online Check-in",
            room="Online",
            at=time(18, 30),
            rule=Recurrence(Frequency.WEEKLY, weekdays=(1,), count=2),
        ),
    )
    assert {c.kind for c in error.conflicts} == {ConflictKind.FACILITATOR}
    assert error.field_errors["facilitators"] == (
        "Jordan Reyes already facilitates 'Tuesday Circle' on Tue 3 Mar 2026, 6:00 PM–7:30 PM. "
        "(and 1 more clash)"
    )


def test_a_clash_deep_in_a_year_of_a_weekly_series_is_found(database: Database) -> None:
    desk = front_desk(database)
    desk.group(
        "Holiday Social",
        first=date(2026, 12, 15),
        lead="Maria Lopez",
        rule=Recurrence(Frequency.ONCE),
    )
    error = _refused(desk, desk.form("Tuesday Circle", rule=WEEKLY_TUESDAY))
    assert [c.other_label for c in error.conflicts] == [
        "'Holiday Social' on Tue 15 Dec 2026, 6:00 PM–7:30 PM"
    ]


def test_participant_in_two_overlapping_sessions_is_refused(database: Database) -> None:
    desk = front_desk(database)
    circle = desk.group("Tuesday Circle", rule=WEEKLY_TUESDAY)
    art = desk.group(
        "Art Night", room="Garden Room", lead="Maria Lopez", at=time(19), rule=WEEKLY_TUESDAY
    )
    with database.session() as s:
        rosters.enroll(s, desk.admin, circle.id, desk.people["Alex"], date(2026, 3, 1))
    with pytest.raises(ScheduleConflict) as exc, database.session() as s:
        rosters.enroll(s, desk.admin, art.id, desk.people["Alex"], date(2026, 3, 1))
    assert exc.value.field_errors["roster"].startswith(
        "Alex M. is already booked into 'Tuesday Circle' on Tue 3 Mar 2026, 6:00 PM–7:30 PM."
    )
    # Moving a session onto a time when one of its people is elsewhere is refused too.
    lunch = desk.group(
        "Lunch Group",
        room="Garden Room",
        lead="Maria Lopez",
        first=date(2026, 3, 4),
        at=time(12),
        rule=Recurrence(Frequency.WEEKLY, weekdays=(2,)),
    )
    with database.session() as s:
        rosters.enroll(s, desk.admin, lunch.id, desk.people["Alex"], date(2026, 3, 1))
    first = desk.sessions(lunch.id)[0]
    with pytest.raises(ScheduleConflict) as exc, database.session() as s:
        edits.move_session(
            s, desk.admin, first.id, datetime(2026, 3, 3, 17, tzinfo=CHICAGO), first.version
        )
    assert [c.kind for c in exc.value.conflicts] == [ConflictKind.PARTICIPANT]


def test_a_group_larger_than_its_room_is_refused(database: Database) -> None:
    desk = front_desk(database)
    error = _refused(desk, desk.form("Big Group", room="Garden Room", capacity=12))
    assert error.field_errors["room"] == "Garden Room holds 6 people; the group takes 12."


def test_lowering_capacity_below_the_roster_is_refused(database: Database) -> None:
    desk = front_desk(database)
    detail = desk.group("Small Group", capacity=3, rule=WEEKLY_TUESDAY)
    with database.session() as s:
        for name in ("Alex", "Blair", "Casey"):
            rosters.enroll(s, desk.admin, detail.id, desk.people[name], date(2026, 3, 1))
    with pytest.raises(ScheduleConflict) as exc, database.session() as s:
        groups.update_group(
            s, desk.admin, detail.id, replace(detail.form, capacity=2), detail.version
        )
    assert (
        exc.value.field_errors["capacity"] == "3 people are enrolled but the group takes at most 2."
    )
    # Moving one session into a room too small for the roster is refused as well.
    with database.session() as s:
        rooms.update_room(
            s,
            desk.admin,
            desk.rooms["Garden Room"],
            rooms.RoomForm("Garden Room", capacity=2, accessible=False),
            None,
        )
    target = desk.sessions(detail.id)[1]
    with pytest.raises(ScheduleConflict) as exc, database.session() as s:
        edits.edit_session(
            s,
            desk.admin,
            target.id,
            replace(change_of(target), room_id=desk.rooms["Garden Room"]),
            EditMode.THIS,
            target.version,
        )
    assert exc.value.field_errors["room"] == "Garden Room holds 2 people; the group takes 3."


def test_capacity_counts_the_roster_on_each_sessions_day(database: Database) -> None:
    """People enrolled from a later date hold their places on the sessions they will
    attend: a cut in capacity or a smaller room that would not seat them is refused."""
    desk = front_desk(database)  # today is Mon 2 Mar 2026
    detail = desk.group("Small Group", capacity=3, rule=WEEKLY_TUESDAY)
    with database.session() as s:
        # Alex leaves after this week: their place is free when the others start.
        alex = rosters.enroll(s, desk.admin, detail.id, desk.people["Alex"], date(2026, 3, 1))
        rosters.end_enrollment(s, desk.admin, alex.id, date(2026, 3, 5))
        for name in ("Blair", "Casey", "Devon"):
            rosters.enroll(s, desk.admin, detail.id, desk.people[name], date(2026, 3, 20))
    with pytest.raises(ScheduleConflict) as exc, database.session() as s:
        groups.update_group(
            s, desk.admin, detail.id, replace(detail.form, capacity=2), detail.version
        )
    assert exc.value.field_errors["capacity"] == (
        "3 people are enrolled from Tue 24 Mar 2026 but the group takes at most 2."
    )
    with database.session() as s:
        rooms.update_room(
            s,
            desk.admin,
            desk.rooms["Garden Room"],
            rooms.RoomForm("Garden Room", capacity=2, accessible=False),
            None,
        )
    open_group = desk.group("Open Group", room="Blue Room", lead="Maria Lopez", at=time(12))
    with database.session() as s:
        for name in ("Blair", "Casey", "Devon"):
            rosters.enroll(s, desk.admin, open_group.id, desk.people[name], date(2026, 4, 1))
    with pytest.raises(ScheduleConflict) as exc, database.session() as s:
        groups.update_group(
            s,
            desk.admin,
            open_group.id,
            replace(open_group.form, room_id=desk.rooms["Garden Room"]),
            open_group.version,
        )
    assert exc.value.field_errors["room"] == (
        "Garden Room holds 2 people; 3 are enrolled from Tue 7 Apr 2026."
    )
    # Nothing was changed by the refused edits.
    with database.reader() as s:
        assert s.get(Group, detail.id).capacity == 3  # type: ignore[union-attr]
        assert s.get(Group, open_group.id).room_id == desk.rooms["Blue Room"]  # type: ignore[union-attr]


def test_an_inactive_facilitator_cannot_be_scheduled(database: Database) -> None:
    desk = front_desk(database)
    with database.session() as s:
        staff.set_active(s, desk.admin, desk.staff["Maria Lopez"], False)
    error = _refused(desk, desk.form("Tuesday Circle", lead="Maria Lopez"))
    assert (
        error.field_errors["facilitators"]
        == "Maria Lopez is no longer active and cannot facilitate."
    )


def test_hours_over_the_cap_come_back_as_a_warning_and_need_a_reason(
    database: Database,
) -> None:
    desk = front_desk(database)  # Sam Rivera may facilitate 4 hours a week
    long = desk.group("Long Tuesday", lead="Sam Rivera", minutes=180, rule=WEEKLY_TUESDAY)
    longer = replace(long.form, duration_minutes=300)
    before = _events(database)
    with database.session() as s:
        outcome = groups.update_group(s, desk.admin, long.id, longer, long.version)
    assert not outcome.saved and _events(database) == before
    [warning] = outcome.warnings
    assert (warning.rule, warning.staff_name, warning.needs_reason) == (
        "hours_cap",
        "Sam Rivera",
        True,
    )
    assert warning.message.startswith(
        "Sam Rivera would facilitate 5 h in the week of Mon 2 Mar 2026, over their cap of 4 h."
    )
    assert warning.message.endswith("more weeks go over it too.")
    with database.session() as s:
        seen = groups.update_group(
            s, desk.admin, long.id, longer, long.version, Confirmation.of(outcome.warnings)
        )
    assert not seen.saved  # seen, but a red warning needs a reason
    with database.session() as s:
        saved = groups.update_group(
            s,
            desk.admin,
            long.id,
            longer,
            long.version,
            Confirmation.of(outcome.warnings, "Covering for Maria while she is away"),
        )
    assert saved.value.form.duration_minutes == 300
    with database.reader() as s:
        event_ = s.scalars(select(AuditEvent).where(AuditEvent.action == "accept_warning")).one()
        assert event_.entity_id == str(long.id)
        assert event_.details["reason"] == "Covering for Maria while she is away"
        assert event_.details["count"] == 1


def _events(db: Database) -> int:
    with db.reader() as s:
        return int(s.scalar(select(func.count()).select_from(AuditEvent)) or 0)


def test_moving_a_session_onto_a_booked_room_is_refused(database: Database) -> None:
    desk = front_desk(database)
    desk.group("Tuesday Circle", rule=WEEKLY_TUESDAY)
    other = desk.group(
        "Wednesday Group",
        first=date(2026, 3, 4),
        lead="Maria Lopez",
        rule=Recurrence(Frequency.WEEKLY, weekdays=(2,)),
    )
    target = desk.sessions(other.id)[0]
    with pytest.raises(ScheduleConflict) as exc, database.session() as s:
        edits.move_session(
            s, desk.admin, target.id, datetime(2026, 3, 3, 17, 30, tzinfo=CHICAGO), target.version
        )
    assert exc.value.message == (
        "Blue Room is already booked for 'Tuesday Circle' on Tue 3 Mar 2026, 6:00 PM–7:30 PM."
    )
    assert desk.sessions(other.id)[0].starts_at == target.starts_at


def test_checking_a_year_costs_the_same_queries_as_a_month(database: Database) -> None:
    desk = front_desk(database)
    desk.group("Tuesday Circle", rule=WEEKLY_TUESDAY)
    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    def preview(rule: Recurrence) -> int:
        statements.clear()
        event.listen(database.engine, "before_cursor_execute", count)
        try:
            with database.reader() as s:
                groups.preview_group(
                    s,
                    desk.admin,
                    desk.form(
                        "Thursday",
                        first=date(2026, 3, 5),
                        lead="Maria Lopez",
                        co=("Sam Rivera",),
                        rule=rule,
                    ),
                )
        finally:
            event.remove(database.engine, "before_cursor_execute", count)
        return len(statements)

    month = preview(Recurrence(Frequency.WEEKLY, weekdays=(3,), count=4))
    year = preview(Recurrence(Frequency.WEEKLY, weekdays=(3,)))
    assert year == month
    assert year < 20
