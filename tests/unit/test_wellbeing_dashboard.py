"""The supervisor's dashboard and a person's detail, built from sessions, time entries,
supervision, leave and check-ins; who may see them, and that seeing them is audited."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from peercenter.db.engine import Database
from peercenter.db.models import AuditEvent, CredentialProgram, StaffCredential
from peercenter.domain.enums import TimeEntryKind
from peercenter.domain.errors import PermissionDenied
from peercenter.domain.guardrails import Level
from peercenter.services.wellbeing import dashboard
from tests.wellbeing_factories import (
    TODAY,
    Team,
    at,
    checkin,
    sessions,
    supervision,
    team,
    time_entry,
)

MONDAY = TODAY - timedelta(days=TODAY.weekday())


def busy_sam(db: Database) -> Team:
    """Sam: 44 h this week (two back-to-back sessions a day plus paperwork), supervised 3
    days ago, leave 20 days ago, burnout scores rising past amber."""
    t = team(db)
    sam = t.sam.staff_id
    days = [MONDAY + timedelta(days=i) for i in range(5)]
    sessions(db, sam, [at(d, "09:00") for d in days], 180, "Recovery Circle")
    sessions(db, sam, [at(d, "12:05") for d in days], 180, "Family Group")
    for d in days:
        time_entry(db, sam, d, 2.8)
    supervision(db, t.maria.staff_id, [sam], TODAY - timedelta(days=3), 60)
    time_entry(db, sam, TODAY - timedelta(days=20), 8, TimeEntryKind.LEAVE)
    checkin(db, sam, TODAY - timedelta(days=30), "cbi", {"personal": 30, "work": 40, "client": 20})
    checkin(db, sam, TODAY - timedelta(days=2), "cbi", {"personal": 35, "work": 60, "client": None})
    return t


def test_a_supervisor_sees_their_supervisees_with_level_flags_and_last_supervision(
    database: Database,
) -> None:
    t = busy_sam(database)
    with database.session() as s:
        [row] = dashboard.dashboard(s, t.maria, TODAY)
    assert (row.name, row.level, row.week_hours, row.cap_hours) == (
        "Sam Rivera",
        Level.RED,
        44.0,
        40.0,
    )
    assert row.last_supervision == TODAY - timedelta(days=3)
    assert row.last_checkin == TODAY - timedelta(days=2)
    messages = {f.rule: f.message for f in row.flags}
    assert messages["weekly_hours"] == "Worked and scheduled 44 h this week; cap is 40 h."
    assert messages["back_to_back"].startswith(
        "Back-to-back sessions on Mon 2 Jun 2025: "
        "Recovery Circle ends 12:00 PM and Family Group "
        "starts 12:05 PM"
    )
    assert {f.rule for f in row.flags} == {
        "weekly_hours",
        "back_to_back",
        "score_cutoff",
        "score_change",
    }
    assert row.flags[0].level is Level.RED


def test_everyone_green_when_nothing_is_wrong(database: Database) -> None:
    t = team(database)
    jo = t.jo.staff_id
    supervision(database, t.lee.staff_id, [jo], TODAY - timedelta(days=5))
    time_entry(database, jo, TODAY - timedelta(days=30), 8, TimeEntryKind.LEAVE)
    checkin(database, jo, TODAY - timedelta(days=10), "pulse", {"pulse": 4})
    sessions(database, jo, [at(TODAY, "10:00")], 90)
    with database.session() as s:
        [row] = dashboard.dashboard(s, t.lee, TODAY)
    assert (row.name, row.level, row.flags, row.week_hours) == ("Jo Park", Level.GREEN, (), 1.5)


def test_an_administrator_sees_everyone_red_first(database: Database) -> None:
    t = busy_sam(database)
    with database.session() as s:
        rows = dashboard.dashboard(s, t.admin, TODAY)
    assert len(rows) == 6
    # Jo has had no supervision, leave or check-in on record: red too, and first by name.
    assert [(r.name, r.level) for r in rows[:2]] == [
        ("Jo Park", Level.RED),
        ("Sam Rivera", Level.RED),
    ]
    assert [r.level.rank for r in rows] == sorted((r.level.rank for r in rows), reverse=True)


@pytest.mark.parametrize("who", ["desk", "sam"])
def test_the_front_desk_and_specialists_have_no_dashboard(database: Database, who: str) -> None:
    t = team(database)
    with pytest.raises(PermissionDenied), database.session() as s:
        dashboard.dashboard(s, getattr(t, who), TODAY)


def test_the_detail_has_twelve_weeks_scales_over_time_and_supervision(database: Database) -> None:
    t = busy_sam(database)
    supervision(database, t.maria.staff_id, [t.sam.staff_id], MONDAY - timedelta(weeks=3), 45)
    with database.session() as s:
        detail = dashboard.person_detail(s, t.maria, t.sam.staff_id, TODAY)
    assert len(detail.weeks) == 12
    assert detail.weeks[-1].monday == MONDAY
    assert (detail.weeks[-1].hours, detail.weeks[-1].cap_hours) == (44.0, 40.0)
    assert detail.weeks[0].monday == MONDAY - timedelta(weeks=11)
    minutes = {w.monday: w.supervision_minutes for w in detail.weeks}
    assert minutes[MONDAY - timedelta(weeks=1)] == 60  # Sunday 1 June
    assert minutes[MONDAY - timedelta(weeks=3)] == 45
    assert sum(minutes.values()) == 105
    work = next(x for x in detail.scales if x.scale == "work")
    assert [(p.taken_on, p.score) for p in work.points] == [
        (TODAY - timedelta(days=30), 40),
        (TODAY - timedelta(days=2), 60),
    ]
    assert (work.amber, work.red, work.low, work.high) == (50, 75, 0, 100)
    client = next(x for x in detail.scales if x.scale == "client")
    assert len(client.points) == 1  # the unscored scale is a gap, not a zero
    assert detail.level is Level.RED
    assert len(detail.checkins) == 2


@pytest.mark.parametrize(
    ("who", "allowed"),
    [
        ("sam", True),
        ("maria", True),
        ("admin", True),
        ("lee", False),
        ("jo", False),
        ("desk", False),
    ],
)
def test_who_may_see_a_persons_detail_and_that_it_is_audited(
    database: Database, who: str, allowed: bool
) -> None:
    t = team(database)
    actor = getattr(t, who)
    if not allowed:
        with pytest.raises(PermissionDenied), database.session() as s:
            dashboard.person_detail(s, actor, t.sam.staff_id, TODAY)
        return
    with database.session() as s:
        dashboard.person_detail(s, actor, t.sam.staff_id, TODAY)
    with database.reader() as s:
        events = [
            (e.username, e.action, e.entity, e.entity_id)
            for e in s.scalars(select(AuditEvent).where(AuditEvent.action == "view"))
        ]
    assert events == [(actor.username, "view", "wellbeing_detail", str(t.sam.staff_id))]


def test_the_dashboard_view_is_audited_with_who_was_on_it(database: Database) -> None:
    t = team(database)
    with database.session() as s:
        dashboard.dashboard(s, t.maria, TODAY)
    with database.reader() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "view")).one()
        assert (event.username, event.entity, event.details) == (
            "maria",
            "wellbeing_dashboard",
            {"staff": [t.sam.staff_id]},
        )


def enroll_in_six_month_program(
    database: Database, staff_id: int, achieved: date | None = None
) -> None:
    """Enrolled 60 days ago in a program whose initial certification period is six months."""
    with database.session() as s:
        program = CredentialProgram(
            code="six-months", name="Six-month initial period", initial_period_months=6
        )
        s.add(program)
        s.flush()
        s.add(
            StaffCredential(
                staff_id=staff_id,
                program_id=program.id,
                started_on=TODAY - timedelta(days=60),
                achieved_on=achieved,
            )
        )


def test_supervision_is_weekly_during_an_initial_certification_period(database: Database) -> None:
    t = team(database)
    sam = t.sam.staff_id
    supervision(database, t.maria.staff_id, [sam], TODAY - timedelta(days=10))
    enroll_in_six_month_program(database, sam)
    with database.session() as s:
        [row] = dashboard.dashboard(s, t.maria, TODAY)
    recency = next(f for f in row.flags if f.rule == "supervision_recency")
    assert recency.level is Level.AMBER
    assert recency.message == (
        "Last supervision was 10 days ago (Sun 25 May 2025); due every "
        "7 days during the initial certification period."
    )
    # Once the six months are over, monthly is enough.
    with database.session() as s:
        [row] = dashboard.dashboard(s, t.maria, TODAY + timedelta(days=130))
    assert "during the initial" not in str([f.message for f in row.flags])


def test_the_detail_shows_the_last_twelve_months_of_check_ins(database: Database) -> None:
    t = team(database)
    sam = t.sam.staff_id
    checkin(database, sam, TODAY - timedelta(days=400), "pulse", {"pulse": 4})
    checkin(database, sam, TODAY - timedelta(days=300), "pulse", {"pulse": 3})
    with database.session() as s:
        detail = dashboard.person_detail(s, t.maria, sam, TODAY)
    [pulse] = detail.scales
    assert [p.score for p in pulse.points] == [3]
    assert len(detail.checkins) == 1


def test_the_initial_period_ends_when_the_credential_is_achieved(database: Database) -> None:
    t = team(database)
    sam = t.sam.staff_id
    supervision(database, t.maria.staff_id, [sam], TODAY - timedelta(days=10))
    enroll_in_six_month_program(database, sam, achieved=TODAY - timedelta(days=5))
    with database.session() as s:
        [row] = dashboard.dashboard(s, t.maria, TODAY)
    assert "supervision_recency" not in {f.rule for f in row.flags}
