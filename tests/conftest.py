"""Shared fixtures. Qt runs offscreen (set before anything imports Qt); every database test runs
on SQLite and on the PostgreSQL server named by PEERCENTER_TEST_PG."""

from __future__ import annotations

import os
import shutil
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from argon2 import PasswordHasher
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from peercenter.db import migrate
from peercenter.db.engine import Database, make_engine
from peercenter.services import auth

PG_ENV = "PEERCENTER_TEST_PG"
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}

# Cheap hashing keeps the suite fast; the production parameters are tested on their own.
auth.HASHING.hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        path = Path(str(item.fspath))
        if "gui" in path.parts:
            item.add_marker(pytest.mark.gui)
        if "e2e" in path.parts:
            item.add_marker(pytest.mark.e2e)
        callspec = getattr(item, "callspec", None)
        if callspec is not None and callspec.params.get("engine_name") == "postgresql":
            item.add_marker(pytest.mark.postgres)


@pytest.fixture(autouse=True)
def _english_again() -> Iterator[None]:
    """A test that switches the language leaves the next one in English."""
    from peercenter import i18n

    before = i18n.current()
    yield
    language = sys.modules.get("peercenter.ui.language")
    if language is not None and i18n.active_language() != i18n.ENGLISH:
        language.apply_language(i18n.ENGLISH)
    i18n.restore(before)


@pytest.fixture(autouse=True)
def _isolated_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No test ever touches the real user data folder, the demo folder or QSettings."""
    root = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("PEERCENTER_DATA_DIR", str(root / "peercenter"))
    monkeypatch.setenv("PEERCENTER_DEMO_DIR", str(root / "demo"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(root / "config"))
    monkeypatch.delenv("PEERCENTER_DB", raising=False)


def _pg_url() -> str | None:
    url = os.environ.get(PG_ENV)
    if not url:
        if IN_CI:
            pytest.fail(
                f"{PG_ENV} is not set: under CI the PostgreSQL tests must run. "
                "Use `make test`, which starts a throw-away server."
            )
        pytest.skip(f"{PG_ENV} not set (run `make test` to start a PostgreSQL server)")
    return url


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    migrate.upgrade(engine)
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return path


@pytest.fixture(scope="session")
def _pg_template() -> Iterator[str]:
    """A database upgraded to head once; each test gets a fresh copy of it."""
    base = _pg_url()
    assert base is not None
    name = f"pc_template_{uuid.uuid4().hex[:8]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine = make_engine(str(make_url(base).set(database=name)))
    migrate.upgrade(engine)
    engine.dispose()
    yield name
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def fresh_database_url(
    engine_name: str, request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[str]:
    if engine_name == "sqlite":
        template = request.getfixturevalue("_sqlite_template")
        path = tmp_path / "peercenter.sqlite3"
        shutil.copy(template, path)
        yield f"sqlite:///{path}"
        return
    template = request.getfixturevalue("_pg_template")
    base = _pg_url()
    assert base is not None
    name = f"pc_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    try:
        yield str(make_url(base).set(database=name).render_as_string(hide_password=False))
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def engine_name(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def database_url(engine_name: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield from fresh_database_url(engine_name, request, tmp_path)


@pytest.fixture
def database(database_url: str) -> Iterator[Database]:
    db = Database.from_url(database_url)
    yield db
    db.dispose()


@pytest.fixture
def sqlite_database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """For tests that are about the program rather than the engine (GUI, reports)."""
    gen = fresh_database_url("sqlite", request, tmp_path)
    db = Database.from_url(next(gen))
    yield db
    db.dispose()
