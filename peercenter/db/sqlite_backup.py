"""SQLite backups through the online backup API (never a file copy of a live database):
a consistent snapshot even while other copies of PeerCenter keep writing."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

_WAL_HEADER_BYTES = (18, 19)


def snapshot(path: Path) -> bytes:
    """The database as one consistent image, taken page by page by SQLite itself."""
    with (
        closing(sqlite3.connect(path, timeout=30)) as src,
        closing(sqlite3.connect(":memory:")) as mem,
    ):
        src.backup(mem)
        image = bytearray(mem.serialize())
    # A WAL-mode header cannot be opened from memory; the restore puts WAL back on.
    for offset in _WAL_HEADER_BYTES:
        image[offset] = 1
    return bytes(image)


@dataclass(frozen=True)
class ImageCheck:
    integrity: str  # "ok" when SQLite finds nothing wrong
    revision: str | None
    center_id: str | None = None  # from revision 0006 on

    @property
    def ok(self) -> bool:
        return self.integrity == "ok"


def check_image(image: bytes) -> ImageCheck:
    """PRAGMA integrity_check, the schema revision and the center id of a database image."""
    with closing(sqlite3.connect(":memory:")) as mem:
        try:
            mem.deserialize(image)
            rows = mem.execute("PRAGMA integrity_check").fetchall()
            verdict = "; ".join(str(r[0]) for r in rows[:5])
            revision = mem.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.DatabaseError as exc:
            return ImageCheck(str(exc), None)
        try:
            center = mem.execute("SELECT center_id FROM center_identity").fetchone()
        except sqlite3.DatabaseError:
            center = None  # an older revision
    return ImageCheck(
        verdict,
        None if revision is None else str(revision[0]),
        None if center is None else str(center[0]),
    )


def quick_check(path: Path, thorough: bool = False) -> str:
    """``"ok"`` or what SQLite found wrong with the file (``thorough``: integrity_check,
    which also compares every index with its table)."""
    pragma = "integrity_check" if thorough else "quick_check"
    try:
        with closing(sqlite3.connect(path, timeout=30)) as conn:
            rows = conn.execute(f"PRAGMA {pragma}").fetchall()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return "; ".join(str(r[0]) for r in rows[:5])


def restore_image(image: bytes, path: Path) -> None:
    """Replace the database's content with ``image``, in one step, through the backup API
    (other connections see either the old or the new database, never a mix)."""
    with (
        closing(sqlite3.connect(":memory:")) as mem,
        closing(sqlite3.connect(path, timeout=30)) as dst,
    ):
        mem.deserialize(image)
        mem.backup(dst)
        dst.execute("PRAGMA journal_mode=WAL")


def write_new(image: bytes, path: Path) -> None:
    """A new database file holding ``image``, readable by its owner only; fails if the file
    exists."""
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    restore_image(image, path)
