"""The layers of the design are checked by `lint-imports` (contracts in pyproject.toml). The
contracts hold on this tree, and a forbidden import added to a copy of it is caught."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-c",
            "from importlinter.cli import lint_imports_command; lint_imports_command()",
            "--no-cache",
        ],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PYTHONPATH": str(root)},
    )


def _copy(tmp_path: Path) -> Path:
    copy = tmp_path / "tree"
    shutil.copytree(
        ROOT / "peercenter", copy / "peercenter", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copy(ROOT / "pyproject.toml", copy / "pyproject.toml")
    return copy


def test_the_contracts_hold() -> None:
    result = _lint_imports(ROOT)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "broken" not in result.stdout.lower().replace("0 broken", "")


def test_qt_in_the_domain_is_caught(tmp_path: Path) -> None:
    copy = _copy(tmp_path)
    rule = copy / "peercenter" / "domain" / "recurrence.py"
    rule.write_text(rule.read_text() + "\nimport PySide6.QtCore  # forbidden here\n")
    result = _lint_imports(copy)
    assert result.returncode != 0
    assert "The domain is pure Python" in result.stdout and "BROKEN" in result.stdout
    assert "peercenter.domain.recurrence -> PySide6" in result.stdout


def test_a_screen_importing_another_screen_is_caught(tmp_path: Path) -> None:
    copy = _copy(tmp_path)
    screen = copy / "peercenter" / "ui" / "screens" / "rooms" / "screen.py"
    screen.write_text(
        screen.read_text() + "\n\ndef _later() -> None:\n"
        "    from peercenter.ui.screens.staff import StaffScreen  # noqa: F401\n"
    )
    result = _lint_imports(copy)
    assert result.returncode != 0
    assert "Screens do not import each other BROKEN" in result.stdout


def test_a_service_importing_the_window_is_caught(tmp_path: Path) -> None:
    copy = _copy(tmp_path)
    service = copy / "peercenter" / "services" / "today.py"
    service.write_text(service.read_text() + "\nfrom peercenter.ui import theme  # noqa: F401\n")
    result = _lint_imports(copy)
    assert result.returncode != 0
    assert "Layers, one way BROKEN" in result.stdout
