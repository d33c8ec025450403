"""Backups belong to their database: each center has an id, its backups carry it and go to a
folder of their own, and rotation, the Settings list and the recovery offer only ever deal
with this database's own, authenticated backups."""

from __future__ import annotations

import fcntl
import os
import secrets
import shutil
import uuid
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from peercenter import paths
from peercenter.db.engine import Database
from peercenter.domain.backup_rotation import to_keep
from peercenter.services import settings
from peercenter.services.backup import fileformat, files, recovery, restore, service
from peercenter.services.backup.identity import identity_of
from peercenter.services.clock import now
from peercenter.services.context import Actor
from tests import factories
from tests.db.backup_helpers import center_dir, every_row, filled, fresh_sqlite
from tests.db.test_recovery import _damage
from tests.e2e.test_cli import run_cli


def _names(folder: Path) -> set[str]:
    return {p.name for p in folder.glob("*.pcbackup")}


def test_backups_carry_the_center_id_and_go_to_its_folder(
    database: Database, tmp_path: Path
) -> None:
    """On both engines: pg_dump backups carry the id as well."""
    admin = filled(database)
    center = identity_of(database)
    assert len(center.center_id) == 32 and center.name == "Harbor Light Recovery Center"
    made = service.back_up_now(database, admin, tmp_path)
    assert made.backup is not None
    assert made.backup.path.parent == tmp_path / center.center_id
    stored = fileformat.read_stored_header(made.backup.path)
    assert stored.header.center_id == center.center_id
    assert stored.header.engine == database.engine.dialect.name
    assert stored.authentic(center.key)
    assert not stored.authentic(secrets.token_bytes(32))


def _new_identity(db: Database, admin: Actor, name: str) -> None:
    """Make ``db`` another center (test databases are copies of one template)."""
    with db.engine.begin() as conn:
        conn.execute(
            text("UPDATE center_identity SET center_id = :c, backup_key = :k"),
            {"c": uuid.uuid4().hex, "k": secrets.token_hex(32)},
        )
    with db.session() as s:
        settings.set_value(s, admin, "center.name", name)


def test_two_databases_in_one_data_folder_keep_all_their_backups() -> None:
    """Each keeps every one of its backups through 50 rotations of the other, even with the
    other's backups copied into its own folder."""
    data = paths.data_dir()
    first, second = fresh_sqlite(data / "center.sqlite3"), fresh_sqlite(data / "demo.sqlite3")
    try:
        first_admin = factories.center(first, name="Harbor Light")
        second_admin = factories.center(second, name="Demo Center")
        assert identity_of(first).center_id != identity_of(second).center_id
        for _ in range(3):
            assert service.back_up_now(first, first_admin).ok
        first_folder = center_dir(first, paths.backups_dir())
        kept = _names(first_folder)
        assert len(kept) == 1  # three today: the rotation keeps the day's newest
        second_folder = center_dir(second, paths.backups_dir())
        second_folder.mkdir(parents=True, exist_ok=True)
        for name in kept:  # a copy of the first center's backup in the second one's folder
            shutil.copy(first_folder / name, second_folder / f"copied-{name}")
        for _ in range(50):
            made = service.back_up_now(second, second_admin)
            assert made.ok, made.message
        assert _names(first_folder) == kept
        assert {n for n in _names(second_folder) if n.startswith("copied-")} == {
            f"copied-{n}" for n in kept
        }
        second_own = _names(second_folder) - {f"copied-{n}" for n in kept}
        assert len(second_own) == 1
        for _ in range(50):
            assert service.back_up_now(first, first_admin).ok
        assert len(_names(first_folder)) == 1
        assert second_own <= _names(second_folder)
    finally:
        first.dispose()
        second.dispose()


def test_a_copy_of_the_database_elsewhere_never_rotates_the_originals_backups(
    tmp_path: Path,
) -> None:
    original = fresh_sqlite(tmp_path / "center.sqlite3")
    admin = factories.center(original)
    assert service.back_up_now(original, admin).ok
    folder = center_dir(original, paths.backups_dir())
    kept = _names(folder)
    original.dispose()
    shutil.copy(tmp_path / "center.sqlite3", tmp_path / "test-copy.sqlite3")
    copy = Database.from_url(f"sqlite:///{tmp_path / 'test-copy.sqlite3'}")
    try:
        assert identity_of(copy).center_id == identity_of(original).center_id
        for _ in range(20):
            assert service.back_up_now(copy, admin).ok
        assert kept <= _names(folder)  # same center, same folder, never rotated by the copy
        assert len(_names(folder)) == len(kept) + 1
    finally:
        copy.dispose()


