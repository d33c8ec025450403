"""Backups and restore on both engines: a round trip gives back every row of every table;
damaged, foreign, newer or wrongly decrypted backups are refused before anything changes."""

from __future__ import annotations

import json
import os
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from peercenter import paths
from peercenter.db import migrate
from peercenter.db.engine import Database
from peercenter.domain.enums import Role
from peercenter.domain.errors import PermissionDenied
from peercenter.services import auth, participants
from peercenter.services.backup import crypto, fileformat, files, keys, restore, service
from peercenter.services.backup.fileformat import BackupFileError, PassphraseNeeded
from peercenter.services.backup.identity import identity_of
from tests import factories
from tests.db.backup_helpers import center_dir, every_row, filled

PASSPHRASE = "blue kettle on the stove"


@pytest.fixture(autouse=True)
def _cheap_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(crypto, "SCRYPT", crypto.ScryptParams(n=2**10))


def _change_everything(db: Database, admin: object) -> None:
    with db.session() as s:
        participants.create(
            s,
            admin,
            participants.ParticipantForm(  # type: ignore[arg-type]
                preferred_name="Added after the backup"
            ),
        )
    with db.engine.begin() as conn:
        conn.execute(text("DELETE FROM time_entries"))
        conn.execute(text("UPDATE rooms SET name = 'Renamed'"))


def _round_trip(db: Database, tmp_path: Path, passphrase: str | None) -> None:
    admin = filled(db)
    before = every_row(db)
    key = crypto.Recipient.from_passphrase(passphrase) if passphrase else None
    backup = service.backup_to_file(db, admin, tmp_path / "b.pcbackup", key)
    assert backup.encrypted is (passphrase is not None)
    _change_everything(db, admin)
    after_backup = every_row(db)  # includes the "backup" audit event
    assert after_backup != before
    result = restore.restore_backup(
        db, admin, backup.path, passphrase, safety_folder=tmp_path / "safety"
    )
    restored = every_row(db)
    # Every table is exactly as it was; the audit trail has the restore on top.
    for table, rows in before.items():
        if table == "audit_events":
            assert restored[table][: len(rows)] == rows
            assert [r[4] for r in restored[table][len(rows) :]] == ["restore"]
        else:
            assert restored[table] == rows, table
    assert sum(len(rows) for rows in before.values()) > 20
    # The safety copy holds the database as it was just before the restore.
    assert result.safety_copy is not None and result.safety_copy.exists()
    restore.restore_backup(
        db, admin, result.safety_copy, passphrase, safety_folder=tmp_path / "safety"
    )
    again = every_row(db)
    for table, rows in after_backup.items():
        if table != "audit_events":
            assert again[table] == rows, table


def test_round_trip_gives_back_every_row(database: Database, tmp_path: Path) -> None:
    _round_trip(database, tmp_path, None)


def test_encrypted_round_trip(database: Database, tmp_path: Path) -> None:
    _round_trip(database, tmp_path, PASSPHRASE)


def test_encrypted_backup_refuses_wrong_or_missing_passphrase(
    database: Database, tmp_path: Path
) -> None:
    admin = filled(database)
    key = crypto.Recipient.from_passphrase(PASSPHRASE)
    backup = service.backup_to_file(database, admin, tmp_path / "b.pcbackup", key)
    raw = backup.path.read_bytes()
    assert b"Harbor Light" not in raw and b"Blue room" not in raw
    with pytest.raises(PassphraseNeeded):
        restore.verify_backup(database, backup.path)
    with pytest.raises(BackupFileError, match="passphrase is not right"):
        restore.verify_backup(database, backup.path, "wrong passphrase!")
    assert restore.verify_backup(database, backup.path, PASSPHRASE).header.encrypted


