"""The README's command lines (its ```sh blocks; a ```console block shows a command with
places to fill in), run in the order written as a newcomer would: on a fresh machine
(an empty data folder) and after `make run` has set up a center there. The window they open
is drawn offscreen and closed once drawn; the center's own files must come out unchanged."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.test_demo import real_center, snapshot
from tests.make_plan import planned_commands

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
VENV_PEERCENTER = ".venv/bin/peercenter"


def sh_blocks() -> list[list[str]]:
    text = README.read_text(encoding="utf-8")
    blocks = re.findall(r"```sh\n(.*?)```", text, flags=re.DOTALL)
    return [[line for line in block.splitlines() if line.strip()] for block in blocks]


def make_runs(target: str) -> str:
    """The last command `make TARGET` runs (printed by a dry run, nothing installed)."""
    return planned_commands(target)[-1]


def test_quick_start_comes_first_and_its_commands_are_make_targets() -> None:
    quick_start = sh_blocks()[0]
    targets = [shlex.split(line, comments=True)[1] for line in quick_start]
    assert targets == ["run", "test"]
    assert make_runs("run") == VENV_PEERCENTER
    assert "pytest" in make_runs("test")


def as_run_here(line: str) -> str:
    """A `make` line becomes the command it runs, told to close the window once drawn."""
    words = shlex.split(line, comments=True)
    if words[0] != "make":
        return line
    command = make_runs(words[1])
    assert command.startswith(f"{VENV_PEERCENTER} "), f"'{line}' runs {command}"
    return f"{command} --exit-when-ready"


@pytest.fixture
def newcomer(tmp_path: Path) -> Path:
    """A folder to run the examples in, where .venv/bin/peercenter is this PeerCenter."""
    work = tmp_path / "work"
    program = work / VENV_PEERCENTER
    program.parent.mkdir(parents=True)
    program.write_text(
        f'#!/bin/sh\nexec {shlex.quote(sys.executable)} -m peercenter "$@"\n', encoding="utf-8"
    )
    program.chmod(0o755)
    return work


def run_examples(work: Path) -> subprocess.CompletedProcess[str]:
    lines = [as_run_here(line) for block in sh_blocks()[1:] for line in block]
    env = {k: v for k, v in os.environ.items() if k not in {"PEERCENTER_PASSWORD", "PEERCENTER_DB"}}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = str(ROOT)  # the source tree, however this Python has PeerCenter
    return subprocess.run(
        ["bash", "-c", "set -eux\n" + "\n".join(lines)],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=600,
    )


@pytest.mark.skipif(os.name != "posix", reason="the README's examples are POSIX shell")
@pytest.mark.parametrize("machine", ["fresh", "after make run"])
def test_the_readme_examples_work_in_the_order_written(newcomer: Path, machine: str) -> None:
    data, demo = Path(os.environ["PEERCENTER_DATA_DIR"]), Path(os.environ["PEERCENTER_DEMO_DIR"])
    before = real_center(data) if machine == "after make run" else None

    result = run_examples(newcomer)

    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "Opening the demo center" in result.stdout  # `make demo` opened it
    assert (newcomer / "poster.pdf").read_bytes().startswith(b"%PDF")
    assert "the chain is intact" in result.stdout
    assert not demo.exists()  # the last example deletes it
    if before is None:
        assert not (data / "peercenter.sqlite3").exists()
    else:
        assert snapshot(data) == before
