"""The login window comes first and the database opens behind it: signing in waits for the
background load only when it is not done, and what the load finds (a damaged file, a center
not yet set up) takes the login window's place."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from peercenter.db.engine import Database, sqlite_path
from peercenter.services import starting
from peercenter.services.backup import service
from peercenter.services.connection import CenterConnection
from peercenter.services.context import Actor
from peercenter.services.starting import StartState
from peercenter.ui.first_start import FirstStartWizard
from peercenter.ui.flow import AppFlow
from peercenter.ui.login_dialog import WAITING
from peercenter.ui.recovery_dialog import RecoveryDialog
from peercenter.ui.start_loader import StartLoader
from peercenter.ui.ui_state import UiState
from tests import factories
from tests.db.test_recovery import _damage


def _url(database: Database) -> str:
    return str(database.engine.url)


@pytest.fixture
def started(qtbot: Any, ui_state: UiState) -> Iterator[list[AppFlow]]:
    """Flows started here have their background load finished and their database closed
    at the end of the test."""
    flows: list[AppFlow] = []
    yield flows
    for flow in flows:
        flow.wait_for_load()
        for window in (flow.login_dialog, flow.wizard, flow.main_window):
            if window is not None:
                window.close()
        if flow.connection is not None:
            flow.connection.dispose()


def _start(url: str, ui_state: UiState, flows: list[AppFlow], **options: Any) -> AppFlow:
    flow = AppFlow(StartLoader(url), ui_state, **options)
    flows.append(flow)
    flow.start()
    return flow


class SlowLoad:
    """Holds the background load back until ``release``: a slow disk, a big upgrade."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.gate = threading.Event()
        real = starting.prepare

        def prepare(connection: CenterConnection) -> StartState:
            if not self.gate.wait(timeout=30):
                raise TimeoutError("the test never released the load")
            return real(connection)

        monkeypatch.setattr(starting, "prepare", prepare)

    def release(self) -> None:
        self.gate.set()


def test_sign_in_waits_for_a_slow_background_load_then_goes_ahead(
    qtbot: Any,
    sqlite_database: Database,
    admin: Actor,
    ui_state: UiState,
    monkeypatch: pytest.MonkeyPatch,
    started: list[AppFlow],
) -> None:
    slow = SlowLoad(monkeypatch)
    flow = _start(_url(sqlite_database), ui_state, started, username="admin")
    dialog = flow.login_dialog
    assert dialog is not None and dialog.isVisible()  # before anything was opened
    assert flow.database is None
    dialog.password.setText(factories.PASSWORD)
    dialog.sign_in_button.click()
    assert dialog.message_text == WAITING
    assert not dialog.password.isEnabled() and not dialog.sign_in_button.isEnabled()
    qtbot.wait(100)
    assert flow.main_window is None  # still waiting: nothing signed in yet
    slow.release()
    qtbot.waitUntil(lambda: flow.main_window is not None, timeout=20_000)
    assert flow.main_window is not None
    qtbot.addWidget(flow.main_window)
    assert flow.main_window.isVisible()
    assert flow.main_window.user_label.text().startswith("Signed in: ")
    assert QApplication.overrideCursor() is None


def test_a_wrong_password_typed_during_the_load_is_refused_once_it_is_done(
    qtbot: Any,
    sqlite_database: Database,
    admin: Actor,
    ui_state: UiState,
    monkeypatch: pytest.MonkeyPatch,
    started: list[AppFlow],
) -> None:
    slow = SlowLoad(monkeypatch)
    flow = _start(_url(sqlite_database), ui_state, started, username="admin")
    dialog = flow.login_dialog
    assert dialog is not None
    dialog.password.setText("not my password")
    dialog.sign_in_button.click()
    slow.release()
    qtbot.waitUntil(lambda: dialog.message_text == "Wrong user name or password.")
    assert dialog.center_label.text() == "Harbor Light Recovery Center"
    assert dialog.password.isEnabled() and dialog.password.text() == ""
    assert flow.main_window is None


def test_without_typing_the_load_finishes_behind_the_login_window(
    qtbot: Any,
    sqlite_database: Database,
    admin: Actor,
    ui_state: UiState,
    started: list[AppFlow],
) -> None:
    flow = _start(_url(sqlite_database), ui_state, started)
    qtbot.waitUntil(lambda: flow.is_loaded, timeout=20_000)
    dialog = flow.login_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.center_label.text() == "Harbor Light Recovery Center"
    assert dialog.message_text == ""
    dialog.username.setText("admin")
    dialog.password.setText(factories.PASSWORD)
    dialog.sign_in_button.click()
    assert flow.main_window is not None  # no waiting once loaded
    qtbot.addWidget(flow.main_window)


