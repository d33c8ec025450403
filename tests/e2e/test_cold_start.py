"""Import order is a runtime path: screens, dialogs and commands load when first used, so
each module must import on its own, and each screen must work when it is the first one a
person opens. Every check runs in a fresh interpreter; a test process that has imported
everything would hide the crash."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from peercenter.domain.enums import Role
from peercenter.domain.permissions import allowed
from peercenter.ui.navigation import SCREENS
from tests.factories import PASSWORD

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "peercenter"
# Run by Alembic (with its context) and by `python -m`; both are run as such below or elsewhere.
NOT_IMPORTABLE = {"peercenter.__main__", "peercenter.db.migrations.env"}
LOGINS = {
    Role.ADMIN: "admin",
    Role.SUPERVISOR: "supervisor",
    Role.FRONT_DESK: "frontdesk",
    Role.SPECIALIST: "specialist",
}
WORKERS = max(2, os.cpu_count() or 2)


def _all_modules() -> list[str]:
    names = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        if "versions" in parts:  # migration scripts are loaded by Alembic from their files
            continue
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        if name not in NOT_IMPORTABLE:
            names.append(name)
    return names


def _fresh(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
    )


def _in_parallel(
    jobs: dict[str, list[str]], env: dict[str, str] | None = None
) -> dict[str, subprocess.CompletedProcess[str]]:
    with ThreadPoolExecutor(WORKERS) as pool:
        futures = {name: pool.submit(_fresh, *args, env=env) for name, args in jobs.items()}
        return {name: future.result() for name, future in futures.items()}


def _last_line(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[-1] if lines else "(no output)"


def test_every_module_imports_alone_in_a_fresh_interpreter() -> None:
    modules = _all_modules()
    assert len(modules) > 200  # the walk found the package
    jobs = {name: ["-c", f"import {name}"] for name in modules}
    jobs["python -m peercenter --version"] = ["-m", "peercenter", "--version"]
    results = _in_parallel(jobs)
    failed = {name: _last_line(r.stderr) for name, r in results.items() if r.returncode != 0}
    assert failed == {}


@pytest.fixture(scope="module")
def demo_center(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One demo center built once; every probe works on its own copy."""
    folder = tmp_path_factory.mktemp("cold")
    file = folder / "demo.sqlite3"
    result = _fresh(
        "-m",
        "peercenter",
        "--db",
        f"sqlite:///{file}",
        "init",
        "--admin",
        "admin",
        "--demo",
        env={"PEERCENTER_PASSWORD": PASSWORD},
    )
    assert result.returncode == 0, result.stderr
    yield file


def _probe_jobs(demo: Path, role: Role) -> dict[str, list[str]]:
    jobs = {}
    for spec in SCREENS:
        if not any(allowed(role, p) for p in spec.permissions):
            continue
        copy = demo.with_name(f"{role.value}-{spec.key}.sqlite3")
        shutil.copyfile(demo, copy)
        args = ["-m", "tests.e2e.cold_screen_probe", str(copy), LOGINS[role], spec.key]
        jobs[spec.key] = args
    return jobs


@pytest.mark.slow
@pytest.mark.parametrize("role", list(Role), ids=lambda role: role.value)
def test_each_screen_opened_first_opens_its_dialogs(demo_center: Path, role: Role) -> None:
    results = _in_parallel(_probe_jobs(demo_center, role), {"PEERCENTER_PASSWORD": PASSWORD})
    assert results, f"{role.value} sees no screen"
    failed = {key: r.stdout + r.stderr for key, r in results.items() if r.returncode != 0}
    assert failed == {}, "\n\n".join(f"{key}:\n{text}" for key, text in failed.items())
    dialogs = "".join(r.stdout for r in results.values())
    assert "dialog: " in dialogs  # the walk did open dialogs, it did not just look
