"""The window on a center's server, as each person uses it: the login names the center
(read by the sign-in role, which can read nothing else), signing in connects as that person,
every screen of their role opens without the server refusing anything, and signing out
closes the person's connection."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from peercenter.ui import messages
from peercenter.ui.flow import AppFlow
from peercenter.ui.ui_state import UiState
from tests.factories import PASSWORD
from tests.insider.conftest import Center

# The offscreen platform cannot pass a window's size limits on (as in tests/gui).
pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)"),
]


@pytest.mark.parametrize("name", ["admin", "sue", "fran", "pat"])
def test_every_screen_of_each_role_opens_on_the_server(
    qtbot: Any, center: Center, name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    problems: list[str] = []
    monkeypatch.setattr(
        messages,
        "show_error",
        lambda _parent, error, title="": problems.append(getattr(error, "message", str(error))),
    )
    database = center.server.database()
    flow = AppFlow(database, UiState.from_file(str(tmp_path / "ui.ini")), username=name)
    try:
        flow.start()
        dialog = flow.login_dialog
        assert dialog is not None
        qtbot.addWidget(dialog)
        assert dialog.center_label.text() == "Harbor Light Recovery Center"
        with qtbot.waitSignal(dialog.signed_in):
            dialog.password.setText(PASSWORD)
            dialog.sign_in_button.click()
        window = flow.main_window
        assert window is not None
        qtbot.addWidget(window)
        assert database.engine.url.username == center.server.names.person(name)
        qtbot.wait(50)  # what the window does once shown (the check-in offer) runs first
        for key in list(window._specs):
            window.open_screen(key)
            assert window.current_key == key
        assert problems == []
        window.signed_out.emit()
        assert database.engine is database.gate
        assert database.engine.url.username == center.server.names.sign_in
    finally:
        if flow.main_window is not None:
            flow.main_window.close()
        if flow.login_dialog is not None:
            flow.login_dialog.close()
        database.dispose()
