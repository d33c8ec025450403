"""Setting up a center's PostgreSQL server and upgrading it: the work of ``peercenter server
setup`` and of ``peercenter db upgrade`` on a server. Both run the schema migrations as the
owner role, then put the server's own part in place again (functions, grants, policies), so
every table a release adds is covered at once."""

from __future__ import annotations

import socket
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.engine import URL, make_url

from peercenter.db import migrate
from peercenter.db.engine import Database, make_engine
from peercenter.db.server import cluster, layer
from peercenter.db.server.names import ServerNames, database_name_problem
from peercenter.domain.enums import Role
from peercenter.domain.errors import PeerCenterError
from peercenter.domain.permissions import allowed
from peercenter.i18n import _
from peercenter.services import settings, setup
from peercenter.services.context import Actor
from peercenter.services.credentials.shipped import SyncResult, sync_shipped_safely

DEFAULT_DATABASE = "peercenter"
_LOCAL_HOSTS = {"", "localhost", "127.0.0.1", "::1"}


class ServerError(PeerCenterError):
    pass


def writable_settings() -> dict[Role, list[str]]:
    """The settings each role may change, from the permission each setting asks for."""
    return {
        role: [key for key, spec in settings.SPECS.items() if allowed(role, spec.permission)]
        for role in Role
    }


def address(superuser_url: URL, names: ServerNames) -> tuple[str, bool]:
    """The address the center's computers are given (no password in it), and whether its
    host is this computer's name rather than the one typed (typed as localhost)."""
    host = superuser_url.host or ""
    guessed = host in _LOCAL_HOSTS
    if guessed:
        host = socket.getfqdn() or socket.gethostname()
    url = URL.create(
        "postgresql+psycopg",
        username=names.sign_in,
        host=host,
        port=superuser_url.port,
        database=names.database,
    )
    return url.render_as_string(hide_password=False), guessed


def _owner_engine(url: URL, names: ServerNames, owner_password: str) -> Engine:
    return make_engine(
        url.set(
            drivername="postgresql+psycopg",
            username=names.owner,
            password=owner_password,
            database=names.database,
        ).render_as_string(hide_password=False)
    )


def _install(engine: Engine, names: ServerNames) -> None:
    with engine.begin() as conn:
        layer.install(conn, names, writable_settings())


@dataclass(frozen=True)
class SetUp:
    address: str
    host_guessed: bool
    admin: Actor
    names: ServerNames


def set_up(
    superuser_url: str, database: str, owner_password: str, first: setup.FirstStart
) -> SetUp:
    """Create the database, its roles and policies, and the center with its first
    administrator. Everything the center holds is written by the owner, as the trail shows."""
    problem = database_name_problem(database)
    if problem:
        raise ServerError(problem)
    url = make_url(superuser_url)
    if url.get_backend_name() != "postgresql":
        raise ServerError(
            _(
                "Give the address of the PostgreSQL server, for example "
                "postgresql://postgres@localhost/postgres."
            )
        )
    setup.check_first_start(first)
    names = ServerNames(database)
    cluster.prepare_cluster(url.set(drivername="postgresql+psycopg"), names, owner_password)
    engine = _owner_engine(url, names, owner_password)
    db = Database(engine)
    try:
        with engine.begin() as conn:
            cluster.prepare_roles(conn, names)
        migrate.upgrade(engine)
        _install(engine, names)
        with db.session() as session:
            admin = setup.create_center(session, first)
        sync_shipped_safely(db)
    finally:
        db.dispose()
    where, guessed = address(url, names)
    return SetUp(where, guessed, admin, names)


def check_current(database: Database) -> None:
    """A computer never upgrades the server by itself (its person may not); it says who
    should when the server is older than this copy of PeerCenter."""
    current = migrate.current_revision(database.engine)
    head = migrate.head_revision()
    if current == head:
        return
    if current is not None and current > head:
        raise ServerError(
            _(
                "The center's server was upgraded by a newer PeerCenter. Install that version "
                "on this computer too."
            )
        )
    raise ServerError(
        _(
            "The center's server needs an upgrade for this version of PeerCenter (it is at "
            "{current} revision, this version needs {head}). Whoever looks after the "
            "server runs `peercenter db upgrade`, which asks for the owner's password."
        ).format(current=current or _("no"), head=head)
    )


@dataclass(frozen=True)
class Upgraded:
    before: str | None
    after: str
    programs: SyncResult


def upgrade(database: Database, owner_password: str) -> Upgraded:
    """``db upgrade`` on a server: the migrations and the server's own part, as the owner."""
    names = database.server
    assert names is not None
    engine = _owner_engine(database.gate.url, names, owner_password)
    owner = Database(engine)
    try:
        result = migrate.upgrade(engine)
        _install(engine, names)
        synced = sync_shipped_safely(owner)
        with owner.session() as session:
            from peercenter.services.handouts import library

            library.sync_builtin(session)
    finally:
        owner.dispose()
    return Upgraded(result.before, result.after, synced)
