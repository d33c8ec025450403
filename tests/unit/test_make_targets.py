"""What each make target installs: `make run` the program alone, the others add their tools.
Checked with `make -n -B` (print every command, run none)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from tests.make_plan import planned_commands

ROOT = Path(__file__).resolve().parents[2]
TOOLS = {"pytest", "pytest-qt", "hypothesis", "ruff", "mypy", "pyinstaller", "pytest-postgresql"}


def installed_extras(target: str) -> list[str]:
    """The `pip install -e '.[EXTRAS]'` of a target, in order ('' for the program alone)."""
    found = []
    for line in planned_commands(target):
        match = re.search(r"pip install .*-e '\.(\[[a-z,]+\])?'", line)
        if match:
            found.append(match.group(1) or "")
    return found


def requirement_names(requirements: list[str]) -> set[str]:
    return {re.split(r"[<>=;\[ ]", req, maxsplit=1)[0].lower() for req in requirements}


def test_make_run_installs_the_program_alone_then_opens_it() -> None:
    assert installed_extras("run") == [""]
    assert planned_commands("run")[-1] == ".venv/bin/peercenter"


def test_make_demo_installs_the_program_alone_then_opens_the_demo() -> None:
    assert installed_extras("demo") == [""]
    assert planned_commands("demo")[-1] == ".venv/bin/peercenter demo"


@pytest.mark.parametrize(
    ("target", "extras"),
    [("test", ["[test]", "[dist]"]), ("lint", ["[test,lint]"]), ("dist", ["[dist]"])],
)
def test_other_targets_add_their_own_tools(target: str, extras: list[str]) -> None:
    assert installed_extras(target) == extras


def test_running_needs_none_of_the_tools() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert not requirement_names(project["dependencies"]) & TOOLS
    extras = project["optional-dependencies"]
    assert "pytest" in requirement_names(extras["test"])
    assert {"ruff", "mypy", "import-linter"} <= requirement_names(extras["lint"])
    assert "pyinstaller" in requirement_names(extras["dist"])
    # Working on PeerCenter: everything at once.
    assert extras["dev"] == ["peercenter[test,lint,dist]"]
