"""PostgreSQL backups with the server's own tools: pg_dump (custom format) to back up,
pg_restore turning the dump into SQL that psql runs in one transaction to restore. The tools'
major version must be at least the server's, so the matching installed version is chosen."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.engine import URL

from peercenter.domain.errors import PeerCenterError

_CHUNK = 1 << 20


class ToolMissing(PeerCenterError):
    """pg_dump, pg_restore or psql is not installed (or too old for the server)."""


class ToolFailed(PeerCenterError):
    pass


def server_major(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(text("SHOW server_version_num")).scalar_one()) // 10000


def _tool_major(path: Path) -> int | None:
    try:
        out = subprocess.run(
            [str(path), "--version"], capture_output=True, text=True, timeout=30, check=False
        ).stdout
    except OSError:
        return None
    match = re.search(r"(\d+)(?:\.\d+)?", out)
    return int(match.group(1)) if match else None


def find_tool(name: str, major: int) -> Path:
    """The tool whose version matches the server, else the newest one that can talk to it."""
    candidates = [Path(f"/usr/lib/postgresql/{major}/bin/{name}")]
    candidates += sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"), reverse=True)
    on_path = shutil.which(name)
    if on_path:
        candidates.append(Path(on_path))
    for candidate in candidates:
        if candidate.is_file():
            version = _tool_major(candidate)
            if version is not None and version >= major:
                return candidate
    raise ToolMissing(
        f"Backups of a PostgreSQL database need {name} version {major} or newer, which is not "
        f"installed on this computer. Install the PostgreSQL {major} client tools (on "
        f"Debian or Ubuntu: sudo apt-get install postgresql-client-{major}; on Windows or "
        "macOS: the PostgreSQL installer's 'Command Line Tools'), then try again."
    )


def _conninfo(url: URL) -> tuple[list[str], dict[str, str]]:
    """Connection arguments for the tools; the password goes in the environment, never on
    the command line where other users could see it."""
    args = ["--dbname", url.database or "postgres"]
    if url.host:
        args += ["--host", url.host]
    if url.port:
        args += ["--port", str(url.port)]
    if url.username:
        args += ["--username", url.username]
    env = {**os.environ, "PGCONNECT_TIMEOUT": "15"}
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    return args, env


def dump(engine: Engine) -> Iterator[bytes]:
    """The database as a pg_dump custom-format archive, streamed in chunks."""
    tool = find_tool("pg_dump", server_major(engine))
    args, env = _conninfo(engine.url)
    proc = subprocess.Popen(
        [str(tool), "--format=custom", "--no-owner", "--no-privileges", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert proc.stdout is not None and proc.stderr is not None
    try:
        while chunk := proc.stdout.read(_CHUNK):
            yield chunk
    finally:
        proc.stdout.close()
        error = proc.stderr.read().decode("utf-8", "replace").strip()
        proc.stderr.close()
        code = proc.wait()
    if code != 0:
        raise ToolFailed(f"pg_dump failed: {error or f'exit status {code}'}")


def check_archive(engine: Engine, archive: bytes) -> str | None:
    """None when pg_restore can read the archive's table of contents, else the problem."""
    tool = find_tool("pg_restore", server_major(engine))
    result = subprocess.run(
        [str(tool), "--list"], input=archive, capture_output=True, check=False, timeout=300
    )
    if result.returncode != 0:
        return result.stderr.decode("utf-8", "replace").strip() or "unreadable archive"
    return None


def restore(engine: Engine, archive: bytes) -> None:
    """Replace every table with the archive's, all in one transaction: if anything fails,
    the database is left as it was."""
    major = server_major(engine)
    pg_restore, psql = find_tool("pg_restore", major), find_tool("psql", major)
    script = subprocess.run(
        [str(pg_restore), "--no-owner", "--no-privileges", "--file=-"],
        input=archive,
        capture_output=True,
        check=False,
        timeout=600,
    )
    if script.returncode != 0:
        raise ToolFailed(
            "pg_restore could not read the backup: "
            + script.stderr.decode("utf-8", "replace").strip()
        )
    with engine.connect() as conn:
        tables = list(
            conn.execute(
                text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
            ).scalars()
        )
    drops = "".join(f'DROP TABLE IF EXISTS "{t}" CASCADE;\n' for t in tables)
    args, env = _conninfo(engine.url)
    result = subprocess.run(
        [
            str(psql),
            "--no-psqlrc",
            "--quiet",
            "--single-transaction",
            "--set=ON_ERROR_STOP=1",
            "--file=-",
            *args,
        ],
        input=drops.encode("utf-8") + script.stdout,
        capture_output=True,
        check=False,
        env=env,
        timeout=600,
    )
    if result.returncode != 0:
        raise ToolFailed(
            "The restore was undone because psql reported: "
            + result.stderr.decode("utf-8", "replace").strip()[:500]
        )