def test_planted_future_dated_files_cause_no_deletion(database: Database, tmp_path: Path) -> None:
    """Twelve files dated far in the future once made rotation delete all nine real backups:
    only what the database's key authenticates counts now."""
    admin = filled(database)
    folder = center_dir(database, tmp_path)
    folder.mkdir(parents=True)
    start = now() - timedelta(days=9)
    stamps = [start + timedelta(days=day) for day in range(9)]
    real = [
        service.write_backup(
            database,
            files.new_name(folder, files.AUTO_PREFIX, at),
            None,
            at,
            fileformat.KIND_AUTOMATIC,
        ).path
        for at in stamps
    ]
    template = fileformat.read_stored_header(real[0])
    planted = []
    for n in range(12):
        at = now() + timedelta(days=400 + n)
        target = files.new_name(folder, files.AUTO_PREFIX, at)
        forged = replace(template.header, created_at=at, backup_id=f"forged-{n}")
        if n % 3 == 0:  # tagged with a key of its own
            fileformat.write(target, forged, [b"x"], secrets.token_bytes(32))
        elif n % 3 == 1:  # a real backup with its date changed: the tag no longer fits
            raw = real[n % 9].read_bytes()
            rest = raw[len(fileformat.MAGIC) + 4 + len(template.raw) :]
            new = forged.to_bytes()
            target.write_bytes(fileformat.MAGIC + len(new).to_bytes(4, "big") + new + rest)
        else:  # a copy of a real one: the same backup twice
            shutil.copy(real[n % 9], target)
        planted.append(target)
    made = service.back_up_now(database, admin, tmp_path)  # rotates
    assert made.backup is not None and made.backup.path.exists()
    assert all(p.exists() for p in planted)
    # Among the real ones, exactly what the rotation keeps without any planted file.
    local = [s.astimezone() for s in [*stamps, made.backup.created_at]]
    keep = to_keep(local)
    expected_gone = [p for p, at in zip(real, local, strict=False) if at not in keep]
    copied = {real[n % 9] for n in range(12) if n % 3 == 2}
    assert [p for p in real if not p.exists()] == [p for p in expected_gone if p not in copied]
    assert len([p for p in real if p.exists()]) >= 7


def test_unfinished_files_are_cleaned_at_the_next_backup_and_never_counted(
    database: Database, tmp_path: Path
) -> None:
    admin = filled(database)
    folder = center_dir(database, tmp_path)
    folder.mkdir(parents=True)
    leftovers = [folder / f"peercenter-2026010{n % 10}-0{n}.pcbackup.part" for n in range(17)]
    for part in leftovers:
        part.write_bytes(fileformat.MAGIC + b"cut off")
    writing = folder / "peercenter-busy.pcbackup.part"  # another backup is writing this one
    held = open(writing, "wb")  # noqa: SIM115
    fcntl.flock(held.fileno(), fcntl.LOCK_EX)
    try:
        assert files.list_backups([folder], identity_of(database)) == []
        made = service.back_up_now(database, admin, tmp_path)
        assert made.ok
        assert not any(p.exists() for p in leftovers)
        assert writing.exists()
        listed = service.overview(database, admin, tmp_path).backups
        assert [b.path for b in listed] == [made.backup.path]  # type: ignore[union-attr]
    finally:
        held.close()


def test_settings_list_only_this_databases_backups(database: Database, tmp_path: Path) -> None:
    admin = filled(database)
    ours = service.back_up_now(database, admin, tmp_path)
    folder = center_dir(database, tmp_path)
    assert ours.backup is not None
    stranger = fileformat.read_stored_header(ours.backup.path).header
    fileformat.write(
        folder / "peercenter-99990101-000000.pcbackup",
        replace(stranger, center_id=uuid.uuid4().hex, backup_id="x"),
        [b"x"],
        secrets.token_bytes(32),
    )
    (folder / "notes.pcbackup").write_text("not a backup")
    listed = service.overview(database, admin, tmp_path).backups
    assert [b.path for b in listed] == [ours.backup.path]


