"""The server-wide part of setting up a center's server, done once with a superuser's address:
the owner role and the database. The owner then creates the other roles itself (so on newer
PostgreSQL it administers them without being a superuser)."""

from __future__ import annotations

from sqlalchemy import Connection, create_engine, inspect, text
from sqlalchemy.engine import URL

from peercenter.db.server.names import SIGN_IN_PASSWORD, ServerNames
from peercenter.domain.errors import PeerCenterError
from peercenter.i18n import _


class ServerSetupError(PeerCenterError):
    pass


def quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def scram_verifier(conn: Connection, role: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier of ``password``, made on this computer by libpq: the
    password itself is never sent to the server, nor written to its logs."""
    pgconn = conn.connection.dbapi_connection.pgconn  # type: ignore[union-attr]
    verifier: bytes = pgconn.encrypt_password(
        password.encode("utf-8"), role.encode("utf-8"), b"scram-sha-256"
    )
    return verifier.decode("ascii")


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _role_exists(conn: Connection, role: str) -> bool:
    return (
        conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first()
        is not None
    )


def prepare_cluster(superuser_url: URL, names: ServerNames, owner_password: str) -> None:
    """Create (or update) the owner role and create the database it owns, readable by no one
    else until the grants say so. A database that already holds tables is left alone."""
    engine = create_engine(superuser_url, isolation_level="AUTOCOMMIT", hide_parameters=True)
    try:
        with engine.connect() as conn:
            is_superuser = conn.execute(
                text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
            ).scalar()
            if not is_superuser:
                raise ServerSetupError(
                    "Setting up needs the address of a PostgreSQL superuser (usually "
                    "postgres), for example postgresql://postgres@localhost/postgres."
                )
            verifier = _literal(scram_verifier(conn, names.owner, owner_password))
            verb = "ALTER" if _role_exists(conn, names.owner) else "CREATE"
            conn.exec_driver_sql(
                f"{verb} ROLE {quote(names.owner)} LOGIN CREATEROLE PASSWORD {verifier}"
            )
            exists = conn.execute(
                text("SELECT 1 FROM pg_database WHERE datname = :d"), {"d": names.database}
            ).first()
            if exists is None:
                conn.exec_driver_sql(
                    f"CREATE DATABASE {quote(names.database)} OWNER {quote(names.owner)} "
                    "ENCODING 'UTF8' TEMPLATE template0"
                )
            conn.exec_driver_sql(f"REVOKE ALL ON DATABASE {quote(names.database)} FROM PUBLIC")
        inside = create_engine(
            superuser_url.set(database=names.database),
            isolation_level="AUTOCOMMIT",
            hide_parameters=True,
        )
        try:
            with inside.connect() as conn:
                if "alembic_version" in inspect(conn).get_table_names(schema="public"):
                    raise ServerSetupError(
                        _(
                            "The database '{name}' already holds a center. Choose "
                            "another name with --database, or upgrade it with "
                            "`peercenter db upgrade`."
                        ).format(name=names.database)
                    )
                conn.exec_driver_sql(f"ALTER SCHEMA public OWNER TO {quote(names.owner)}")
                conn.exec_driver_sql("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
        finally:
            inside.dispose()
    finally:
        engine.dispose()


def prepare_roles(conn: Connection, names: ServerNames) -> None:
    """As the owner: the four group roles and the sign-in role, and who may connect."""
    for group in names.groups.values():
        if not _role_exists(conn, group):
            conn.exec_driver_sql(f"CREATE ROLE {quote(group)} NOLOGIN")
    verifier = _literal(scram_verifier(conn, names.sign_in, SIGN_IN_PASSWORD))
    verb = "ALTER" if _role_exists(conn, names.sign_in) else "CREATE"
    conn.exec_driver_sql(f"{verb} ROLE {quote(names.sign_in)} LOGIN PASSWORD {verifier}")
    who = ", ".join(quote(r) for r in [*names.groups.values(), names.sign_in])
    conn.exec_driver_sql(f"GRANT CONNECT ON DATABASE {quote(names.database)} TO {who}")
