"""On SQLite whoever can read the file can rewrite the audit trail and recompute its hash
chain; each backup records the trail's newest event, so history rewritten or cut off before
the last backup is still caught by `audit --verify`."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from sqlalchemy import text

from peercenter import paths
from peercenter.db.engine import Database
from peercenter.domain.audit_chain import GENESIS, ChainVerdict, event_hash
from peercenter.services import audit, audit_review, participants
from peercenter.services.backup import restore, service
from peercenter.services.context import Actor
from tests.db.backup_helpers import filled
from tests.e2e.test_cli import run_cli


def _verify(db: Database, admin: Actor) -> ChainVerdict:
    with db.session() as s:
        return audit_review.verify_chain(s, admin)


def _more(db: Database, admin: Actor, name: str) -> None:
    with db.session() as s:
        participants.create(s, admin, participants.ParticipantForm(preferred_name=name))


def _rewrite(db: Database, sql: str) -> None:
    """Change the trail, then recompute the whole chain as someone holding the file could."""
    with db.engine.begin() as conn:
        conn.execute(text(sql))
    with db.reader() as s:
        rows = list(audit.chain_rows(s))
    prev = GENESIS
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_events SET prev_hash = 'x' || id"))  # keep them unique
        for row in rows:
            digest = event_hash(row.fields, prev)
            conn.execute(
                text("UPDATE audit_events SET prev_hash = :p, hash = :h WHERE id = :id"),
                {"p": prev, "h": digest, "id": row.id},
            )
            prev = digest


def test_history_rewritten_before_the_last_backup_is_caught(sqlite_database: Database) -> None:
    db = sqlite_database
    admin = filled(db)
    assert service.back_up_now(db, admin).ok
    _more(db, admin, "After the backup")
    assert _verify(db, admin).ok
    _rewrite(db, "UPDATE audit_events SET username = 'someone' WHERE id = 3")
    verdict = _verify(db, admin)
    assert not verdict.ok and verdict.against_backups
    assert "is not the one the backup made" in verdict.problem
    assert "rewritten before that backup" in verdict.problem
    # The chain alone looks intact: the backup is what caught it.
    shutil.rmtree(paths.backups_dir())
    assert _verify(db, admin).ok


def test_a_deleted_tail_is_caught(sqlite_database: Database) -> None:
    db = sqlite_database
    admin = filled(db)
    assert service.back_up_now(db, admin).ok
    with db.engine.begin() as conn:
        newest = conn.execute(text("SELECT max(id) FROM audit_events")).scalar_one()
        conn.execute(text("DELETE FROM audit_events WHERE id >= :n"), {"n": newest - 3})
    verdict = _verify(db, admin)
    assert not verdict.ok and "is no longer in the trail: events were deleted" in verdict.problem
    # The backup's time as the program writes times elsewhere: "made 6 Dec 2026 at 4:30 PM".
    assert re.search(r"made \d{1,2} [A-Z][a-z]{2} \d{4} at \d{1,2}:\d{2} [AP]M,", verdict.problem)


def test_a_restore_is_not_mistaken_for_tampering(sqlite_database: Database, tmp_path: Path) -> None:
    db = sqlite_database
    admin = filled(db)
    first = service.back_up_now(db, admin)
    assert first.backup is not None
    kept = shutil.copy(first.backup.path, tmp_path)  # the next backup of the day rotates it
    _more(db, admin, "Entered, then restored away")
    assert service.back_up_now(db, admin).ok  # its recorded event is replaced by the restore
    restore.restore_backup(db, admin, Path(kept))
    assert _verify(db, admin).ok
    _more(db, admin, "Entered after the restore")
    assert service.back_up_now(db, admin).ok
    verdict = _verify(db, admin)
    assert verdict.ok and verdict.backups_compared >= 1


def test_audit_verify_on_the_command_line(sqlite_database: Database, tmp_path: Path) -> None:
    admin = filled(sqlite_database)
    assert service.back_up_now(sqlite_database, admin).ok
    url = str(sqlite_database.engine.url)
    ok = run_cli("--db", url, "--user", "admin", "audit", "--verify")
    assert ok.returncode == 0, ok.stderr
    assert "it agrees with 1 backups of this database" in ok.stdout
    _rewrite(sqlite_database, "UPDATE audit_events SET details = '{}' WHERE id = 2")
    caught = run_cli("--db", url, "--user", "admin", "audit", "--verify")
    assert caught.returncode == 1
    assert caught.stderr.startswith("TAMPERED: event #") and "rewritten" in caught.stderr
