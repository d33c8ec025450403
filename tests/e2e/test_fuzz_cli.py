"""Random command lines through `peercenter.cli.main` in-process: exit codes are only 0, 1
or 2, nothing prints a traceback, and the database stays intact with its audit chain."""

from __future__ import annotations

from itertools import chain
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peercenter import cli
from peercenter.commands import gui
from peercenter.db import sqlite_backup
from peercenter.db.engine import Database, sqlite_path
from peercenter.domain.audit_chain import verify
from peercenter.services.audit import chain_rows
from tests import factories
from tests.unit.test_fuzz_validation import HOSTILE

WORDS = [
    "gui",
    "init",
    "db",
    "upgrade",
    "current",
    "check",
    "backup",
    "restore",
    "audit",
    "--admin",
    "--admin-name",
    "--center-name",
    "--timezone",
    "--demo",
    "--scale",
    "small",
    "large",
    "-o",
    "--output",
    "--encrypt",
    "--since",
    "--until",
    "--user",
    "--action",
    "--entity",
    "--json",
    "--csv",
    "--verify",
    "--db",
    "--help",
    "-h",
    "--version",
    "admin",
    "nobody",
    "2026-01-01",
    "2026-13-45",
    "yesterday",
    "America/Chicago",
    "out.csv",
    "x.pcbackup",
    "--",
    "-",
    "",
    "export",
    "ics",
    "import",
    "participants",
    "--dry-run",
    "--all-or-nothing",
    "handout",
    "signin",
    "packet",
    "poster",
    "--group",
    "--room",
    "--facilitator",
    "--large-print",
    "--lang",
    "--paper",
    "a4",
    "es",
    "1",
    "out.pdf",
]
SAFE_NAME = st.from_regex(r"\A[A-Za-z0-9_.]{1,12}\Z")


@pytest.fixture
def prepared(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sqlite_database: Database
) -> Database:
    """A set-up center; its database is the default for every command; files written by
    commands land in an empty folder."""
    factories.center(sqlite_database)
    url = str(sqlite_database.engine.url)
    monkeypatch.setenv("PEERCENTER_DB", url)
    monkeypatch.setenv("PEERCENTER_PASSWORD", factories.PASSWORD)
    monkeypatch.setenv("PEERCENTER_BACKUP_PASSPHRASE", "fuzzing passphrase")
    work = tmp_path / "cwd"
    work.mkdir()
    monkeypatch.chdir(work)
    monkeypatch.setattr(gui, "run", lambda args: 0)  # no window in a fuzz run
    return sqlite_database


