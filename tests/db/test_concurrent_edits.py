"""Two copies of PeerCenter (separate processes) on one database: the second save of the same
record is refused with "changed by someone else" and can reload; busy SQLite writers wait and
retry instead of failing."""

from __future__ import annotations

import multiprocessing
import sqlite3
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from multiprocessing.context import SpawnContext
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from peercenter.db import engine as engine_module
from peercenter.db.engine import Database, DatabaseBusy, sqlite_path
from peercenter.db.models import Participant
from peercenter.domain.errors import ConcurrentEditError
from peercenter.services import participants
from peercenter.services.context import Actor
from tests import factories
from tests.conftest import fresh_database_url
from tests.db import workers

CTX: SpawnContext = multiprocessing.get_context("spawn")


def _drain(queue: object, n: int) -> list[tuple[str, str]]:
    return [queue.get(timeout=120) for _ in range(n)]  # type: ignore[attr-defined]


def _participant(db: Database) -> tuple[Actor, int]:
    admin = factories.center(db)
    with db.session() as s:
        detail = participants.create(
            s, admin, participants.ParticipantForm(preferred_name="Maria", notes="first")
        )
    return admin, detail.id


def test_second_save_of_the_same_form_is_refused_and_can_reload(
    database: Database, database_url: str
) -> None:
    admin, pid = _participant(database)
    results = CTX.Queue()
    opened_a, opened_b, go_a, go_b = (CTX.Event() for _ in range(4))
    a = CTX.Process(
        target=workers.edit_form,
        args=(database_url, admin, pid, "A's note", opened_a, go_a, results),
    )
    b = CTX.Process(
        target=workers.edit_form,
        args=(database_url, admin, pid, "B's note", opened_b, go_b, results),
    )
    a.start()
    b.start()
    assert opened_a.wait(60) and opened_b.wait(60)  # both forms show version 1
    go_a.set()
    first = results.get(timeout=60)
    go_b.set()
    rest = _drain(results, 2)
    a.join(60)
    b.join(60)
    assert a.exitcode == 0 and b.exitcode == 0
    assert first == ("saved", "A's note")
    assert rest[0][0] == "conflict"
    assert "Someone else changed this record" in rest[0][1] and "Reload" in rest[0][1]
    assert rest[1] == ("saved after reload", "B's note")
    with database.reader() as s:
        final = participants.get(s, admin, pid)
    assert final.form.notes == "A's note + B's note"  # nothing silently overwritten
    assert final.version == 3


def test_version_column_refuses_a_save_over_a_newer_row(
    database: Database, database_url: str
) -> None:
    """PostgreSQL lets two transactions hold the same row; SQLite serialises writers, so
    there the slow process simply saves after the other (both changes are kept)."""
    admin, pid = _participant(database)
    results = CTX.Queue()
    loaded, other_done = CTX.Event(), CTX.Event()
    slow = CTX.Process(
        target=workers.save_in_open_transaction,
        args=(database_url, pid, loaded, other_done, results),
    )
    slow.start()
    if database.is_sqlite:
        assert loaded.wait(60)
        other_done.set()
        assert results.get(timeout=60) == ("saved", "")
        with database.session() as s:
            participants.update(
                s,
                admin,
                pid,
                participants.ParticipantForm(preferred_name="Maria", notes="fast"),
                None,
            )
    else:
        assert loaded.wait(60)
        with database.session() as s:
            participants.update(
                s,
                admin,
                pid,
                participants.ParticipantForm(preferred_name="Maria", notes="fast"),
                None,
            )
        other_done.set()
        outcome = results.get(timeout=60)
        assert outcome[0] == "conflict" and "Someone else changed" in outcome[1]
    slow.join(60)
    assert slow.exitcode == 0
    with database.reader() as s:
        assert s.get(Participant, pid).notes == "fast"  # type: ignore[union-attr]


def test_many_writers_on_one_database_all_succeed(database: Database, database_url: str) -> None:
    admin = factories.center(database)
    results = CTX.Queue()
    writers, each = 4, 30
    procs = [
        CTX.Process(target=workers.hammer, args=(database_url, admin, each, f"w{i}-", results))
        for i in range(writers)
    ]
    for p in procs:
        p.start()
    outcomes = _drain(results, writers)
    for p in procs:
        p.join(120)
    assert [o for o in outcomes if o[0] != "done"] == []
    with database.reader() as s:
        assert s.scalar(select(func.count()).select_from(Participant)) == writers * each


def test_a_long_held_sqlite_lock_gives_a_plain_message_and_a_short_one_is_waited_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sqlite_database: Database
) -> None:
    monkeypatch.setattr(engine_module, "SQLITE_BUSY_TIMEOUT_MS", 50)
    monkeypatch.setattr(engine_module, "BUSY_RETRIES", 3)
    path = sqlite_path(str(sqlite_database.engine.url))
    assert path is not None
    db = Database.from_url(f"sqlite:///{path}")
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")  # another computer holding the write lock
    with pytest.raises(DatabaseBusy, match="stayed busy"), db.session() as s:
        s.add(Participant(preferred_name="never"))
    # Released soon after: the unit of work waits, retries and succeeds.
    threading.Timer(0.3, lambda: other.execute("COMMIT")).start()
    started = time.monotonic()
    with db.session() as s:
        s.add(Participant(preferred_name="saved"))
    assert time.monotonic() - started < 10
    with db.reader() as s:
        names = set(s.scalars(select(Participant.preferred_name)))
    assert names == {"saved"}
    other.close()
    db.dispose()


@pytest.fixture
def server_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A PostgreSQL database: there (unlike SQLite, where a save holds the write lock from
    its start) another computer can commit in the middle of this one's save."""
    yield from fresh_database_url("postgresql", request, tmp_path)


def test_a_save_that_changes_nothing_in_the_row_is_checked_at_the_write_too(
    server_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    here, there = Database.from_url(server_url), Database.from_url(server_url)
    try:
        admin, pid = _participant(here)
        with here.session() as s:
            opened = participants.get(s, admin, pid)
        read_row = participants._load
        other_saved: list[bool] = []

        def read_then_other_computer_saves(session: Any, participant_id: int) -> Any:
            row = read_row(session, participant_id)
            if not other_saved:  # after this save read the row, before it writes it
                other_saved.append(True)
                with there.session() as s:
                    changed = replace(opened.form, notes="changed at the other desk")
                    participants.update(s, admin, pid, changed, opened.version)
            return row

        monkeypatch.setattr(participants, "_load", read_then_other_computer_saves)
        with pytest.raises(ConcurrentEditError), here.session() as s:
            participants.update(s, admin, pid, opened.form, opened.version)
        with here.session() as s:
            assert participants.get(s, admin, pid).form.notes == "changed at the other desk"
    finally:
        here.dispose()
        there.dispose()
