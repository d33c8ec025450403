"""PostgreSQL backups with the server's own tools: pg_dump (custom format) to back up;
pg_restore reads an archive's contents and rows back (pg_archive.py), which PeerCenter loads
itself into a schema built by its own migrations. The tools' major version must be at least
the server's, so the matching installed version is chosen."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Connection, Engine, MetaData, Table, func, select, text
from sqlalchemy.engine import URL

from peercenter.db import migrate
from peercenter.db.pg_archive import Archive, ArchiveError, catalog_shape, read_contents, read_rows
from peercenter.db.schema_check import compare, describe
from peercenter.domain.errors import PeerCenterError
from peercenter.i18n import _

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
        _(
            "Backups of a PostgreSQL database need {tool} version {major} or newer, which is "
            "not installed on this computer. Install the PostgreSQL {major} client tools (on "
            "Debian or Ubuntu: sudo apt-get install postgresql-client-{major}; on Windows or "
            "macOS: the PostgreSQL installer's 'Command Line Tools'), then try again."
        ).format(tool=name, major=major)
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
        problem = error or _("exit status {code}").format(code=code)
        raise ToolFailed(_("pg_dump failed: {problem}").format(problem=problem))


def _run_tool(tool: Path, args: list[str], archive: bytes) -> bytes:
    result = subprocess.run(
        [str(tool), *args], input=archive, capture_output=True, check=False, timeout=600
    )
    if result.returncode != 0:
        problem = result.stderr.decode("utf-8", "replace").strip() or _("unreadable archive")
        raise ToolFailed(_("pg_restore cannot read it: {problem}").format(problem=problem[:300]))
    return result.stdout


def read_archive(engine: Engine, archive: bytes) -> Archive:
    """What the archive holds and its rows, read by pg_restore without running anything."""
    tool = find_tool("pg_restore", server_major(engine))
    listing = _run_tool(tool, ["--list"], archive).decode("utf-8", "replace")
    parsed = Archive(read_contents(listing))
    read_rows(parsed, _run_tool(tool, ["--data-only", "--file=-"], archive))
    return parsed


def restore(engine: Engine, archive: Archive, revision: str) -> None:
    """Replace every table with the archive's, all in one transaction: the schema is built by
    PeerCenter's own migrations up to the archive's revision, compared with what the archive
    holds, and only then filled with its rows. If anything differs or fails, the database is
    left as it was."""
    from psycopg import sql  # only when restoring

    with engine.connect() as conn, conn.begin():
        _drop_everything(conn)
        migrate.upgrade_connection(conn, revision)
        problems = compare(catalog_shape(conn), archive.shape)
        if problems:
            raise ArchiveError(describe(problems))
        meta = MetaData()
        meta.reflect(conn)
        tables = [t for t in meta.sorted_tables if t.name != "alembic_version"]
        if tables:  # rows the migrations wrote make way for the archive's
            names = ", ".join(f'"{t.name}"' for t in tables)
            conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
        driver = conn.connection.driver_connection
        assert driver is not None
        for table in tables:  # parents before children, for the foreign keys
            rows = archive.rows.get(table.name, b"")
            if not rows:
                continue
            statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
                sql.Identifier(table.name),
                sql.SQL(", ").join(sql.Identifier(c) for c in archive.columns[table.name]),
            )
            with driver.cursor() as cursor, cursor.copy(statement) as copy:
                copy.write(rows)
        _reset_sequences(conn, tables)


def _drop_everything(conn: Connection) -> None:
    ns = "(SELECT oid FROM pg_namespace WHERE nspname = current_schema())"
    for kind, sql_text in (
        ("VIEW", f"SELECT relname FROM pg_class WHERE relnamespace = {ns} AND relkind = 'v'"),
        (
            "MATERIALIZED VIEW",
            f"SELECT relname FROM pg_class WHERE relnamespace = {ns} AND relkind = 'm'",
        ),
        (
            "TABLE",
            f"SELECT relname FROM pg_class WHERE relnamespace = {ns} AND relkind IN ('r', 'p')",
        ),
        ("SEQUENCE", f"SELECT relname FROM pg_class WHERE relnamespace = {ns} AND relkind = 'S'"),
    ):
        for name in conn.execute(text(sql_text)).scalars().all():
            conn.execute(text(f'DROP {kind} IF EXISTS "{name}" CASCADE'))
    functions = conn.execute(
        text(f"SELECT oid::regprocedure::text FROM pg_proc WHERE pronamespace = {ns}")
    ).scalars()
    for signature in functions.all():
        conn.execute(text(f"DROP FUNCTION IF EXISTS {signature} CASCADE"))
    types = conn.execute(
        text(f"SELECT typname FROM pg_type WHERE typnamespace = {ns} AND typtype IN ('e', 'd')")
    ).scalars()
    for name in types.all():
        conn.execute(text(f'DROP TYPE IF EXISTS "{name}" CASCADE'))


def _reset_sequences(conn: Connection, tables: list[Table]) -> None:
    """Each id sequence continues after the highest id restored."""
    for table in tables:
        for column in table.columns:
            sequence = conn.execute(
                text("SELECT pg_get_serial_sequence(quote_ident(:t), :c)"),
                {"t": table.name, "c": column.name},
            ).scalar()
            if sequence is None:
                continue
            highest = conn.execute(select(func.max(column))).scalar()
            conn.execute(
                text("SELECT setval(:s, :v, :called)"),
                {"s": sequence, "v": highest or 1, "called": highest is not None},
            )
