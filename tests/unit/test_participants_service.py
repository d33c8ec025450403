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


def test_adding_someone_who_may_already_be_here_asks_first_and_shows_the_record(
    database: Database,
) -> None:
    admin = center(database)
    known = _add(database, admin, "Alex", "Morgan", phone="(555) 010-1234", email="a@x.org")
    form = participants.ParticipantForm("  alex ", "M")
    with database.session() as s:
        matches = participants.possible_duplicates(s, admin, form)
    assert [(m.row.id, m.row.label, m.reasons) for m in matches] == [
        (known, "Alex M.", ("same preferred name and last initial",))
    ]
    with pytest.raises(participants.PossibleDuplicate) as asked, database.session() as s:
        participants.create(s, admin, form)
    assert asked.value.message == (
        "This person may already be in PeerCenter: Alex M.: same preferred name and last "
        "initial. Use the existing record, or save again to add a new person."
    )
    # The same phone (written another way) or e-mail under another name asks too.
    other = participants.ParticipantForm("Sasha", "B", phone="555 010 1234", email="A@X.org")
    with database.session() as s:
        (match,) = participants.possible_duplicates(s, admin, other)
    assert match.reasons == ("same phone", "same e-mail")
    # Told it is someone else, the service adds them and keeps that in the audit trail.
    with database.session() as s:
        participants.create(s, admin, form, not_duplicate_of=[known])
    with database.reader() as s:
        details = (
            s.scalars(
                select(AuditEvent).where(
                    AuditEvent.action == "create", AuditEvent.entity == "participant"
                )
            )
            .all()[-1]
            .details
        )
        counted = len(participants.search(s, admin, "alex"))
    assert details == {"not_duplicate_of": [known]}
    assert counted == 2
    # A third Alex M. matches both; having seen only one of them is not enough.
    with pytest.raises(participants.PossibleDuplicate), database.session() as s:
        participants.create(s, admin, form, not_duplicate_of=[known])


def test_namesakes_are_told_apart_by_intake_date_then_phone(database: Database) -> None:
    admin = center(database)
    first = _add(database, admin, "Alex", "Morgan", intake_date=date(2025, 3, 3))
    with database.session() as s:
        second = participants.create(
            s,
            admin,
            participants.ParticipantForm("Alex", "Miller", phone="555 010 9876"),
            not_duplicate_of=[first],
        ).id
        third = participants.create(
            s,
            admin,
            participants.ParticipantForm("Alex", "Mills", status=ParticipantStatus.INACTIVE),
            not_duplicate_of=[first, second],
        ).id
    _add(database, admin, "Alexis", "Morgan")
    with database.reader() as s:
        labels = {r.id: r.label for r in participants.search(s, admin, "alex")}
    assert labels[first] == "Alex M. (intake 3 Mar 2025)"
    assert labels[second] == "Alex M. (phone …9876)"
    assert third not in labels  # inactive: not listed, but still told apart from
    assert sorted(labels.values())[-1] == "Alexis M."
    specialist_id = staff_with_login(database, admin, "sam", Role.SPECIALIST)
    del specialist_id
    specialist = auth.login(database, "sam", PASSWORD)
    with database.reader() as s:
        seen = {r.id: r.label for r in participants.search(s, specialist, "alex")}
        everyone = {
            r.id: r.label for r in participants.search(s, admin, "alex", include_inactive=True)
        }
    assert seen[second] == f"Alex M. (no. {second})"  # a specialist sees no phone numbers
    assert everyone[third] == f"Alex M. (no. {third})"
