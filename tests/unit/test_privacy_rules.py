"""What each role reads of colleagues and participants: staff HR notes for administrators (and
the person's own supervisor where the center allows it), colleagues' phone and e-mail for
staff, participants' notes with their contact details. On SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace

import pytest

from peercenter.db.engine import Database
from peercenter.domain import access_log
from peercenter.domain.errors import PermissionDenied
from peercenter.services import participants, settings, staff
from tests.privacy_team import HR_NOTE, PARTICIPANT_NOTE, Team, hr_notes, make_team


@pytest.fixture
def team(database: Database) -> Team:
    return make_team(database)


def test_hr_notes_are_for_administrators_only_by_default(database: Database, team: Team) -> None:
    assert hr_notes(database, team.admin, team.pat_id) == (HR_NOTE, True)
    for someone in (team.sue, team.sam, team.fran, team.pat):
        assert hr_notes(database, someone, team.pat_id) == ("", False), someone.username


def test_the_setting_lets_the_persons_own_supervisor_read_them(
    database: Database, team: Team
) -> None:
    with database.session() as s:
        settings.set_value(s, team.admin, access_log.SUPERVISOR_READS_HR_NOTES, True)
    assert hr_notes(database, team.sue, team.pat_id) == (HR_NOTE, True)
    # Not another supervisor, not the front desk, not Pat, and nobody else's notes.
    for someone in (team.sam, team.fran, team.pat):
        assert hr_notes(database, someone, team.pat_id) == ("", False), someone.username
    assert hr_notes(database, team.sue, team.sue_id) == ("", False)


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
