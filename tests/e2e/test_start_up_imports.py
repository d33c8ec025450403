"""What opening the window loads before it is drawn: the parts only later screens, dialogs,
upgrades or printing need stay out, so start-up does not grow with the features. The login
window, the first thing a person sees, is drawn before the database layer is loaded at all."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

LATER = (
    "alembic",
    "icalendar",
    "cryptography",
    "reportlab",
    "PIL",
    "PySide6.QtCharts",
    "PySide6.QtPdf",
    "PySide6.QtPrintSupport",
    "peercenter.ui.first_start",
    "peercenter.ui.dialogs.export_calendar",
    "peercenter.services.backup.restore",
    "peercenter.ui.screens.reports",
    "peercenter.services.service_report",
)

# What `peercenter gui` imports before the window is drawn.
OPEN_THE_WINDOW = """
import linecache, sys
from peercenter.cli import build_parser
build_parser()
import peercenter.app, peercenter.ui.flow, peercenter.ui.main_window, peercenter.ui.screens.today
import peercenter.services.backup.recovery  # the check before the window opens
"""


def _after_opening_the_window(report: str, *args: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", OPEN_THE_WINDOW + report, *args],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_opening_the_window_loads_nothing_a_later_screen_needs() -> None:
    loaded = _after_opening_the_window(
        'print(",".join(m for m in sys.argv[1:] if m in sys.modules))', *LATER
    )
    assert loaded == ""


def test_opening_the_window_does_not_read_the_source_of_the_modules_it_imports() -> None:
    """PySide6 reads (and keeps) the source of every module an import statement names once it
    is loaded; the program tells it from the module's name instead, so start-up holds no text
    of the database layer, its own modules or the libraries it imports."""
    held = _after_opening_the_window(
        "print([name for name, entry in linecache.cache.items() if len(entry) > 2"
        ' and name.endswith(".py") and any(part in name for part in'
        ' ("sqlalchemy", "peercenter", "ctypes", "dateutil"))])'
    )
    assert held == "[]"


# Runs `peercenter gui --exit-at-login` and lists, at the moment the login window is drawn,
# the loaded modules of the database layer, the services and their libraries.
AT_LOGIN = """
import sys
import peercenter.ui.ready_probe as probe
from peercenter.cli import main

def report(started):
    heavy = ("sqlalchemy", "alembic", "argon2", "peercenter.services.", "peercenter.db.engine",
             "peercenter.db.models", "peercenter.ui.main_window", "peercenter.ui.first_start")
    # The import command's list of kinds is plain data (the command line's help needs it).
    allowed = ("peercenter.services.csv_import.kinds",)
    print("loaded:", sorted(m for m in sys.modules if m.startswith(heavy) and m not in allowed))

probe.report_ready = report
sys.exit(main(sys.argv[1:]))
"""


def test_the_login_window_is_drawn_without_the_database_layer_or_the_services(
    tmp_path: Path,
) -> None:
    center = tmp_path / "center.sqlite3"
    center.write_bytes(b"SQLite format 3\x00" + bytes(4080))  # holds data: login comes first
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PEERCENTER_DATA_DIR": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    result = subprocess.run(
        [sys.executable, "-c", AT_LOGIN, "--db", f"sqlite:///{center}", "gui", "--exit-at-login"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert "loaded: []" in result.stdout.splitlines()
    assert center.read_bytes()[:16] == b"SQLite format 3\x00"  # not even opened