def _answer_repair(click_restore: bool, seen: list[RecoveryDialog]) -> None:
    """The repair dialog is modal: answer it once it shows."""
    dialogs = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, RecoveryDialog) and w.isVisible()
    ]
    if not dialogs:
        QTimer.singleShot(20, lambda: _answer_repair(click_restore, seen))
        return
    seen.extend(dialogs)
    if click_restore:
        dialogs[0].restore_button.click()
    else:
        dialogs[0].reject()


def test_a_damaged_file_takes_the_login_window_away_for_its_repair(
    qtbot: Any,
    sqlite_database: Database,
    admin: Actor,
    ui_state: UiState,
    started: list[AppFlow],
) -> None:
    assert service.back_up_now(sqlite_database, admin).backup is not None
    url = _url(sqlite_database)
    _damage(sqlite_database)
    seen: list[RecoveryDialog] = []
    QTimer.singleShot(0, lambda: _answer_repair(True, seen))
    flow = _start(url, ui_state, started)
    first = flow.login_dialog
    assert first is not None  # the file holds data: the login window opens at once
    qtbot.waitUntil(lambda: len(seen) == 1 and flow.is_loaded, timeout=30_000)
    assert "The database is damaged" in seen[0].explanation.text()
    dialog = flow.login_dialog
    assert dialog is not None and dialog is not first and dialog.isVisible()
    dialog.username.setText("admin")
    dialog.password.setText(factories.PASSWORD)
    dialog.sign_in_button.click()
    assert flow.main_window is not None  # the backup put back is the center again
    qtbot.addWidget(flow.main_window)


def test_an_empty_file_is_damaged_never_new(
    qtbot: Any,
    sqlite_database: Database,
    admin: Actor,
    ui_state: UiState,
    started: list[AppFlow],
) -> None:
    assert service.back_up_now(sqlite_database, admin).backup is not None
    url = _url(sqlite_database)
    path = sqlite_path(url)
    assert path is not None
    sqlite_database.dispose()
    for leftover in path.parent.glob(path.name + "*"):
        leftover.unlink()
    path.write_bytes(b"")
    seen: list[RecoveryDialog] = []
    QTimer.singleShot(0, lambda: _answer_repair(False, seen))
    flow = _start(url, ui_state, started)
    assert flow.login_dialog is None and flow.wizard is None  # not decided from the file
    with qtbot.waitSignal(flow.finished, timeout=30_000) as finished:
        pass
    assert finished.args == [0]  # the person chose to quit rather than repair
    assert len(seen) == 1
    assert flow.wizard is None  # never offered to set up a new center over it
    assert path.stat().st_size == 0  # and nothing was written into it


def test_a_new_file_opens_the_first_start_window_once_it_is_made(
    qtbot: Any, tmp_path: Path, ui_state: UiState, started: list[AppFlow]
) -> None:
    flow = _start(f"sqlite:///{tmp_path / 'new.sqlite3'}", ui_state, started)
    assert flow.login_dialog is None  # no login window for a center that does not exist
    qtbot.waitUntil(lambda: flow.wizard is not None, timeout=30_000)
    assert isinstance(flow.wizard, FirstStartWizard) and flow.wizard.isVisible()
    assert flow.login_dialog is None


def test_the_login_window_names_the_center_before_its_database_opens(
    qtbot: Any,
    sqlite_database: Database,
    admin: Actor,
    ui_state: UiState,
    monkeypatch: pytest.MonkeyPatch,
    started: list[AppFlow],
) -> None:
    first = _start(_url(sqlite_database), ui_state, started)
    assert first.login_dialog is not None
    assert first.login_dialog.center_label.isHidden()  # never opened on this computer
    qtbot.waitUntil(lambda: first.is_loaded, timeout=20_000)
    first.login_dialog.reject()
    slow = SlowLoad(monkeypatch)
    again = _start(_url(sqlite_database), ui_state, started)
    assert again.login_dialog is not None
    assert again.login_dialog.center_label.text() == "Harbor Light Recovery Center"
    assert not again.is_loaded
    slow.release()


def test_an_empty_file_without_a_backup_offers_only_a_backup_file_and_is_left_alone(
    qtbot: Any, tmp_path: Path, ui_state: UiState, started: list[AppFlow]
) -> None:
    path = tmp_path / "center.sqlite3"
    path.write_bytes(b"")
    seen: list[RecoveryDialog] = []
    QTimer.singleShot(0, lambda: _answer_repair(False, seen))
    flow = _start(f"sqlite:///{path}", ui_state, started)
    with qtbot.waitSignal(flow.finished, timeout=30_000) as finished:
        pass
    assert finished.args == [0]  # the person chose to quit
    assert len(seen) == 1
    assert "no good backup of this center was found" in seen[0].explanation.text()
    assert seen[0].restore_button.isHidden() and not seen[0].choose_button.isHidden()
    assert flow.wizard is None and path.stat().st_size == 0
