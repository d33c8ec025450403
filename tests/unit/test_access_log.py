"""Each view of a sensitive record is in the audit trail: who, when, which record and from which
computer, once per record, person and hour, whichever computer it was seen on. Looking at
one's own records is not recorded. On SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select

from peercenter.db.engine import Database
from peercenter.db.models import AuditEvent, GroupSession
from peercenter.domain import access_log
from peercenter.domain.access_log import id_ranges, in_ranges
from peercenter.services import clock, participants, staff, views
from peercenter.services.credentials import progress, time_entries, training
from peercenter.services.schedule import attendance, rosters, stats
from tests import factories
from tests.privacy_team import Team, make_team


@pytest.fixture
def team(database: Database) -> Team:
    return make_team(database)


def _views(db: Database, entity: str | None = None) -> list[AuditEvent]:
    with db.reader() as s:
        query = select(AuditEvent).where(AuditEvent.action == "view").order_by(AuditEvent.id)
        if entity is not None:
            query = query.where(AuditEvent.entity == entity)
        found = list(s.scalars(query))
        s.expunge_all()  # read whole, before the read's rollback expires them
        return found


def _who_saw(db: Database, entity: str, entity_id: int | str) -> list[str]:
    return [e.username for e in _views(db, entity) if e.entity_id == str(entity_id)]


def _participant(db: Database, team: Team, name: str = "Maria") -> int:
    with db.session() as s:
        return participants.create(s, team.fran, participants.ParticipantForm(name, "Lopez")).id


def test_a_supervisor_looking_at_a_supervisees_records_is_recorded_with_the_computer(
    database: Database, team: Team
) -> None:
    with database.session() as s:
        staff.get_staff(s, team.sue, team.pat_id)
        time_entries.list_entries(s, team.sue, team.pat_id)
        training.list_training(s, team.sue, team.pat_id)
        progress.person_progress(s, team.sue, team.pat_id)
    seen = {e.entity: e for e in _views(database) if e.username == "sue"}
    assert set(seen) == {
        access_log.STAFF_RECORD,
        access_log.HOURS,
        access_log.TRAINING,
        access_log.CERTIFICATION,
    }
    for event in seen.values():
        assert event.entity_id == str(team.pat_id)
        assert event.details[access_log.COMPUTER] == views.computer_name() != ""
        assert event.at > clock.now() - timedelta(minutes=5)


def test_looking_at_ones_own_records_is_not_recorded(database: Database, team: Team) -> None:
    with database.session() as s:
        staff.get_staff(s, team.pat, team.pat_id)
        time_entries.list_entries(s, team.pat, team.pat_id)
        training.list_training(s, team.pat, team.pat_id)
        progress.person_progress(s, team.pat, team.pat_id)
    assert [e for e in _views(database) if e.username == "pat"] == []


def test_every_role_opening_a_participant_is_recorded(database: Database, team: Team) -> None:
    pid = _participant(database, team)
    for someone in (team.admin, team.sue, team.fran, team.pat):
        with database.session() as s:
            participants.get(s, someone, pid)
            stats.participant_stats(s, someone, pid)
    assert sorted(_who_saw(database, access_log.PARTICIPANT, pid)) == [
        "admin",
        "fran",
        "pat",
        "sue",
    ]
    assert len(_who_saw(database, access_log.PARTICIPANT_ATTENDANCE, pid)) == 4


def test_once_per_record_person_and_hour_across_computers(
    database: Database, team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    pid = _participant(database, team)
    other_computer = Database.from_url(database.url if database.is_sqlite else _url(database))
    try:
        for db in (database, other_computer, database):
            with db.session() as s:
                participants.get(s, team.fran, pid)
    finally:
        other_computer.dispose()
    assert _who_saw(database, access_log.PARTICIPANT, pid) == ["fran"]
    # Someone else, or the same person another record, is a new event.
    with database.session() as s:
        participants.get(s, team.sue, pid)
        staff.get_staff(s, team.fran, team.pat_id)
    assert _who_saw(database, access_log.PARTICIPANT, pid) == ["fran", "sue"]
    # An hour later the same look is recorded again.
    later = clock.now() + access_log.VIEW_WINDOW + timedelta(minutes=1)
    monkeypatch.setattr(views, "now", lambda: later)
    with database.session() as s:
        participants.get(s, team.fran, pid)
    assert _who_saw(database, access_log.PARTICIPANT, pid) == ["fran", "sue", "fran"]


def _url(db: Database) -> str:
    return db.engine.url.render_as_string(hide_password=False)


def test_a_read_records_its_views_when_it_ends_and_nothing_when_it_fails(
    database: Database, team: Team
) -> None:
    pid = _participant(database, team)
    with pytest.raises(RuntimeError), database.reader() as s:
        participants.search(s, team.pat, "mar")
        raise RuntimeError("the screen failed before showing anything")
    assert _views(database, access_log.PARTICIPANT_SEARCH) == []
    with database.reader() as s:
        found = participants.search(s, team.pat, "mar")
        participants.search(s, team.pat, "mar")  # the same list, once
        assert _views(database, access_log.PARTICIPANT_SEARCH) == []  # not before it ends
    [event] = _views(database, access_log.PARTICIPANT_SEARCH)
    assert [r.id for r in found] == [pid]
    assert event.username == "pat" and in_ranges(event.details[access_log.LISTED], pid)
    assert event.details["count"] == 1


def test_rosters_and_check_in_lists_name_who_was_on_them(database: Database, team: Team) -> None:
    session_ids = factories.handout_group(
        database,
        team.admin,
        people=(("Ana", "Ruiz", True, False), ("Bo", "Chen", False, False)),
    )
    with database.session() as s:
        sheet = attendance.attendance_sheet(s, team.pat, session_ids[0])
        row = s.get(GroupSession, session_ids[0])
        assert row is not None
        roster = rosters.get_roster(s, team.fran, row.group_id)
    listed = [r.participant_id for r in sheet.rows]
    assert len(listed) == 2 and len(roster.enrolled) == 2
    [check_in] = _views(database, access_log.ATTENDANCE_LIST)
    [on_roster] = _views(database, access_log.ROSTER)
    for event, who in ((check_in, "pat"), (on_roster, "fran")):
        assert event.username == who
        assert all(in_ranges(event.details[access_log.LISTED], pid) for pid in listed)


@pytest.mark.parametrize(
    "ids, text",
    [([], ""), ([5], "5"), ([3, 1, 2, 2, 7, 9, 8], "1-3,7-9"), ([10, 12, 14], "10,12,14")],
)
def test_id_ranges_are_short_and_exact(ids: list[int], text: str) -> None:
    assert id_ranges(ids) == text
    for i in range(16):
        assert in_ranges(text, i) == (i in ids)


def test_malformed_ranges_name_nobody() -> None:
    bad: Any = "x-y,,3-"
    assert not in_ranges(bad, 3) and not in_ranges("", 0)
