"""At start a quick check finds a damaged SQLite file and offers the newest good backup;
restoring it needs no sign-in (nobody could sign in to a damaged database)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from peercenter.db.engine import Database, sqlite_path
from peercenter.services.backup import crypto, recovery, restore, service
from tests.db.backup_helpers import center_dir, every_row, filled
from tests.e2e.test_cli import run_cli


def _damage(db: Database) -> Path:
    path = sqlite_path(str(db.engine.url))
    assert path is not None
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    size = path.stat().st_size
    with open(path, "r+b") as f:  # a disk that lost a few blocks
        for offset in range(4096, size, 3 * 4096):
            f.seek(offset)
            f.write(os.urandom(1024))
    return path


def test_healthy_database_passes(database: Database) -> None:
    filled(database)
    health = recovery.startup_check(database)
    assert health.ok and health.message == ""


def test_damaged_database_offers_newest_good_backup_and_restores_it(
    sqlite_database: Database, tmp_path: Path
) -> None:
    db = sqlite_database
    admin = filled(db)
    folder = tmp_path / "backups"
    older = service.back_up_now(db, admin, folder)
    good_rows = every_row(db)
    # A newer backup that is itself damaged is passed over.
    newer = service.write_backup(
        db, center_dir(db, folder) / "peercenter-29991231-000000.pcbackup", None
    )
    raw = bytearray(newer.path.read_bytes())
    raw[-100] ^= 0xFF
    newer.path.write_bytes(bytes(raw))
    path = _damage(db)
    health = recovery.startup_check(db, [folder])
    assert not health.ok
    assert health.offer is not None and older.backup is not None, health
    assert health.offer.path == older.backup.path and not health.needs_passphrase
    assert "damaged" in health.message and "can put back the backup from" in health.message
    result = restore.restore_backup(db, None, health.offer.path)
    assert result.safety_copy is not None and ".damaged-" in result.safety_copy.name
    assert result.safety_copy.exists()
    assert recovery.startup_check(db, [folder]).ok
    restored = every_row(db)
    for table, rows in good_rows.items():
        if table == "audit_events":
            assert restored[table][: len(rows) - 1] == rows[:-1]
        else:
            assert restored[table] == rows, table
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o600


def test_damaged_database_without_backups_says_so(
    sqlite_database: Database, tmp_path: Path
) -> None:
    filled(sqlite_database)
    _damage(sqlite_database)
    health = recovery.startup_check(sqlite_database, [tmp_path / "none"])
    assert not health.ok and health.offer is None
    assert "no good backup of this center was found" in health.message


def test_encrypted_backup_is_offered_with_a_passphrase_prompt(
    sqlite_database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(crypto, "SCRYPT", crypto.ScryptParams(n=2**10))
    admin = filled(sqlite_database)
    key = crypto.Recipient.from_passphrase("a long passphrase")
    backup = service.backup_to_file(
        sqlite_database, admin, tmp_path / "b" / "peercenter-x.pcbackup", key
    )
    _damage(sqlite_database)
    health = recovery.startup_check(sqlite_database, [backup.path.parent])
    assert health.offer is not None and health.needs_passphrase
    restore.restore_backup(sqlite_database, None, backup.path, "a long passphrase")
    assert recovery.startup_check(sqlite_database, [backup.path.parent]).ok


def test_cli_backup_and_restore(database_url: str, tmp_path: Path) -> None:
    db = Database.from_url(database_url)
    filled(db)
    db.dispose()
    target = tmp_path / "chosen.pcbackup"
    env = {"PEERCENTER_BACKUP_PASSPHRASE": "correct battery staple"}
    made = run_cli(
        "--db", database_url, "--user", "admin", "backup", "-o", str(target), "--encrypt", env=env
    )
    assert made.returncode == 0, made.stderr
    assert "encrypted" in made.stdout and target.exists()
    # Taken after the first command: opening a database brings in the shipped programs.
    db = Database.from_url(database_url)
    before = every_row(db)
    db.dispose()
    auto = run_cli("--db", database_url, "--user", "admin", "backup")
    assert auto.returncode == 0, auto.stderr
    assert auto.stdout.startswith("Saved peercenter-")
    no_pass = run_cli("--db", database_url, "--user", "admin", "restore", str(target))
    assert no_pass.returncode == 1
    assert "PEERCENTER_BACKUP_PASSPHRASE" in no_pass.stderr
    wrong = run_cli(
        "--db",
        database_url,
        "--user",
        "admin",
        "restore",
        str(target),
        env={"PEERCENTER_BACKUP_PASSPHRASE": "not the one at all"},
    )
    assert wrong.returncode == 1 and "passphrase is not right" in wrong.stderr
    done = run_cli("--db", database_url, "--user", "admin", "restore", str(target), env=env)
    assert done.returncode == 0, done.stderr
    assert "Restored the backup of Harbor Light Recovery Center made" in done.stdout
    assert "is saved to" in done.stdout
    db = Database.from_url(database_url)
    after = every_row(db)
    db.dispose()
    # Signing in on the command line changes the login row (last sign-in); all else is back.
    skip = {"audit_events", "users"}
    assert {t: r for t, r in after.items() if t not in skip} == {
        t: r for t, r in before.items() if t not in skip
    }
    assert len(after["users"]) == len(before["users"])


def test_a_file_checked_at_exit_and_unchanged_is_not_checked_again_at_start(
    sqlite_database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    filled(sqlite_database)
    url = str(sqlite_database.engine.url)
    sqlite_database.dispose()
    assert recovery.check_at_exit(url)
    checks: list[Path] = []
    real_check = recovery.sqlite_backup.quick_check
    monkeypatch.setattr(
        recovery.sqlite_backup,
        "quick_check",
        lambda path, thorough=False: checks.append(path) or real_check(path),
    )
    assert recovery.startup_check(sqlite_database).ok
    assert checks == []  # the next morning opens without reading the whole file
    # Any write in between (another computer, a command, this program) means a new check.
    with sqlite_database.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO settings (key, value, updated_at) "
            "VALUES ('test.touched', '1', '2026-01-01')"
        )
    sqlite_database.dispose()
    assert recovery.startup_check(sqlite_database).ok
    assert len(checks) == 1


def test_a_file_damaged_after_its_exit_check_is_still_caught_at_start(
    sqlite_database: Database, tmp_path: Path
) -> None:
    filled(sqlite_database)
    url = str(sqlite_database.engine.url)
    sqlite_database.dispose()
    assert recovery.check_at_exit(url)
    _damage(sqlite_database)
    health = recovery.startup_check(sqlite_database, [tmp_path / "none"])
    assert not health.ok and "damaged" in health.message
    # A failed check at exit leaves no note: the next start checks again.
    assert not recovery.check_at_exit(url)
    path = sqlite_path(url)
    assert path is not None
    assert not path.with_name(path.name + recovery.CHECKED_SUFFIX).exists()


def test_a_write_ahead_log_left_behind_means_a_check_at_start(sqlite_database: Database) -> None:
    filled(sqlite_database)
    url = str(sqlite_database.engine.url)
    sqlite_database.dispose()
    assert recovery.check_at_exit(url)
    path = sqlite_path(url)
    assert path is not None
    assert recovery.checked_and_unchanged(path)
    # What a crash leaves: committed changes still in the log beside the file.
    path.with_name(path.name + "-wal").write_bytes(b"\x37\x7f\x06\x82" + bytes(28))
    assert not recovery.checked_and_unchanged(path)
