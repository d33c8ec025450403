"""An empty database upgrades to head, and the models agree with the migrations."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url

from peercenter.db import migrate
from peercenter.db.engine import make_engine
from tests.conftest import _pg_url


@pytest.fixture
def empty_url(engine_name: str, tmp_path: Path) -> Iterator[str]:
    if engine_name == "sqlite":
        yield f"sqlite:///{tmp_path / 'empty.sqlite3'}"
        return
    base = _pg_url()
    assert base is not None
    name = f"pc_empty_{uuid.uuid4().hex[:8]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield make_url(base).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    admin.dispose()


def test_empty_database_upgrades_to_head_and_matches_models(empty_url: str) -> None:
    engine = make_engine(empty_url)
    assert migrate.current_revision(engine) is None
    result = migrate.upgrade(engine)
    assert result.before is None
    assert result.after == migrate.head_revision()
    assert migrate.current_revision(engine) == migrate.head_revision()
    assert migrate.pending_differences(engine) == []
    tables = set(inspect(engine).get_table_names())
    assert {"staff", "users", "participants", "sessions", "attendance", "audit_events"} <= tables
    # A second upgrade is a no-op.
    assert migrate.upgrade(engine).backup is None
    engine.dispose()


def test_the_head_start_up_compares_with_is_the_newest_revision_file() -> None:
    # Start-up reads the head from a constant to avoid loading Alembic; a new revision file
    # without updating it would leave databases un-upgraded.
    assert migrate.head_revision() == migrate.scripted_head()


def test_sqlite_upgrade_copies_the_file_aside_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "center.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    migrate.upgrade(engine)
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO settings (key, value, updated_at) "
            "VALUES ('center.name', '\"Harbor\"', '2026-01-01')"
        )
    # A newer release of the program brings revision "next"; the upgrade itself is recorded.
    current = migrate.head_revision()
    ran: list[str] = []
    monkeypatch.setattr(migrate, "head_revision", lambda: "next")
    monkeypatch.setattr(migrate, "_alembic_upgrade", lambda engine: ran.append("head"))
    result = migrate.upgrade(engine)
    engine.dispose()
    assert ran == ["head"]
    assert result.backup is not None and result.backup.exists()
    assert result.before == current
    assert result.backup.name.startswith(f"center.before-upgrade-{current}-")
    assert result.backup.stat().st_mode & 0o777 == 0o600
    copy = sqlite3.connect(result.backup)
    assert copy.execute("SELECT value FROM settings").fetchall() == [('"Harbor"',)]
    copy.close()


def test_sqlite_pragmas(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'p.sqlite3'}")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
    engine.dispose()
    mode = (tmp_path / "p.sqlite3").stat().st_mode & 0o777
    assert mode == 0o600


def test_upgrading_to_separate_supervision_notes_keeps_every_record(empty_url: str) -> None:
    """The notes move to their own table; nothing of a supervision is lost on the way (on
    SQLite, copying the table would have deleted its attendees through their foreign key)."""
    from alembic import command

    engine = make_engine(empty_url)
    cfg = migrate.alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0005_wellbeing")
    stamp = "'2026-01-01 00:00:00'"
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO staff (id, first_name, last_name, is_specialist, is_supervisor, "
                "weekly_hours_cap, status, version, created_at, updated_at) VALUES "
                f"(1, 'Sue', 'G', false, true, 40, 'active', 1, {stamp}, {stamp}), "
                f"(2, 'Pat', 'R', true, false, 40, 'active', 1, {stamp}, {stamp})"
            )
        )
        conn.execute(
            text(
                "INSERT INTO supervision_sessions (id, supervisor_id, held_on, minutes, format, "
                "domains, topics, confidential_notes, version, created_at, updated_at) VALUES "
                f"(1, 1, '2026-01-02', 60, 'individual', '[]', 'Boundaries', 'Kept private', 1, "
                f"{stamp}, {stamp}), (2, 1, '2026-01-09', 30, 'individual', '[]', NULL, NULL, "
                f"1, {stamp}, {stamp})"
            )
        )
        conn.execute(
            text(
                "INSERT INTO supervision_attendees (supervision_id, staff_id) VALUES (1, 2), (2, 2)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO settings (key, value, updated_at) "
                f"VALUES ('center.name', '\"H\"', {stamp})"
            )
        )
    migrate.upgrade(engine)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT * FROM supervision_notes")).all() == [(1, "Kept private")]
        assert conn.execute(
            text("SELECT supervision_id, staff_id FROM supervision_attendees ORDER BY 1")
        ).all() == [(1, 2), (2, 2)]
        assert conn.execute(text("SELECT topics FROM supervision_sessions ORDER BY id")).all() == [
            ("Boundaries",),
            (None,),
        ]
        assert conn.execute(text("SELECT key, version FROM settings")).all() == [("center.name", 1)]
    assert migrate.pending_differences(engine) == []
    engine.dispose()
