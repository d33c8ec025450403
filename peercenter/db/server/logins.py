"""A login's password on a center's server: it is its PostgreSQL role's password, set from a
SCRAM verifier made on this computer and checked by connecting."""

from __future__ import annotations

from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from peercenter.db.server.cluster import scram_verifier
from peercenter.db.server.names import PRIVATE_SCHEMA, ServerNames, person_url, server_names


def server_of(session: Session) -> ServerNames | None:
    """The server's names when ``session`` works on a center's server, else None."""
    return server_names(session.get_bind().engine.url)


def set_role_password(session: Session, username: str, password: str) -> None:
    names = server_of(session)
    assert names is not None
    conn = session.connection()
    verifier = scram_verifier(conn, names.person(username), password)
    conn.execute(
        text(f"SELECT {PRIVATE_SCHEMA}.set_password(:name, :verifier)"),
        {"name": username, "verifier": verifier},
    )


def password_is_right(session: Session, username: str, password: str) -> bool:
    """Whether the server lets ``username`` connect with ``password``."""
    url = person_url(session.get_bind().engine.url, username, password)
    engine = create_engine(url, poolclass=NullPool, hide_parameters=True)
    try:
        with engine.connect():
            return True
    except OperationalError:
        return False
    finally:
        engine.dispose()
