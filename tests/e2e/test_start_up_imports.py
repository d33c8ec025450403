"""What opening the window loads before it is drawn: the parts only later screens, dialogs,
upgrades or printing need stay out, so start-up does not grow with the features."""

from __future__ import annotations

import subprocess
import sys

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
