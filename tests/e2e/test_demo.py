"""`peercenter demo` as a newcomer runs it: the demo center lives in a folder of its own, the
commands work on it, its backups go there, and the center's own database and backups are
never touched."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from peercenter.commands.demo import DEMO_PASSWORD, MARKER
from tests.e2e.test_cli import run_cli

DEMO_WAIT_SECONDS = 120  # the longest the window may take to make its first backup


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    """The data folder and the demo folder, as the environment names them."""
    return Path(os.environ["PEERCENTER_DATA_DIR"]), Path(os.environ["PEERCENTER_DEMO_DIR"])


def snapshot(folder: Path) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def real_center(data: Path) -> dict[str, str]:
    """A center set up in the data folder with a backup, as after `make run`; its files."""
    made = run_cli("init", "--admin", "boss", password="boss password 1")
    assert made.returncode == 0, made.stderr
    backup = run_cli("--user", "boss", "backup", password="boss password 1")
    assert backup.returncode == 0, backup.stderr
    assert list((data / "backups").rglob("*.pcbackup"))  # in the folder of its center
    return snapshot(data)


def test_the_demo_has_a_folder_of_its_own_and_the_commands_work_on_it(
    folders: tuple[Path, Path],
) -> None:
    data, demo = folders
    made = run_cli("demo", "--no-window", password=None)
    assert made.returncode == 0, made.stderr
    assert made.stdout == f"{demo}\n"
    assert made.stderr.startswith(f"Made the demo center in {demo}: ")
    assert (demo / MARKER).exists() and (demo / "peercenter.sqlite3").exists()
    if os.name == "posix":
        assert demo.stat().st_mode & 0o777 == 0o700
    assert not data.exists()  # nothing of a real center was made

    again = run_cli("demo", "--no-window", password=None)
    assert again.returncode == 0, again.stderr
    assert (again.stdout, again.stderr) == (f"{demo}\n", "")  # the same demo, kept

    on_demo = {"PEERCENTER_DATA_DIR": made.stdout.strip()}
    listed = run_cli("--user", "supervisor", "wellbeing", env=on_demo, password=DEMO_PASSWORD)
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.strip()

    deleted = run_cli("demo", "--delete", password=None)
    assert deleted.returncode == 0, deleted.stderr
    assert not demo.exists()
    assert run_cli("demo", "--delete", password=None).stdout == (
        "There is no demo center to delete.\n"
    )


def test_the_demo_window_leaves_the_real_center_and_its_backups_alone(
    folders: tuple[Path, Path],
) -> None:
    data, demo = folders
    before = real_center(data)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PEERCENTER_PASSWORD", None)
    window = subprocess.Popen(
        [sys.executable, "-m", "peercenter", "demo"],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        # Signed in straight away, the window makes the day's first backup: in the demo folder.
        deadline = time.monotonic() + DEMO_WAIT_SECONDS
        while not list((demo / "backups").rglob("*.pcbackup")) and window.poll() is None:
            if time.monotonic() > deadline:
                break
            time.sleep(0.2)
    finally:
        window.terminate()
        out, err = window.communicate(timeout=60)
    assert list((demo / "backups").rglob("*.pcbackup")), out + err
    assert f"Opening the demo center in {demo}" in out
    assert snapshot(data) == before


def test_the_demo_never_takes_over_a_folder_with_other_files(tmp_path: Path) -> None:
    elsewhere = tmp_path / "documents"
    elsewhere.mkdir()
    (elsewhere / "notes.txt").write_text("keep me", encoding="utf-8")
    env = {"PEERCENTER_DEMO_DIR": str(elsewhere)}
    made = run_cli("demo", "--no-window", env=env, password=None)
    assert made.returncode == 1
    assert "needs a folder of its own" in made.stderr
    deleted = run_cli("demo", "--delete", env=env, password=None)
    assert deleted.returncode == 1
    assert "nothing was deleted" in deleted.stderr
    assert sorted(p.name for p in elsewhere.iterdir()) == ["notes.txt"]
