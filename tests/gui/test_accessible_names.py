"""A screen reader names every control: each screen of each role, with the dialogs its
buttons open, walked on the demo center. A control is named when Qt's accessibility reports a
name for it (its accessible name, a buddy label's text, or its own text)."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget, QWidget

from peercenter.commands import demo
from peercenter.db.engine import Database
from peercenter.services import auth
from peercenter.services.connection import CenterConnection
from peercenter.ui.context import AppContext
from peercenter.ui.login_dialog import LoginDialog
from peercenter.ui.main_window import MainWindow
from peercenter.ui.screens.calendar import CalendarScreen
from peercenter.ui.screens.today import TodayScreen
from peercenter.ui.ui_state import UiState
from tests.e2e.dialog_walker import DialogWalker
from tests.gui.accessibility import controls, unnamed_controls

SKIP = ("Print", "P&rint")  # the system's print dialog


class NamingWalker(DialogWalker):
    """Opens dialogs like the cold-start probe, and looks at each of ours before closing it."""

    def __init__(self, app: QApplication, problems: list[str]) -> None:
        super().__init__(app, 2, SKIP, problems)
        self.seen: list[str] = []
        self.checked = 0

    def _visit(self, dialog: QDialog, path: list[str], depth: int) -> None:
        if type(dialog).__module__.startswith("peercenter."):
            self.look_at(dialog, " › ".join([*path, dialog.windowTitle()]))
        super()._visit(dialog, path, depth)

    def look_at(self, root: QWidget, where: str) -> None:
        self.seen.append(where)
        self.checked += len(controls(root))
        self.problems.extend(f"{where}: {what}" for what in unnamed_controls(root))


def _each_tab(root: QWidget) -> Iterator[str]:
    """Show each page of each tab widget in turn (their controls are hidden otherwise)."""
    tabs = [t for t in root.findChildren(QTabWidget) if t.isVisibleTo(root)]
    if not tabs:
        yield ""
        return
    for tab_widget in tabs:
        for index in range(tab_widget.count()):
            tab_widget.setCurrentIndex(index)
            yield tab_widget.tabText(index)


@pytest.mark.parametrize("login", demo.DEMO_LOGINS)
def test_every_control_of_every_screen_and_dialog_has_a_name(
    qtbot: Any, qapp: QApplication, demo_center: Database, login: str, tmp_path: Path
) -> None:
    actor = auth.login(demo_center, login, demo.DEMO_PASSWORD)
    window = MainWindow(AppContext(demo_center, actor, UiState.from_file(str(tmp_path / "w"))))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    problems: list[str] = []
    walker = NamingWalker(qapp, problems)
    walker.look_at(window, "main window")
    keys = window.sidebar.keys()  # a list widget's entries, not a dict
    for key in keys:
        window.open_screen(key)
        screen = window.screen_widget(key)
        assert screen is not None
        for tab in _each_tab(screen):
            where = f"{key} › {tab}" if tab else key
            walker.select_first_rows(screen)
            walker.look_at(screen, where)
            walker.press_buttons(screen, [where], depth=1)
        extra: list[tuple[str, Callable[[], object]]] = []
        if isinstance(screen, CalendarScreen) and screen.sessions_shown():
            first = screen.sessions_shown()[0].id
            extra.append(("session", functools.partial(screen.open_session, first)))
        if isinstance(screen, TodayScreen) and screen.model.rowCount():
            screen.table.selectRow(0)
            extra.append(("attendance", screen.take_attendance))
        for name, action in extra:
            walker.open_with(action, [key, name])
    for name, action in (
        ("my check-in", window.open_checkin),
        ("export calendar", window.export_calendar),
        ("change password", window.change_password),
    ):
        walker.open_with(action, ["File", name])
    window.show_guide()
    assert window.guide is not None
    walker.look_at(window.guide, "user guide")
    login_dialog = LoginDialog(CenterConnection.of(demo_center))
    qtbot.addWidget(login_dialog)
    login_dialog.show()
    walker.look_at(login_dialog, "login")
    # The walk reached the screens and their dialogs, so an empty list means something.
    assert walker.checked > 150, walker.seen
    assert len(walker.seen) > 12, walker.seen
    assert problems == [], "\n".join(problems)
