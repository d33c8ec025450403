"""Saving an edit form, the same way for every record: a form opened before someone else's
save is refused first, an unchanged save leaves the trail alone, and the trail says what
changed (and only that private fields changed)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from peercenter.db.engine import Database
from peercenter.db.models import AuditEvent
from peercenter.domain.enums import SupervisionFormat
from peercenter.domain.errors import ConcurrentEditError
from peercenter.services.credentials import supervision
from peercenter.services.schedule import rooms
from tests.credential_factories import crew
from tests.factories import center

DAY = date(2026, 3, 10)


def _updates(db: Database, entity: str) -> list[dict[str, object]]:
    with db.reader() as s:
        return list(
            s.scalars(
                select(AuditEvent.details)
                .where(AuditEvent.action == "update", AuditEvent.entity == entity)
                .order_by(AuditEvent.id)
            )
        )


def test_a_stale_form_is_refused_before_its_input_is_checked(database: Database) -> None:
    admin = center(database)
    with database.session() as s:
        room = rooms.create_room(s, admin, rooms.RoomForm("Blue Room", 12))
    with database.session() as s:
        rooms.update_room(s, admin, room.id, rooms.RoomForm("Blue Room", 14), room.version)
    with pytest.raises(ConcurrentEditError), database.session() as s:
        rooms.update_room(s, admin, room.id, rooms.RoomForm("", -1), room.version)
    assert _updates(database, "room") == [{"capacity": [12, 14]}]


def test_an_unchanged_save_leaves_the_trail_alone(database: Database) -> None:
    admin = center(database)
    with database.session() as s:
        room = rooms.create_room(s, admin, rooms.RoomForm("Blue Room", 12))
    with database.session() as s:
        rooms.update_room(s, admin, room.id, room.form, room.version)
    assert _updates(database, "room") == []


def test_who_was_supervised_is_in_the_trail_and_the_notes_are_not(database: Database) -> None:
    c = crew(database)
    me, other = c.specialist.staff_id, c.other.staff_id
    boss = c.supervisor.staff_id
    with database.session() as s:
        row = supervision.log_supervision(
            s,
            c.admin,
            supervision.SupervisionForm(boss, (me,), DAY, 60, confidential_notes="Tired lately."),
        )
    form = supervision.SupervisionForm(
        boss, (me, other), DAY, 60, SupervisionFormat.GROUP, confidential_notes="Doing better."
    )
    with database.session() as s:
        changed = supervision.update_supervision(s, c.admin, row.id, form, None)
    assert changed.supervisees == "Ana Núñez, Jordan Reyes"
    [details] = _updates(database, "supervision")
    assert details["supervisees"] == [[me], sorted([me, other])]
    assert details["confidential_notes"] == "changed"
    assert "better" not in str(details)
