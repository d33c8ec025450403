"""Signing in, wrong passwords and the lockout, and signing out again."""

from __future__ import annotations

from typing import Any

import pytest

from peercenter.db.engine import Database
from peercenter.domain.enums import Role
from peercenter.services.context import Actor
from peercenter.ui.flow import AppFlow
from peercenter.ui.login_dialog import LoginDialog
from peercenter.ui.ui_state import UiState
from tests import factories


@pytest.fixture
def flow(qtbot: Any, sqlite_database: Database, admin: Actor, ui_state: UiState) -> AppFlow:
    flow = AppFlow(sqlite_database, ui_state, username="admin")
    flow.start()
    assert flow.wizard is None and flow.login_dialog is not None
    qtbot.addWidget(flow.login_dialog)
    return flow


def _dialog(flow: AppFlow) -> LoginDialog:
    assert flow.login_dialog is not None
    return flow.login_dialog


def test_user_name_is_prefilled_and_center_named(flow: AppFlow) -> None:
    dialog = _dialog(flow)
    assert dialog.isVisible()
    assert dialog.username.text() == "admin"
    assert dialog.password.text() == ""
    assert dialog.center_label.text() == "Harbor Light Recovery Center"


def test_wrong_password_shows_the_message_in_the_dialog_and_clears_the_password(
    flow: AppFlow, popups: Any
) -> None:
    dialog = _dialog(flow)
    dialog.password.setText("not my password")
    dialog.sign_in_button.click()
    assert dialog.isVisible()
    assert dialog.message_text == "Wrong user name or password."
    assert dialog.password.text() == ""
    assert flow.main_window is None
    assert popups.shown == []


def test_five_wrong_passwords_lock_the_account(flow: AppFlow) -> None:
    dialog = _dialog(flow)
    for _ in range(4):
        dialog.password.setText("not my password")
        dialog.sign_in_button.click()
    assert "1 more wrong try will lock the account" in dialog.message_text
    dialog.password.setText("not my password")
    dialog.sign_in_button.click()
    assert "This account is locked after 5 wrong passwords" in dialog.message_text

    dialog.password.setText(factories.PASSWORD)  # even the right one is refused while locked
    dialog.sign_in_button.click()
    assert "locked" in dialog.message_text
    assert flow.main_window is None


def test_empty_user_name_is_asked_for(flow: AppFlow) -> None:
    dialog = _dialog(flow)
    dialog.username.clear()
    dialog.sign_in_button.click()
    assert dialog.message_text == "Type your user name."


def test_right_password_opens_the_main_window(qtbot: Any, flow: AppFlow) -> None:
    dialog = _dialog(flow)
    with qtbot.waitSignal(dialog.signed_in) as signed_in:
        dialog.password.setText(factories.PASSWORD)
        dialog.sign_in_button.click()
    assert signed_in.args[0].username == "admin"
    window = flow.main_window
    assert window is not None and window.isVisible()
    qtbot.addWidget(window)
    assert not dialog.isVisible()


def test_sign_out_returns_to_a_fresh_login_dialog(
    qtbot: Any, flow: AppFlow, sqlite_database: Database, admin: Actor
) -> None:
    dialog = _dialog(flow)
    dialog.password.setText(factories.PASSWORD)
    dialog.sign_in_button.click()
    window = flow.main_window
    assert window is not None
    qtbot.addWidget(window)

    with qtbot.assertNotEmitted(flow.finished):
        window.sign_out_action.trigger()
    assert not window.isVisible()
    assert flow.main_window is None
    fresh = _dialog(flow)
    qtbot.addWidget(fresh)
    assert fresh is not dialog and fresh.isVisible()
    assert fresh.username.text() == ""

    factories.staff_with_login(sqlite_database, admin, "sam", Role.FRONT_DESK)
    fresh.username.setText("sam")
    fresh.password.setText(factories.PASSWORD)
    fresh.sign_in_button.click()
    assert flow.main_window is not None
    qtbot.addWidget(flow.main_window)
    assert "Sam Rivera (Front desk)" in flow.main_window.user_label.text()


def test_quitting_the_login_dialog_ends_the_program(qtbot: Any, flow: AppFlow) -> None:
    with qtbot.waitSignal(flow.finished):
        _dialog(flow).reject()
