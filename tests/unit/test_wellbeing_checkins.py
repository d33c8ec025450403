"""Check-ins: saving one's own, refusing half-answered ones, when one is due, and who may read
them (tested per role, every view audited)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from peercenter.db.engine import Database
from peercenter.db.models import AuditEvent, WellbeingCheckIn
from peercenter.domain.errors import PermissionDenied, ValidationError
from peercenter.services import settings
from peercenter.services.clock import local_today
from peercenter.services.wellbeing import checkins
from tests.wellbeing_factories import TZ, Team, team

FULL_CBI = (
    {f"personal_{i}": 4 for i in range(1, 7)}  # Often: 75
    | {f"work_{i}": 3 for i in range(1, 7)}
    | {"work_7": 5}  # 50 x6, reversed 0
    | {f"client_{i}": 2 for i in range(1, 7)}
)  # 25


def test_a_specialist_saves_a_check_in_and_it_is_scored(database: Database) -> None:
    t = team(database)
    with database.session() as s:
        saved = checkins.save_checkin(
            s, t.sam, checkins.CheckInForm("cbi", FULL_CBI, note="Long week, but OK.")
        )
    assert saved.staff_id == t.sam.staff_id
    assert saved.scores == {"personal": 75, "work": pytest.approx(300 / 7), "client": 25}
    assert saved.questionnaire_title == "Copenhagen Burnout Inventory"
    with database.reader() as s:
        row = s.scalars(select(WellbeingCheckIn)).one()
        assert row.answers["work_7"] == 5 and row.note == "Long week, but OK."
        event = s.scalars(select(AuditEvent).where(AuditEvent.entity == "wellbeing_checkin")).one()
        assert (event.action, event.username) == ("create", "sam")
        assert "work_7" not in str(event.details)  # the trail does not copy the answers


def test_a_half_answered_questionnaire_is_refused_with_the_reason(database: Database) -> None:
    t = team(database)
    half = {
        k: v
        for k, v in FULL_CBI.items()
        if k
        not in {
            "work_4",
            "work_5",
            "work_6",
            "work_7",
            "client_1",
            "client_2",
            "client_3",
            "client_4",
        }
    }
    with pytest.raises(ValidationError) as exc, database.session() as s:
        checkins.save_checkin(s, t.sam, checkins.CheckInForm("cbi", half))
    assert exc.value.field_errors == {
        "scale:work": "Answer at least 4 of the 7 questions on work-related burnout "
        "(3 answered so far).",
        "scale:client": "Answer at least 3 of the 6 questions on client-related burnout "
        "(2 answered so far).",
    }
    with database.reader() as s:
        assert s.scalars(select(WellbeingCheckIn)).all() == []


def test_enough_answers_on_every_scale_is_a_complete_check_in(database: Database) -> None:
    t = team(database)
    enough = {
        "personal_1": 5,
        "personal_2": 5,
        "personal_3": 1,
        "work_1": 5,
        "work_2": 5,
        "work_3": 5,
        "work_7": 1,
        "client_1": 1,
        "client_2": 1,
        "client_3": 1,
    }
    with database.session() as s:
        saved = checkins.save_checkin(s, t.sam, checkins.CheckInForm("cbi", enough))
    assert saved.scores == {"personal": pytest.approx(200 / 3), "work": 100, "client": 0}
    assert saved.answers["personal_4"] is None


def test_answers_that_are_not_answers_are_refused(database: Database) -> None:
    t = team(database)
    with pytest.raises(ValidationError) as exc, database.session() as s:
        checkins.save_checkin(s, t.sam, checkins.CheckInForm("pulse", {"mood": 7}))
    assert exc.value.field_errors["mood"].startswith("Choose one of: 1 - Really struggling")
    with pytest.raises(ValidationError, match="Choose an answer"), database.session() as s:
        checkins.save_checkin(s, t.sam, checkins.CheckInForm("pulse", {}))


def test_a_check_in_is_due_every_four_weeks(database: Database) -> None:
    t = team(database)
    with database.reader() as s:
        assert checkins.prompt_at_login(s, t.sam)  # never checked in: due now
        assert not checkins.prompt_at_login(s, t.desk)  # not a peer specialist
        assert not checkins.prompt_at_login(s, t.maria)
    with database.session() as s:
        checkins.save_checkin(s, t.sam, checkins.CheckInForm("pulse", {"mood": 4}))
    today = local_today(TZ)
    with database.reader() as s:
        assert not checkins.prompt_at_login(s, t.sam, today)
        status = checkins.status(s, t.sam, today)
        assert (status.last, status.next_due) == (today, today + timedelta(days=28))
        assert [q.id for q in status.questionnaires] == ["cbi", "pulse"]
        assert not checkins.prompt_at_login(s, t.sam, today + timedelta(days=27))
        assert checkins.prompt_at_login(s, t.sam, today + timedelta(days=28))
    with database.session() as s:
        settings.set_value(s, t.maria, "guardrails.checkin_interval_days", 14)
    with database.reader() as s:
        assert checkins.prompt_at_login(s, t.sam, today + timedelta(days=14))


def _save_for_sam(database: Database, t: Team) -> int:
    with database.session() as s:
        return checkins.save_checkin(
            s, t.sam, checkins.CheckInForm("pulse", {"mood": 2}, note="private words")
        ).id


@pytest.mark.parametrize(
    ("who", "allowed"),
    [
        ("sam", True),  # the person
        ("maria", True),  # their supervisor
        ("admin", True),  # an administrator
        ("lee", False),  # another supervisor
        ("jo", False),  # another specialist
        ("desk", False),  # the front desk, never
    ],
)
def test_who_may_read_a_check_in(database: Database, who: str, allowed: bool) -> None:
    t = team(database)
    checkin_id = _save_for_sam(database, t)
    actor = getattr(t, who)
    if allowed:
        with database.session() as s:
            [listed] = checkins.list_checkins(s, actor, t.sam.staff_id)
            one = checkins.get_checkin(s, actor, checkin_id)
        assert listed.note == one.note == "private words"
        assert one.scores == {"pulse": 2}
        with database.reader() as s:
            views = [
                (v.username, v.entity)
                for v in s.scalars(select(AuditEvent).where(AuditEvent.action == "view"))
            ]
        assert views == [
            (actor.username, "wellbeing_checkins"),
            (actor.username, "wellbeing_checkin"),
        ]
    else:
        with pytest.raises(PermissionDenied, match="private"), database.session() as s:
            checkins.list_checkins(s, actor, t.sam.staff_id)
        with pytest.raises(PermissionDenied), database.session() as s:
            checkins.get_checkin(s, actor, checkin_id)
