"""Engine and unit-of-work factory. SQLite gets WAL, foreign keys, a busy timeout and
BEGIN IMMEDIATE for writes; PostgreSQL comes from a URL."""

from __future__ import annotations

import os
import random
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from peercenter.db.addresses import DB_ENV as DB_ENV
from peercenter.db.addresses import resolve_url as resolve_url
from peercenter.db.changes import ChangeHub, track_writes
from peercenter.db.file_checks import READ_ONLY_MESSAGE, refuse_not_a_file
from peercenter.db.server.names import ServerNames, server_names, sign_in_url
from peercenter.domain.errors import ConcurrentEditError, PeerCenterError
from peercenter.i18n import N_, _

# session.info of a unit of work that only reads (``Database.reader``) holds READ_ONLY; what a
# read asks to have written (the record of a view) goes in AFTER_READ, as callables that get a
# writing session, and is written when the read ends, before its results are shown.
READ_ONLY = "read_only"
AFTER_READ = "after_read"
# A watcher notices a stop within half a second; a stuck one is not waited for longer.
WATCHERS_CLOSE_S = 2.0
SQLITE_BUSY_TIMEOUT_MS = 15_000
# The messages below are in English; said through _() where shown.
CONCURRENT_EDIT_MESSAGE = N_(
    "Someone else changed this record after you opened it. "
    "Reload it to see their changes, then make yours again."
)


# After the busy timeout, a unit of work that still cannot get SQLite's write lock (or meets a
# lock SQLite does not wait for, such as another process recovering the WAL after a crash) is
# tried again a few times with growing pauses before the user hears about it.
BUSY_RETRIES = 4
BUSY_BACKOFF_S = 0.05
BUSY_MESSAGE = N_(
    "The database stayed busy: other computers are saving a lot right now. "
    "Nothing was changed; try again in a moment."
)


class DatabaseURLError(PeerCenterError):
    pass


class DatabaseBusy(PeerCenterError):
    """SQLite's write lock could not be had even after waiting and retrying."""


def is_busy(exc: BaseException) -> bool:
    text = str(getattr(exc, "orig", exc)).lower()
    return isinstance(exc, OperationalError) and ("locked" in text or "busy" in text)


def describe_error(exc: SQLAlchemyError) -> str:
    """One line for the person at the keyboard instead of a driver traceback."""
    detail = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    first = detail[0] if detail else exc.__class__.__name__
    if is_busy(exc):
        return _(BUSY_MESSAGE)
    if "readonly database" in first:
        return _(READ_ONLY_MESSAGE)
    if "read-only transaction" in first:
        return _(
            "The database server takes no changes right now (it is read-only). Ask whoever "
            "looks after the server."
        )
    if "malformed" in first or "not a database" in first:
        return _(
            "The database file is damaged ({problem}). Restore the newest backup with "
            "`peercenter restore FILE`."
        ).format(problem=first)
    if isinstance(exc, OperationalError):
        return _("Cannot use the database: {problem}").format(problem=first)
    if isinstance(exc, DatabaseError):
        return _("The database refused the change: {problem}").format(problem=first)
    return _("Database problem: {problem}").format(problem=first)


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if (
        parsed.get_backend_name() != "sqlite"
        or not parsed.database
        or parsed.database == ":memory:"
    ):
        return None
    return Path(parsed.database)


def make_engine(url: str, **kwargs: Any) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise DatabaseURLError(
            f"'{url}' is not a database address. Use a file path like "
            "sqlite:///peercenter.sqlite3 or "
            "postgresql+psycopg://user@host/dbname."
        ) from exc
    # A failed statement's values (names, notes) never reach an error message or the log.
    kwargs.setdefault("hide_parameters", True)
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        return _sqlite_engine(url, **kwargs)
    if backend == "postgresql":
        if parsed.drivername == "postgresql":
            parsed = parsed.set(drivername="postgresql+psycopg")
        # Statements' values (password hashes among them) never appear in error messages.
        kwargs.setdefault("hide_parameters", True)
        return create_engine(sign_in_url(parsed), pool_pre_ping=True, **kwargs)
    raise DatabaseURLError(
        _("PeerCenter works with SQLite or PostgreSQL, not '{backend}'.").format(backend=backend)
    )