def test_random_command_lines(
    prepared: Database, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    url = str(prepared.engine.url)
    db_values = st.sampled_from(
        [url, "::nonsense::", "mysql://x/y", "postgresql+psycopg://nobody@127.0.0.1:1/none"]
    ) | SAFE_NAME.map(lambda n: f"sqlite:///{n}.sqlite3")
    token = st.one_of(
        st.sampled_from(WORDS),
        HOSTILE.filter(lambda t: "/" not in t),
        SAFE_NAME,
        st.text(max_size=20).filter(lambda t: "/" not in t),
    )
    value = st.one_of(
        SAFE_NAME,
        HOSTILE.filter(lambda t: "/" not in t),
        st.sampled_from(
            [
                "admin",
                "nobody",
                "2026-01-01",
                "2026-13-45",
                "create",
                "participant",
                "out.csv",
                "x.pcbackup",
                "login",
            ]
        ),
    )
    # Mostly well-formed command lines with random values, so the commands really run, plus
    # some word salad for the parser.
    per_command = {
        "audit": st.lists(
            st.one_of(
                st.tuples(
                    st.sampled_from(
                        ["--since", "--until", "--user", "--action", "--entity", "--csv"]
                    ),
                    value,
                ).map(list),
                st.sampled_from([["--json"], ["--verify"]]),
            ),
            max_size=4,
        ),
        "backup": st.lists(
            st.one_of(st.tuples(st.just("-o"), value).map(list), st.just(["--encrypt"])), max_size=2
        ),
        "restore": st.lists(value.map(lambda v: [v]), min_size=0, max_size=2),
        "db": st.lists(
            st.sampled_from(["upgrade", "current", "check", "x"]).map(lambda v: [v]), max_size=2
        ),
        "export": st.lists(
            st.one_of(
                st.just(["ics"]),
                st.tuples(st.sampled_from(["-o", "--group", "--room", "--facilitator"]), value).map(
                    list
                ),
            ),
            max_size=3,
        ),
        "import": st.lists(
            st.one_of(
                st.just(["participants"]),
                value.map(lambda v: [v]),
                st.sampled_from([["--dry-run"], ["--all-or-nothing"]]),
            ),
            max_size=3,
        ),
        "handout": st.lists(
            st.one_of(
                st.sampled_from([["1"], ["999"], ["--large-print"]]),
                st.tuples(st.sampled_from(["-o", "--lang", "--paper"]), value).map(list),
            ),
            max_size=3,
        ),
        "packet": st.lists(
            st.one_of(value.map(lambda v: [v]), st.tuples(st.just("-o"), value).map(list)),
            max_size=2,
        ),
        "init": st.lists(
            st.one_of(
                st.tuples(
                    st.sampled_from(
                        ["--admin", "--admin-name", "--center-name", "--timezone", "--scale"]
                    ),
                    value,
                ).map(list),
                st.just(["--demo"]),
            ),
            max_size=4,
        ),
    }
    structured = st.tuples(
        st.lists(
            st.one_of(
                st.tuples(st.just("--db"), db_values).map(list),
                st.tuples(st.just("--user"), st.just("admin") | value).map(list),
            ),
            max_size=2,
        ),
        st.sampled_from(sorted(per_command)).flatmap(
            lambda c: per_command[c].map(lambda parts: [c, *chain.from_iterable(parts)])
        ),
    ).map(lambda t: [*chain.from_iterable(t[0]), *t[1]])
    argv_lists = st.one_of(structured, structured, structured, st.lists(token, max_size=8))

    @settings(
        max_examples=200,
        deadline=None,
        derandomize=True,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(argv_lists)
    def run(argv: list[str]) -> None:
        capsys.readouterr()  # nothing left over from an earlier example
        try:
            code = cli.main(argv)
        except SystemExit as exc:  # argparse: --help, --version, usage errors
            code = exc.code if isinstance(exc.code, int) else 2
        out, err = capsys.readouterr()
        assert code in (0, 1, 2), (argv, code, err)
        assert "Traceback" not in out + err, argv
        if code == 1:
            assert err.startswith("peercenter: ") and len(err.strip().splitlines()) == 1, err
        path = sqlite_path(url)
        assert path is not None and sqlite_backup.quick_check(path) == "ok"
        with prepared.reader() as s:
            assert verify(chain_rows(s)).ok

    run()


def test_undecodable_file_names_are_echoed_not_crashed_on(tmp_path: Path) -> None:
    """On Linux a file name that is not UTF-8 reaches Python as lone surrogates."""
    import os
    import subprocess
    import sys

    name = os.fsdecode(b"backup-\xff.pcbackup")
    result = subprocess.run(
        [sys.executable, "-m", "peercenter", "restore", name],
        capture_output=True,
        cwd=tmp_path,
        timeout=120,
        env={**os.environ, "PEERCENTER_DATA_DIR": str(tmp_path / "d")},
    )
    assert result.returncode == 1
    assert result.stderr.startswith(b"peercenter: There is no file backup-")
    assert b"Traceback" not in result.stderr


def test_undecodable_audit_filters_and_user_names(
    prepared: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["--user", "admin", "audit", "--action", "\ud800x", "--user", "a\udcff"]) == 0
    assert cli.main(["--user", "\udcffadmin", "audit"]) == 1
    assert "Wrong user name or password" in capsys.readouterr().err
    with prepared.reader() as s:
        assert verify(chain_rows(s)).ok


@pytest.mark.parametrize(
    "argv",
    [
        ["--user", "admin", "export", "ics", "-o", "\x00"],
        ["--user", "admin", "backup", "-o", "a\x00b"],
        ["restore", "\x00"],
    ],
)
def test_nul_in_an_argument_is_a_usage_error(
    prepared: Database, argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as caught:
        cli.main(argv)
    assert caught.value.code == 2
    assert "NUL character" in capsys.readouterr().err
