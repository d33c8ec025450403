"""Certificate files, kept with the database and named by their SHA-256.

With SQLite they are files in an ``attachments`` folder next to the database file (for the
default database, inside the user data folder), the folder readable by its owner only (0700)
and each file 0600. With PostgreSQL the computers share only the database, so the contents are
kept in the ``certificate_files`` table."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Protocol

from sqlalchemy import delete
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from peercenter.db.engine import sqlite_path
from peercenter.db.models import CertificateFile
from peercenter.domain.errors import ValidationError
from peercenter.fileio import FileTooLarge, FileWriteError, read_file, write_atomically
from peercenter.i18n import _
from peercenter.paths import data_dir

MAX_BYTES = 20 * 1024 * 1024
ATTACHMENTS_FOLDER = "attachments"
_SIGNATURES: dict[str, tuple[bytes, ...]] = {
    ".pdf": (b"%PDF-",),
    ".png": (b"\x89PNG\r\n\x1a\n",),
    ".jpg": (b"\xff\xd8\xff",),
    ".jpeg": (b"\xff\xd8\xff",),
    ".gif": (b"GIF87a", b"GIF89a"),
    ".webp": (b"RIFF",),
}


def check_suffix(file_name: str) -> str:
    suffix = Path(file_name).suffix.lower()
    if suffix not in _SIGNATURES:
        raise ValidationError(
            _("A certificate must be a PDF or an image (PNG, JPEG, GIF or WebP)."),
            field="certificate",
        )
    return suffix


def _too_large(file_name: str) -> ValidationError:
    return ValidationError(
        _("'{file_name}' is larger than {size} MB; scan it at a lower resolution.").format(
            file_name=file_name, size=MAX_BYTES // 1024 // 1024
        ),
        field="certificate",
    )


def read_certificate(path: Path) -> bytes:
    """The bytes of the file picked to attach. A folder, a device or a named pipe is refused
    and a file over the limit is not read (a FileReadError or a ValidationError)."""
    try:
        return read_file(path, MAX_BYTES)
    except FileTooLarge:
        raise _too_large(path.name) from None


def check_certificate(file_name: str, content: bytes) -> str:
    """The file's lower-case suffix, if it is a PDF or an image PeerCenter accepts."""
    suffix = check_suffix(file_name)
    if not content:
        raise ValidationError(
            _("'{file_name}' is empty.").format(file_name=file_name), field="certificate"
        )
    if len(content) > MAX_BYTES:
        raise _too_large(file_name)
    valid = any(content.startswith(sig) for sig in _SIGNATURES[suffix])
    if suffix == ".webp":
        valid = valid and content[8:12] == b"WEBP"
    if not valid:
        raise ValidationError(
            _("'{file_name}' is not really a {kind} file.").format(
                file_name=file_name, kind=suffix[1:].upper()
            ),
            field="certificate",
        )
    return suffix


def sha256_of(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


class CertificateStore(Protocol):
    def put(self, sha256: str, suffix: str, content: bytes) -> None: ...

    def read(self, sha256: str, suffix: str) -> bytes | None: ...

    def remove(self, sha256: str, suffix: str) -> None: ...


def _private_folder(path: Path) -> Path:
    try:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        if os.name == "posix" and path.stat().st_mode & 0o777 != 0o700:
            path.chmod(0o700)
    except OSError as exc:  # a read-only data folder, say
        raise FileWriteError(
            _("PeerCenter cannot create or use the folder {path}: {reason}.").format(
                path=path, reason=exc.strerror or exc
            )
        ) from None
    return path


class FolderStore:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path(self, sha256: str, suffix: str) -> Path:
        return self.folder / f"{sha256}{suffix}"

    def put(self, sha256: str, suffix: str, content: bytes) -> None:
        target = self.path(sha256, suffix)
        _private_folder(self.folder)
        if not target.exists() or sha256_of(target.read_bytes()) != sha256:
            write_atomically(target, content)

    def read(self, sha256: str, suffix: str) -> bytes | None:
        target = self.path(sha256, suffix)
        return target.read_bytes() if target.exists() else None

    def remove(self, sha256: str, suffix: str) -> None:
        self.path(sha256, suffix).unlink(missing_ok=True)


class DatabaseStore:
    def __init__(self, session: Session) -> None:
        self.session = session

    def put(self, sha256: str, suffix: str, content: bytes) -> None:
        # The same file may already be stored for someone whose records this person cannot
        # see (a server hides it): the copy there is the same bytes.
        insert = (
            pg_insert(CertificateFile).on_conflict_do_nothing()
            if self.session.get_bind().dialect.name == "postgresql"
            else sqlite_insert(CertificateFile).on_conflict_do_nothing()
        )
        self.session.execute(insert, {"sha256": sha256, "content": content, "size": len(content)})

    def read(self, sha256: str, suffix: str) -> bytes | None:
        row = self.session.get(CertificateFile, sha256)
        return None if row is None else row.content

    def remove(self, sha256: str, suffix: str) -> None:
        # Left in place if another record still uses it (a server decides that, seeing them
        # all); a statement rather than an ORM delete, which would expect one row gone.
        self.session.execute(delete(CertificateFile).where(CertificateFile.sha256 == sha256))


def store_for(session: Session) -> CertificateStore:
    url = session.get_bind().engine.url.render_as_string(hide_password=False)
    db_file = sqlite_path(url)
    if db_file is not None:
        return FolderStore(db_file.resolve().parent / ATTACHMENTS_FOLDER)
    return DatabaseStore(session)


def openable_copy(session: Session, sha256: str, suffix: str) -> Path:
    """A file another program can open. In the folder store it is the stored file itself;
    otherwise a private copy in the data folder. Either way its checksum is checked first."""
    store = store_for(session)
    content = store.read(sha256, suffix)
    if content is None:
        raise ValidationError(
            _("The certificate file is missing from the attachments folder. Attach it again.")
        )
    if sha256_of(content) != sha256:
        raise ValidationError(
            _(
                "The certificate file was changed or damaged after it was "
                "attached (its checksum no longer matches). Attach it again."
            )
        )
    if isinstance(store, FolderStore):
        return store.path(sha256, suffix)
    target = _private_folder(data_dir() / "opened-certificates") / f"{sha256}{suffix}"
    write_atomically(target, content)
    return target
