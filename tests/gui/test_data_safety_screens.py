"""The Settings screen's backups, the audit trail screen, and the recovery dialog at start."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import text

from peercenter import paths
from peercenter.db.engine import Database
from peercenter.domain import timefmt
from peercenter.services import participants, settings
from peercenter.services.backup import crypto, files, service
from peercenter.services.backup.recovery import startup_check
from peercenter.services.context import Actor
from peercenter.ui import messages
from peercenter.ui.flow import AppFlow
from peercenter.ui.main_window import MainWindow
from peercenter.ui.recovery_dialog import RecoveryDialog
from peercenter.ui.screens.audit import ANY, AuditScreen
from peercenter.ui.screens.settings import SettingsScreen
from peercenter.ui.ui_state import UiState
from tests import factories
from tests.db.backup_helpers import center_dir, fresh_sqlite
from tests.db.test_recovery import _damage
from tests.gui.helpers import column_texts


@pytest.fixture(autouse=True)
def _cheap_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(crypto, "SCRYPT", crypto.ScryptParams(n=2**10))


def _settings(window: MainWindow) -> SettingsScreen:
    window.open_screen("settings")
    screen = window.screen_widget("settings")
    assert isinstance(screen, SettingsScreen)
    return screen


def test_back_up_now_shows_the_result_and_the_backup(qtbot: Any, main_window: MainWindow) -> None:
    section = _settings(main_window).backups
    assert section.last_label.text() == "No backup has been made on this computer yet."
    section.back_up_button.click()
    assert section.back_up_button.text() == "Backing up…"
    qtbot.waitUntil(lambda: section.back_up_button.isEnabled(), timeout=20_000)
    assert "Succeeded. Saved peercenter-" in section.last_label.text()
    assert section.model.rowCount() == 1
    assert column_texts(section.model, "Encrypted") == ["No"]
    assert str(paths.backups_dir()) in section.folder_label.text()


def test_backup_settings_are_checked_and_saved(
    qtbot: Any, main_window: MainWindow, tmp_path: Path, popups: Any
) -> None:
    section = _settings(main_window).backups
    section.second_folder.setText("relative/folder")
    section.save_button.click()
    assert "is not a full folder path" in section.fields.error_text("backup.second_folder")
    section.second_folder.setText(str(tmp_path / "usb"))
    section.interval.setValue(6)
    section.save_button.click()
    assert section.fields.error_text("backup.second_folder") == ""
    main_window.open_screen("today")
    section = _settings(main_window).backups
    assert section.interval.value() == 6
    assert section.second_folder.text() == str(tmp_path / "usb")


def test_passphrase_then_encrypted_backups(
    qtbot: Any, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from peercenter.ui.screens.settings import backups

    section = _settings(main_window).backups
    assert section.encryption_label.text() == "Backups are not encrypted."

    def fill(dialog: backups.PassphraseDialog) -> int:
        dialog.passphrase.setText("short")
        dialog.again.setText("short")
        dialog.save()
        assert "at least 10" in dialog.fields.error_text("passphrase")
        dialog.passphrase.setText("a long passphrase")
        dialog.again.setText("a long passphrase")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(backups.PassphraseDialog, "exec", fill)
    section.passphrase_button.click()
    assert section.encryption_label.text() == "Backups are encrypted with a passphrase."
    result = service.back_up_now(main_window.ctx.database, main_window.ctx.actor)
    assert result.backup is not None and result.backup.encrypted


def test_restore_from_settings_signs_everyone_out(
    qtbot: Any, sqlite_database: Database, admin: Actor, ui_state: UiState, popups: Any
) -> None:
    first = service.back_up_now(sqlite_database, admin)
    assert first.backup is not None
    with sqlite_database.session() as s:
        participants.create(s, admin, participants.ParticipantForm(preferred_name="Later"))
    flow = AppFlow(sqlite_database, ui_state)
    flow.show_main(admin)
    window = flow.main_window
    assert window is not None  # not handed to qtbot: signing out deletes it
    section = _settings(window).backups
    section.table.selectRow(0)
    section.restore_button.click()
    assert popups.shown[0][0] == "confirm" and "backed up first" in popups.shown[0][1]
    assert popups.shown[-1] == ("info", "The backup is restored. Sign in again to carry on.")
    assert flow.main_window is None and flow.login_dialog is not None
    with sqlite_database.reader() as s:
        assert participants.search(s, admin, "Later") == []
    flow.login_dialog.close()


def test_startup_backup_runs_in_the_background(
    qtbot: Any,
    sqlite_database: Database,
    admin: Actor,
    ui_state: UiState,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from peercenter.ui import flow as flow_module

    monkeypatch.setattr(flow_module, "BACKUP_DELAY_MS", 10)
    flow = AppFlow(sqlite_database, ui_state, auto_backup=True)
    flow.show_main(admin)
    assert flow.main_window is not None
    qtbot.addWidget(flow.main_window)
    qtbot.waitUntil(lambda: flow.startup_backup_done, timeout=20_000)
    folder = center_dir(sqlite_database, paths.backups_dir())
    status = files.read_status(folder)
    assert status is not None and status.ok
    assert flow.main_window.statusBar().currentMessage() == ""
    # Starting again the same day: nothing is due, and nothing claims a failure.
    flow.main_window.close()
    flow.startup_backup_done = False
    flow.signed_in_once = False
    flow.show_main(admin)
    assert flow.main_window is not None
    qtbot.addWidget(flow.main_window)
    qtbot.waitUntil(lambda: flow.startup_backup_done, timeout=20_000)
    assert files.read_status(folder) == status
    assert flow.main_window.statusBar().currentMessage() == ""


def _audit(window: MainWindow) -> AuditScreen:
    window.open_screen("audit")
    screen = window.screen_widget("audit")
    assert isinstance(screen, AuditScreen)
    return screen


def test_audit_screen_filters_exports_and_checks_the_chain(
    qtbot: Any, main_window: MainWindow, tmp_path: Path
) -> None:
    db, admin = main_window.ctx.database, main_window.ctx.actor
    with db.session() as s:
        participants.create(s, admin, participants.ParticipantForm(preferred_name="=1+1"))
    screen = _audit(main_window)
    assert "Added" in column_texts(screen.model, "Action")  # the stored code is "create"
    screen.action.setCurrentText("Added")
    screen.entity.setCurrentText("Participant")
    screen.search_button.click()
    assert column_texts(screen.model, "Action") == ["Added"]
    assert column_texts(screen.model, "Record") == ["Participant"]
    assert screen.count_label.text() == "1 event"
    screen.action.setCurrentText(ANY)
    screen.entity.setCurrentText("Audit trail")
    screen.search_button.click()
    looked = column_texts(screen.model, "Action")[:2]
    assert looked == ["Looked at", "Looked at"]  # looking is recorded
    target = tmp_path / "trail.csv"
    screen.entity.setCurrentText(ANY)
    assert screen.export_to(target) > 3
    rows = list(csv.reader(target.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][:3] == ["id", "at", "username"]
    screen.verify_button.click()
    assert "check out" in screen.verdict_label.text()
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_events SET username = 'mallory' WHERE id = 2"))
    screen.verify_button.click()
    assert "Tampering found: event #2 was changed" in screen.verdict_label.text()


def test_recovery_dialog_restores_the_offered_backup(
    qtbot: Any, sqlite_database: Database, admin: Actor
) -> None:
    made = service.back_up_now(sqlite_database, admin)
    assert made.backup is not None
    _damage(sqlite_database)
    health = startup_check(sqlite_database)
    dialog = RecoveryDialog(sqlite_database, health)
    qtbot.addWidget(dialog)
    assert "The database is damaged" in dialog.explanation.text()
    assert not dialog.passphrase.isVisibleTo(dialog)
    dialog.restore_button.click()
    assert dialog.result() == RecoveryDialog.DialogCode.Accepted
    assert startup_check(sqlite_database).ok


def _answering(monkeypatch: pytest.MonkeyPatch, answers: list[bool]) -> list[str]:
    """Confirmations answered in turn; returns what each asked."""
    asked: list[str] = []
    replies = iter(answers)

    def confirm(_parent: Any, _title: str, text: str, _yes: str) -> bool:
        asked.append(text)
        return next(replies)

    monkeypatch.setattr(messages, "confirm", confirm)
    return asked


@pytest.mark.parametrize("agree", [False, True])
def test_restoring_another_centers_backup_is_confirmed_in_its_own_words(
    qtbot: Any,
    sqlite_database: Database,
    admin: Actor,
    ui_state: UiState,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    popups: Any,
    agree: bool,
) -> None:
    other = fresh_sqlite(tmp_path / "harbor.sqlite3")
    harbor_admin = factories.center(other, name="Harbor Light")
    theirs = service.backup_to_file(other, harbor_admin, tmp_path / "harbor.pcbackup", None)
    other.dispose()
    with sqlite_database.session() as s:
        settings.set_value(s, admin, "center.name", "Demo Center")
    flow = AppFlow(sqlite_database, ui_state)
    flow.show_main(admin)
    window = flow.main_window
    assert window is not None
    section = _settings(window).backups
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(theirs.path), ""))
    asked = _answering(monkeypatch, [True, agree])
    section.restore_file_button.click()
    assert asked[0].startswith("Put back the database from harbor.pcbackup?")
    assert asked[1].startswith("This backup is of Harbor Light, not of Demo Center.")
    with sqlite_database.reader() as s:
        name = settings.get(s, "center.name")
    if agree:
        assert name == "Harbor Light"
        assert popups.shown[-1] == ("info", "The backup is restored. Sign in again to carry on.")
        assert flow.main_window is None and flow.login_dialog is not None
        flow.login_dialog.close()
    else:
        assert name == "Demo Center" and popups.shown == []
        assert flow.main_window is window
        qtbot.addWidget(window)


def test_recovery_without_a_backup_of_this_center_restores_a_chosen_file(
    qtbot: Any,
    sqlite_database: Database,
    admin: Actor,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    on_stick = service.backup_to_file(sqlite_database, admin, tmp_path / "stick.pcbackup", None)
    _damage(sqlite_database)
    health = startup_check(sqlite_database)
    assert health.offer is None
    dialog = RecoveryDialog(sqlite_database, health)
    qtbot.addWidget(dialog)
    assert "no good backup of this center was found" in dialog.explanation.text()
    assert not dialog.restore_button.isVisibleTo(dialog)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(on_stick.path), ""))
    dialog.choose_button.click()
    assert dialog.result() == RecoveryDialog.DialogCode.Accepted
    assert startup_check(sqlite_database).ok


def test_backup_times_are_shown_in_the_centers_time_zone(
    qtbot: Any, sqlite_database: Database, admin: Actor, ctx: Any
) -> None:
    # Far from this computer's zone, so a time in the computer's zone would show.
    with sqlite_database.session() as s:
        settings.set_value(s, admin, "center.timezone", "Pacific/Kiritimati")
    made = service.back_up_now(sqlite_database, admin).backup
    last = service.overview(sqlite_database, admin).last
    assert made is not None and last is not None
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    section = _settings(window).backups
    kiritimati = ZoneInfo("Pacific/Kiritimati")
    local = made.created_at.astimezone(kiritimati)
    assert column_texts(section.model, "Made") == [
        f"{timefmt.date_text(local)} {timefmt.clock(local)}"
    ]
    at = last.at.astimezone(kiritimati)
    assert f"at {timefmt.clock(at)} — Succeeded" in section.last_label.text()
