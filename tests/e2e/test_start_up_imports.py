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