def _sqlite_engine(url: str, **kwargs: Any) -> Engine:
    path = sqlite_path(url)
    if path is not None:
        refuse_not_a_file(path)  # a folder, device or pipe given as the database
    kwargs.setdefault("hide_parameters", True)
    engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}, **kwargs)

    @event.listens_for(engine, "do_connect")
    def _create_privately(*_args: Any) -> None:
        # Nothing is created until the database is used. Created readable by the owner only:
        # it holds data about people in recovery.
        if path is not None and not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            if os.name == "posix":
                fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
                os.close(fd)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the driver, decide when transactions begin.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        if path is not None:
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=FULL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


class Database:
    """Hands out one transaction per user action.

    On a center's server (see peercenter.db.server) the database is first opened as the
    sign-in role, which can do nothing but sign people in; signing in switches it to a
    connection as that person (``use_engine``), and signing out switches back."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.gate = engine
        self.is_sqlite = engine.dialect.name == "sqlite"
        self.server: ServerNames | None = server_names(engine.url)
        # Run at the start of every unit of work: the signed-in person is re-checked there.
        self.on_begin: Callable[[Session], None] | None = None
        # Which tables each committed unit of work wrote, for screens that stay live.
        self.changes = ChangeHub()
        self._bind(engine)

    def _bind(self, engine: Engine) -> None:
        writer = engine.execution_options(sqlite_begin="IMMEDIATE") if self.is_sqlite else engine
        self._writer = sessionmaker(writer, expire_on_commit=False)
        self._reader = sessionmaker(engine, expire_on_commit=False)
        track_writes(self._writer, self.changes)

    def use_engine(self, engine: Engine) -> None:
        """Work from now on through ``engine`` (a signed-in person's connection)."""
        old, self.engine = self.engine, engine
        self._bind(engine)
        if old is not self.gate and old is not engine:
            old.dispose()

    def sign_out(self) -> None:
        self.on_begin = None
        if self.engine is not self.gate:
            self.use_engine(self.gate)

    @classmethod
    def from_url(cls, url: str) -> Database:
        return cls(make_engine(url))

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def session(self, checked: bool = True) -> Iterator[Session]:
        """A unit of work: everything inside commits together or not at all. On SQLite the
        write lock is taken first (BEGIN IMMEDIATE), so a busy database means waiting, and
        retrying, before any work is done rather than failing half-way. ``checked`` False
        skips ``on_begin`` (signing in, which is not the signed-in person's action)."""
        with self._begin_writer() as session:
            try:
                if checked and self.on_begin is not None:
                    self.on_begin(session)
                yield session
                session.commit()
            except StaleDataError as exc:
                session.rollback()
                raise ConcurrentEditError(_(CONCURRENT_EDIT_MESSAGE)) from exc
            except BaseException:
                session.rollback()
                raise

    def _begin_writer(self) -> Session:
        attempt = 0
        while True:
            session = self._writer()
            if not self.is_sqlite:
                return session
            try:
                session.connection()
                return session
            except OperationalError as exc:
                session.close()
                if not is_busy(exc):
                    raise
                if attempt >= BUSY_RETRIES:
                    raise DatabaseBusy(_(BUSY_MESSAGE)) from exc
            delay = BUSY_BACKOFF_S * (2**attempt)
            time.sleep(delay + random.uniform(0, delay))
            attempt += 1

    @contextmanager
    def reader(self, checked: bool = True) -> Iterator[Session]:
        """Read-only work that does not hold SQLite's write lock; never commits. What the
        read recorded for later (AFTER_READ) is written in a unit of work of its own once the
        read succeeded: a view that cannot be recorded is not shown."""
        with self._reader() as session:
            session.info[READ_ONLY] = True
            try:
                if checked and self.on_begin is not None:
                    self.on_begin(session)
                yield session
            finally:
                session.rollback()
            pending: list[Callable[[Session], None]] = session.info.pop(AFTER_READ, [])
        if pending:
            with self.session(checked) as writer:
                for work in pending:
                    work(writer)

    def dispose(self) -> None:
        self.changes.close(wait_s=WATCHERS_CLOSE_S)
        self.engine.dispose()
        if self.gate is not self.engine:
            self.gate.dispose()
