"""The PostgreSQL roles of a center's server, all named after its database so several
centers (or test databases) can share one server without their roles meeting.

- ``{db}_owner`` owns the tables; it is used only to set up and upgrade the schema.
- ``{db}_signin`` is the address every computer is given. It can do nothing but ask the
  sign-in questions (is this account locked, count a wrong password), so its password is not
  a secret: it is the same on every server.
- ``{db}_admin``, ``{db}_supervisor``, ``{db}_front_desk``, ``{db}_specialist`` carry the
  grants of the four roles of the app.
- ``{user}@{db}`` is one person: a login role whose password is their PeerCenter password.
  User names cannot hold ``@``, so a person's role never collides with the others.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy.engine import URL

from peercenter.domain.enums import Role

# Tables, functions and secrets that only the owner reaches (kept out of "public", which the
# schema comparison of Alembic looks at).
PRIVATE_SCHEMA = "peercenter_server"

# The sign-in role may only call the sign-in functions; knowing its password gives nothing
# more than the login window does, so every copy of PeerCenter knows it.
SIGN_IN_PASSWORD = "peercenter-sign-in"

_DATABASE_NAME = re.compile(r"^[a-z][a-z0-9_]{0,29}$")


def database_name_problem(name: str) -> str | None:
    if _DATABASE_NAME.match(name):
        return None
    return (
        f"'{name}' cannot be the database name: use 1 to 30 lower-case letters, digits or "
        "underscores, starting with a letter (for example peercenter)."
    )


@dataclass(frozen=True)
class ServerNames:
    database: str

    @property
    def owner(self) -> str:
        return f"{self.database}_owner"

    @property
    def sign_in(self) -> str:
        return f"{self.database}_signin"

    def group(self, role: Role) -> str:
        return f"{self.database}_{role.value}"

    @property
    def groups(self) -> dict[Role, str]:
        return {role: self.group(role) for role in Role}

    def person(self, username: str) -> str:
        return f"{username}@{self.database}"

    def is_person(self, role_name: str) -> bool:
        return role_name.endswith(f"@{self.database}")


def server_names(url: URL) -> ServerNames | None:
    """The names of the server when ``url`` connects to a center's server as one of its own
    roles (sign-in, a person, the owner); None for SQLite or a PostgreSQL database used with
    an account of its own (one full-rights account, as before servers had roles)."""
    if url.get_backend_name() != "postgresql" or not url.database or not url.username:
        return None
    names = ServerNames(url.database)
    user = url.username
    if user in (names.sign_in, names.owner) or names.is_person(user):
        return names
    return None


def sign_in_url(url: URL) -> URL:
    """The address with the sign-in role's password filled in (the address the computers
    are given carries none)."""
    names = server_names(url)
    if names is not None and url.username == names.sign_in and url.password is None:
        return url.set(password=SIGN_IN_PASSWORD)
    return url


def person_url(url: URL, username: str, password: str) -> URL:
    names = server_names(url)
    assert names is not None
    return url.set(username=names.person(username), password=password)
