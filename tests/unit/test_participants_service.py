"""Participants: minimum necessary names, contact details only for those allowed, audited."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from peercenter.db.engine import Database
from peercenter.db.models import AuditEvent
from peercenter.domain.enums import ParticipantStatus, Role
from peercenter.domain.errors import ValidationError
from peercenter.services import auth, participants
from tests.factories import PASSWORD, center, staff_with_login


def _add(db: Database, actor: object, name: str, last: str = "", **kw: object) -> int:
    with db.session() as s:
        return participants.create(
            s,
            actor,
            participants.ParticipantForm(  # type: ignore[arg-type]
                name, last, **kw
            ),
        ).id  # type: ignore[arg-type]


def test_names_show_preferred_name_and_last_initial(database: Database) -> None:
    admin = center(database)
    _add(database, admin, "Maria", "Gonzalez")
    _add(database, admin, "Jo", "K")
    with database.reader() as s:
        names = [r.display_name for r in participants.search(s, admin)]
    assert names == ["Jo K.", "Maria G."]


def test_search_by_preferred_or_last_name_prefix(database: Database) -> None:
    admin = center(database)
    for first, last in [("Maria", "Gonzalez"), ("Mark", "Lee"), ("Gina", "Marsh"), ("Al", "Smith")]:
        _add(database, admin, first, last)
    with database.reader() as s:
        found = {r.display_name for r in participants.search(s, admin, "mar")}
        both = {r.display_name for r in participants.search(s, admin, "ma go")}
        none = participants.search(s, admin, "%")
    assert found == {"Maria G.", "Mark L.", "Gina M."}
    assert both == {"Maria G."}
    assert len(none) == 4  # a wildcard typed by a user is text, not a pattern


def test_inactive_participants_are_hidden_unless_asked(database: Database) -> None:
    admin = center(database)
    _add(database, admin, "Old", "Timer", status=ParticipantStatus.INACTIVE)
    with database.reader() as s:
        assert participants.search(s, admin) == []
        assert len(participants.search(s, admin, include_inactive=True)) == 1


def test_contact_details_only_for_roles_allowed_and_every_view_is_audited(
    database: Database,
) -> None:
    admin = center(database)
    staff_with_login(database, admin, "spec", Role.SPECIALIST)
    pid = _add(database, admin, "Maria", "G", phone="555-010-2233", email="m@example.org")
    specialist = auth.login(database, "spec", PASSWORD)
    with database.session() as s:
        seen_by_admin = participants.get(s, admin, pid)
        seen_by_specialist = participants.get(s, specialist, pid)
    assert seen_by_admin.form.phone == "555-010-2233" and seen_by_admin.contact_visible
    assert seen_by_specialist.form.phone == "" and seen_by_specialist.form.email == ""
    assert not seen_by_specialist.contact_visible
    with database.reader() as s:
        viewers = list(
            s.scalars(
                select(AuditEvent.username).where(
                    AuditEvent.action == "view",
                    AuditEvent.entity == "participant",
                    AuditEvent.entity_id == str(pid),
                )
            )
        )
    assert sorted(viewers) == ["admin", "spec"]


def test_bad_input_is_explained(database: Database) -> None:
    admin = center(database)
    with pytest.raises(ValidationError) as exc, database.session() as s:
        participants.create(
            s,
            admin,
            participants.ParticipantForm(
                "  ",
                "G",
                email="nope",
                intake_date=date.today() + timedelta(days=3),
                consent_full_last_name=True,
            ),
        )
    errors = exc.value.field_errors
    assert errors["preferred_name"] == "Preferred name is required."
    assert "e-mail" in errors["email"]
    assert errors["intake_date"] == "Intake date cannot be in the future."
    assert "full last name" in errors["last_name"]


def test_updates_are_audited_without_private_values(database: Database) -> None:
    admin = center(database)
    pid = _add(database, admin, "Maria", "G", phone="555-010-2233")
    with database.session() as s:
        current = participants.get(s, admin, pid)
        participants.update(
            s,
            admin,
            pid,
            participants.ParticipantForm("Mari", "G", phone="555-010-9999"),
            current.version,
        )
    with database.reader() as s:
        details = s.scalars(
            select(AuditEvent.details).where(
                AuditEvent.action == "update", AuditEvent.entity == "participant"
            )
        ).one()
    assert details["preferred_name"] == ["Maria", "Mari"]
    assert details["phone"] == "changed"
    assert "9999" not in str(details)
