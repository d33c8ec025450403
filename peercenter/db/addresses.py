"""Reading a database address without loading the database layer. The window decides what to
show first (the login window, the first-start window) from the address and the file alone,
before SQLAlchemy is imported; ``engine.sqlite_path`` gives the same answers once it is."""

from __future__ import annotations

import os
import re
from pathlib import Path

DB_ENV = "PEERCENTER_DB"
# scheme://[user[:password]@][host[:port]]/database[?query], as SQLAlchemy reads it.
_URL = re.compile(r"^(?P<scheme>[\w+]+)://(?P<rest>[^?]*)(?:\?.*)?$", re.DOTALL)


def resolve_url(cli_url: str | None, default: str) -> str:
    """``--db`` wins, then PEERCENTER_DB, then the local SQLite file."""
    return cli_url or os.environ.get(DB_ENV) or default


def backend_name(url: str) -> str | None:
    """``sqlite`` or ``postgresql`` (whatever the address names), None when it is no address."""
    match = _URL.match(url)
    return match.group("scheme").split("+", 1)[0].lower() if match else None


def sqlite_file(url: str) -> Path | None:
    """The file of a SQLite address; None for another database or an in-memory one."""
    match = _URL.match(url)
    if match is None or backend_name(url) != "sqlite":
        return None
    _host, slash, database = match.group("rest").partition("/")
    if not slash or not database or database == ":memory:":
        return None
    return Path(database)
