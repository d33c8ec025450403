"""The calendar export service: finding what to export by name, what each event says, stable
identifiers between exports, and the audit trail."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from sqlalchemy import select

from peercenter.db.engine import Database
from peercenter.db.models import AuditEvent, Group
from peercenter.domain.enums import Role
from peercenter.domain.errors import NotFound, ValidationError
from peercenter.domain.recurrence import Frequency, Recurrence
from peercenter.services import auth, ical_export
from peercenter.services.ical_export import ScopeKind
from tests.factories import PASSWORD, center, staff_with_login
from tests.ical_reading import events_of, moment_of, moments_in, rule_of, start_of
from tests.schedule_data import add_group, add_room, add_staff, edit, plan, session_ids

WEEKLY = Recurrence(Frequency.WEEKLY, weekdays=(1,))


def test_scopes_are_found_by_name_without_regard_to_case(database: Database) -> None:
    admin = center(database)
    add_room(database, "Oak Room")
    add_staff(database, "Lena", "Ortiz")
    add_staff(database, "Lena", "Marsh")
    add_group(database, "Recovery Circle", WEEKLY, date(2026, 1, 6), time(18))
    with database.reader() as s:
        group = ical_export.resolve_scope(s, admin, group="  recovery   CIRCLE ")
        room = ical_export.resolve_scope(s, admin, room="oak room")
        person = ical_export.resolve_scope(s, admin, facilitator="lena ortiz")
        everything = ical_export.resolve_scope(s, admin)
        with pytest.raises(
            ValidationError, match=r"'Lena' matches several staff members: Lena Ortiz, Lena Marsh"
        ):
            ical_export.resolve_scope(s, admin, facilitator="Lena")
        with pytest.raises(NotFound, match=r"No group matches 'Tuesday'\."):
            ical_export.resolve_scope(s, admin, group="Tuesday")
        with pytest.raises(ValidationError, match="not several"):
            ical_export.resolve_scope(s, admin, group="Recovery Circle", room="Oak Room")
    assert (group.kind, group.label) == (ScopeKind.GROUP, "Recovery Circle")
    assert (room.kind, person.kind, person.label) == (
        ScopeKind.ROOM,
        ScopeKind.FACILITATOR,
        "Lena Ortiz",
    )
    assert everything.kind is ScopeKind.ALL


def test_what_each_event_says_and_stable_uids(database: Database) -> None:
    admin = center(database, name="Harbor Light Recovery Center")
    oak = add_room(database, "Oak Room")
    online = add_room(database, "Online", url="https://meet.example.org/harbor")
    lena, marcus = add_staff(database, "Lena", "Ortiz"), add_staff(database, "Marcus", "Hale")
    gid = add_group(
        database,
        "Recovery Circle",
        WEEKLY,
        date(2026, 1, 6),
        time(18),
        room_id=oak,
        staff_ids=(lena,),
    )
    plan(database, gid, date(2026, 6, 30))
    ids = session_ids(database, gid)
    edit(database, ids[1], room_id=online, staff_ids=(marcus,))
    edit(database, ids[2], cancel=True)
    with database.session() as s:
        first = ical_export.export_calendar(s, admin, ical_export.ExportScope())
    with database.session() as s:
        second = ical_export.export_calendar(s, admin, ical_export.ExportScope())
    series, override = events_of(first.data)
    assert str(series["UID"]) == f"group-{gid}@harbor-light-recovery-center.peercenter"
    assert [str(e["UID"]) for e in events_of(second.data)] == [str(series["UID"])] * 2
    assert (str(series["SUMMARY"]), str(series["LOCATION"])) == ("Recovery Circle", "Oak Room")
    assert str(series["DESCRIPTION"]) == "Peer support group\nFacilitators: Lena"
    assert rule_of(series) == b"FREQ=WEEKLY;BYDAY=TU"
    assert [d.date() for d in moments_in(series, "EXDATE")] == [date(2026, 1, 20)]
    assert moment_of(override, "RECURRENCE-ID").date() == date(2026, 1, 13)
    assert str(override["LOCATION"]) == "https://meet.example.org/harbor"
    assert str(override["DESCRIPTION"]) == "Peer support group\nFacilitators: Marcus"
    assert (first.series, first.changed_sessions) == (1, 1)
    assert first.file_name == "harbor-light-recovery-center.ics"
    with database.reader() as s:
        events = [
            (e.action, e.entity, e.details)
            for e in s.scalars(select(AuditEvent).where(AuditEvent.action == "export"))
        ]
    assert (
        events
        == [
            (
                "export",
                "calendar",
                {"scope": "all", "name": "All groups", "series": 1, "format": "ics"},
            )
        ]
        * 2
    )


def test_a_group_with_no_sessions_yet_is_written_from_its_rule(database: Database) -> None:
    admin = center(database)
    add_group(
        database,
        "New Group",
        Recurrence(Frequency.MONTHLY, month_day=15, count=3),
        date(2026, 2, 1),
        time(10),
    )
    with database.session() as s:
        data = ical_export.export_calendar(s, admin, ical_export.ExportScope()).data
    (event,) = events_of(data)
    assert start_of(event).date() == date(2026, 2, 15)
    assert rule_of(event) == b"FREQ=MONTHLY;COUNT=3;BYMONTHDAY=15"


def test_every_role_that_sees_the_schedule_may_export(database: Database) -> None:
    admin = center(database)
    staff_with_login(database, admin, "spec", Role.SPECIALIST)
    specialist = auth.login(database, "spec", PASSWORD)
    gid = add_group(database, "Recovery Circle", WEEKLY, date(2026, 1, 6), time(18))
    plan(database, gid, date(2026, 1, 6) + timedelta(days=30))
    with database.session() as s:
        choices = ical_export.choices(s, specialist)
        export = ical_export.export_calendar(
            s, specialist, ical_export.ExportScope(ScopeKind.GROUP, gid, "Recovery Circle")
        )
    assert [c.name for c in choices.groups] == ["Recovery Circle"]
    assert export.file_name == "recovery-circle.ics" and export.series == 1


def test_an_ended_group_is_not_continued_past_its_sessions(database: Database) -> None:
    admin = center(database)
    gid = add_group(database, "Old Group", WEEKLY, date(2026, 1, 6), time(18))
    plan(database, gid, date(2026, 2, 28))
    edit(database, session_ids(database, gid)[0], cancel=True)
    with database.session() as s:
        group = s.get(Group, gid)
        assert group is not None
        group.is_active = False
    with database.session() as s:
        data = ical_export.export_calendar(s, admin, ical_export.ExportScope()).data
    (event,) = events_of(data)
    assert "RRULE" not in event
    starts = [start_of(event).date()] + [d.date() for d in moments_in(event, "RDATE")]
    assert starts == [date(2026, 1, 13) + timedelta(weeks=i) for i in range(7)]
