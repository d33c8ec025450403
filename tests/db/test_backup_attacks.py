"""A backup cannot be turned against the center: a crafted schema (an extra trigger, view or
table, a missing column) is refused before anything is replaced; key settings from a file are
bounded; the database keeps nothing that opens an encrypted backup."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import struct
import zlib
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from sqlalchemy import MetaData, Table, text

from peercenter.db import migrate, sqlite_backup
from peercenter.db.engine import Database, make_engine
from peercenter.domain.errors import ValidationError
from peercenter.services.backup import crypto, fileformat, keys, restore, service
from peercenter.services.backup.fileformat import BackupFileError
from peercenter.services.backup.identity import identity_of
from peercenter.services.context import Actor
from tests.db.backup_helpers import every_row, filled
from tests.e2e.test_cli import run_cli

PASSPHRASE = "blue kettle on the stove"


@pytest.fixture(autouse=True)
def _cheap_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(crypto, "SCRYPT", crypto.ScryptParams(n=2**10))


def _crafted(db: Database, admin: Actor, tmp_path: Path, change: str) -> Path:
    """An honest backup's image changed by ``change`` (SQL), written as a backup tagged with
    this database's own key: what someone who can read the database could make."""
    honest = service.backup_to_file(db, admin, tmp_path / "honest.pcbackup", None)
    payload = fileformat.read_payload(honest.path)
    with closing(sqlite3.connect(":memory:")) as mem:
        mem.deserialize(payload.image)
        mem.executescript(change)
        image = mem.serialize()
    target = tmp_path / "crafted.pcbackup"
    fileformat.write(target, payload.header, [image], identity_of(db).key)
    return target


@pytest.mark.parametrize(
    "change, reason",
    [
        (
            "CREATE TRIGGER make_admin AFTER UPDATE OF last_login_at ON users "
            "WHEN NEW.username = 'frontdesk' BEGIN "
            "UPDATE users SET role = 'admin' WHERE id = NEW.id; END;",
            "it holds a trigger “make_admin” that PeerCenter does not create",
        ),
        ("CREATE VIEW everyone AS SELECT * FROM users;", "it holds a view “everyone”"),
        ("CREATE TABLE notes_copy (body TEXT);", "it holds a table “notes_copy”"),
        (
            "ALTER TABLE participants DROP COLUMN notes;",
            "the table “participants” lacks the column “notes”",
        ),
        ("DROP INDEX ix_audit_events_at;", "the index “ix_audit_events_at” is missing"),
    ],
)
def test_crafted_sqlite_backups_are_refused_and_nothing_changes(
    sqlite_database: Database, tmp_path: Path, change: str, reason: str
) -> None:
    admin = filled(sqlite_database)
    crafted = _crafted(sqlite_database, admin, tmp_path, change)
    before = every_row(sqlite_database)
    with pytest.raises(BackupFileError) as refused:
        restore.restore_backup(sqlite_database, admin, crafted, safety_folder=tmp_path)
    assert reason in refused.value.message
    assert "was not restored" in refused.value.message
    assert every_row(sqlite_database) == before
    with sqlite_database.engine.connect() as conn:
        extra = conn.execute(
            text("SELECT name FROM sqlite_master WHERE type IN ('trigger', 'view')")
        ).all()
    assert extra == []


@pytest.mark.parametrize("engine_name", ["postgresql"])
def test_crafted_postgresql_backup_with_a_trigger_is_refused(
    database: Database, tmp_path: Path
) -> None:
    admin = filled(database)
    with database.engine.begin() as conn:
        conn.execute(
            text(
                "CREATE FUNCTION make_admin() RETURNS trigger AS $$ BEGIN "
                "NEW.role := 'admin'; RETURN NEW; END $$ LANGUAGE plpgsql"
            )
        )
        conn.execute(
            text(
                "CREATE TRIGGER make_admin BEFORE UPDATE ON users FOR EACH ROW "
                "EXECUTE FUNCTION make_admin()"
            )
        )
    crafted = service.backup_to_file(database, admin, tmp_path / "crafted.pcbackup", None)
    with database.engine.begin() as conn:
        conn.execute(text("DROP TRIGGER make_admin ON users"))
        conn.execute(text("DROP FUNCTION make_admin()"))
    before = every_row(database)
    with pytest.raises(BackupFileError, match=r"it holds a trigger “users\.make_admin”"):
        restore.restore_backup(database, admin, crafted.path, safety_folder=tmp_path)
    assert every_row(database) == before
    with database.engine.connect() as conn:
        assert (
            conn.execute(text("SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal")).scalar()
            == 0
        )


