"""The kinds of records a CSV file can bring in, described once for the command line and the
import dialog: what to call them, how to check a file and how to import it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the command line lists the kinds without loading the database layer
    from sqlalchemy.orm import Session

    from peercenter.db.engine import Database
    from peercenter.services.context import Actor
    from peercenter.services.csv_import.sheet import ImportPreview, ImportResult


@dataclass(frozen=True)
class Importer:
    key: str  # the command line's word: peercenter import KEY FILE
    noun: str  # "participant": what a row is, in the command line's English
    columns: str  # the columns, for help texts
    # check(session, actor, data, file name, reason) and add(…, all or nothing, reason):
    # the reason is for going ahead over red warnings, where a kind has them.
    check: Callable[[Session, Actor, bytes, str, str], ImportPreview]
    add: Callable[[Session, Actor, bytes, str, bool, str], ImportResult]
    warned: tuple[str, str]  # rows to check: "2 names" + "may already be in PeerCenter…"
    # The dry run creates the records in a savepoint and rolls it back: it needs a writing
    # session (on SQLite, the write lock).
    check_writes: bool = False
    # Whether a row may need a reason to go ahead (a facilitator over a red guardrail).
    takes_reason: bool = False

    @property
    def plural(self) -> str:
        return f"{self.noun}s"

    def dry_run(
        self, database: Database, actor: Actor, data: bytes, file_name: str, reason: str = ""
    ) -> ImportPreview:
        """What importing ``data`` (with ``reason`` for rows over red warnings) would do;
        nothing is kept."""
        with database.session() if self.check_writes else database.reader() as session:
            return self.check(session, actor, data, file_name, reason)


# The import code is loaded when a file is checked or imported, not when the command line or
# the window lists the kinds.
def _preview_participants(s: Session, a: Actor, d: bytes, f: str, _r: str) -> ImportPreview:
    from peercenter.services.csv_import import participants

    return participants.preview_participants(s, a, d, f)


def _import_participants(
    s: Session, a: Actor, d: bytes, f: str, all_or_nothing: bool, _r: str
) -> ImportResult:
    from peercenter.services.csv_import import participants

    return participants.import_participants(s, a, d, f, all_or_nothing=all_or_nothing)


def _preview_groups(s: Session, a: Actor, d: bytes, f: str, reason: str) -> ImportPreview:
    from peercenter.services.csv_import import groups

    return groups.preview_groups(s, a, d, f, reason)


def _import_groups(
    s: Session, a: Actor, d: bytes, f: str, all_or_nothing: bool, reason: str
) -> ImportResult:
    from peercenter.services.csv_import import groups

    return groups.import_groups(s, a, d, f, all_or_nothing=all_or_nothing, accept_reason=reason)


PARTICIPANTS = Importer(
    "participants",
    "participant",
    "preferred_name (required), last_name, phone, email, status, intake_date, "
    "consent_on_sign_in, consent_full_last_name, consent_contact, notes",
    _preview_participants,
    _import_participants,
    ("name", "may already be in PeerCenter; check before importing."),
)

GROUPS = Importer(
    "groups",
    "group",
    "name, first_date, start_time, duration_minutes and repeats (required), kind, "
    "description, enrollment, capacity, min_size, room, lead_facilitator, co_facilitators, "
    "end_date or number_of_sessions",
    _preview_groups,
    _import_groups,
    (
        "warning",
        "about a facilitator's hours or burnout guardrails; those rows are imported and "
        "the warnings kept in the audit trail.",
    ),
    check_writes=True,
    takes_reason=True,
)

IMPORTERS = {i.key: i for i in (PARTICIPANTS, GROUPS)}
