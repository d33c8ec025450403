"""A center's server tells the computers of its people what changed, as each person and
nothing more: every table notifies, the notification is the table's name alone (never a row
of someone else's check-in), a desk signed in as its person hears another desk's check-in,
and ``db upgrade`` puts the notifications back like the other rules."""

from __future__ import annotations

import threading

import psycopg

from peercenter.db.changes import Change
from peercenter.db.models import Base
from peercenter.db.server.notify import CHANNEL, TRIGGER
from peercenter.db.watchers import ServerWatcher, watch
from peercenter.domain.enums import AttendanceStatus
from peercenter.services import auth, server_admin
from peercenter.services.schedule import attendance
from tests.factories import PASSWORD
from tests.insider.conftest import OWNER_PASSWORD, Center, Server

WAIT_S = 10  # an upper bound for a busy machine, not a measure


def _notified_tables(server: Server) -> set[str]:
    rows = server.superuser_sql(
        "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
        "JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = 'public' AND t.tgname = :name",
        name=TRIGGER,
    )
    return {str(r[0]) for r in rows}


def test_every_table_notifies_when_it_changes(center: Center) -> None:
    assert _notified_tables(center.server) == set(Base.metadata.tables)


def _listen(conn: psycopg.Connection) -> None:
    conn.execute(f"LISTEN {CHANNEL}")


def _drain(conn: psycopg.Connection) -> list[str]:
    return [n.payload for n in conn.notifies(timeout=1.0)]


def test_a_person_hears_which_table_changed_and_nothing_of_the_row(center: Center) -> None:
    server, ids = center.server, center.staff_ids
    with server.connect("fran") as fran, server.connect("pat") as pat:
        _listen(fran)
        pat.execute(
            "INSERT INTO wellbeing_checkins (staff_id, taken_at, questionnaire, answers, "
            "scores, note, created_at, updated_at) "
            "VALUES (%s, now(), 'pulse', '{}', '{}', %s, now(), now())",
            (ids["pat"], "a private note about a hard day"),
        )
        heard = _drain(fran)
        assert heard == ["wellbeing_checkins"]
        # Fran may learn that a check-in was saved, and cannot read it.
        seen = fran.execute(
            "SELECT count(*) FROM wellbeing_checkins WHERE staff_id = %s", (ids["pat"],)
        ).fetchone()
        assert seen == (0,)


def test_work_rolled_back_is_not_heard(center: Center) -> None:
    server = center.server
    with server.connect("fran") as fran, server.connect("sue") as sue:
        _listen(fran)
        sue.autocommit = False
        sue.execute("UPDATE participants SET notes = 'typed by mistake'")
        sue.rollback()
        assert _drain(fran) == []


def test_a_desk_hears_another_desk_check_someone_in(center: Center) -> None:
    server = center.server
    desk = server.database()
    other = server.database()
    try:
        auth.login(desk, "fran", PASSWORD)
        sue = auth.login(other, "sue", PASSWORD)
        heard: list[Change] = []
        arrived = threading.Event()

        def listener(change: Change) -> None:
            heard.append(change)
            if "attendance" in change.tables:
                arrived.set()

        desk.changes.subscribe(listener)
        watcher = watch(desk)
        assert isinstance(watcher, ServerWatcher)
        try:
            assert watcher.ready.wait(WAIT_S)
            with other.session() as s:
                attendance.mark(
                    s, sue, center.session_id, center.participant_id, AttendanceStatus.PRESENT
                )
            assert arrived.wait(WAIT_S)
        finally:
            watcher.stop()
        assert {t for c in heard for t in c.tables} <= set(Base.metadata.tables)
    finally:
        desk.dispose()
        other.dispose()


def test_db_upgrade_puts_the_notifications_back(new_server: Server) -> None:
    new_server.superuser_script(f'DROP TRIGGER "{TRIGGER}" ON public.attendance')
    assert "attendance" not in _notified_tables(new_server)
    computer = new_server.database()
    try:
        server_admin.upgrade(computer, OWNER_PASSWORD)
    finally:
        computer.dispose()
    assert _notified_tables(new_server) == set(Base.metadata.tables)