@pytest.mark.parametrize("engine_name", ["postgresql"])
def test_postgresql_backup_missing_a_column_is_refused(database: Database, tmp_path: Path) -> None:
    admin = filled(database)
    with database.engine.begin() as conn:
        conn.execute(text("ALTER TABLE participants DROP COLUMN notes"))
    crafted = service.backup_to_file(database, admin, tmp_path / "crafted.pcbackup", None)
    with database.engine.begin() as conn:
        conn.execute(text("ALTER TABLE participants ADD COLUMN notes TEXT"))
    before = every_row(database)
    with pytest.raises(BackupFileError, match="the table “participants” lacks the column “notes”"):
        restore.restore_backup(database, admin, crafted.path, safety_folder=tmp_path)
    assert every_row(database) == before


def test_postgresql_archive_statements_are_never_run() -> None:
    """Rows are loaded by PeerCenter itself; any SQL in an archive beyond its data is refused."""
    from peercenter.db.pg_archive import Archive, ArchiveError, read_rows

    archive = Archive({})
    script = (
        b"SET client_encoding = 'UTF8';\n"
        b"COPY public.rooms (id, name) FROM stdin;\n1\tBlue\n\\.\n"
        b"ALTER ROLE postgres NOSUPERUSER;\n"
    )
    with pytest.raises(ArchiveError, match="a statement PeerCenter does not run"):
        read_rows(archive, script)


def _with_header(path: Path, target: Path, change: dict[str, object]) -> Path:
    """The file with its header's encryption settings changed (its tags then no longer fit,
    as after any tampering)."""
    raw = path.read_bytes()
    stored = fileformat.read_stored_header(path)
    data = json.loads(stored.raw)
    data["encryption"].update(change)
    new = json.dumps(data).encode()
    rest = raw[len(fileformat.MAGIC) + 4 + len(stored.raw) :]
    target.write_bytes(fileformat.MAGIC + struct.pack(">I", len(new)) + new + rest)
    return target


@pytest.mark.parametrize(
    "change",
    [{"n": 2**40}, {"n": 3}, {"r": 2**30}, {"p": 2**20}, {"n": 2**20, "r": 64}, {"n": "x"}],
)
def test_wrong_scrypt_cost_is_refused_cleanly(
    sqlite_database: Database, tmp_path: Path, change: dict[str, object]
) -> None:
    admin = filled(sqlite_database)
    recipient = crypto.Recipient.from_passphrase(PASSPHRASE)
    made = service.backup_to_file(sqlite_database, admin, tmp_path / "b.pcbackup", recipient)
    crafted = _with_header(made.path, tmp_path / "costly.pcbackup", change)
    before = every_row(sqlite_database)
    with pytest.raises(BackupFileError, match="key settings"):
        restore.restore_backup(sqlite_database, admin, crafted, PASSPHRASE, safety_folder=tmp_path)
    assert every_row(sqlite_database) == before


def test_wrong_scrypt_cost_on_the_command_line_is_one_line(
    sqlite_database: Database, tmp_path: Path
) -> None:
    admin = filled(sqlite_database)
    recipient = crypto.Recipient.from_passphrase(PASSPHRASE)
    made = service.backup_to_file(sqlite_database, admin, tmp_path / "b.pcbackup", recipient)
    crafted = _with_header(made.path, tmp_path / "costly.pcbackup", {"n": 2**40, "r": 2**20})
    env = {"PEERCENTER_BACKUP_PASSPHRASE": PASSPHRASE}
    url = str(sqlite_database.engine.url)
    for where in (url, f"sqlite:///{tmp_path / 'new' / 'center.sqlite3'}"):
        result = run_cli("--db", where, "--user", "admin", "restore", str(crafted), env=env)
        assert result.returncode == 1
        assert "Traceback" not in result.stderr and "MemoryError" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
        assert "key settings (scrypt N=1099511627776" in result.stderr
    assert not (tmp_path / "new").exists()


