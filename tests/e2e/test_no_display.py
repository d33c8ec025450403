"""Started where there is no desktop session (a server, an SSH login), the window is not tried:
one line says it needs one and that the command line works, instead of Qt's abort about xcb
libraries and reinstalling."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from peercenter.display import NO_DISPLAY_MESSAGE, has_display

NO_DISPLAY = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")


def run_without_display(*args: str) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if key not in NO_DISPLAY}
    return subprocess.run(
        [sys.executable, "-m", "peercenter", *args],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


@pytest.mark.skipif(sys.platform in {"win32", "darwin"}, reason="these always have a display")
@pytest.mark.parametrize(
    "args",
    [(), ("gui",), ("--user", "admin", "gui"), ("gui", "--smoke-test"), ("demo",)],
    ids=["no command", "gui", "gui as a user", "smoke test", "demo"],
)
def test_the_window_without_a_display_says_so_in_one_line(args: tuple[str, ...]) -> None:
    result = run_without_display(*args)
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr == f"peercenter: {NO_DISPLAY_MESSAGE}\n"
    assert "desktop session" in result.stderr
    assert "peercenter --help" in result.stderr
    assert "xcb" not in result.stderr


def test_the_demo_is_not_made_when_no_window_can_show_it(tmp_path: Path) -> None:
    # Nothing is set up in the demo folder only to fail at the window.
    env = {key: value for key, value in os.environ.items() if key not in NO_DISPLAY}
    env["PEERCENTER_DEMO_DIR"] = str(tmp_path / "demo")
    result = subprocess.run(
        [sys.executable, "-m", "peercenter", "demo"],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1
    if sys.platform not in {"win32", "darwin"}:
        assert not (tmp_path / "demo").exists()


def test_the_command_line_works_without_a_display() -> None:
    assert run_without_display("--help").returncode == 0
    os.environ["PEERCENTER_PASSWORD"] = "a long passphrase"  # the test's own data folder
    try:
        made = run_without_display("init", "--admin", "admin")
    finally:
        del os.environ["PEERCENTER_PASSWORD"]
    assert made.returncode == 0, made.stderr
    check = run_without_display("db", "check")
    assert check.returncode == 0, check.stderr


@pytest.mark.parametrize(
    ("environ", "platform", "expected"),
    [
        ({}, "linux", False),
        ({"DISPLAY": ":0"}, "linux", True),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", True),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux", True),
        ({"DISPLAY": ""}, "linux", False),
        ({}, "freebsd14", False),
        ({}, "win32", True),
        ({}, "darwin", True),
    ],
)
def test_which_systems_have_a_display(
    environ: dict[str, str], platform: str, expected: bool
) -> None:
    assert has_display(environ, platform) is expected
