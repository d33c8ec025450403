"""The day the center's computer dies: a backup restored where there is no database yet gives
back every row of every table, and a failed attempt leaves nothing behind. An empty or
foreign file is a damaged database, never a new one; a mistyped --db creates nothing."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from peercenter.db.engine import Database
from peercenter.services import auth
from peercenter.services.backup import fileformat, service
from tests.conftest import _pg_url
from tests.db.backup_helpers import every_row, filled
from tests.e2e.test_cli import run_cli
from tests.factories import PASSWORD

PASSPHRASE = "the harbor light stays on"
ENV = {"PEERCENTER_BACKUP_PASSPHRASE": PASSPHRASE}


def _rows_of_image(image: bytes, tmp_path: Path) -> dict[str, list[tuple[Any, ...]]]:
    copy = tmp_path / f"image-{uuid.uuid4().hex}.sqlite3"
    copy.write_bytes(image)
    db = Database.from_url(f"sqlite:///{copy}")
    try:
        return every_row(db)
    finally:
        db.dispose()


def _same_plus_restore_event(
    restored: dict[str, list[tuple[Any, ...]]], backed_up: dict[str, list[tuple[Any, ...]]]
) -> None:
    assert set(restored) == set(backed_up)
    for table, rows in backed_up.items():
        if table == "audit_events":
            assert restored[table][: len(rows)] == rows
            assert [r[4] for r in restored[table][len(rows) :]] == ["restore"]
        else:
            assert len(restored[table]) == len(rows), table
            assert restored[table] == rows, table


def test_the_demo_backup_restored_onto_an_empty_folder_gives_back_every_row(
    tmp_path: Path,
) -> None:
    old_computer = f"sqlite:///{tmp_path / 'old' / 'peercenter.sqlite3'}"
    made = run_cli("--db", old_computer, "init", "--admin", "admin", "--demo")
    assert made.returncode == 0, made.stderr
    backup = tmp_path / "stick" / "center.pcbackup"
    saved = run_cli(
        "--db", old_computer, "--user", "admin", "backup", "-o", str(backup), "--encrypt", env=ENV
    )
    assert saved.returncode == 0, saved.stderr
    backed_up = _rows_of_image(fileformat.read_payload(backup, PASSPHRASE).image, tmp_path)
    assert sum(len(rows) for rows in backed_up.values()) > 1000

    new_data = tmp_path / "new computer"
    new_env = {**ENV, "PEERCENTER_DATA_DIR": str(new_data)}
    restored = run_cli("restore", str(backup), env=new_env, password=None)
    assert restored.returncode == 0, restored.stderr
    assert "Sign in with a login from that backup" in restored.stdout
    database_file = new_data / "peercenter.sqlite3"
    db = Database.from_url(f"sqlite:///{database_file}")
    try:
        _same_plus_restore_event(every_row(db), backed_up)
        for name in ("admin", "supervisor", "frontdesk", "specialist"):
            assert auth.login(db, name, PASSWORD).username == name
    finally:
        db.dispose()
    if os.name == "posix":
        assert database_file.stat().st_mode & 0o777 == 0o600
    assert sorted(p.name for p in new_data.iterdir()) == ["peercenter.sqlite3"]


def test_a_failed_restore_onto_a_new_computer_leaves_nothing_behind(
    sqlite_database: Database, tmp_path: Path
) -> None:
    admin = filled(sqlite_database)
    from peercenter.services.backup import crypto

    encrypted = service.backup_to_file(
        sqlite_database,
        admin,
        tmp_path / "b.pcbackup",
        crypto.Recipient.from_passphrase(PASSPHRASE, params=crypto.ScryptParams(n=2**10)),
    )
    cut = tmp_path / "cut.pcbackup"
    cut.write_bytes(encrypted.path.read_bytes()[:-100])
    target = tmp_path / "new" / "deep" / "center.sqlite3"
    url = f"sqlite:///{target}"
    wrong = {"PEERCENTER_BACKUP_PASSPHRASE": "not the passphrase"}
    for file, env, message in (
        (encrypted.path, wrong, "passphrase is not right"),
        (cut, ENV, "incomplete"),
        (tmp_path / "missing.pcbackup", ENV, "There is no file"),
    ):
        result = run_cli("--db", url, "restore", str(file), env=env, password=None)
        assert result.returncode == 1 and message in result.stderr, result.stderr
        assert not (tmp_path / "new").exists()
        # Into the data folder (no --db): not even that folder is made.
        data = {**env, "PEERCENTER_DATA_DIR": str(tmp_path / "new" / "data")}
        result = run_cli("restore", str(file), env=data, password=None)
        assert result.returncode == 1 and message in result.stderr, result.stderr
        assert not (tmp_path / "new").exists()
    done = run_cli("--db", url, "restore", str(encrypted.path), env=ENV, password=None)
    assert done.returncode == 0, done.stderr
    assert target.exists() and not (target.parent / f".{target.name}.restoring").exists()
    assert sorted(p.name for p in target.parent.iterdir()) == ["center.sqlite3"]


@pytest.fixture
def empty_pg_url() -> Iterator[str]:
    base = _pg_url()
    assert base is not None
    name = f"pc_new_{uuid.uuid4().hex[:8]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield make_url(base).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.mark.parametrize("engine_name", ["postgresql"])
def test_a_postgresql_backup_restores_onto_an_empty_database(
    database: Database, empty_pg_url: str, tmp_path: Path
) -> None:
    admin = filled(database)
    backup = service.backup_to_file(database, admin, tmp_path / "server.pcbackup", None)
    backed_up = every_row(database)
    restored = run_cli("--db", empty_pg_url, "restore", str(backup.path), password=None)
    assert restored.returncode == 0, restored.stderr
    new = Database.from_url(empty_pg_url)
    try:
        rows = every_row(new)
        # The backup event was recorded after the file was written.
        backed_up["audit_events"] = backed_up["audit_events"][:-1]
        _same_plus_restore_event(rows, backed_up)
        assert auth.login(new, "sam", PASSWORD).username == "sam"
    finally:
        new.dispose()


def test_an_empty_or_foreign_file_is_a_damaged_database(
    sqlite_database: Database, tmp_path: Path
) -> None:
    admin = filled(sqlite_database)
    backup = service.backup_to_file(sqlite_database, admin, tmp_path / "b.pcbackup", None)
    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")
    url = f"sqlite:///{empty}"
    for command in (("init", "--admin", "mallory"), ("db", "upgrade"), ("--user", "x", "audit")):
        result = run_cli("--db", url, *command)
        assert result.returncode == 1
        assert "is empty: it is damaged, not a new database" in result.stderr
        assert empty.stat().st_size == 0
    foreign = tmp_path / "notes.sqlite3"
    foreign.write_text("shopping list: milk, eggs")
    result = run_cli("--db", f"sqlite:///{foreign}", "db", "current")
    assert result.returncode == 1 and "damaged" in result.stderr
    assert foreign.read_text() == "shopping list: milk, eggs"
    # Nobody can sign in to it: the backup goes back without a sign-in.
    put_back = run_cli("--db", url, "restore", str(backup.path), password=None)
    assert put_back.returncode == 0, put_back.stderr
    assert "damaged database was moved" in put_back.stdout
    db = Database.from_url(url)
    try:
        assert auth.login(db, "admin", PASSWORD).username == "admin"
    finally:
        db.dispose()


@pytest.mark.parametrize(
    "command",
    [
        ("--user", "admin", "audit"),
        ("--user", "admin", "backup"),
        ("db", "upgrade"),
        ("db", "current"),
        ("--user", "admin", "export", "ics", "-o", "x.ics"),
    ],
)
def test_a_mistyped_database_path_creates_nothing(tmp_path: Path, command: tuple[str, ...]) -> None:
    typo = tmp_path / "PeerCentre" / "data" / "peercenter.sqlite3"
    result = run_cli("--db", f"sqlite:///{typo}", *command)
    assert result.returncode == 1
    assert f"There is no database at {typo}" in result.stderr
    assert not (tmp_path / "PeerCentre").exists()
