"""What opening the window loads before it is drawn: the parts only later screens, dialogs,
upgrades or printing need stay out, so start-up does not grow with the features."""

from __future__ import annotations

import subprocess
import sys

LATER = ("alembic", "icalendar", "cryptography", "reportlab", "PIL", "PySide6.QtCharts",
         "PySide6.QtPdf", "PySide6.QtPrintSupport", "peercenter.ui.first_start",
         "peercenter.ui.dialogs.export_calendar", "peercenter.services.backup.restore")

PROBE = """
import sys
from peercenter.cli import build_parser
build_parser()
import peercenter.app, peercenter.ui.flow, peercenter.ui.main_window, peercenter.ui.screens.today
import peercenter.services.backup.recovery  # the check before the window opens
print(",".join(m for m in sys.argv[1:] if m in sys.modules))
"""


def test_opening_the_window_loads_nothing_a_later_screen_needs() -> None:
    result = subprocess.run([sys.executable, "-c", PROBE, *LATER], capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


SOURCE_PROBE = """
import linecache
from peercenter.cli import build_parser
build_parser()
import peercenter.app, peercenter.ui.flow, peercenter.ui.main_window, peercenter.ui.screens.today
held = [name for name, entry in linecache.cache.items() if len(entry) > 2 and name.endswith(".py")
        and any(part in name for part in ("sqlalchemy", "peercenter", "ctypes", "dateutil"))]
print(held)
"""


def test_opening_the_window_does_not_read_the_source_of_the_modules_it_imports() -> None:
    """PySide6 reads (and keeps) the source of every module an import statement names once it
    is loaded; the program tells it from the module's name instead, so start-up holds no text
    of the database layer, its own modules or the libraries it imports."""
    result = subprocess.run([sys.executable, "-c", SOURCE_PROBE], capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
