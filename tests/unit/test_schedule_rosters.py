"""Rosters with from/to dates, and a waitlist that offers the next person a freed place."""

from __future__ import annotations

from datetime import date

import pytest

from peercenter.db.engine import Database
from peercenter.domain.enums import EnrollmentMode, EnrollmentStatus
from peercenter.domain.errors import ValidationError
from peercenter.domain.recurrence import Frequency, Recurrence
from peercenter.services.schedule import rosters
from tests.schedule_factories import Desk, front_desk
from tests.schedule_factories import freeze as freeze_clock


@pytest.fixture(autouse=True)
def _frozen(monkeypatch: pytest.MonkeyPatch) -> None:
    freeze_clock(monkeypatch)


def _full_group(desk: Desk) -> int:
    gid = desk.group(
        "Small Circle",
        capacity=2,
        mode=EnrollmentMode.CLOSED,
        rule=Recurrence(Frequency.WEEKLY, weekdays=(1,)),
    ).id
    with desk.db.session() as s:
        for name in ("Alex", "Blair", "Casey", "Devon"):
            rosters.enroll(s, desk.admin, gid, desk.people[name], date(2026, 3, 2))
    return gid


def test_a_full_group_puts_newcomers_on_the_waitlist_in_order(database: Database) -> None:
    desk = front_desk(database)
    gid = _full_group(desk)
    with database.session() as s:
        roster = rosters.get_roster(s, desk.admin, gid)
    assert [e.name for e in roster.enrolled] == ["Alex M.", "Blair N."]
    assert [(e.name, e.waitlist_position) for e in roster.waitlist] == [
        ("Casey O.", 1),
        ("Devon P.", 2),
    ]
    assert roster.free == 0 and not any(e.has_offer for e in roster.waitlist)


def test_a_freed_place_is_offered_to_the_next_person_and_accepting_enrolls(
    database: Database,
) -> None:
    desk = front_desk(database)
    gid = _full_group(desk)
    with database.session() as s:
        roster = rosters.get_roster(s, desk.admin, gid)
        alex = roster.enrolled[0]
        offers = rosters.end_enrollment(s, desk.admin, alex.id, date(2026, 3, 20), alex.version)
    assert [e.name for e in offers] == ["Casey O."]
    with database.session() as s:
        roster = rosters.get_roster(s, desk.admin, gid)
        assert roster.waitlist[0].has_offer and not roster.waitlist[1].has_offer
        assert roster.free == 0  # the offered place is held for Casey
        accepted = rosters.accept_offer(s, desk.admin, roster.waitlist[0].id, date(2026, 3, 21))
    assert accepted.status is EnrollmentStatus.ENROLLED
    assert accepted.from_date == date(2026, 3, 21)
    with database.session() as s:
        roster = rosters.get_roster(s, desk.admin, gid)
    assert [e.name for e in roster.waitlist] == ["Devon P."]
    assert roster.waitlist[0].waitlist_position == 1


def test_declining_an_offer_passes_it_on(database: Database) -> None:
    desk = front_desk(database)
    gid = _full_group(desk)
    with database.session() as s:
        roster = rosters.get_roster(s, desk.admin, gid)
        rosters.end_enrollment(s, desk.admin, roster.enrolled[1].id, date(2026, 3, 1))
        roster = rosters.get_roster(s, desk.admin, gid)
        assert [e.name for e in roster.enrolled] == ["Alex M."]
        offers = rosters.decline_offer(s, desk.admin, roster.waitlist[0].id)
    assert [e.name for e in offers] == ["Devon P."]
    with database.session() as s:
        roster = rosters.get_roster(s, desk.admin, gid)
    assert [(e.name, e.waitlist_position, e.has_offer) for e in roster.waitlist] == [
        ("Devon P.", 1, True)
    ]


def test_the_waitlist_can_be_reordered(database: Database) -> None:
    desk = front_desk(database)
    gid = _full_group(desk)
    with database.session() as s:
        rosters.enroll(s, desk.admin, gid, desk.people["Emery"], date(2026, 3, 2))
        roster = rosters.get_roster(s, desk.admin, gid)
        rosters.move_on_waitlist(s, desk.admin, roster.waitlist[2].id, 1)
        roster = rosters.get_roster(s, desk.admin, gid)
    assert [(e.name, e.waitlist_position) for e in roster.waitlist] == [
        ("Emery Q.", 1),
        ("Casey O.", 2),
        ("Devon P.", 3),
    ]


def test_enrollment_dates_and_duplicates_are_checked(database: Database) -> None:
    desk = front_desk(database)
    gid = desk.group("Open Circle", rule=Recurrence(Frequency.WEEKLY, weekdays=(1,))).id
    with database.session() as s:
        entry = rosters.enroll(
            s, desk.admin, gid, desk.people["Alex"], date(2026, 3, 2), date(2026, 5, 31)
        )
    assert (entry.status, entry.to_date) == (EnrollmentStatus.ENROLLED, date(2026, 5, 31))
    with pytest.raises(ValidationError, match="already on the roster"), database.session() as s:
        rosters.enroll(s, desk.admin, gid, desk.people["Alex"], date(2026, 4, 1))
    with pytest.raises(ValidationError, match="cannot be before"), database.session() as s:
        rosters.enroll(s, desk.admin, gid, desk.people["Blair"], date(2026, 4, 1), date(2026, 3, 1))
    with database.session() as s:
        later = rosters.enroll(s, desk.admin, gid, desk.people["Alex"], date(2026, 6, 1))
    assert later.status is EnrollmentStatus.ENROLLED


def test_namesakes_on_a_roster_are_told_apart(database: Database) -> None:
    from peercenter.services import participants

    desk = front_desk(database)
    gid = desk.group("Monday Circle", first=date(2026, 3, 2), rule=Recurrence(Frequency.ONCE)).id
    with database.session() as s:
        other = participants.create(
            s,
            desk.admin,
            participants.ParticipantForm("Alex", "Moss", phone="555 010 4321"),
            not_duplicate_of=[desk.people["Alex"]],
        ).id
        for person in (desk.people["Alex"], other):
            rosters.enroll(s, desk.admin, gid, person, date(2026, 3, 1))
        roster = rosters.get_roster(s, desk.admin, gid)
    assert sorted(e.name for e in roster.enrolled) == [
        f"Alex M. (no. {desk.people['Alex']})",
        "Alex M. (phone …4321)",
    ]