def test_a_backup_passphrase_needs_ten_characters(
    sqlite_database: Database, tmp_path: Path
) -> None:
    admin = filled(sqlite_database)
    with (
        pytest.raises(ValidationError, match="at least 10 characters"),
        sqlite_database.session() as s,
    ):
        keys.set_passphrase(s, admin, "nine char", "nine char")
    result = run_cli(
        "--db", str(sqlite_database.engine.url), "--user", "admin", "backup", "-o",
        str(tmp_path / "x.pcbackup"), "--encrypt",
        env={"PEERCENTER_BACKUP_PASSPHRASE": "short"},
    )  # fmt: skip
    assert result.returncode == 1 and "at least 10 characters" in result.stderr
    assert not (tmp_path / "x.pcbackup").exists()


def test_the_database_holds_nothing_that_opens_its_backups(
    sqlite_database: Database, tmp_path: Path
) -> None:
    """Everything the database keeps about encryption, and the backup file, together do not
    decrypt it: the private key comes from the passphrase only."""
    admin = filled(sqlite_database)
    with sqlite_database.session() as s:
        keys.set_passphrase(s, admin, PASSPHRASE, PASSPHRASE)
    made = service.back_up_now(sqlite_database, admin, tmp_path)
    assert made.backup is not None and made.backup.encrypted
    with sqlite_database.reader() as s:
        stored = keys.stored_recipient(s)
    assert stored is not None
    header = fileformat.read_header(made.backup.path)
    assert header.encryption is not None
    assert header.encryption["recipient"] == crypto.b64(stored.public_key)
    assert header.center_name == ""  # sealed with the rest
    for guess in (stored.public_key.hex(), crypto.b64(stored.public_key), stored.salt.hex()):
        with pytest.raises(BackupFileError, match="passphrase is not right"):
            fileformat.read_payload(made.backup.path, guess)
    opened = fileformat.read_payload(made.backup.path, PASSPHRASE)
    assert opened.header.center_name == "Harbor Light Recovery Center"


def _v1_backup(path: Path, image: bytes, revision: str, passphrase: str) -> None:
    """A backup as the previous file format wrote it: no identity, no tags, and a key taken
    from the passphrase directly."""
    salt, file_salt, prefix = os.urandom(16), os.urandom(16), os.urandom(8)
    master = Scrypt(salt=salt, length=32, n=2**10, r=8, p=1).derive(passphrase.encode())
    key = HKDF(hashes.SHA256(), 32, file_salt, b"peercenter backup").derive(master)
    header = json.dumps(
        {
            "format_version": 1,
            "schema_revision": revision,
            "engine": "sqlite",
            "created_at": "2026-01-05T10:00:00+00:00",
            "app_version": "0.1.0",
            "compression": "zlib",
            "encryption": {
                "cipher": "AES-256-GCM",
                "kdf": "scrypt",
                "salt": crypto.b64(salt),
                "n": 2**10,
                "r": 8,
                "p": 1,
                "file_salt": crypto.b64(file_salt),
                "nonce_prefix": crypto.b64(prefix),
            },
        },
        sort_keys=True,
    ).encode()
    frame = zlib.compress(image, 1)
    sealed = AESGCM(key).encrypt(
        prefix + struct.pack(">I", 0), frame, header + struct.pack(">Q?", 0, True)
    )
    path.write_bytes(
        fileformat.MAGIC
        + struct.pack(">I", len(header))
        + header
        + struct.pack(">I", len(sealed))
        + sealed
        + struct.pack(">I", 0)
        + hashlib.sha256(image).digest()
    )


