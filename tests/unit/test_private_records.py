"""What stays private whatever the engine: a group supervision's notes are read only by the
supervisor who held it (and administrators), staff notes only by administrators, and a
settings form opened before someone else saved is refused instead of saving over them."""

from __future__ import annotations

from datetime import date

import pytest

from peercenter.db.engine import Database
from peercenter.domain.enums import SupervisionFormat
from peercenter.domain.errors import ConcurrentEditError
from peercenter.services import settings, staff
from peercenter.services.credentials import supervision
from tests.credential_factories import crew
from tests.factories import center

DAY = date(2026, 3, 10)


def test_group_notes_are_read_only_by_the_supervisor_who_held_the_group(
    database: Database,
) -> None:
    c = crew(database)
    me, other = c.specialist.staff_id, c.other.staff_id
    with database.session() as s:
        supervision.log_supervision(
            s,
            c.supervisor,
            supervision.SupervisionForm(
                c.supervisor.staff_id,
                (me,),
                DAY,
                60,
                SupervisionFormat.INDIVIDUAL,
                confidential_notes="Jordan: one to one",
            ),
        )
        # Ana's own supervisor was not there: what the group said is not for her.
        supervision.log_supervision(
            s,
            c.admin,
            supervision.SupervisionForm(
                c.supervisor.staff_id,
                (me, other),
                DAY,
                90,
                SupervisionFormat.GROUP,
                confidential_notes="Group: a hard week for everyone",
            ),
        )
    with database.session() as s:
        held = supervision.list_for_person(s, c.supervisor, me)
        theirs = supervision.list_for_person(s, c.other_supervisor, other)
        admin = supervision.list_for_person(s, c.admin, other)
        attendee = supervision.list_for_person(s, c.other, other)
    assert sorted(str(r.confidential_notes) for r in held) == [
        "Group: a hard week for everyone",
        "Jordan: one to one",
    ]
    assert [r.confidential_notes for r in theirs] == [None]
    assert [r.confidential_notes for r in admin] == ["Group: a hard week for everyone"]
    assert [r.confidential_notes for r in attendee] == [None]


def test_editing_only_the_notes_gives_a_new_version(database: Database) -> None:
    c = crew(database)
    form = supervision.SupervisionForm(
        c.supervisor.staff_id, (c.specialist.staff_id,), DAY, 60, confidential_notes="first"
    )
    with database.session() as s:
        row = supervision.log_supervision(s, c.supervisor, form)
    changed = supervision.SupervisionForm(**{**form.__dict__, "confidential_notes": "second"})
    with database.session() as s:
        after = supervision.update_supervision(s, c.supervisor, row.id, changed, row.version)
    assert after.confidential_notes == "second" and after.version == row.version + 1
    # A form opened before that edit is refused rather than saving over it.
    cleared = supervision.SupervisionForm(**{**form.__dict__, "confidential_notes": ""})
    with pytest.raises(ConcurrentEditError), database.session() as s:
        supervision.update_supervision(s, c.supervisor, row.id, cleared, row.version)
    with database.session() as s:
        gone = supervision.update_supervision(s, c.supervisor, row.id, cleared, after.version)
    assert gone.confidential_notes == ""


def test_staff_notes_are_for_administrators(database: Database) -> None:
    c = crew(database)
    target = c.specialist.staff_id
    with database.session() as s:
        detail = staff.get_staff(s, c.admin, target)
        form = staff.StaffForm(**{**detail.form.__dict__, "notes": "Asked for fewer evenings"})
        staff.update_staff(s, c.admin, target, form, detail.version)
    with database.session() as s:
        assert staff.get_staff(s, c.admin, target).form.notes == "Asked for fewer evenings"
        for someone in (c.supervisor, c.front_desk, c.specialist):
            assert staff.get_staff(s, someone, target).form.notes == ""


def test_a_stale_settings_form_is_refused(database: Database) -> None:
    admin = center(database)
    keys = ["center.name", "schedule.horizon_months"]
    with database.reader() as s:
        here = settings.versions(s, keys)  # this computer opens the Settings screen
        there = settings.versions(s, keys)  # so does the one at the other desk
    with database.session() as s:
        settings.set_many(s, admin, {"center.name": "Harbor Light"}, based_on=there)
    with pytest.raises(ConcurrentEditError, match="another computer"), database.session() as s:
        settings.set_many(
            s,
            admin,
            {"center.name": "Old name, shown before", "schedule.horizon_months": 6},
            based_on=here,
        )
    with database.reader() as s:
        assert settings.get(s, "center.name") == "Harbor Light"
        assert settings.get(s, "schedule.horizon_months") == 12
        fresh = settings.versions(s, keys)
    with database.session() as s:
        settings.set_many(s, admin, {"schedule.horizon_months": 6}, based_on=fresh)
    with database.reader() as s:
        assert settings.get(s, "schedule.horizon_months") == 6
