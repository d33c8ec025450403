"""The idle lock: a quiet window locks itself and hides everything (open dialogs too); the
same person gets it all back with their unsaved typing; someone else starts fresh; wrong
passwords count toward the lockout like at the login dialog."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from peercenter.db.engine import Database
from peercenter.domain.enums import Role
from peercenter.services import auth, settings, staff
from peercenter.services.context import Actor
from peercenter.ui.flow import AppFlow
from peercenter.ui.main_window import MainWindow
from peercenter.ui.screens.participants import ParticipantsScreen
from peercenter.ui.ui_state import UiState
from tests import factories

TINY_MS = 150


def _locking_window(flow: AppFlow, qtbot: Any, actor: Actor) -> MainWindow:
    flow.show_main(actor)
    window = flow.main_window
    assert window is not None
    qtbot.addWidget(window)
    window.locker.watcher.set_interval(TINY_MS)
    return window


def _type_into_a_new_participant(window: MainWindow, qtbot: Any) -> Any:
    window.open_screen("participants")
    screen = window.screen_widget("participants")
    assert isinstance(screen, ParticipantsScreen)
    screen.add_button.click()
    dialog = screen.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.preferred_name, "Half-typed name")
    return dialog


def _unlock(window: MainWindow, qtbot: Any, username: str, password: str) -> None:
    page = window.locker.page
    page.username.setText(username)
    qtbot.keyClicks(page.password, password)
    qtbot.keyClick(page.password, Qt.Key.Key_Return)


def test_idle_window_locks_and_the_same_person_gets_everything_back(
    qtbot: Any, sqlite_database: Database, admin: Actor, ui_state: UiState
) -> None:
    flow = AppFlow(sqlite_database, ui_state)
    window = _locking_window(flow, qtbot, admin)
    window.show()
    dialog = _type_into_a_new_participant(window, qtbot)
    qtbot.waitUntil(lambda: window.locker.locked, timeout=5000)
    # Nothing of the work shows: the dialog, the menus and the status bar are hidden.
    assert not dialog.isVisible()
    assert window.centralWidget().currentWidget() is window.locker.page  # type: ignore[attr-defined]
    assert not window.menuBar().isVisible() and not window.statusBar().isVisible()
    assert window.locker.page.username.text() == "admin"
    _unlock(window, qtbot, "admin", "not my password")
    assert window.locker.locked
    assert "Wrong user name or password" in window.locker.page.message_text
    _unlock(window, qtbot, "admin", factories.PASSWORD)
    assert not window.locker.locked
    assert flow.main_window is window
    assert dialog.isVisible() and dialog.preferred_name.text() == "Half-typed name"
    assert window.current_key == "participants" and window.menuBar().isVisible()


def test_another_person_signing_in_starts_fresh(
    qtbot: Any, sqlite_database: Database, admin: Actor, ui_state: UiState
) -> None:
    factories.staff_with_login(sqlite_database, admin, "desk", Role.FRONT_DESK, "Dee", "Desk")
    flow = AppFlow(sqlite_database, ui_state)
    window = _locking_window(flow, qtbot, admin)
    window.show()
    dialog = _type_into_a_new_participant(window, qtbot)
    window.locker.lock()
    _unlock(window, qtbot, "desk", factories.PASSWORD)
    fresh = flow.main_window
    assert fresh is not None and fresh is not window
    qtbot.addWidget(fresh)
    assert fresh.ctx.actor.username == "desk" and fresh.isVisible()
    assert not window.isVisible() and not dialog.isVisible()
    visible_dialogs = [
        w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not fresh
    ]
    assert visible_dialogs == []
    assert "Staff" not in [fresh.sidebar.item(i).text() for i in range(fresh.sidebar.count())]


def test_unlocking_reads_the_person_again(
    qtbot: Any, sqlite_database: Database, admin: Actor, ui_state: UiState
) -> None:
    """An administrator changed the person's role while the window was locked: the same
    password brings a fresh window with the new role's screens, not the old rights."""
    sue_id = factories.staff_with_login(
        sqlite_database, admin, "sue", Role.SUPERVISOR, "Sue", "Grant", supervisor=True
    )
    flow = AppFlow(sqlite_database, ui_state)
    with sqlite_database.reader() as s:
        sue = factories.actor(s, "sue")
    window = _locking_window(flow, qtbot, sue)
    window.show()
    assert "Wellbeing" in [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    window.locker.lock()
    with sqlite_database.session() as s:
        detail = staff.get_staff(s, admin, sue_id)
        staff.update_staff(
            s,
            admin,
            sue_id,
            detail.form,
            detail.version,
            staff.LoginForm(username="sue", role=Role.FRONT_DESK),
        )
    # Until then, the old window's next action is refused.
    with pytest.raises(auth.AccountChanged), sqlite_database.reader():
        pass
    _unlock(window, qtbot, "sue", factories.PASSWORD)
    fresh = flow.main_window
    assert fresh is not None and fresh is not window
    qtbot.addWidget(fresh)
    assert fresh.ctx.actor.role is Role.FRONT_DESK
    titles = [fresh.sidebar.item(i).text() for i in range(fresh.sidebar.count())]
    assert "Wellbeing" not in titles
    with sqlite_database.reader():
        pass  # the new window's actions go through


def test_wrong_passwords_on_the_lock_page_lock_the_account(
    qtbot: Any, sqlite_database: Database, admin: Actor, ui_state: UiState
) -> None:
    flow = AppFlow(sqlite_database, ui_state)
    window = _locking_window(flow, qtbot, admin)
    window.show()
    window.locker.lock()
    for _ in range(5):
        _unlock(window, qtbot, "admin", "wrong password!")
    assert "locked after 5 wrong passwords" in window.locker.page.message_text
    _unlock(window, qtbot, "admin", factories.PASSWORD)  # too late: locked for 15 minutes
    assert window.locker.locked
    assert "locked" in window.locker.page.message_text


def test_input_keeps_the_window_unlocked_and_the_idle_time_is_a_setting(
    qtbot: Any, sqlite_database: Database, admin: Actor, ui_state: UiState
) -> None:
    with sqlite_database.session() as s:
        settings.set_value(s, admin, "security.idle_lock_minutes", 3)
    flow = AppFlow(sqlite_database, ui_state)
    flow.show_main(admin)
    window = flow.main_window
    assert window is not None
    qtbot.addWidget(window)
    assert window.locker.watcher.timer.interval() == 3 * 60_000
    window.show()
    qtbot.wait(300)
    before = window.locker.watcher.timer.remainingTime()
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Down)  # any key starts the wait over
    assert window.locker.watcher.timer.remainingTime() > before
    window.locker.watcher.set_interval(TINY_MS)
    qtbot.waitUntil(lambda: window.locker.locked, timeout=5000)
    window.lock_action.trigger()  # already locked: nothing changes
    assert window.locker.locked
