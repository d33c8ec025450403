"""Starting the program: opening and upgrading the database, and what happens when that fails."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from peercenter.app import run_gui
from peercenter.db import migrate
from peercenter.services.opening import StartupError
from peercenter.services.opening import open_and_upgrade as open_database
from peercenter.ui.first_start import FirstStartWizard


def test_open_database_creates_and_upgrades_a_new_file(tmp_path: Path) -> None:
    database = open_database(f"sqlite:///{tmp_path / 'new.sqlite3'}")
    try:
        assert not migrate.needs_upgrade(database.engine)
    finally:
        database.dispose()


def test_a_file_that_is_not_a_database_gives_plain_words(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"this is a shopping list, not a database" * 100)
    with pytest.raises(StartupError) as caught:
        open_database(f"sqlite:///{path}")
    assert "cannot open its database file" in caught.value.message
    assert str(path) in caught.value.message
    assert caught.value.details  # the technical part goes under "Show details"


def test_an_unknown_kind_of_database_is_explained() -> None:
    with pytest.raises(StartupError) as caught:
        open_database("mysql://someone@somewhere/db")
    assert "SQLite or PostgreSQL" in caught.value.message


@pytest.fixture
def restore_app(qapp: QApplication) -> Any:
    yield qapp
    qapp.setQuitOnLastWindowClosed(True)


def test_run_gui_shows_an_error_dialog_when_the_database_cannot_be_opened(
    tmp_path: Path, popups: Any, restore_app: QApplication
) -> None:
    path = tmp_path / "broken.sqlite3"
    path.write_bytes(b"\x00garbage" * 500)
    assert run_gui(f"sqlite:///{path}") == 1
    assert popups.shown[0][0] == "fatal"
    assert "cannot open its database file" in popups.shown[0][1]


def test_run_gui_on_an_empty_database_starts_the_wizard_and_quits_with_it(
    tmp_path: Path, restore_app: QApplication
) -> None:
    seen: list[FirstStartWizard] = []

    def cancel_wizard() -> None:
        """The wizard opens once the new file is made in the background: look until then."""
        wizards = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, FirstStartWizard) and w.isVisible()
        ]
        seen.extend(wizards)
        for wizard in wizards:
            wizard.reject()
        if not wizards:
            QTimer.singleShot(20, cancel_wizard)

    QTimer.singleShot(0, cancel_wizard)
    assert run_gui(f"sqlite:///{tmp_path / 'fresh.sqlite3'}") == 0
    assert len(seen) == 1
    assert QApplication.applicationName() == "PeerCenter"
    assert not QApplication.windowIcon().isNull()


def test_an_unexpected_error_is_reported_instead_of_closing_the_window(
    popups: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    from peercenter.app import _report_unexpected

    try:
        raise RuntimeError("disk on fire")
    except RuntimeError as exc:
        _report_unexpected(type(exc), exc, exc.__traceback__)
    assert popups.shown[0][0] == "fatal"
    assert "may not have been saved" in popups.shown[0][1]
    assert "disk on fire" in capsys.readouterr().err
