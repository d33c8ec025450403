"""Shared by the backup tests: a database with rows in many tables, every row of it, and
where its backups go."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import MetaData, select

from peercenter.db import migrate
from peercenter.db.engine import Database
from peercenter.db.models import Room, TimeEntry, Topic
from peercenter.domain.enums import Role, TimeEntryKind
from peercenter.services import participants, settings
from peercenter.services.backup import files
from peercenter.services.backup.identity import identity_of
from peercenter.services.context import Actor
from tests import factories


def filled(db: Database) -> Actor:
    admin = factories.center(db)
    staff_id = factories.staff_with_login(db, admin, "sam", Role.SPECIALIST)
    with db.session() as s:
        for number, (name, last) in enumerate(
            (("María José", "Núñez"), ("Bo", ""), ("Kim", "O'Neil"))
        ):
            participants.create(
                s,
                admin,
                participants.ParticipantForm(
                    preferred_name=name,
                    last_name=last,
                    phone=f"555 010 223{number}",
                    consent_on_sign_in=True,
                    intake_date=date(2025, 3, 1),
                ),
            )
        settings.set_value(s, admin, "backup.interval_hours", 12)
        s.add(Room(name="Blue room", capacity=12))
        s.add(Topic(slug="coping", title="Coping skills", sections={"agenda": "Ü ✓"}))
        s.add(
            TimeEntry(
                staff_id=staff_id,
                worked_on=date(2025, 3, 2),
                minutes=90,
                kind=TimeEntryKind.DIRECT_SERVICE,
                note="group",
            )
        )
    return admin


def every_row(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in a stable order, as plain tuples."""
    meta = MetaData()
    meta.reflect(db.engine)
    result: dict[str, list[tuple[Any, ...]]] = {}
    with db.engine.connect() as conn:
        for name, table in sorted(meta.tables.items()):
            rows = conn.execute(
                select(table).order_by(*table.primary_key.columns or table.columns)
            ).all()
            result[name] = [tuple(r) for r in rows]
    return result


def center_dir(db: Database, root: Path) -> Path:
    """This database's own folder under a backups folder."""
    return files.center_folder(root, identity_of(db))


def fresh_sqlite(path: Path) -> Database:
    """A new, empty database file with an identity of its own (the test template is copied,
    so every database made from it is the same center)."""
    db = Database.from_url(f"sqlite:///{path}")
    migrate.upgrade(db.engine)
    return db
