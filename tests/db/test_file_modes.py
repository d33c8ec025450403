"""Files that hold data about people are readable by their owner only, whatever the umask."""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from peercenter import paths
from peercenter.commands.common import open_database
from peercenter.db.engine import Database
from peercenter.fileio import write_atomically
from peercenter.services import audit_review
from tests import factories

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


@pytest.fixture(autouse=True)
def _lax_umask() -> Iterator[None]:
    old = os.umask(0o022)  # what most desktops use: new files readable by everyone
    yield
    os.umask(old)


def _mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def test_database_and_its_journal_files(tmp_path: Path) -> None:
    class Args:
        db = None

    db = open_database(Args(), create=True)  # type: ignore[arg-type]  # as `init` does
    admin = factories.center(db)
    folder = paths.data_dir()
    database = folder / paths.DB_FILE_NAME
    with db.session() as s:  # keep a connection open so the WAL files exist
        audit_review.search(s, admin, audit_review.AuditFilter())
        for suffix in ("", "-wal", "-shm"):
            assert _mode(Path(f"{database}{suffix}")) == 0o600, suffix
    assert _mode(folder) == 0o700
    db.dispose()


def test_attachments_and_backups_folders() -> None:
    assert _mode(paths.attachments_dir()) == 0o700
    assert _mode(paths.backups_dir()) == 0o700
    loose = paths.data_dir() / "attachments"
    loose.chmod(0o755)  # loosened by hand: tightened again when next used
    assert _mode(paths.attachments_dir()) == 0o700


def test_private_files_even_when_they_existed(tmp_path: Path) -> None:
    existing = tmp_path / "export.csv"
    existing.write_text("old")
    existing.chmod(0o644)
    with paths.open_private(existing) as out:
        out.write("new")
    assert _mode(existing) == 0o600 and existing.read_text() == "new"


def test_audit_csv_export_is_owner_only(sqlite_database: Database, tmp_path: Path) -> None:
    """Exports go through write_atomically, as the Audit screen and `audit --csv` do."""
    admin = factories.center(sqlite_database)
    out = io.StringIO()
    with sqlite_database.session() as s:
        audit_review.export_csv(s, admin, audit_review.AuditFilter(), out)
    target = tmp_path / "audit.csv"
    write_atomically(target, out.getvalue().encode("utf-8"))
    assert _mode(target) == 0o600 and target.read_text().startswith("id,at,")
