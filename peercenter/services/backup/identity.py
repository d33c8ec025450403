"""Which center a database is. Its backups carry the center id, go to a folder named after it,
and are authenticated with the database's backup key; the location fingerprint tells this
database's backups from those of a copy of it elsewhere (a test copy of the same center)."""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session

from peercenter.db.engine import Database, sqlite_path
from peercenter.db.models import CenterIdentity as IdentityRow
from peercenter.domain.errors import PeerCenterError
from peercenter.i18n import _
from peercenter.services import settings


@dataclass(frozen=True)
class CenterIdentity:
    center_id: str
    key: bytes  # authenticates this center's backup files
    name: str  # the center's name when read, for messages
    source: str  # fingerprint of this database's location

    @property
    def folder_name(self) -> str:
        return self.center_id


def fingerprint(url: str | URL) -> str:
    """The same for every connection to one database file or server database, different for
    a copy at another place. Only a hash is written into backups, never the path itself."""
    parsed = make_url(url) if isinstance(url, str) else url
    path = sqlite_path(parsed.render_as_string(hide_password=False))
    if path is not None:
        location = f"sqlite:{path.expanduser().resolve()}"
    else:
        location = f"{parsed.get_backend_name()}:{parsed.host or ''}:{parsed.port or ''}/"
        location += parsed.database or ""
    return hashlib.sha256(location.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def read_identity(session: Session, url: str | URL) -> CenterIdentity:
    row = session.scalar(select(IdentityRow))
    if row is None:
        raise PeerCenterError(
            _(
                "This database does not say which center it is (an older schema): upgrade it "
                "with `peercenter db upgrade` first."
            )
        )
    return CenterIdentity(
        row.center_id,
        bytes.fromhex(row.backup_key),
        str(settings.get(session, "center.name") or ""),
        fingerprint(url),
    )


def identity_of(database: Database) -> CenterIdentity:
    with database.reader() as session:
        return read_identity(session, database.engine.url)


def identity_of_file(path: Path) -> tuple[str, bytes] | None:
    """The center id and backup key of a SQLite file that may be damaged, when that part of
    it is still readable; None otherwise."""
    try:
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
            row = conn.execute("SELECT center_id, backup_key FROM center_identity").fetchone()
            return (str(row[0]), bytes.fromhex(str(row[1]))) if row and row[0] else None
    except (sqlite3.Error, OSError, ValueError):
        return None
