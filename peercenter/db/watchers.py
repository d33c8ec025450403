"""Noticing what other programs and computers commit, on a thread of its own so the window
never waits for it. What is noticed goes to the database's ChangeHub like the program's own
writes.

- A file (SQLite): another program's commit changes the file's ``PRAGMA data_version`` as this
  program's own connections see it. Reading it costs microseconds, so it is read twice a
  second; which tables changed is not known, so the change is "anything".
- A center's server (PostgreSQL): a connection as the signed-in person listens on the
  channel the server's triggers notify (peercenter.db.server.notify) and learns each changed
  table's name at the moment another computer commits. A lost connection is made again; what
  was missed meanwhile is "anything".
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine

from peercenter.db.changes import Change, ChangeHub
from peercenter.db.engine import Database, sqlite_path
from peercenter.db.server.notify import CHANNEL

POLL_SECONDS = 0.5
RETRY_SECONDS = (0.5, 1.0, 2.0, 5.0, 10.0)  # after a lost connection, growing up to the last
ANYTHING = Change(anything=True)


class Watcher:
    """A background thread that runs until ``stop``."""

    def __init__(self, hub: ChangeHub, name: str) -> None:
        self.hub = hub
        self._stopping = threading.Event()
        # Set once the watcher sees the database: what is committed from then on is noticed.
        self.ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        # Closing the database ends the watch: its connection must not outlive the
        # program's own (on a file, the last connection to close tidies its log away).
        hub.on_close(self.stop)

    def start(self) -> Watcher:
        self._thread.start()
        return self

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def stop(self, wait_s: float = 3.0) -> None:
        """Stop, waiting up to ``wait_s`` for the thread to finish (0: not at all)."""
        self._stopping.set()
        alive = self._thread.is_alive() and self._thread is not threading.current_thread()
        if alive and wait_s > 0:
            self._thread.join(wait_s)

    def _run(self) -> None:
        raise NotImplementedError

    def _pause(self, failures: int) -> None:
        self._stopping.wait(RETRY_SECONDS[min(failures, len(RETRY_SECONDS)) - 1])


class FileWatcher(Watcher):
    def __init__(self, hub: ChangeHub, path: Path, interval_s: float = POLL_SECONDS) -> None:
        super().__init__(hub, "peercenter-file-changes")
        self.path = path
        self.interval_s = interval_s

    def _open(self) -> sqlite3.Connection:
        # mode=rw: never creates the file. Nothing but the pragma is ever run on it.
        uri = self.path.resolve().as_uri() + "?mode=rw"
        return sqlite3.connect(uri, uri=True, timeout=1.0, isolation_level=None)

    def _run(self) -> None:
        conn: sqlite3.Connection | None = None
        seen: int | None = None
        lost = False
        while not self._stopping.is_set():
            try:
                if conn is None:
                    conn = self._open()
                    seen = _data_version(conn)
                    self.ready.set()
                    if lost:  # commits while the file could not be read were not seen
                        self.hub.publish(ANYTHING)
                else:
                    now = _data_version(conn)
                    if now != seen:
                        seen = now
                        self.hub.publish(ANYTHING)
            except sqlite3.Error:
                if conn is not None:
                    conn.close()
                conn, lost = None, True
            self._stopping.wait(self.interval_s)
        if conn is not None:
            conn.close()


def _data_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA data_version").fetchone()[0])


class ServerWatcher(Watcher):
    def __init__(self, hub: ChangeHub, engine: Engine, interval_s: float = POLL_SECONDS) -> None:
        super().__init__(hub, "peercenter-server-changes")
        self.interval_s = interval_s  # how soon a stop is noticed
        _args, params = engine.dialect.create_connect_args(engine.url)
        self._params: dict[str, Any] = {
            **params,
            "autocommit": True,
            "application_name": "PeerCenter live updates",
            "connect_timeout": 10,
            # A server that vanished without closing the connection is noticed.
            "keepalives": 1,
            "keepalives_idle": 30,
            "keepalives_interval": 10,
            "keepalives_count": 3,
        }

    def _run(self) -> None:
        import psycopg

        failures = 0
        listened_before = False
        while not self._stopping.is_set():
            try:
                with psycopg.connect(**self._params) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self.ready.set()
                    if listened_before:  # what changed while the connection was lost
                        self.hub.publish(ANYTHING)
                    listened_before, failures = True, 0
                    while not self._stopping.is_set():
                        for note in conn.notifies(timeout=self.interval_s):
                            self.hub.publish(Change(frozenset({note.payload})))
            except psycopg.Error:
                failures += 1
                self._pause(failures)


def watch(database: Database) -> Watcher | None:
    """Start watching what others commit to ``database``: its file, or on a center's server
    (once someone has signed in) the server's notifications. None when nobody else can write
    to it (a database in memory) or when the database is one PostgreSQL account of its own,
    which the server's notifications are not set up for."""
    path = sqlite_path(database.url)
    if path is not None:
        return FileWatcher(database.changes, path).start()
    if database.server is not None and database.engine is not database.gate:
        return ServerWatcher(database.changes, database.engine).start()
    return None
