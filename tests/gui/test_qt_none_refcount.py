"""A long session's worth of Qt calls does not abort the program (see peercenter.ui)."""

from __future__ import annotations

import os
import subprocess
import sys

CALLS = """
import peercenter.ui
from PySide6.QtGui import QColor
for _ in range(200_000):
    QColor("#ffffff").setAlpha(3)  # a Qt function that returns nothing
print("still running")
"""

# A checkbox's toggled signal carries a boolean; each emit drops a reference to it.
TOGGLES = """
import peercenter.ui
from PySide6.QtWidgets import QApplication, QCheckBox
app = QApplication([])
box = QCheckBox()
for _ in range(100_000):
    box.toggled.emit(True)
    box.toggled.emit(False)
print("still running")
"""


def test_many_qt_calls_returning_nothing_do_not_abort() -> None:
    result = subprocess.run(
        [sys.executable, "-c", CALLS],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-400:]
    assert result.stdout.strip() == "still running"


def test_without_the_fix_the_same_calls_abort_on_python_3_11() -> None:
    """The test above can fail: the fix is what keeps the program alive (on Python 3.12 and
    later None is immortal and the calls are harmless without it)."""
    result = subprocess.run(
        [sys.executable, "-c", CALLS.replace("import peercenter.ui\n", "")],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )
    if sys.version_info < (3, 12):
        assert result.returncode != 0 and "deallocating None" in result.stderr
    else:
        assert result.returncode == 0


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )


def test_many_signals_carrying_true_or_false_do_not_abort() -> None:
    result = _run(TOGGLES)
    assert result.returncode == 0, result.stderr[-400:]
    assert result.stdout.strip() == "still running"


def test_without_the_fix_the_same_signals_abort_on_python_3_11() -> None:
    result = _run(TOGGLES.replace("import peercenter.ui\n", ""))
    if sys.version_info < (3, 12):
        assert result.returncode != 0 and "deallocating True or False" in result.stderr
    else:
        assert result.returncode == 0
