"""Reading a pg_dump archive without running any of its SQL. An archive is a list of SQL
statements anyone could have written; restoring it with psql would run whatever a crafted one
holds. Instead PeerCenter reads the archive's table of contents (what objects it holds) and
its rows (COPY data), builds the schema itself from its own migrations, compares the two, and
loads only the rows."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlalchemy import Connection, text

from peercenter.db.schema_check import Shape
from peercenter.domain.errors import PeerCenterError
from peercenter.i18n import _


class ArchiveError(PeerCenterError):
    """The archive holds something PeerCenter does not restore."""


# Table-of-contents entry types, longest first so "TABLE DATA" is not read as "TABLE".
_TYPES = sorted(
    [
        "TABLE DATA",
        "TABLE",
        "SEQUENCE OWNED BY",
        "SEQUENCE SET",
        "SEQUENCE",
        "INDEX ATTACH",
        "INDEX",
        "FK CONSTRAINT",
        "CONSTRAINT",
        "CHECK CONSTRAINT",
        "DEFAULT ACL",
        "DEFAULT",
        "TRIGGER",
        "EVENT TRIGGER",
        "MATERIALIZED VIEW DATA",
        "MATERIALIZED VIEW",
        "VIEW",
        "FUNCTION",
        "PROCEDURE",
        "AGGREGATE",
        "POLICY",
        "ROW SECURITY",
        "RULE",
        "COMMENT",
        "ACL",
        "SCHEMA",
        "EXTENSION",
        "TYPE",
        "DOMAIN",
        "ENCODING",
        "STDSTRINGS",
        "SEARCHPATH",
        "LARGE OBJECT",
        "BLOB",
        "BLOBS",
        "PUBLICATION",
        "SUBSCRIPTION",
        "CAST",
        "OPERATOR",
        "STATISTICS",
        "FOREIGN TABLE",
        "SERVER",
        "USER MAPPING",
    ],
    key=len,
    reverse=True,
)
# Entries that create nothing of their own (settings, data, column defaults of known tables).
_NEUTRAL = {
    "ENCODING",
    "STDSTRINGS",
    "SEARCHPATH",
    "TABLE DATA",
    "SEQUENCE SET",
    "SEQUENCE OWNED BY",
    "DEFAULT",
    "COMMENT",
    "ACL",
}
_KINDS = {
    "TABLE": "table",
    "INDEX": "index",
    "CONSTRAINT": "constraint",
    "FK CONSTRAINT": "constraint",
    "SEQUENCE": "sequence",
    "TRIGGER": "trigger",
    "VIEW": "view",
    "MATERIALIZED VIEW": "materialized view",
    "FUNCTION": "function",
    "PROCEDURE": "function",
    "POLICY": "policy",
    "ROW SECURITY": "row security",
    "TYPE": "type",
    "DOMAIN": "type",
}
_ON_TABLE = {"CONSTRAINT", "FK CONSTRAINT", "TRIGGER", "POLICY"}  # named "table name"
_TOC_LINE = re.compile(r"^\d+; \d+ \d+ (.*)$")
_IDENT = r'(?:[a-z_][a-z0-9_$]*|"(?:[^"]|"")+")'
_COPY = re.compile(rf"^COPY public\.({_IDENT}) \((.*)\) FROM stdin;$")
_SAFE_STATEMENT = re.compile(
    r"^(SET [a-z_]+ = [^;]*;|SELECT pg_catalog\.set_config\('search_path', '', false\);"
    r"|SELECT pg_catalog\.setval\('[^']*', \d+, (true|false)\);|\\(un)?restrict [A-Za-z0-9]+)$"
)


def _unquote(identifier: str) -> str:
    identifier = identifier.strip()
    if identifier.startswith('"') and identifier.endswith('"'):
        return identifier[1:-1].replace('""', '"')
    return identifier


@dataclass
class Archive:
    shape: Shape
    columns: dict[str, tuple[str, ...]] = field(default_factory=dict)
    rows: dict[str, bytes] = field(default_factory=dict)  # COPY text lines per table

    @property
    def revision(self) -> str | None:
        data = self.rows.get("alembic_version", b"").strip()
        return data.decode("utf-8") if data and b"\n" not in data else None


def read_contents(listing: str) -> Shape:
    """The objects an archive holds, from `pg_restore --list`."""
    shape: Shape = {}
    for line in listing.splitlines():
        if not line.strip() or line.startswith(";"):
            continue
        match = _TOC_LINE.match(line)
        if match is None:
            raise ArchiveError(_("its table of contents cannot be read"))
        rest = match.group(1)
        kind = next((t for t in _TYPES if rest.startswith(t + " ")), None)
        if kind is None:
            shape.setdefault("unknown object", {})[rest] = rest
            continue
        if kind in _NEUTRAL:
            continue
        words = rest[len(kind) + 1 :].split(" ")
        schema, name = words[0], " ".join(words[1:-1])  # the last word is the owner
        if kind == "SCHEMA" and name == "public":
            continue
        label = _KINDS.get(kind, kind.lower())
        if kind in ("FUNCTION", "PROCEDURE"):
            name = name.split("(", 1)[0]
        elif kind in _ON_TABLE:
            name = name.replace(" ", ".", 1)
        if schema not in ("public", "-") and label in _KINDS.values():
            label = f"{label} in schema {schema}"
        shape.setdefault(label, {})[name] = None if label != "table" else {}
    return shape


def read_rows(archive: Archive, script: bytes) -> None:
    """Take the rows out of `pg_restore --data-only` output. Anything but COPY data and the
    few harmless settings pg_restore writes is refused."""
    table: str | None = None
    chunks: list[bytes] = []
    for raw in script.split(b"\n"):
        if table is not None:
            if raw == b"\\.":
                archive.rows[table] = b"".join(chunks)
                table, chunks = None, []
            else:
                chunks.append(raw + b"\n")
            continue
        line = raw.decode("utf-8", "replace").rstrip("\r")
        if not line or line.startswith("--") or _SAFE_STATEMENT.match(line):
            continue
        match = _COPY.match(line)
        if match is None:
            raise ArchiveError(
                _("it holds a statement PeerCenter does not run: {line}").format(line=line[:80])
            )
        table = _unquote(match.group(1))
        columns = tuple(_unquote(c) for c in match.group(2).split(","))
        if table in archive.columns:
            raise ArchiveError(_("it holds the rows of “{table}” twice").format(table=table))
        archive.columns[table] = columns
        archive.shape.setdefault("table", {}).setdefault(table, {})
        archive.shape["table"][table] = dict.fromkeys(columns)
    if table is not None:
        raise ArchiveError(_("the rows of “{table}” are cut off").format(table=table))


def catalog_shape(conn: Connection) -> Shape:
    """The same description of what is in the current schema, from PostgreSQL's catalog."""

    def names(sql: str) -> list[str]:
        return [str(n) for n in conn.execute(text(sql)).scalars()]

    ns = "(SELECT oid FROM pg_namespace WHERE nspname = current_schema())"
    shape: Shape = {"table": {}}
    columns = conn.execute(
        text(
            "SELECT c.relname, a.attname FROM pg_class c JOIN pg_attribute a "
            f"ON a.attrelid = c.oid WHERE c.relnamespace = {ns} AND c.relkind IN ('r', 'p') "
            "AND a.attnum > 0 AND NOT a.attisdropped"
        )
    ).all()
    for table, column in columns:
        shape["table"].setdefault(str(table), {})[str(column)] = None
    queries = {
        "index": "SELECT i.relname FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid "
        f"WHERE i.relnamespace = {ns} AND NOT EXISTS "
        "(SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)",
        "constraint": "SELECT t.relname || '.' || c.conname FROM pg_constraint c JOIN pg_class "
        f"t ON t.oid = c.conrelid WHERE c.connamespace = {ns} AND c.contype IN ('p','u','f','x')",
        "sequence": f"SELECT relname FROM pg_class WHERE relnamespace = {ns} AND relkind = 'S'",
        "view": f"SELECT relname FROM pg_class WHERE relnamespace = {ns} AND relkind = 'v'",
        "materialized view": "SELECT relname FROM pg_class "
        f"WHERE relnamespace = {ns} AND relkind = 'm'",
        "trigger": "SELECT t.relname || '.' || g.tgname FROM pg_trigger g JOIN pg_class t "
        f"ON t.oid = g.tgrelid WHERE t.relnamespace = {ns} AND NOT g.tgisinternal",
        "function": f"SELECT proname FROM pg_proc WHERE pronamespace = {ns}",
        "policy": "SELECT t.relname || '.' || p.polname FROM pg_policy p JOIN pg_class t "
        f"ON t.oid = p.polrelid WHERE t.relnamespace = {ns}",
        "row security": "SELECT relname FROM pg_class "
        f"WHERE relnamespace = {ns} AND relrowsecurity",
        "type": f"SELECT typname FROM pg_type WHERE typnamespace = {ns} "
        "AND typtype IN ('e', 'd', 'r', 'm')",
    }
    for kind, sql in queries.items():
        found = names(sql)
        if found:
            shape[kind] = dict.fromkeys(found)
    return shape
