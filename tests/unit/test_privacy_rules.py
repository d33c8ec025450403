"""What each role reads of colleagues and participants: staff HR notes for administrators (and
the person's own supervisor where the center allows it), colleagues' phone and e-mail for
staff, participants' notes with their contact details. On SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import dataclass, replace

import pytest

from peercenter.db.engine import Database
from peercenter.domain import access_log
from peercenter.domain.enums import Role
from peercenter.domain.errors import PermissionDenied
from peercenter.services import auth, participants, settings, staff
from peercenter.services.context import Actor
from tests.factories import PASSWORD, center, staff_with_login

HR_NOTE = "HR: asked for fewer evening groups"
PARTICIPANT_NOTE = "Prefers a call after 5 pm"


@dataclass(frozen=True)
class Team:
    admin: Actor
    sue: Actor  # supervises Pat
    sam: Actor  # a supervisor, not Pat's
    fran: Actor  # front desk
    pat: Actor  # peer specialist, supervised by Sue
    pat_id: int
    sue_id: int


def _team(db: Database) -> Team:
    admin = center(db)
    sue_id = staff_with_login(db, admin, "sue", Role.SUPERVISOR, "Sue", "Grant", supervisor=True)
    staff_with_login(db, admin, "sam", Role.SUPERVISOR, "Sam", "Okafor", supervisor=True)
    staff_with_login(db, admin, "fran", Role.FRONT_DESK, "Fran", "Desk")
    pat_id = staff_with_login(
        db, admin, "pat", Role.SPECIALIST, "Pat", "Rivera", supervisor_id=sue_id
    )
    with db.session() as s:
        pat = staff.get_staff(s, admin, pat_id)
        form = replace(pat.form, notes=HR_NOTE, phone="555-0142", email="pat@hl.org")
        staff.update_staff(s, admin, pat_id, form, pat.version)
    people = {n: auth.login(db, n, PASSWORD) for n in ("sue", "sam", "fran", "pat")}
    return Team(admin, people["sue"], people["sam"], people["fran"], people["pat"], pat_id, sue_id)


def _hr_notes(db: Database, actor: Actor, staff_id: int) -> tuple[str, bool]:
    with db.session() as s:
        detail = staff.get_staff(s, actor, staff_id)
    return detail.form.notes, detail.notes_visible


@pytest.fixture
def team(database: Database) -> Team:
    return _team(database)


def test_hr_notes_are_for_administrators_only_by_default(database: Database, team: Team) -> None:
    assert _hr_notes(database, team.admin, team.pat_id) == (HR_NOTE, True)
    for someone in (team.sue, team.sam, team.fran, team.pat):
        assert _hr_notes(database, someone, team.pat_id) == ("", False), someone.username


def test_the_setting_lets_the_persons_own_supervisor_read_them(
    database: Database, team: Team
) -> None:
    with database.session() as s:
        settings.set_value(s, team.admin, access_log.SUPERVISOR_READS_HR_NOTES, True)
    assert _hr_notes(database, team.sue, team.pat_id) == (HR_NOTE, True)
    # Not another supervisor, not the front desk, not Pat, and nobody else's notes.
    for someone in (team.sam, team.fran, team.pat):
        assert _hr_notes(database, someone, team.pat_id) == ("", False), someone.username
    assert _hr_notes(database, team.sue, team.sue_id) == ("", False)


def test_only_administrators_change_the_hr_notes_setting(database: Database, team: Team) -> None:
    for someone in (team.sue, team.fran, team.pat):
        with pytest.raises(PermissionDenied), database.session() as s:
            settings.set_value(s, someone, access_log.SUPERVISOR_READS_HR_NOTES, True)


def test_colleagues_phone_and_email_are_visible_to_every_role(
    database: Database, team: Team
) -> None:
    for someone in (team.admin, team.sue, team.sam, team.fran, team.pat):
        with database.session() as s:
            detail = staff.get_staff(s, someone, team.pat_id)
            row = next(r for r in staff.list_staff(s, someone) if r.id == team.pat_id)
        assert (detail.form.phone, detail.form.email) == ("555-0142", "pat@hl.org")
        assert (row.phone, row.email) == ("555-0142", "pat@hl.org")


def test_participant_notes_go_with_the_contact_details(database: Database, team: Team) -> None:
    with database.session() as s:
        pid = participants.create(
            s,
            team.fran,
            participants.ParticipantForm(
                "Maria", "Lopez", phone="555-0101", notes=PARTICIPANT_NOTE
            ),
        ).id
    for someone in (team.admin, team.sue, team.fran):
        with database.session() as s:
            seen = participants.get(s, someone, pid)
        assert seen.form.notes == PARTICIPANT_NOTE and seen.contact_visible, someone.username
    with database.session() as s:
        seen = participants.get(s, team.pat, pid)
    assert (seen.form.notes, seen.form.phone, seen.contact_visible) == ("", "", False)
    assert (seen.form.preferred_name, seen.form.consent_on_sign_in) == ("Maria", False)


def test_editing_a_participant_keeps_or_changes_the_notes_as_typed(
    database: Database, team: Team
) -> None:
    with database.session() as s:
        created = participants.create(
            s, team.fran, participants.ParticipantForm("Jo", notes=PARTICIPANT_NOTE)
        )
    with database.session() as s:
        form = participants.get(s, team.sue, created.id).form
        changed = replace(form, notes="Moved to the evening group")
        participants.update(s, team.sue, created.id, changed, created.version)
    with database.session() as s:
        assert participants.get(s, team.admin, created.id).form.notes == (
            "Moved to the evening group"
        )
