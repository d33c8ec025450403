"""Screenshots for reading and reach: Wellbeing, a credential card, the week with its legend,
the user guide, and the main screens in the dark scheme, in a 1366 x 768 window.

    python build_scripts/access_shots.py OUT_DIR

Run through screenshots.sh (a virtual X display and a temporary data folder); with
QT_SCALE_FACTOR=2 on a 2732 x 1536 display the same window is drawn at twice the scale.
The demo center is built first, so every screen has a year of data to show."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from peercenter.app import qt_application
from peercenter.commands import demo
from peercenter.db.engine import Database
from peercenter.services import auth
from peercenter.ui import theme
from peercenter.ui.context import AppContext
from peercenter.ui.main_window import MainWindow
from peercenter.ui.screens.calendar import CalendarScreen
from peercenter.ui.screens.credentials import CredentialsScreen
from peercenter.ui.ui_state import UiState

SIZE = (1366, 768)
SETTLE_MS = 500


def snap(out: Path, name: str) -> None:
    QTest.qWait(SETTLE_MS)
    target = out / f"{name}.png"
    subprocess.run(["import", "-window", "root", str(target)], check=True)
    print(f"  {target}")


def window_for(database: Database, login: str, state_dir: Path) -> MainWindow:
    actor = auth.login(database, login, demo.DEMO_PASSWORD)
    state = UiState.from_file(str(state_dir / f"{login}.ini"))
    window = MainWindow(AppContext(database, actor, state))
    window.resize(*SIZE)
    window.move(QPoint(0, 0))
    window.show()
    QTest.qWait(SETTLE_MS)
    return window


def shots(database: Database, out: Path, state_dir: Path, prefix: str) -> None:
    window = window_for(database, "supervisor", state_dir)
    window.open_screen("wellbeing")
    snap(out, f"{prefix}wellbeing")
    screen = window.screen_widget("wellbeing")
    bar = screen.page_scroll.verticalScrollBar()  # type: ignore[union-attr]
    bar.setValue(bar.maximum() // 3)
    snap(out, f"{prefix}wellbeing-charts")
    bar.setValue(bar.maximum())
    snap(out, f"{prefix}wellbeing-scrolled")
    window.close()

    window = window_for(database, "specialist", state_dir)
    window.open_screen("credentials")
    credentials = window.screen_widget("credentials")
    assert isinstance(credentials, CredentialsScreen)
    credentials.tabs.setCurrentWidget(credentials.progress)
    snap(out, f"{prefix}credential-card")
    window.open_screen("wellbeing")
    snap(out, f"{prefix}wellbeing-own")
    window.close()

    window = window_for(database, "admin", state_dir)
    window.open_screen("calendar")
    calendar = window.screen_widget("calendar")
    assert isinstance(calendar, CalendarScreen)
    calendar.week_view.setFocus()
    calendar.week_view.select_neighbour(1)
    snap(out, f"{prefix}week-with-legend")
    calendar.set_view("month")
    snap(out, f"{prefix}month")
    window.open_screen("today")
    window.show_guide()
    assert window.guide is not None
    window.guide.move(QPoint(300, 80))
    snap(out, f"{prefix}guide")
    window.close()


def main(argv: list[str]) -> int:
    out = Path(argv[1] if len(argv) > 1 else "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = qt_application()
    theme.apply(app)
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work) / "demo"
        demo.ensure_demo(folder)
        database = Database.from_url(demo.demo_url(folder))
        scale = os.environ.get("QT_SCALE_FACTOR", "1")
        prefix = "70-" if scale == "1" else "80-2x-"
        shots(database, out, Path(work), prefix)
        theme.use_scheme(app, theme.Scheme.DARK)
        shots(database, out, Path(work), prefix + "dark-")
        window = window_for(database, "frontdesk", Path(work))
        window.open_screen("today")
        snap(out, prefix + "dark-today")
        window.close()
        database.dispose()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
