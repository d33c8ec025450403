"""Starting straight into the main window with a name and password given up front, and the
moment the first window is drawn (what the start-up benchmark measures)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from peercenter.db.engine import Database
from peercenter.domain.recurrence import Frequency, Recurrence
from peercenter.services import settings
from peercenter.services.context import Actor
from peercenter.ui.flow import AppFlow
from peercenter.ui.ready_probe import ReadyProbe
from peercenter.ui.start_loader import StartLoader
from peercenter.ui.ui_state import UiState
from tests import factories
from tests.schedule_factories import front_desk


def test_name_and_password_given_up_front_open_the_main_window_directly(
    qtbot: Any, sqlite_database: Database, admin: Actor, ui_state: UiState
) -> None:
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
    qtbot: Any, sqlite_database: Database, admin: Actor, ui_state: UiState
) -> None:
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


def test_sessions_are_planned_ahead_in_the_background_once_the_window_is_drawn(
    qtbot: Any, sqlite_database: Database, admin: Actor, ui_state: UiState
) -> None:
    desk = front_desk(sqlite_database, admin)
    detail = desk.group("Weekly", rule=Recurrence(Frequency.WEEKLY, weekdays=(1,)))
    before = len(desk.local_starts(detail.id))
    with sqlite_database.session() as s:  # sessions are now planned further ahead
        settings.set_value(s, admin, "schedule.horizon_months", 18)
    flow = AppFlow(sqlite_database, ui_state)
    flow.show_main(admin)
    window = flow.main_window
    assert window is not None
    qtbot.addWidget(window)
    assert not flow.horizon_extended  # not before the window is drawn
    qtbot.waitUntil(lambda: flow.horizon_extended, timeout=20_000)
    added = len(desk.local_starts(detail.id)) - before
    assert added > 0
    assert window.statusBar().currentMessage() == f"{added} more sessions planned ahead."


def test_measuring_the_login_window_draws_it_and_opens_nothing_behind_it(
    qtbot: Any, sqlite_database: Database, admin: Actor, ui_state: UiState
) -> None:
    """What `peercenter gui --exit-at-login` times: the login window on its own."""
    flow = AppFlow(StartLoader(str(sqlite_database.engine.url)), ui_state, load=False)
    drawn: list[bool] = []
    flow.window_shown.connect(lambda w: ReadyProbe(lambda: drawn.append(True), w).watch(w))
    flow.start()
    assert flow.login_dialog is not None
    qtbot.addWidget(flow.login_dialog)
    qtbot.waitUntil(lambda: drawn == [True])
    qtbot.wait(100)
    assert not flow.is_loaded and flow.connection is None