def test_recovery_offers_only_this_centers_backups(tmp_path: Path) -> None:
    data = paths.data_dir()
    ours, other = fresh_sqlite(data / "center.sqlite3"), fresh_sqlite(data / "demo.sqlite3")
    try:
        admin = filled(ours)
        demo_admin = factories.center(other, name="Demo Center")
        made = service.back_up_now(ours, admin)
        assert made.backup is not None
        assert service.back_up_now(other, demo_admin).ok  # newer, another center's
        _damage(ours)
        health = recovery.startup_check(ours)
        assert health.offer is not None and health.offer.path == made.backup.path
        # Even when nothing of the damaged file can be read, its backups are known by where
        # they were made.
        database_file = data / "center.sqlite3"
        database_file.write_bytes(b"")
        health = recovery.startup_check(ours)
        assert not health.ok and health.problem == "the file is empty"
        assert health.offer is not None and health.offer.path == made.backup.path
        result = restore.restore_backup(ours, None, health.offer.path)
        assert result.safety_copy is not None and result.safety_copy.stat().st_size == 0
        assert recovery.startup_check(ours).ok
    finally:
        ours.dispose()
        other.dispose()


def test_another_centers_backup_is_refused_unless_confirmed(
    database: Database, tmp_path: Path
) -> None:
    admin = filled(database)
    theirs = service.backup_to_file(database, admin, tmp_path / "harbor.pcbackup", None)
    _new_identity(database, admin, "Demo Center")
    with database.session() as s:
        settings.set_value(s, admin, "backup.interval_hours", 6)  # something to tell apart
    before = every_row(database)
    with pytest.raises(
        restore.OtherCenterBackup,
        match="This backup is of Harbor Light Recovery Center, not of Demo Center",
    ):
        restore.restore_backup(database, admin, theirs.path, safety_folder=tmp_path)
    assert every_row(database) == before
    result = restore.restore_backup(
        database, admin, theirs.path, safety_folder=tmp_path, other_center_ok=True
    )
    assert result.safety_copy is not None
    center = identity_of(database)
    assert center.name == "Harbor Light Recovery Center"
    assert center.center_id == fileformat.read_header(theirs.path).center_id


def test_cli_restore_of_another_center_needs_the_flag(database_url: str, tmp_path: Path) -> None:
    db = Database.from_url(database_url)
    admin = filled(db)
    db.dispose()
    target = tmp_path / "harbor.pcbackup"
    made = run_cli("--db", database_url, "--user", "admin", "backup", "-o", str(target))
    assert made.returncode == 0, made.stderr
    db = Database.from_url(database_url)
    _new_identity(db, admin, "Demo Center")
    db.dispose()
    refused = run_cli("--db", database_url, "--user", "admin", "restore", str(target))
    assert refused.returncode == 1
    assert "This backup is of Harbor Light Recovery Center, not of Demo Center" in refused.stderr
    assert "--other-center" in refused.stderr and "Nothing was changed" in refused.stderr
    done = run_cli(
        "--db", database_url, "--user", "admin", "restore", str(target), "--other-center"
    )
    assert done.returncode == 0, done.stderr
    assert "Restored the backup of Harbor Light Recovery Center" in done.stdout


def test_a_backup_changed_after_it_was_made_is_not_taken_for_this_centers(
    sqlite_database: Database, tmp_path: Path
) -> None:
    admin = filled(sqlite_database)
    made = service.backup_to_file(sqlite_database, admin, tmp_path / "b.pcbackup", None)
    payload = fileformat.read_payload(made.path)
    changed = tmp_path / "changed.pcbackup"
    # Same header, a different image: only the key could have tagged it.
    stored = fileformat.read_stored_header(made.path)
    fileformat.write(changed, stored.header, [payload.image], secrets.token_bytes(32))
    with pytest.raises(restore.OtherCenterBackup, match="changed since"):
        restore.restore_backup(sqlite_database, admin, changed, safety_folder=tmp_path)


def test_backup_to_an_existing_folder_keeps_its_mode(
    sqlite_database: Database, tmp_path: Path
) -> None:
    if os.name != "posix":
        pytest.skip("POSIX file modes")
    filled(sqlite_database)
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)
    result = run_cli(
        "--db", str(sqlite_database.engine.url), "--user", "admin", "backup", "-o",
        str(shared / "nested" / "x.pcbackup"),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert shared.stat().st_mode & 0o7777 == 0o1777
    assert (shared / "nested").stat().st_mode & 0o777 == 0o700
