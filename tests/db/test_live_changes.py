"""What the screens that stay live are told: the tables each committed action wrote (at once,
in this program), nothing for work rolled back or only read, and, from a file's watcher,
that another program or connection committed."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest

from peercenter.db.changes import Change
from peercenter.db.engine import Database, sqlite_path
from peercenter.db.watchers import FileWatcher, watch
from peercenter.domain.errors import ValidationError
from peercenter.services import participants
from tests import factories

WAIT_S = 10  # an upper bound for a busy machine, not a measure


class Heard:
    def __init__(self) -> None:
        self.changes: list[Change] = []
        self.event = threading.Event()

    def __call__(self, change: Change) -> None:
        self.changes.append(change)
        self.event.set()

    def tables(self) -> set[str]:
        return {t for c in self.changes for t in c.tables}


def test_a_committed_action_tells_which_tables_it_wrote(database: Database) -> None:
    admin = factories.center(database)
    heard = Heard()
    stop = database.changes.subscribe(heard)
    with database.session() as s:
        participants.create(s, admin, participants.ParticipantForm("Maria", "Lopez"))
    assert heard.tables() == {"participants", "audit_events"}
    assert not any(c.anything for c in heard.changes)
    stop()
    with database.session() as s:
        participants.create(s, admin, participants.ParticipantForm("Ana", "Ruiz"))
    assert len(heard.changes) == 1  # no longer listening


def test_work_rolled_back_or_only_read_tells_nothing(database: Database) -> None:
    admin = factories.center(database)
    heard = Heard()
    database.changes.subscribe(heard)
    with pytest.raises(ValidationError), database.session() as s:
        participants.create(s, admin, participants.ParticipantForm("Maria", "Lopez"))
        s.flush()
        raise ValidationError("the person at the desk cancelled")
    with database.reader() as s:
        participants.search(s, admin, "")
    assert heard.changes == []


def test_a_file_watcher_sees_another_connection_commit(sqlite_database: Database) -> None:
    here = sqlite_database
    there = Database.from_url(here.url)
    try:
        admin = factories.center(there)
        heard = Heard()
        here.changes.subscribe(heard)
        watcher = watch(here)
        assert isinstance(watcher, FileWatcher)
        try:
            assert watcher.ready.wait(WAIT_S)
            with there.session() as s:
                participants.create(s, admin, participants.ParticipantForm("Maria", "Lopez"))
            assert heard.event.wait(WAIT_S)
            assert heard.changes[0].anything
        finally:
            watcher.stop()
        assert not watcher.running
    finally:
        there.dispose()


def test_a_file_watcher_sees_another_program_commit(sqlite_database: Database) -> None:
    here = sqlite_database
    factories.center(here)
    heard = Heard()
    here.changes.subscribe(heard)
    watcher = watch(here)
    assert watcher is not None
    try:
        assert watcher.ready.wait(WAIT_S)
        subprocess.run(
            [sys.executable, "-c", _ANOTHER_PROGRAM, here.url],
            check=True,
            timeout=120,
            cwd=Path(__file__).resolve().parents[2],
        )
        assert heard.event.wait(WAIT_S)
        assert heard.changes[0].anything
    finally:
        watcher.stop()


_ANOTHER_PROGRAM = """
import sys
from peercenter.db.engine import Database, sqlite_path
from peercenter.services import auth, participants
from tests.factories import PASSWORD
db = Database.from_url(sys.argv[1])
admin = auth.login(db, "admin", PASSWORD)
with db.session() as s:
    participants.create(s, admin, participants.ParticipantForm("Ana", "Ruiz"))
db.dispose()
"""


def test_closing_the_database_ends_its_watch_and_leaves_no_log(sqlite_database: Database) -> None:
    """A watcher left running kept the file's write-ahead log open after the program closed
    its own connections, so the check at exit could not vouch for the file."""
    database = sqlite_database
    factories.center(database)
    watcher = watch(database)
    assert watcher is not None and watcher.ready.wait(WAIT_S)
    database.dispose()
    assert not watcher.running
    path = sqlite_path(database.url)
    assert path is not None
    wal = path.with_name(path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def test_nothing_to_watch_in_memory() -> None:
    database = Database.from_url("sqlite://")
    try:
        assert watch(database) is None
    finally:
        database.dispose()


def test_a_change_concerns_only_who_shows_its_tables() -> None:
    unknown = Change(anything=True)
    assert unknown.touches(frozenset({"sessions"}))
    assert not unknown.touches(frozenset())  # a screen that shows nothing live
    check_in = Change(frozenset({"attendance", "audit_events"}))
    assert check_in.touches(frozenset({"attendance", "sessions"}))
    assert not check_in.touches(frozenset({"sessions"}))
    assert check_in.merged(Change(frozenset({"sessions"}))).touches(frozenset({"sessions"}))
