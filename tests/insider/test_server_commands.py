"""`peercenter server setup` from the command line, the address it prints, and what the
other computers can and cannot do with it: sign in, but never upgrade the schema unless the
owner's password is given."""

from __future__ import annotations

import re
import uuid

from sqlalchemy.engine import make_url

from peercenter.db import migrate
from peercenter.db.server.names import ServerNames
from tests.conftest import _pg_url
from tests.e2e.test_cli import run_cli
from tests.factories import PASSWORD
from tests.insider.conftest import OWNER_PASSWORD, drop_server


def test_setting_up_a_server_from_the_command_line() -> None:
    base = make_url(_pg_url() or "")
    names = ServerNames(f"pc_cli_{uuid.uuid4().hex[:8]}")
    env = {"PEERCENTER_OWNER_PASSWORD": OWNER_PASSWORD}
    try:
        made = run_cli(
            "server",
            "setup",
            base.render_as_string(hide_password=False),
            "--database",
            names.database,
            "--admin",
            "ada",
            "--admin-name",
            "Ada Lovelace",
            "--center-name",
            "Harbor Light",
            "--timezone",
            "America/Chicago",
            env=env,
        )
        assert made.returncode == 0, made.stderr
        printed = re.search(r"postgresql\+psycopg://\S+", made.stdout)
        assert printed is not None
        address = make_url(printed.group(0))
        assert address.username == names.sign_in and address.password is None
        assert address.database == names.database
        # Typed as 127.0.0.1, the address names this computer; the tests reach it directly.
        here = address.set(host=base.host).render_as_string(hide_password=False)

        listed = run_cli("--db", here, "--user", "ada", "audit")
        assert listed.returncode == 0, listed.stderr
        assert "create" in listed.stdout and "center" in listed.stdout
        wrong = run_cli("--db", here, "--user", "ada", "audit", password="not the password")
        assert wrong.returncode == 1 and "Wrong user name or password" in wrong.stderr

        # A second setup of the same database is refused, nothing changed.
        again = run_cli(
            "server",
            "setup",
            base.render_as_string(hide_password=False),
            "--database",
            names.database,
            "--admin",
            "ada",
            "--center-name",
            "Harbor Light",
            env=env,
        )
        assert again.returncode == 1 and "already holds a center" in again.stderr

        checked = run_cli("--db", here, "db", "check")
        assert checked.returncode == 0, checked.stderr
        current = run_cli("--db", here, "db", "current")
        assert current.returncode == 0 and migrate.HEAD_REVISION in current.stdout
        # The upgrade runs as the owner: without its password nothing happens.
        refused = run_cli(
            "--db", here, "db", "upgrade", env={"PEERCENTER_OWNER_PASSWORD": "not it at all"}
        )
        assert refused.returncode == 1 and "did not accept the owner's password" in refused.stderr
        upgraded = run_cli("--db", here, "db", "upgrade", env=env)
        assert upgraded.returncode == 0, upgraded.stderr
        assert "rules were renewed" in upgraded.stdout
        # First start on a server is not a thing: the center exists.
        init = run_cli("--db", here, "init", "--admin", "eve", env=env)
        assert init.returncode == 1 and "sign in with that login" in init.stderr
    finally:
        drop_server(base, names)


def test_a_bad_database_name_is_refused_before_anything_is_made() -> None:
    base = make_url(_pg_url() or "")
    result = run_cli(
        "server",
        "setup",
        base.render_as_string(hide_password=False),
        "--database",
        "Robert'); DROP TABLE",
        "--admin",
        "ada",
        "--center-name",
        "Harbor Light",
        env={"PEERCENTER_OWNER_PASSWORD": OWNER_PASSWORD},
        password=PASSWORD,
    )
    assert result.returncode == 1
    assert "cannot be the database name" in result.stderr
