"""Starting the program: opening and upgrading the database, and what happens when that fails."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import text

from peercenter.app import run_gui
from peercenter.db import migrate
from peercenter.services.opening import StartupError
from peercenter.services.opening import open_and_upgrade as open_database
from peercenter.ui import messages as _messages
from peercenter.ui.first_start import FirstStartWizard
from peercenter.ui.recovery_dialog import RecoveryDialog

SHOW_UNEXPECTED = _messages.show_unexpected  # the real one; the pop-up fixture replaces it


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
    path = tmp_path / "newer.sqlite3"
    database = open_database(f"sqlite:///{path}")
    with database.engine.begin() as conn:  # a newer PeerCenter used it
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    database.dispose()
    assert run_gui(f"sqlite:///{path}") == 1
    assert popups.shown[0][0] == "fatal"
    assert "cannot open its database file" in popups.shown[0][1]


@pytest.mark.parametrize("content", [b"", b"\x00garbage" * 500])
def test_an_empty_or_foreign_file_offers_recovery_never_the_first_start_window(
    tmp_path: Path, restore_app: QApplication, content: bytes
) -> None:
    """Otherwise anyone could set up a new administrator over a damaged database."""
    path = tmp_path / "damaged.sqlite3"
    path.write_bytes(content)
    seen: list[QWidget] = []

    def quit_recovery() -> None:
        """The check runs in the background: look until its answer is shown."""
        shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        seen.extend(shown)
        repairs = [w for w in shown if isinstance(w, RecoveryDialog)]
        for dialog in repairs:
            dialog.reject()
        if not repairs:
            QTimer.singleShot(20, quit_recovery)

    QTimer.singleShot(0, quit_recovery)
    assert run_gui(f"sqlite:///{path}") == 0
    kinds = {type(w) for w in seen}
    assert RecoveryDialog in kinds and FirstStartWizard not in kinds
    assert path.read_bytes() == content


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
    assert popups.shown[0][0] == "unexpected"
    assert "may not have been saved" in popups.shown[0][1]
    assert "disk on fire" in capsys.readouterr().err


def test_the_error_dialog_opens_the_log_folder_where_the_traceback_is(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from PySide6.QtWidgets import QMessageBox, QPushButton

    from peercenter import logs
    from peercenter.app import _report_unexpected
    from peercenter.ui import messages

    monkeypatch.setattr(messages, "show_unexpected", SHOW_UNEXPECTED)
    opened: list[Path] = []
    monkeypatch.setattr(messages, "open_log_folder", opened.append)
    seen: list[str] = []

    def press_open_log_folder() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.windowTitle())
        button = next(b for b in box.findChildren(QPushButton) if b.text() == "Open log folder")
        button.click()

    logs.setup()
    try:
        QTimer.singleShot(0, press_open_log_folder)
        try:
            raise RuntimeError("disk on fire")
        except RuntimeError as exc:
            _report_unexpected(type(exc), exc, exc.__traceback__)
    finally:
        logs.setup()  # closes the file
    capsys.readouterr()
    assert seen == ["Something went wrong"]
    assert opened == [logs.log_dir()]
    text = (logs.log_dir() / logs.LOG_FILE_NAME).read_text(encoding="utf-8")
    assert "ERROR   peercenter.app: unexpected error" in text
    assert "Traceback (most recent call last)" in text and "RuntimeError: disk on fire" in text


def test_work_that_fails_in_the_background_leaves_its_traceback_in_the_log(qtbot: Any) -> None:
    from PySide6.QtWidgets import QWidget

    from peercenter import logs
    from peercenter.ui.background import run_in_background

    def work() -> None:
        raise ZeroDivisionError("no hours to divide")

    parent = QWidget()
    qtbot.addWidget(parent)
    failures: list[BaseException] = []
    logs.setup()
    try:
        run_in_background(parent, "Working…", work, lambda _r: None, failures.append)
        qtbot.waitUntil(lambda: bool(failures), timeout=10_000)
    finally:
        logs.setup()
    text = (logs.log_dir() / logs.LOG_FILE_NAME).read_text(encoding="utf-8")
    assert "ERROR   peercenter.ui.background: background work failed" in text
    assert "ZeroDivisionError: no hours to divide" in text


def test_measuring_the_login_window_of_a_new_center_stops_at_its_first_start_window(
    tmp_path: Path, restore_app: QApplication, capsys: pytest.CaptureFixture[str]
) -> None:
    """A new center has no login window: `gui --exit-at-login` times the first-start window
    instead of waiting for a window that never comes."""
    path = tmp_path / "new.sqlite3"
    assert run_gui(f"sqlite:///{path}", exit_at_login=True) == 0
    assert capsys.readouterr().out.startswith("ready seconds=")
    assert path.exists()  # made by the load the first-start window needed
