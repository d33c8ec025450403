"""Schema upgrades through the Alembic revisions shipped inside the package."""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, inspect, text

from peercenter.db.engine import sqlite_path

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# The newest revision shipped (a test checks it against the scripts). Start-up compares the
# database with it directly, so Alembic is loaded only when there is something to upgrade.
HEAD_REVISION = "0009_language"


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def scripted_head() -> str:
    """The head as Alembic reads it from the revision files."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def head_revision() -> str:
    return HEAD_REVISION


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def needs_upgrade(engine: Engine) -> bool:
    return current_revision(engine) != head_revision()


@dataclass(frozen=True)
class UpgradeResult:
    before: str | None
    after: str
    backup: Path | None


def upgrade(engine: Engine, copy_aside: bool = True) -> UpgradeResult:
    """Bring the schema to head. An existing SQLite database is first copied aside with the
    online backup API, so a failed upgrade never costs data (``copy_aside=False`` when the
    file is itself a copy, such as a restore not yet in place)."""
    before = current_revision(engine)
    head = head_revision()
    backup = None
    if before != head:
        path = sqlite_path(str(engine.url))
        if copy_aside and before is not None and path is not None and path.exists():
            backup = _copy_aside(path, before)
        _alembic_upgrade(engine)
        log.info(
            "database structure upgraded from %s to %s%s",
            before or "an empty database",
            head,
            " (the file was copied aside first)" if backup else "",
        )
    return UpgradeResult(before, head, backup)


def _alembic_upgrade(engine: Engine) -> None:
    with engine.begin() as conn:
        upgrade_connection(conn, "head")


def upgrade_connection(conn: Connection, revision: str) -> None:
    """Run the migrations up to ``revision`` inside the caller's transaction."""
    from alembic import command

    cfg = alembic_config()
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, revision)


def _copy_aside(path: Path, revision: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.before-upgrade-{revision}-{stamp}{path.suffix}")
    src = sqlite3.connect(path)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    target.chmod(0o600)
    return target


def pending_differences(engine: Engine) -> list[Any]:
    """What autogenerate would still write: empty when models and migrations agree."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from peercenter.db.models import Base

    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        return list(compare_metadata(ctx, Base.metadata))
