"""Screens that stay live on a center's server, each computer connected as its own person: a
front desk's window shows another desk's check-in without a refresh (on Today and in the
attendance sheet open there; how soon is timed by `make bench`), and a form being typed into
says that its record was changed on another computer and keeps the typing."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from peercenter.db.engine import Database
from peercenter.domain.enums import AttendanceStatus
from peercenter.services import auth, participants
from peercenter.services.schedule import attendance
from peercenter.ui.context import AppContext
from peercenter.ui.dialogs.attendance import AttendanceDialog
from peercenter.ui.dialogs.participant import ParticipantDialog
from peercenter.ui.main_window import MainWindow
from peercenter.ui.screens.today import TodayScreen
from peercenter.ui.ui_state import UiState
from peercenter.ui.widgets.record_dialog import CHANGED_ELSEWHERE
from tests.factories import PASSWORD
from tests.gui.live_desks import WAIT_MS
from tests.insider.conftest import Center

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)"),
]


@pytest.fixture
def computers(center: Center) -> Iterator[dict[str, Database]]:
    """Fran's computer, with the window, and two other desks: Sue's and the administrator's,
    each signed in as its person."""
    found = {name: center.server.database() for name in ("fran", "sue", "admin")}
    try:
        yield found
    finally:
        for database in found.values():
            database.dispose()


@pytest.fixture
def window(qtbot: Any, computers: dict[str, Database], tmp_path: Path) -> MainWindow:
    fran = auth.login(computers["fran"], "fran", PASSWORD)
    window = MainWindow(
        AppContext(computers["fran"], fran, UiState.from_file(str(tmp_path / "ui.ini")))
    )
    qtbot.addWidget(window)
    window.show()
    window.open_screen("today")
    watcher = window.live.watcher
    assert watcher is not None and watcher.ready.wait(10)
    return window


def test_another_desks_check_in_shows_on_today_and_in_the_open_check_in(
    qtbot: Any, center: Center, computers: dict[str, Database], window: MainWindow
) -> None:
    today = window.screen_widget("today")
    assert isinstance(today, TodayScreen)
    assert "0 attended" in today.summary.text()
    today.take_attendance()
    dialog = today.dialog
    assert isinstance(dialog, AttendanceDialog)
    sue = auth.login(computers["sue"], "sue", PASSWORD)
    with computers["sue"].session() as s:
        attendance.mark(s, sue, center.session_id, center.participant_id, AttendanceStatus.LATE)
    qtbot.waitUntil(lambda: "1 attended" in today.summary.text(), timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: [r.status for r in dialog.model.rows] == [AttendanceStatus.LATE],
        timeout=WAIT_MS,
    )
    dialog.close()


def test_a_form_edited_on_another_computer_says_so_and_keeps_the_typing(
    qtbot: Any, center: Center, computers: dict[str, Database], window: MainWindow
) -> None:
    dialog = ParticipantDialog(window.ctx, center.participant_id, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.notes is not None  # the administrator's form has the notes
    dialog.notes.setPlainText("Asked about the evening group")
    admin = auth.login(computers["admin"], "admin", PASSWORD)
    with computers["admin"].session() as s:
        loaded = participants.get(s, admin, center.participant_id)
        participants.update(
            s,
            admin,
            center.participant_id,
            replace(loaded.form, notes="Moved to the evening group"),
            loaded.version,
        )
    qtbot.waitUntil(lambda: dialog.banner.text == CHANGED_ELSEWHERE, timeout=WAIT_MS)
    assert dialog.notes.toPlainText() == "Asked about the evening group"
    dialog.banner.button.click()  # Reload
    assert dialog.notes.toPlainText() == "Moved to the evening group"
