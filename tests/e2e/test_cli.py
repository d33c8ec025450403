"""The command line as a user runs it: a separate process, its exit codes and messages."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from peercenter import __version__
from peercenter.db import migrate
from tests.factories import PASSWORD


def run_cli(
    *args: str, env: dict[str, str] | None = None, password: str | None = PASSWORD
) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, **(env or {})}
    full_env.pop("PEERCENTER_PASSWORD", None)
    if password is not None:
        full_env["PEERCENTER_PASSWORD"] = password
    return subprocess.run(
        [sys.executable, "-m", "peercenter", *args],
        capture_output=True,
        text=True,
        env=full_env,
        stdin=subprocess.DEVNULL,
        timeout=300,
    )


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"PeerCenter {__version__}"


def test_usage_errors_exit_2() -> None:
    assert run_cli("no-such-command").returncode == 2
    assert run_cli("init").returncode == 2  # --admin is required


def test_init_then_db_commands(database_url: str) -> None:
    # database_url is an already-migrated empty database; init sets up the center in it.
    result = run_cli(
        "--db",
        database_url,
        "init",
        "--admin",
        "boss",
        "--admin-name",
        "Dana Whitfield",
        "--center-name",
        "Harbor Light",
        "--timezone",
        "America/Chicago",
    )
    assert result.returncode == 0, result.stderr
    assert "Set up 'Harbor Light' with administrator 'boss'" in result.stdout
    again = run_cli("--db", database_url, "init", "--admin", "other")
    assert again.returncode == 1
    assert again.stderr.strip() == "peercenter: This center is already set up. Sign in instead."
    current = run_cli("--db", database_url, "db", "current")
    assert current.returncode == 0
    assert f"revision: {migrate.head_revision()}" in current.stdout
    check = run_cli("--db", database_url, "db", "check")
    assert check.returncode == 0, check.stderr
    assert check.stdout.startswith("OK")


def test_default_database_is_created_in_the_data_folder(tmp_path: Path) -> None:
    env = {"PEERCENTER_DATA_DIR": str(tmp_path / "data")}
    refused = run_cli("db", "upgrade", env=env)  # only init (or restore) starts a database
    assert refused.returncode == 1 and "There is no database at" in refused.stderr
    made = run_cli("init", "--admin", "boss", env=env)
    assert made.returncode == 0, made.stderr
    db_file = tmp_path / "data" / "peercenter.sqlite3"
    assert db_file.exists()
    if os.name == "posix":
        assert db_file.stat().st_mode & 0o777 == 0o600
        assert (tmp_path / "data").stat().st_mode & 0o777 == 0o700
    assert run_cli("db", "upgrade", env=env).returncode == 0
    env_db = {
        "PEERCENTER_DB": f"sqlite:///{tmp_path / 'other.sqlite3'}",
        "PEERCENTER_DATA_DIR": str(tmp_path / "data"),
    }
    assert run_cli("init", "--admin", "boss", env=env_db).returncode == 0
    assert (tmp_path / "other.sqlite3").exists()


@pytest.mark.parametrize(
    "args, message",
    [
        (("--db", "mysql://x/y", "db", "current"), "SQLite or PostgreSQL"),
        (("--db", "::nonsense::", "db", "current"), "is not a database address"),
    ],
)
def test_bad_database_addresses_are_one_line(args: tuple[str, ...], message: str) -> None:
    result = run_cli(*args)
    assert result.returncode == 1
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_missing_password_without_a_terminal(tmp_path: Path) -> None:
    result = run_cli(
        "--db", f"sqlite:///{tmp_path / 'x.sqlite3'}", "init", "--admin", "boss", password=None
    )
    assert result.returncode == 1
    assert "PEERCENTER_PASSWORD" in result.stderr


def test_short_password_is_refused_and_nothing_is_set_up(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'x.sqlite3'}"
    result = run_cli("--db", url, "init", "--admin", "boss", password="short")
    assert result.returncode == 1
    assert "at least 10 characters" in result.stderr
    retry = run_cli("--db", url, "init", "--admin", "boss")
    assert retry.returncode == 0, retry.stderr


def test_init_with_demo_data_then_the_demo_logins_work(database_url: str) -> None:
    result = run_cli(
        "--db", database_url, "init", "--admin", "admin", "--demo", "--timezone", "America/Chicago"
    )
    assert result.returncode == 0, result.stderr
    assert "Demo data (small):" in result.stdout and "10 groups" in result.stdout
    from peercenter.db.engine import Database
    from peercenter.services import auth

    db = Database.from_url(database_url)
    try:
        for name in ("admin", "supervisor", "frontdesk", "specialist"):
            assert auth.login(db, name, PASSWORD).username == name
    finally:
        db.dispose()


@pytest.fixture
def center_file(tmp_path: Path) -> Path:
    """A set-up center in a folder of its own, closed cleanly (no write-ahead log)."""
    from peercenter.db.engine import Database
    from tests.factories import center

    folder = tmp_path / "center"
    folder.mkdir()
    path = folder / "peercenter.sqlite3"
    db = Database.from_url(f"sqlite:///{path}")
    migrate.upgrade(db.engine)
    center(db)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    for leftover in folder.glob("peercenter.sqlite3-*"):
        leftover.unlink()
    return path


def _contents(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def test_a_read_only_database_file_is_said_in_front_desk_words(center_file: Path) -> None:
    from tests.read_only import read_only

    url = f"sqlite:///{center_file}"
    before = _contents(center_file.parent)
    with read_only(center_file):
        refused = run_cli("--db", url, "--user", "admin", "wellbeing")
        after = _contents(center_file.parent)
        looked_at = run_cli("--db", url, "db", "check")  # only reads: still works
    assert refused.returncode == 1
    assert refused.stderr == (
        "peercenter: This database file is read-only, so PeerCenter cannot save anything in "
        f"it, not even a sign-in: {center_file}. Ask whoever looks after this computer to let "
        "your account change it.\n"
    )
    assert after == before  # refused before SQLite opened it: not even its log is made
    assert looked_at.returncode == 0, looked_at.stderr


def test_a_read_only_data_folder_is_said_in_front_desk_words(
    center_file: Path, tmp_path: Path
) -> None:
    from tests.read_only import read_only

    folder = center_file.parent
    before = _contents(folder)
    env = {"PEERCENTER_DATA_DIR": str(folder)}
    with read_only(folder):
        refused = run_cli(
            "--user", "admin", "sessions", "--from", "2026-03-02", "--to", "2026-03-08", env=env
        )
    assert refused.returncode == 1
    assert refused.stderr.startswith(
        "peercenter: The folder that holds the database is read-only, so PeerCenter cannot "
        f"save anything in it, not even a sign-in: {folder}."
    )
    assert len(refused.stderr.strip().splitlines()) == 1
    assert _contents(folder) == before

    locked = tmp_path / "locked"
    locked.mkdir()
    env = {"PEERCENTER_DATA_DIR": str(locked / "PeerCenter")}
    with read_only(locked):
        missing = run_cli("db", "upgrade", env=env)
    assert missing.returncode == 1
    assert missing.stderr.startswith(
        f"peercenter: PeerCenter cannot create its data folder {locked / 'PeerCenter'} "
        "(Operation not permitted)."
    )
    assert list(locked.iterdir()) == []


def test_saving_into_a_read_only_folder_is_refused_before_any_work(
    center_file: Path, tmp_path: Path
) -> None:
    from tests.read_only import read_only

    shelf = tmp_path / "shelf"
    shelf.mkdir()
    url = f"sqlite:///{center_file}"
    with read_only(shelf):
        refused = run_cli(
            "--db", url, "--user", "admin", "poster", "2026-03-02", "-o", str(shelf / "p.pdf")
        )
    assert refused.returncode == 1
    assert refused.stderr == (
        f"peercenter: Cannot save {shelf / 'p.pdf'}: you may not write in {shelf}.\n"
    )
    assert list(shelf.iterdir()) == []
