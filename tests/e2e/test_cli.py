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
