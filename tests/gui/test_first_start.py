"""The first start: an empty database leads through the wizard to the main window, or a
backup is restored from it (a new computer)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QWizard

from peercenter.db.engine import Database
from peercenter.services import auth, settings, setup
from peercenter.services.backup import crypto, service
from peercenter.services.clock import detect_local_timezone
from peercenter.ui import messages
from peercenter.ui.first_start import FirstStartWizard
from peercenter.ui.flow import AppFlow
from peercenter.ui.ui_state import UiState
from tests import factories
from tests.db.backup_helpers import filled, fresh_sqlite

PASSWORD = factories.PASSWORD


def _start(qtbot: Any, db: Database, ui_state: UiState) -> tuple[AppFlow, FirstStartWizard]:
    flow = AppFlow(db, ui_state)
    flow.start()
    assert flow.wizard is not None and flow.login_dialog is None
    qtbot.addWidget(flow.wizard)
    return flow, flow.wizard


def _fill(
    wizard: FirstStartWizard,
    *,
    center: str = "Harbor Light Recovery Center",
    repeat: str = PASSWORD,
) -> None:
    wizard.next()
    wizard.center.center_name.setText(center)
    wizard.center.timezone.setEditText("America/Chicago")
    wizard.next()
    page = wizard.admin
    page.first_name.setText("Ada")
    page.last_name.setText("Lovelace")
    page.username.setText("ada")
    page.password.setText(PASSWORD)
    page.password_again.setText(repeat)


def _finish(wizard: FirstStartWizard) -> None:
    wizard.button(QWizard.WizardButton.FinishButton).click()


def _is_set_up(db: Database) -> bool:
    with db.reader() as s:
        return setup.is_set_up(s)


def test_wizard_creates_center_and_admin_then_shows_main_window(
    qtbot: Any, sqlite_database: Database, ui_state: UiState
) -> None:
    flow, wizard = _start(qtbot, sqlite_database, ui_state)
    assert wizard.isVisible()
    assert "PeerCenter" in wizard.currentPage().title()
    _fill(wizard)
    _finish(wizard)

    window = flow.main_window
    assert window is not None and window.isVisible()
    qtbot.addWidget(window)
    assert not wizard.isVisible()
    assert "Ada Lovelace" in window.user_label.text()
    assert "Administrator" in window.user_label.text()
    assert window.center_label.text() == "Harbor Light Recovery Center"
    with sqlite_database.reader() as s:
        assert settings.get(s, "center.name") == "Harbor Light Recovery Center"
        assert settings.get(s, "center.timezone") == "America/Chicago"
    assert auth.login(sqlite_database, "ada", PASSWORD).username == "ada"


def test_mismatched_repeat_password_is_shown_beside_the_field_and_nothing_is_written(
    qtbot: Any, sqlite_database: Database, ui_state: UiState
) -> None:
    flow, wizard = _start(qtbot, sqlite_database, ui_state)
    _fill(wizard, repeat="something else entirely")
    _finish(wizard)

    assert wizard.isVisible() and wizard.currentPage() is wizard.admin
    assert wizard.error_text("password_again") == "The two passwords are not the same."
    assert wizard.error_text("password") == ""
    assert flow.main_window is None
    assert not _is_set_up(sqlite_database)


def test_missing_center_name_goes_back_to_the_center_page(
    qtbot: Any, sqlite_database: Database, ui_state: UiState
) -> None:
    _flow, wizard = _start(qtbot, sqlite_database, ui_state)
    _fill(wizard, center="   ")
    _finish(wizard)

    assert wizard.currentPage() is wizard.center
    assert wizard.error_text("center_name") == "Center name is required."
    assert not _is_set_up(sqlite_database)

    wizard.center.center_name.setText("Harbor Light")
    wizard.next()
    _finish(wizard)
    assert _is_set_up(sqlite_database)
    assert not wizard.isVisible()


def test_short_password_and_bad_user_name_are_both_reported(
    qtbot: Any, sqlite_database: Database, ui_state: UiState
) -> None:
    _flow, wizard = _start(qtbot, sqlite_database, ui_state)
    _fill(wizard)
    wizard.admin.username.setText("Ada Lovelace!")
    wizard.admin.password.setText("short")
    _finish(wizard)

    assert "user name is 2 to 32" in wizard.error_text("username")
    assert "at least 10 characters" in wizard.error_text("password")
    assert not _is_set_up(sqlite_database)


def test_time_zone_is_prefilled_with_this_computer_and_searchable(
    qtbot: Any, sqlite_database: Database, ui_state: UiState
) -> None:
    _flow, wizard = _start(qtbot, sqlite_database, ui_state)
    combo = wizard.center.timezone
    assert combo.currentText() == detect_local_timezone()
    completer = combo.completer()
    assert completer is not None
    completer.setCompletionPrefix("chicago")
    assert completer.completionCount() >= 1
    assert completer.currentCompletion() == "America/Chicago"


def test_cancelling_the_wizard_ends_the_program(
    qtbot: Any, sqlite_database: Database, ui_state: UiState
) -> None:
    flow, wizard = _start(qtbot, sqlite_database, ui_state)
    with qtbot.waitSignal(flow.finished) as finished:
        wizard.reject()
    assert finished.args == [0]
    assert not _is_set_up(sqlite_database)


def test_center_set_up_meanwhile_on_another_computer_leads_to_sign_in(
    qtbot: Any, sqlite_database: Database, ui_state: UiState
) -> None:
    flow, wizard = _start(qtbot, sqlite_database, ui_state)
    _fill(wizard)
    factories.center(sqlite_database, name="Bayside Peer Center")  # another computer was quicker
    _finish(wizard)

    assert flow.wizard is None and not wizard.isVisible()
    dialog = flow.login_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.addWidget(dialog)
    assert "set up on another computer" in dialog.message_text
    with sqlite_database.reader() as s:
        assert settings.get(s, "center.name") == "Bayside Peer Center"  # nothing overwritten


def _backup_of_another_computer(tmp_path: Path, passphrase: str | None) -> Path:
    """A backup of a center, made on the computer that died."""
    old = fresh_sqlite(tmp_path / "old.sqlite3")
    try:
        admin = filled(old)
        recipient = crypto.Recipient.from_passphrase(passphrase) if passphrase else None
        target = tmp_path / "stick" / "center.pcbackup"
        return service.backup_to_file(old, admin, target, recipient).path
    finally:
        old.dispose()


def test_restore_from_a_backup_on_the_first_start_window(
    qtbot: Any,
    sqlite_database: Database,
    ui_state: UiState,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    popups: Any,
) -> None:
    monkeypatch.setattr(crypto, "SCRYPT", crypto.ScryptParams(n=2**10))
    backup = _backup_of_another_computer(tmp_path, "the harbor light stays on")
    flow, wizard = _start(qtbot, sqlite_database, ui_state)
    button = wizard.welcome.restore_button
    assert button.isVisible() and button.text() == "Restore from a backup…"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(backup), ""))
    answers = iter(["not the passphrase", "the harbor light stays on"])
    asked: list[str] = []

    def passphrase(_parent: Any, _title: str, text: str) -> str:
        asked.append(text)
        return next(answers)

    monkeypatch.setattr(messages, "ask_secret", passphrase)
    button.click()  # a mistyped passphrase: said so, nothing changed, the window stays
    assert popups.texts() == ["The passphrase is not right for this backup."]
    assert flow.wizard is wizard and wizard.isVisible()
    assert not _is_set_up(sqlite_database)
    button.click()
    assert asked == ["This backup is encrypted. Its passphrase:"] * 2
    assert flow.wizard is None and not wizard.isVisible()
    dialog = flow.login_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.addWidget(dialog)
    assert "Harbor Light Recovery Center is restored from the backup made" in dialog.message_text
    assert "Sign in with a login from that backup" in dialog.message_text
    assert dialog.center_label.text() == "Harbor Light Recovery Center"
    # The backup's own people sign in; nobody had to create an administrator.
    assert auth.login(sqlite_database, "sam", PASSWORD).username == "sam"
    with sqlite_database.reader() as s:
        assert settings.get(s, "center.name") == "Harbor Light Recovery Center"


def test_choosing_no_backup_file_changes_nothing(
    qtbot: Any, sqlite_database: Database, ui_state: UiState, monkeypatch: pytest.MonkeyPatch
) -> None:
    flow, wizard = _start(qtbot, sqlite_database, ui_state)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: ("", ""))
    wizard.welcome.restore_button.click()
    assert flow.wizard is wizard and wizard.isVisible() and flow.login_dialog is None
