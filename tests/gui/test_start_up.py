"""Starting straight into the main window with a name and password given up front, and the
moment the first window is drawn (what the start-up benchmark measures)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from peercenter.db.engine import Database
from peercenter.services.context import Actor
from peercenter.ui.flow import AppFlow
from peercenter.ui.ready_probe import ReadyProbe
from peercenter.ui.ui_state import UiState
from tests import factories


def test_name_and_password_given_up_front_open_the_main_window_directly(
        qtbot: Any, sqlite_database: Database, admin: Actor, ui_state: UiState) -> None:
    flow = AppFlow(sqlite_database, ui_state, username="admin", password=factories.PASSWORD)
    shown: list[QWidget] = []
    flow.window_shown.connect(shown.append)
    flow.start()
    assert flow.login_dialog is None and flow.main_window is not None
    qtbot.addWidget(flow.main_window)
    assert shown == [flow.main_window]
    assert flow.main_window.current_key == "today"
    assert flow.main_window.user_label.text().startswith("Signed in: ")


def test_a_wrong_password_given_up_front_leaves_the_login_dialog_saying_why(
        qtbot: Any, sqlite_database: Database, admin: Actor, ui_state: UiState) -> None:
    flow = AppFlow(sqlite_database, ui_state, username="admin", password="not it")
    flow.start()
    assert flow.main_window is None and flow.login_dialog is not None
    qtbot.addWidget(flow.login_dialog)
    assert flow.login_dialog.isVisible()
    assert flow.login_dialog.username.text() == "admin"
    assert flow.login_dialog.message_text == "Wrong user name or password."


def test_the_probe_fires_once_the_window_has_been_drawn(qtbot: Any) -> None:
    fired: list[bool] = []
    probe = ReadyProbe(lambda: fired.append(True))
    window = QWidget()
    qtbot.addWidget(window)
    probe.watch(window)
    assert fired == []
    window.show()
    qtbot.waitUntil(lambda: fired == [True])
    window.update()
    qtbot.wait(50)
    assert fired == [True]  # only the first drawing counts