def test_backups_in_the_previous_format_are_still_restored(
    sqlite_database: Database, tmp_path: Path
) -> None:
    """They say nothing of their center, so restoring one over a center is confirmed first;
    onto a new computer it just works."""
    admin = filled(sqlite_database)
    earlier = tmp_path / "earlier.sqlite3"  # a center as the previous version kept it
    engine = make_engine(f"sqlite:///{earlier}")
    with engine.begin() as conn:
        migrate.upgrade_connection(conn, "0005_wellbeing")
        # Written with the tables of that revision: today's models have columns it lacks.
        settings_table = Table("settings", MetaData(), autoload_with=conn)
        conn.execute(
            settings_table.insert().values(
                key="center.name", value="Harbor Light (2025)", updated_at=datetime.now(UTC)
            )
        )
    engine.dispose()
    old = tmp_path / "old.pcbackup"
    _v1_backup(old, sqlite_backup.snapshot(earlier), "0005_wellbeing", PASSPHRASE)
    with pytest.raises(BackupFileError, match="passphrase is not right"):
        restore.verify_backup(sqlite_database, old, "another passphrase")
    with pytest.raises(restore.OtherCenterBackup, match="made by an older PeerCenter"):
        restore.restore_backup(sqlite_database, admin, old, PASSPHRASE, safety_folder=tmp_path)
    result = restore.restore_backup(
        sqlite_database, admin, old, PASSPHRASE, safety_folder=tmp_path, other_center_ok=True
    )
    assert result.upgraded_from == "0005_wellbeing"
    assert identity_of(sqlite_database).name == "Harbor Light (2025)"
    crafted = _with_header(old, tmp_path / "old-costly.pcbackup", {"n": 2**40})
    with pytest.raises(BackupFileError, match="key settings"):
        restore.verify_backup(sqlite_database, crafted, PASSPHRASE)


def test_upgrading_keeps_encrypting_with_the_same_passphrase_and_drops_the_stored_key(
    tmp_path: Path,
) -> None:
    """The previous version kept the scrypt-derived key in the database. The upgrade keeps
    only its public half (the passphrase still opens new backups) and asks for a new one."""
    path = tmp_path / "center.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        migrate.upgrade_connection(conn, "0005_wellbeing")
    salt = os.urandom(16)
    master = Scrypt(salt=salt, length=32, n=2**10, r=8, p=1).derive(PASSPHRASE.encode())
    old_key = {"master": crypto.b64(master), "salt": crypto.b64(salt), "n": 2**10, "r": 8, "p": 1}
    with engine.begin() as conn:
        conn.execute(
            text("INSERT INTO settings (key, value, updated_at) VALUES ('backup.key', :v, :t)"),
            {"v": json.dumps(old_key), "t": "2026-01-01 00:00:00"},
        )
    migrate.upgrade(engine)
    engine.dispose()
    for leftover in (path, path.with_name(path.name + "-wal")):
        if leftover.exists():
            assert crypto.b64(master).encode() not in leftover.read_bytes()
    db = Database.from_url(f"sqlite:///{path}")
    try:
        admin = filled(db)
        with db.reader() as s:
            stored = keys.stored_recipient(s)
            assert s.execute(text("SELECT 1 FROM settings WHERE key = 'backup.key'")).all() == []
        assert stored is not None and stored.renew
        overview = service.overview(db, admin, tmp_path)
        assert overview.encrypted and overview.renew_passphrase
        made = service.back_up_now(db, admin, tmp_path)
        assert made.backup is not None and made.backup.encrypted
        assert restore.verify_backup(db, made.backup.path, PASSPHRASE).header.encrypted
        with db.session() as s:
            keys.set_passphrase(s, admin, "a brand new passphrase", "a brand new passphrase")
        assert not service.overview(db, admin, tmp_path).renew_passphrase
    finally:
        db.dispose()


@pytest.mark.parametrize("start", ["0001", "0003_creds", "0005_wellbeing"])
def test_a_database_upgraded_over_time_passes_the_schema_check(tmp_path: Path, start: str) -> None:
    """Not a false alarm: a center that started on an earlier version and was upgraded has
    exactly the schema of a new one."""
    path = tmp_path / "center.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        migrate.upgrade_connection(conn, start)
    migrate.upgrade(engine)
    engine.dispose()
    db = Database.from_url(f"sqlite:///{path}")
    try:
        admin = filled(db)
        made = service.backup_to_file(db, admin, tmp_path / "b.pcbackup", None)
        assert (
            restore.verify_backup(db, made.path).header.schema_revision == migrate.head_revision()
        )
    finally:
        db.dispose()
