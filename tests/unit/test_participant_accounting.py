"""An accounting for one participant: every view, print, export and change concerning them,
and nothing about anyone else; for administrators only. On SQLite and PostgreSQL."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

import pytest

from peercenter.db.engine import Database
from peercenter.db.models import GroupSession
from peercenter.domain.enums import AttendanceStatus
from peercenter.domain.errors import NotFound, PermissionDenied, ValidationError
from peercenter.services import participant_accounting as accounting
from peercenter.services import participants
from peercenter.services.clock import local_today
from peercenter.services.handouts import gather
from peercenter.services.schedule import attendance, rosters
from peercenter.services.settings import center_timezone
from tests import factories
from tests.privacy_team import Team, make_team


@pytest.fixture
def team(database: Database) -> Team:
    return make_team(database)


def _story(db: Database, team: Team) -> tuple[int, int, int]:
    """Ana (on the sign-in sheet) and Bo (not consenting to it) in a group; Ana's record is
    opened, searched for, her attendance marked; Bo's record is edited. Returns Ana's and
    Bo's ids and the session's."""
    with db.session() as s:
        first = local_today(center_timezone(s))
    session_ids = factories.handout_group(
        db,
        team.admin,
        first=first,
        people=(("Ana", "Ruiz", True, False), ("Bo", "Chen", False, False)),
    )
    today = session_ids[0]
    with db.session() as s:
        found = {r.preferred_name: r.id for r in participants.search(s, team.fran, "")}
        ana, bo = found["Ana"], found["Bo"]
        participants.get(s, team.pat, ana)
        gather.sign_in_sheet(s, team.fran, today, gather.print_options(s))
        row = s.get(GroupSession, today)
        assert row is not None
        rosters.get_roster(s, team.sue, row.group_id)
    with db.session() as s:
        attendance.mark(s, team.pat, today, ana, AttendanceStatus.PRESENT)
        current = participants.get(s, team.fran, bo)
        renamed = replace(current.form, preferred_name="Bobby")
        participants.update(s, team.fran, bo, renamed, current.version)
    return ana, bo, today


def test_the_accounting_lists_everything_concerning_one_person(
    database: Database, team: Team
) -> None:
    ana, bo, _session = _story(database, team)
    with database.session() as s:
        found = accounting.account_for(s, team.admin, ana)
    words = [(e.username, e.what) for e in found.entries]
    assert ("pat", "Opened their record") in words
    assert any(w.startswith("Saw their name in a list of participants") for u, w in words)
    assert any(u == "fran" and w.startswith("Printed the sign-in sheet of") for u, w in words)
    assert any(u == "sue" and w.startswith("Saw their name on the roster of") for u, w in words)
    marked = next(w for u, w in words if u == "pat" and w.startswith("Marked them present at"))
    # The session as the rest of the program writes it, not as a database stores it.
    assert re.search(r"” on \d{1,2} [A-Z][a-z]{2} \d{4} at \d{1,2}:\d{2} [AP]M$", marked), marked
    # Bo's record, and the sign-in sheet Bo was not printed on, are not Ana's business.
    with database.session() as s:
        bos = accounting.account_for(s, team.admin, bo)
    bo_words = [e.what for e in bos.entries]
    assert any(w.startswith("Changed their record (preferred name") for w in bo_words)
    assert not any("sign-in sheet" in w for w in bo_words)
    assert not any(w.startswith("Changed their record") for _u, w in words)


def test_a_period_and_the_accounting_itself(database: Database, team: Team) -> None:
    ana, _bo, _session = _story(database, team)
    with database.session() as s:
        today = local_today(center_timezone(s))
        earlier = accounting.account_for(s, team.admin, ana, until=today - timedelta(days=1))
        assert earlier.entries == ()
        with pytest.raises(ValidationError):
            accounting.account_for(s, team.admin, ana, today, today - timedelta(days=1))
    with database.session() as s:
        again = accounting.account_for(s, team.admin, ana, since=today, until=today)
    assert again.entries[-1].what == "Produced an accounting of who saw their record"
    assert again.entries[-1].username == "admin"


def test_only_administrators_produce_an_accounting(database: Database, team: Team) -> None:
    ana, _bo, _session = _story(database, team)
    for someone in (team.sue, team.fran, team.pat):
        with pytest.raises(PermissionDenied), database.session() as s:
            accounting.account_for(s, someone, ana)
        with pytest.raises(PermissionDenied), database.session() as s:
            accounting.find(s, someone, "Ana")


def test_a_participant_is_found_by_name_or_number(database: Database, team: Team) -> None:
    ana, _bo, _session = _story(database, team)
    with database.session() as s:
        anabel = participants.create(
            s, team.fran, participants.ParticipantForm("Anabel", "Ruiz"), not_duplicate_of=[ana]
        ).id
    with database.session() as s:
        assert accounting.find(s, team.admin, str(ana)) == ana
        assert accounting.find(s, team.admin, f"#{ana}") == ana
        assert accounting.find(s, team.admin, "anabel r.") == anabel
        with pytest.raises(ValidationError, match=r"2 people match “ana r”.*number"):
            accounting.find(s, team.admin, "ana r")
        with pytest.raises(NotFound):
            accounting.find(s, team.admin, "99999")
        with pytest.raises(ValidationError):
            accounting.find(s, team.admin, "  ")
