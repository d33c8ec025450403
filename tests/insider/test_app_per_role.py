"""The program works for every role through that person's own connection: the server's rules
take nothing away from what the permission matrix allows. Each person signs in through the
address the computers are given and does the everyday things of their role."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from zoneinfo import ZoneInfo

import pytest

from peercenter.db.engine import Database
from peercenter.domain.enums import AttendanceStatus, Role, SupervisionFormat, TimeEntryKind
from peercenter.domain.errors import PermissionDenied
from peercenter.services import audit_review, auth, participants, settings, staff, today
from peercenter.services.audit_review import AuditFilter
from peercenter.services.clock import local_today
from peercenter.services.context import Actor
from peercenter.services.credentials import progress, supervision, time_entries, training
from peercenter.services.handouts import gather
from peercenter.services.schedule import attendance
from peercenter.services.wellbeing import assignment, checkins, dashboard
from tests.factories import PASSWORD
from tests.insider.conftest import Center

TODAY = local_today(ZoneInfo("America/Chicago"))


@pytest.fixture
def computer(center: Center) -> Iterator[Database]:
    db = center.server.database()
    yield db
    db.dispose()


def _sign_in(db: Database, name: str) -> Actor:
    actor = auth.login(db, name, PASSWORD)
    assert db.engine.url.username == f"{name}@{db.server.database}"  # type: ignore[union-attr]
    return actor


def test_the_administrator_runs_the_center(center: Center, computer: Database) -> None:
    admin = _sign_in(computer, "admin")
    with computer.session() as s:
        people = staff.list_staff(s, admin)
        assert {p.login.username for p in people if p.login} >= {"sue", "pat", "fran"}
        pat = staff.get_staff(s, admin, center.staff_ids["pat"])
        assert pat.form.notes == "HR: asked for fewer evening groups"
    with computer.session() as s:
        staff.create_staff(
            s,
            admin,
            staff.StaffForm(first_name="Rae", last_name="New"),
            staff.LoginForm(username="rae", role=Role.SPECIALIST, password=PASSWORD),
        )
    with computer.session() as s:
        settings.set_value(s, admin, "schedule.horizon_months", 13)
        rows = audit_review.search(s, admin, AuditFilter(action="login"))
        assert {r.username for r in rows} >= {"admin", "sue", "pat"}
    with computer.session() as s:
        assert audit_review.verify_chain(s, admin).ok
    with computer.session() as s:
        assert {r.name for r in dashboard.dashboard(s, admin, TODAY)} >= {"Pat Rivera"}
        notes = supervision.list_for_person(s, admin, center.staff_ids["quinn"])
        assert {n.confidential_notes for n in notes} == {
            "Group: Quinn spoke about a relapse in the family",
            "Quinn: boundaries with one participant",
        }
    # The new login signs in with the password it was given.
    other = Database.from_url(center.server.address)
    try:
        assert _sign_in(other, "rae").role is Role.SPECIALIST
    finally:
        other.dispose()


def test_a_supervisor_looks_after_their_supervisees(center: Center, computer: Database) -> None:
    sue = _sign_in(computer, "sue")
    pat = center.staff_ids["pat"]
    with computer.session() as s:
        rows = dashboard.dashboard(s, sue, TODAY)
        assert [r.name for r in rows] == ["Pat Rivera"]
        assert [c.note for c in checkins.list_checkins(s, sue, pat)] == [
            "pat is having a hard week"
        ]
        ethics = training.list_training(s, sue, pat)
        assert [t.title for t in ethics] == ["Ethics"]
        assert training.set_verified(s, sue, ethics[0].id, True).verified
        given = supervision.list_for_person(s, sue, pat)
        assert [g.confidential_notes for g in given] == [
            "Group: Quinn spoke about a relapse in the family"
        ]
        progress.person_progress(s, sue, pat)
    with computer.session() as s:
        supervision.log_supervision(
            s,
            sue,
            supervision.SupervisionForm(
                supervisor_id=sue.staff_id,
                supervisee_ids=(pat,),
                held_on=TODAY - timedelta(days=1),
                minutes=30,
                format=SupervisionFormat.INDIVIDUAL,
                confidential_notes="Pat: doing well",
            ),
        )
    with computer.session() as s:
        settings.set_value(s, sue, "guardrails.hours_amber_percent", 85)
        check = assignment.check_sessions(s, sue, pat, [center.session_id], TODAY)
        assert check.staff_id == pat
    with computer.session() as s, pytest.raises(PermissionDenied):
        settings.set_value(s, sue, "center.name", "Not hers to change")


def test_the_front_desk_schedules_and_checks_people_in(center: Center, computer: Database) -> None:
    fran = _sign_in(computer, "fran")
    with computer.session() as s:
        created = participants.create(
            s, fran, participants.ParticipantForm(preferred_name="Jo", phone="555-0199")
        )
        found = participants.get(s, fran, center.participant_id)
        assert found.form.phone == "555-0101"
        assert participants.search(s, fran, "jo")[0].id == created.id
    with computer.session() as s:
        attendance.mark(s, fran, center.session_id, center.participant_id, AttendanceStatus.PRESENT)
    with computer.session() as s:
        # The guardrail check of an assignment counts Pat's hours, which Fran cannot read.
        check = assignment.check_sessions(s, fran, center.staff_ids["pat"], [center.session_id])
        assert check.sessions == 1
        settings.set_value(s, fran, "handouts.local_resources", "Crisis line | 988")
        agenda = today.agenda(s, fran, TODAY)
        assert [a.group_name for a in agenda] == ["Morning Circle"]
        gather.sign_in_sheet(s, fran, center.session_id, gather.print_options(s))
    with computer.session() as s, pytest.raises(PermissionDenied):
        time_entries.list_entries(s, fran, center.staff_ids["pat"])


def test_a_specialist_keeps_their_own_records(center: Center, computer: Database) -> None:
    pat = _sign_in(computer, "pat")
    with computer.session() as s:
        time_entries.add_entry(
            s,
            pat,
            pat.staff_id,
            time_entries.TimeEntryForm(TODAY, 2.0, TimeEntryKind.OUTREACH),
        )
        training.add_training(
            s,
            pat,
            pat.staff_id,
            training.TrainingForm(
                taken_on=date(2024, 5, 1), title="Motivational interviewing", hours=6
            ),
        )
        checkins.save_checkin(s, pat, checkins.CheckInForm("pulse", {"mood": 4}))
    with computer.session() as s:
        own = time_entries.list_entries(s, pat, pat.staff_id)
        assert {e.kind for e in own} >= {TimeEntryKind.DIRECT_SERVICE, TimeEntryKind.OUTREACH}
        assert len(checkins.list_checkins(s, pat, pat.staff_id)) == 2
        received = supervision.list_for_person(s, pat, pat.staff_id)
        assert received and all(r.confidential_notes is None for r in received)
        person = participants.get(s, pat, center.participant_id)
        assert person.form.phone == "" and not person.contact_visible
        attendance.attendance_sheet(s, pat, center.session_id)
        gather.handout(s, pat, center.session_id, gather.print_options(s))
    with computer.session() as s, pytest.raises(PermissionDenied):
        checkins.list_checkins(s, pat, center.staff_ids["quinn"])