@pytest.mark.parametrize("damage", ["truncate", "flip", "garbage"])
def test_damaged_backups_are_refused_before_anything_changes(
    database: Database, tmp_path: Path, damage: str
) -> None:
    admin = filled(database)
    backup = service.backup_to_file(database, admin, tmp_path / "b.pcbackup", None)
    raw = bytearray(backup.path.read_bytes())
    if damage == "truncate":
        raw = raw[: len(raw) - 40]
    elif damage == "flip":
        raw[len(raw) // 2] ^= 0xFF
    else:
        raw = bytearray(b"hello, this is not a backup")
    backup.path.write_bytes(bytes(raw))
    before = every_row(database)
    with pytest.raises(BackupFileError):
        restore.restore_backup(database, admin, backup.path)
    assert every_row(database) == before


def test_backup_of_another_engine_or_newer_schema_is_refused(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    admin = filled(database)
    backup = service.backup_to_file(database, admin, tmp_path / "b.pcbackup", None)
    payload = fileformat.read_payload(backup.path)
    header, image, key = payload.header, payload.image, identity_of(database).key
    other = "postgresql" if database.is_sqlite else "sqlite"
    foreign = tmp_path / "foreign.pcbackup"
    fileformat.write(foreign, replace(header, engine=other), [image], key)
    with pytest.raises(BackupFileError, match=f"backup of a {other} database"):
        restore.verify_backup(database, foreign)
    newer = tmp_path / "newer.pcbackup"
    fileformat.write(newer, replace(header, schema_revision="9999_future"), [image], key)
    with pytest.raises(BackupFileError, match="newer PeerCenter"):
        restore.verify_backup(database, newer)


def test_only_administrators_back_up_and_restore(database: Database, tmp_path: Path) -> None:
    admin = filled(database)
    factories.staff_with_login(database, admin, "desk", Role.FRONT_DESK)
    desk = auth.login(database, "desk", factories.PASSWORD)
    with pytest.raises(PermissionDenied):
        service.backup_to_file(database, desk, tmp_path / "x.pcbackup", None)
    backup = service.backup_to_file(database, admin, tmp_path / "b.pcbackup", None)
    with pytest.raises(PermissionDenied):
        restore.restore_backup(database, desk, backup.path)
    with pytest.raises(PermissionDenied):  # no one signed in, and the database is fine
        restore.restore_backup(database, None, backup.path)


def test_automatic_backups_when_due_rotation_and_second_folder(
    database: Database, tmp_path: Path
) -> None:
    admin = filled(database)
    root, second = tmp_path / "backups", tmp_path / "usb"
    folder = center_dir(database, root)
    with database.session() as s:
        from peercenter.services import settings

        settings.set_value(s, admin, "backup.second_folder", str(second))
    first = service.backup_if_due(database, "start", root)
    assert first is not None and first.ok, first.message
    assert first.backup is not None and first.backup.path.parent == folder
    assert first.second_copy is not None and first.second_copy.exists()
    assert first.second_copy.parent == center_dir(database, second)
    assert service.backup_if_due(database, "start", root) is None  # not due yet
    assert service.backup_if_due(database, "exit", root) is None  # nothing changed
    with database.session() as s:
        participants.create(s, admin, participants.ParticipantForm(preferred_name="New"))
    at_exit = service.backup_if_due(database, "exit", root)
    assert at_exit is not None and at_exit.ok
    later = files.read_status(folder)
    assert later is not None and later.ok and later.size > 0
    # Twelve hours later (the interval set by filled()) it is due again.
    assert service.backup_if_due(database, "start", root, at=later.at + timedelta(hours=11)) is None
    due = service.backup_if_due(database, "start", root, at=later.at + timedelta(hours=12))
    assert due is not None and due.ok
    # Second folder gone (stick pulled out): the local backup is still made, and the result
    # says what is wrong.
    with database.session() as s:
        settings.set_value(s, admin, "backup.second_folder", "/proc/no-such-place")
    partial = service.back_up_now(database, admin, root)
    assert not partial.ok and partial.backup is not None and partial.backup.path.exists()
    assert "could not be written" in partial.message
    overview = service.overview(database, admin, root)
    assert overview.folder == folder
    assert overview.last is not None and not overview.last.ok
    assert overview.interval_hours == 12 and not overview.encrypted
    # Four backups today; the rotation keeps the newest of the day.
    assert [b.path for b in overview.backups] == [partial.backup.path]
    assert len(list(center_dir(database, second).glob("*.pcbackup"))) == 1


def test_rotation_keeps_7_daily_4_weekly_12_monthly(database: Database, tmp_path: Path) -> None:
    admin = filled(database)
    folder = tmp_path / "backups"
    made = service.backup_to_file(database, admin, folder / "seed.pcbackup", None)
    header = fileformat.read_header(made.path)
    made.path.unlink()
    center = identity_of(database)
    start = header.created_at
    for day in range(400):  # two backups a day for 400 days
        for hour in (9, 17):
            at = start - timedelta(days=day, hours=hour)
            fileformat.write(
                files.new_name(folder, files.AUTO_PREFIX, at),
                replace(header, created_at=at, kind=fileformat.KIND_AUTOMATIC, backup_id=f"{at}"),
                [b"not a database"],
                center.key,
            )
    files.rotate(folder, center)
    kept = files.list_backups([folder], center)
    days = {b.created_at.astimezone().date() for b in kept}
    assert len(kept) == len(days)  # one per day at most
    newest = sorted(days, reverse=True)
    assert newest[:7] == [newest[0] - timedelta(days=i) for i in range(7)]
    assert 7 + 4 + 12 - 6 <= len(kept) <= 7 + 4 + 12


def test_encrypted_automatic_backups_use_the_stored_key(database: Database, tmp_path: Path) -> None:
    admin = filled(database)
    with database.session() as s:
        keys.set_passphrase(s, admin, PASSPHRASE, PASSPHRASE)
    result = service.back_up_now(database, admin, tmp_path)
    assert result.backup is not None and result.backup.encrypted
    with pytest.raises(PassphraseNeeded):
        restore.verify_backup(database, result.backup.path)
    assert restore.verify_backup(database, result.backup.path, PASSPHRASE)
    with database.reader() as s:
        stored = s.execute(
            text("SELECT value FROM settings WHERE key = 'backup.encryption'")
        ).scalar()
    # Only the public key and how to derive its private half: nothing that opens a backup.
    stored = json.loads(stored) if isinstance(stored, str) else stored
    assert set(stored) == {"public_key", "salt", "n", "r", "p", "renew"}
    assert PASSPHRASE not in str(stored)
    with database.session() as s:
        keys.clear_passphrase(s, admin)
    assert not service.back_up_now(database, admin, tmp_path).backup.encrypted  # type: ignore[union-attr]


def test_backup_files_and_folders_are_owner_only(database: Database, tmp_path: Path) -> None:
    if os.name != "posix":
        pytest.skip("POSIX file modes")
    admin = filled(database)
    result = service.back_up_now(database, admin)  # the data folder's backups/
    assert result.backup is not None
    assert result.backup.path.parent.parent == paths.backups_dir()
    assert result.backup.path.parent.stat().st_mode & 0o777 == 0o700
    assert result.backup.path.stat().st_mode & 0o777 == 0o600
    assert (result.backup.path.parent / files.STATUS_FILE).stat().st_mode & 0o777 == 0o600
    os.umask(0o022)
    chosen = service.backup_to_file(database, admin, tmp_path / "new" / "x.pcbackup", None)
    assert chosen.path.stat().st_mode & 0o777 == 0o600
    assert chosen.path.parent.stat().st_mode & 0o777 == 0o700
    # A folder that exists (shared, sticky) keeps its mode; only the file is private.
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)
    into_shared = service.backup_to_file(database, admin, shared / "x.pcbackup", None)
    assert shared.stat().st_mode & 0o7777 == 0o1777
    assert into_shared.path.stat().st_mode & 0o777 == 0o600


def test_restoring_an_older_schema_upgrades_it(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A backup made at an earlier revision is restored and brought to head."""
    admin = filled(database)
    backup = service.backup_to_file(database, admin, tmp_path / "b.pcbackup", None)
    ran: list[str] = []
    real_upgrade = migrate.upgrade

    def upgrade_spy(engine: object) -> migrate.UpgradeResult:
        ran.append(str(migrate.current_revision(engine)))  # type: ignore[arg-type]
        return real_upgrade(engine)  # type: ignore[arg-type]

    monkeypatch.setattr(migrate, "upgrade", upgrade_spy)
    restore.restore_backup(database, admin, backup.path, safety_folder=tmp_path)
    assert ran == [migrate.head_revision()]
    assert migrate.current_revision(database.engine) == migrate.head_revision()


def test_missing_postgresql_tools_are_named_with_what_to_install() -> None:
    from peercenter.db import pg_backup

    with pytest.raises(pg_backup.ToolMissing) as caught:
        pg_backup.find_tool("pg_dump_not_installed", 15)
    message = caught.value.message
    assert "version 15 or newer" in message and "postgresql-client-15" in message


@pytest.mark.parametrize("engine_name", ["postgresql"])  # pg_dump serves PostgreSQL only
def test_postgresql_backup_without_pg_dump_says_so(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert not database.is_sqlite
    from peercenter.db import pg_backup

    filled(database)

    def missing(name: str, major: int) -> Path:
        raise pg_backup.ToolMissing(f"Backups of a PostgreSQL database need {name} …")

    monkeypatch.setattr(pg_backup, "find_tool", missing)
    result = service.create_backup(database, tmp_path)
    assert not result.ok and "need pg_dump" in result.message
    status = files.read_status(center_dir(database, tmp_path))
    assert status is not None and not status.ok and "pg_dump" in status.message
    assert list(tmp_path.rglob("*.pcbackup*")) == []
