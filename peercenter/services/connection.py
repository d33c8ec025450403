"""The one way the window reaches a center's database: ``connect`` with what the person typed
at sign-in. The database is opened (and its schema brought up to date) once, by the first of
``open_early`` (in the background while the login window waits for typing) and ``connect``.

A SQLite file opens before anyone signs in, and so does a center's server, as its sign-in
role (which can do nothing but sign people in): ``connect`` hands back the database opened
early, and ``auth.login`` then checks the person, on a server by connecting as their own role
(peercenter.services.server_signin)."""

from __future__ import annotations

import threading

from peercenter.db.engine import Database
from peercenter.services.opening import open_and_upgrade


class CenterConnection:
    def __init__(self, url: str, database: Database | None = None) -> None:
        self.url = url
        self._database = database
        self._lock = threading.Lock()  # the background load and a sign-in may meet here

    @classmethod
    def of(cls, database: Database) -> CenterConnection:
        """A database that is open already."""
        return cls(database.url, database)

    @property
    def database(self) -> Database | None:
        """The open database, None until it has been opened."""
        return self._database

    def open_early(self) -> Database:
        """Open the database and bring it up to date before anyone signs in; a StartupError
        says why it cannot be done."""
        with self._lock:
            if self._database is None:
                self._database = open_and_upgrade(self.url)
            return self._database

    def connect(self, username: str, password: str) -> Database:
        """The database for the person signing in (``auth.login`` then checks the password
        and the account, on a server as the person's own role)."""
        del username, password  # the address is the same for everyone who signs in here
        return self.open_early()

    def dispose(self) -> None:
        with self._lock:
            if self._database is not None:
                self._database.dispose()
                self._database = None
