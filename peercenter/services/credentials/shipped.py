"""The credential programs shipped in resources/credentials/*.toml and how they reach a
database.

Shipped programs are read-only in the app (a center copies one to adapt it). Every time
PeerCenter opens a database (the window, or a command), ``sync_shipped`` compares each file's
SHA-256 with the one stored beside the program: a new file adds its program, a changed file
replaces the program's definition in place (same row, so enrollments stay and progress is
recomputed under the new rules), and a program whose file is gone is switched off (people
enrolled in it keep it). Each change is written to the audit trail."""

from __future__ import annotations

import hashlib
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from peercenter.db.engine import Database
from peercenter.db.models import CredentialProgram
from peercenter.domain.credentials.program import (
    ProgramDefinitionError,
    ProgramSpec,
    parse_program,
)
from peercenter.paths import resource
from peercenter.services import audit
from peercenter.services.credentials.programs import apply_spec


@dataclass(frozen=True)
class ShippedProgram:
    spec: ProgramSpec
    sha256: str
    file_name: str


@dataclass
class SyncResult:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    retired: list[str] = field(default_factory=list)


def programs_folder() -> Path:
    return resource("credentials")


def load_program_file(path: Path) -> ShippedProgram:
    """Read and check one program file; a problem names the file and the field."""
    raw = path.read_bytes()
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ProgramDefinitionError(path.name, "(file)", "is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise ProgramDefinitionError(path.name, "(file)", f"is not valid TOML: {exc}") from None
    spec = parse_program(data, path.name)
    if not spec.source:
        raise ProgramDefinitionError(path.name, "source", "a shipped program must name its source")
    return ShippedProgram(spec, hashlib.sha256(raw).hexdigest(), path.name)


def shipped_programs(folder: Path | None = None) -> list[ShippedProgram]:
    programs = [load_program_file(p) for p in sorted((folder or programs_folder()).glob("*.toml"))]
    seen: dict[str, str] = {}
    for p in programs:
        if p.spec.code in seen:
            raise ProgramDefinitionError(
                p.file_name, "code", f"'{p.spec.code}' is also the code in {seen[p.spec.code]}"
            )
        seen[p.spec.code] = p.file_name
    return programs


def sync_shipped(session: Session, folder: Path | None = None) -> SyncResult:
    """Bring the shipped programs in the database in step with the files (see above)."""
    result = SyncResult()
    rows = {
        r.code: r
        for r in session.scalars(
            select(CredentialProgram).where(CredentialProgram.is_builtin.is_(True))
        )
    }
    # Most starts: every file is exactly what is stored, so nothing needs reading further.
    paths = sorted((folder or programs_folder()).glob("*.toml"))
    stored = sorted(r.file_sha256 or "" for r in rows.values() if r.is_active)
    if stored == sorted(hashlib.sha256(path.read_bytes()).hexdigest() for path in paths):
        return result
    files = {p.spec.code: p for p in shipped_programs(folder)}
    for code, shipped in files.items():
        row = rows.get(code)
        if row is not None and row.file_sha256 == shipped.sha256 and row.is_active:
            continue
        if row is None:
            row = CredentialProgram(is_builtin=True)
            session.add(row)
            result.added.append(shipped.spec.name)
        else:
            result.updated.append(shipped.spec.name)
        apply_spec(row, shipped.spec)
        row.file_sha256, row.is_active = shipped.sha256, True
        session.flush()
        audit.record(
            session,
            None,
            "load" if code not in rows else "update",
            "credential_program",
            row.id,
            {"file": shipped.file_name, "sha256": shipped.sha256},
        )
    for code, row in rows.items():
        if code not in files and row.is_active:
            row.is_active = False
            result.retired.append(row.name)
            audit.record(
                session,
                None,
                "retire",
                "credential_program",
                row.id,
                {"reason": "its file is no longer shipped"},
            )
    return result


def sync_shipped_safely(database: Database) -> SyncResult:
    """The same in its own transaction; two computers starting at once do not clash."""
    try:
        with database.session() as session:
            return sync_shipped(session)
    except IntegrityError:
        # Another computer added the same program a moment ago; its copy is the same file.
        return SyncResult()
