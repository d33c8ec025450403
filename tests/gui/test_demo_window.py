"""`peercenter demo` in the window: signed in straight away as the demo's administrator, and
after signing out its login window lists the demo logins, which all work with the password
shown there."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

import pytest

from peercenter.commands import demo
from peercenter.db.engine import Database
from peercenter.paths import DATA_DIR_ENV, demo_dir
from peercenter.services import auth
from peercenter.ui.flow import AppFlow
from peercenter.ui.ui_state import UiState


@pytest.fixture
def demo_database(tmp_path: Path) -> Any:
    folder = tmp_path / "demo"
    assert demo.ensure_demo(folder) is not None
    database = Database.from_url(demo.demo_url(folder))
    yield database
    database.dispose()


def test_the_demo_opens_signed_in_and_lists_its_logins_after_signing_out(
    qtbot: Any, demo_database: Database, tmp_path: Path
) -> None:
    flow = AppFlow(
        demo_database,
        UiState.from_file(str(tmp_path / "window.ini")),
        username=demo.DEMO_ADMIN,
        password=demo.DEMO_PASSWORD,
        login_note=demo.LOGIN_NOTE,
    )
    flow.start()
    window = flow.main_window
    assert window is not None and flow.login_dialog is None
    qtbot.addWidget(window)
    assert window.ctx.actor.username == demo.DEMO_ADMIN

    window.sign_out_action.trigger()
    dialog = flow.login_dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.note.isVisible()
    for login in demo.DEMO_LOGINS:
        assert login in dialog.note.text()
    assert demo.DEMO_PASSWORD in dialog.note.text()

    dialog.username.setText("frontdesk")
    dialog.password.setText(demo.DEMO_PASSWORD)
    dialog.sign_in_button.click()
    assert flow.main_window is not None
    qtbot.addWidget(flow.main_window)
    assert flow.main_window.ctx.actor.username == "frontdesk"


def test_every_listed_login_signs_in(demo_database: Database) -> None:
    for login in demo.DEMO_LOGINS:
        assert auth.login(demo_database, login, demo.DEMO_PASSWORD).username == login


def test_a_real_center_login_window_has_no_note(
    qtbot: Any, sqlite_database: Database, admin: Any, ui_state: UiState
) -> None:
    flow = AppFlow(sqlite_database, ui_state, username="admin")
    flow.start()
    assert flow.login_dialog is not None
    qtbot.addWidget(flow.login_dialog)
    assert flow.login_dialog.note.isHidden()


def test_the_demo_command_opens_the_window_on_the_demo_folder_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Everything the window finds through the data folder (backups, attachments) is the
    demo's, and so are the window's remembered size and screen."""
    opened: dict[str, Any] = {}

    def run_gui(url: str, **options: Any) -> int:
        opened.update(options, url=url, data_dir=os.environ[DATA_DIR_ENV])
        return 0

    monkeypatch.setattr("peercenter.app.run_gui", run_gui)
    monkeypatch.setenv("PEERCENTER_DB", "postgresql+psycopg://someone@server/center")
    args = argparse.Namespace(
        db=None, user=None, no_window=False, delete=False, exit_when_ready=True
    )
    assert demo.run(args) == 0
    folder = demo_dir()
    assert opened["url"] == f"sqlite:///{folder / 'peercenter.sqlite3'}"
    assert opened["data_dir"] == str(folder)
    assert opened["ui_state_file"] == str(folder / "window.ini")
    assert opened["username"] == demo.DEMO_ADMIN
    assert opened["password"] == demo.DEMO_PASSWORD
    assert opened["login_note"] == demo.LOGIN_NOTE
