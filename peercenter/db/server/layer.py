"""Putting the server's own part in place: its private schema and key, the functions and
triggers, the grants and policies. Run as the owner after the schema migrations, at set-up and
after every upgrade; running it again changes nothing that is already right."""

from __future__ import annotations

import secrets
from collections.abc import Mapping, Sequence

from sqlalchemy import Connection, text

from peercenter.db.server import grants
from peercenter.db.server.functions import ALL_SQL
from peercenter.db.server.names import PRIVATE_SCHEMA, ServerNames
from peercenter.domain.enums import Role

KEY_BYTES = 32
_BLOCK = 64  # SHA-256's block size: HMAC pads the key to it


def hmac_pads(key: bytes) -> tuple[bytes, bytes]:
    """The inner and outer pads of HMAC-SHA256 for ``key`` (RFC 2104), which the server
    keeps instead of the key so that an HMAC is two calls of its built-in sha256()."""
    padded = key.ljust(_BLOCK, b"\0")
    return bytes(b ^ 0x36 for b in padded), bytes(b ^ 0x5C for b in padded)


def run_script(conn: Connection, sql: str) -> None:
    """Several statements at once, passed to the driver as they are (no parameters, so the
    ``%`` of format() in function bodies stays as written)."""
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(sql)
    finally:
        cursor.close()


def install(
    conn: Connection, names: ServerNames, writable_settings: Mapping[Role, Sequence[str]]
) -> None:
    """Inside the caller's transaction, connected as the owner."""
    run_script(conn, f"CREATE SCHEMA IF NOT EXISTS {PRIVATE_SCHEMA}")
    for script in ALL_SQL:
        run_script(conn, script)
    has_key = conn.execute(text(f"SELECT count(*) FROM {PRIVATE_SCHEMA}.secret")).scalar()
    if not has_key:
        ipad, opad = hmac_pads(secrets.token_bytes(KEY_BYTES))
        conn.execute(
            text(f"INSERT INTO {PRIVATE_SCHEMA}.secret (id, ipad, opad) VALUES (1, :i, :o)"),
            {"i": ipad, "o": opad},
        )
    for statement in grants.statements(conn, names, writable_settings):
        run_script(conn, statement)


def is_installed(conn: Connection) -> bool:
    found = conn.execute(
        text("SELECT 1 FROM pg_namespace WHERE nspname = :s"), {"s": PRIVATE_SCHEMA}
    ).first()
    return found is not None
