"""The kinds of records a CSV file can bring in, described once for the command line and the
import dialog: what to call them, how to check a file and how to import it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from peercenter.db.engine import Database
from peercenter.services.context import Actor
from peercenter.services.csv_import import groups, participants
from peercenter.services.csv_import.sheet import ImportPreview, ImportResult


@dataclass(frozen=True)
class Importer:
    key: str  # the command line's word: peercenter import KEY FILE
    noun: str  # "participant": counted with formatting.plural
    columns: str  # the columns, for help texts
    check: Callable[[Session, Actor, bytes, str], ImportPreview]
    add: Callable[[Session, Actor, bytes, str, bool], ImportResult]
    warned: tuple[str, str]  # rows to check: "2 names" + "may already be in PeerCenter…"
    # The dry run creates the records in a savepoint and rolls it back: it needs a writing
    # session (on SQLite, the write lock).
    check_writes: bool = False

    @property
    def plural(self) -> str:
        return f"{self.noun}s"

    def dry_run(self, database: Database, actor: Actor, data: bytes,
                file_name: str) -> ImportPreview:
        """What importing ``data`` would do; nothing is kept."""
        with database.session() if self.check_writes else database.reader() as session:
            return self.check(session, actor, data, file_name)


PARTICIPANTS = Importer(
    "participants", "participant",
    "preferred_name (required), last_name, phone, email, status, intake_date, "
    "consent_on_sign_in, consent_full_last_name, consent_contact, notes",
    participants.preview_participants,
    lambda s, a, d, f, all_or_nothing: participants.import_participants(
        s, a, d, f, all_or_nothing=all_or_nothing),
    ("name", "may already be in PeerCenter; check before importing."))

GROUPS = Importer(
    "groups", "group",
    "name, first_date, start_time, duration_minutes and repeats (required), kind, "
    "description, enrollment, capacity, min_size, room, lead_facilitator, co_facilitators, "
    "end_date or number_of_sessions",
    groups.preview_groups,
    lambda s, a, d, f, all_or_nothing: groups.import_groups(
        s, a, d, f, all_or_nothing=all_or_nothing),
    ("group", "would take a facilitator over their weekly hours; they are imported and the "
              "warning noted."),
    check_writes=True)

IMPORTERS = {i.key: i for i in (PARTICIPANTS, GROUPS)}
