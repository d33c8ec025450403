"""Backups, restore and the audit chain on the demo centers: what the safe way costs against
the fast unsafe way (a plain file copy, a plain read of the trail)."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from sqlalchemy import select

from peercenter.db import migrate, sqlite_backup
from peercenter.db.engine import Database, sqlite_path
from peercenter.db.models import AuditEvent
from peercenter.domain.audit_chain import verify
from peercenter.services.audit import chain_rows
from peercenter.services.backup import crypto, restore, service
from tests.benchmarks.harness import Result, demo_database, median_time

AREA = "data safety"


def _scale(scale: str, work: Path) -> list[Result]:
    url = demo_database(scale)
    source = sqlite_path(url)
    assert source is not None
    # Work on a copy so the cached demo database is never touched.
    db_file = work / f"{scale}.sqlite3"
    shutil.copyfile(source, db_file)
    db = Database.from_url(f"sqlite:///{db_file}")
    migrate.upgrade(db.engine, copy_aside=False)  # a cache built by an earlier version
    size = db_file.stat().st_size
    copy = median_time(lambda: shutil.copyfile(db_file, work / "plain-copy"), repeat=5)
    target = work / f"{scale}.pcbackup"
    plain = median_time(lambda: service.write_backup(db, target, None), repeat=5)
    backup_size = target.stat().st_size
    key = crypto.Recipient.from_passphrase("benchmark passphrase")
    encrypted = median_time(lambda: service.write_backup(db, work / "enc.pcbackup", key), repeat=5)
    verify_backup = median_time(lambda: restore.verify_backup(db, target), repeat=5)
    image = restore.verify_backup(db, target).image
    restore_copy = work / "restored.sqlite3"
    put_back = median_time(lambda: sqlite_backup.restore_image(image, restore_copy), repeat=5)
    db.dispose()
    label = f"{scale} demo ({size / 2**20:.1f} MiB)"
    return [
        Result(AREA, f"backup, online API + compression: {label}", "plain file copy", copy, plain),
        Result(AREA, f"backup, encrypted: {label}", "plain file copy", copy, encrypted),
        Result(
            AREA, f"backup file size: {scale} demo", "database file", size, backup_size, unit="B"
        ),
        Result(
            AREA,
            f"verify a backup (decompress, integrity_check, schema check): {scale} demo",
            "plain file copy",
            copy,
            verify_backup,
        ),
        Result(AREA, f"restore the checked image: {scale} demo", "plain file copy", copy, put_back),
    ]


def _audit_chain(work: Path, events: int = 20_000) -> list[Result]:
    """Appending to the chain (one lookup of the previous hash per event) and verifying it."""
    from peercenter.services import audit

    shutil.copyfile(sqlite_path(demo_database("small")) or "", work / "audit.sqlite3")
    db = Database.from_url(f"sqlite:///{work / 'audit.sqlite3'}")

    def append(n: int) -> None:
        with db.session() as s:
            for i in range(n):
                audit.record(s, None, "view", "participant", i, {"contact": False})

    def plain_insert(n: int) -> None:
        with db.session() as s:
            s.add_all(
                AuditEvent(
                    username="system",
                    action="view",
                    entity="participant",
                    entity_id=str(i),
                    details={"contact": False},
                    prev_hash=f"x{i}",
                    hash="",
                )
                for i in range(n)
            )
        with db.engine.begin() as conn:
            conn.exec_driver_sql("DELETE FROM audit_events WHERE prev_hash LIKE 'x%'")

    chained = median_time(lambda: append(1000), repeat=3) / 1000
    unchained = median_time(lambda: plain_insert(1000), repeat=3) / 1000
    append(events)
    with db.reader() as s:
        total = len(s.scalars(select(AuditEvent.id)).all())
        read_all = median_time(lambda: s.execute(select(AuditEvent)).all(), repeat=3)
        check = median_time(lambda: verify(chain_rows(s)), repeat=3)
        assert verify(chain_rows(s)).ok
    db.dispose()
    return [
        Result(
            AREA,
            "append one audit event to the chain",
            "insert without the chain",
            unchained,
            chained,
        ),
        Result(
            AREA, f"verify the audit chain ({total:,} events)", "read every event", read_all, check
        ),
    ]


def collect() -> list[Result]:
    with tempfile.TemporaryDirectory() as tmp:
        return _scale("small", Path(tmp)) + _scale("large", Path(tmp)) + _audit_chain(Path(tmp))
