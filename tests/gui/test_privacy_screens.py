"""The screens show nothing a role may not see: a peer specialist opening a participant gets no
notes box at all, a supervisor opening a colleague's record sees their HR notes only where the
center allows it and only for the people they supervise; and an administrator lists and
exports the accounting for one demo participant from the Audit trail screen."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from peercenter.commands.demo import DEMO_PASSWORD
from peercenter.db.engine import Database
from peercenter.domain import access_log
from peercenter.domain.permissions import Permission
from peercenter.services import auth, participants, settings
from peercenter.services.context import Actor
from peercenter.ui.context import AppContext
from peercenter.ui.dialogs.participant import ParticipantDialog
from peercenter.ui.dialogs.participant_accounting import AccountingDialog
from peercenter.ui.screens.audit import AuditScreen
from peercenter.ui.screens.staff import StaffScreen
from peercenter.ui.screens.staff.dialog import StaffDialog
from peercenter.ui.ui_state import UiState
from tests.accounting_story import EXPECTED, demo_with_story
from tests.gui.conftest import Popups
from tests.gui.helpers import column_texts
from tests.privacy_team import HR_NOTE, PARTICIPANT_NOTE, Team, make_team


def _words_shown(widget: QWidget) -> str:
    """Every piece of text the dialog shows, visible fields only."""
    parts = []
    for child in widget.findChildren(QWidget):
        if not child.isVisibleTo(widget):
            continue
        if isinstance(child, QLineEdit):
            parts.append(child.text())
        elif isinstance(child, QPlainTextEdit):
            parts.append(child.toPlainText())
        elif isinstance(child, QLabel):
            parts.append(child.text())
    return "\n".join(parts)


@pytest.fixture
def team(sqlite_database: Database) -> Team:
    return make_team(sqlite_database)


def _ctx(db: Database, actor: Actor, ui_state: UiState) -> AppContext:
    return AppContext(db, actor, ui_state)


def test_a_specialist_opening_a_participant_sees_no_notes(
    qtbot: Any, sqlite_database: Database, team: Team, ui_state: UiState
) -> None:
    with sqlite_database.session() as s:
        pid = participants.create(
            s,
            team.fran,
            participants.ParticipantForm(
                "Maria", "Lopez", phone="555-0101", notes=PARTICIPANT_NOTE
            ),
        ).id
    seen = {}
    for someone in (team.pat, team.fran):
        dialog = ParticipantDialog(_ctx(sqlite_database, someone, ui_state), pid)
        qtbot.addWidget(dialog)
        dialog.show()
        seen[someone.username] = _words_shown(dialog)
        if someone is team.pat:
            assert dialog.notes is None and "Notes" not in dialog.section_titles
    assert PARTICIPANT_NOTE not in seen["pat"] and "555-0101" not in seen["pat"]
    assert "Maria" in seen["pat"]
    assert PARTICIPANT_NOTE in seen["fran"] and "555-0101" in seen["fran"]


@pytest.mark.parametrize("role", ["admin", "sue", "fran", "pat"])
def test_each_role_sees_a_participants_notes_and_contact_only_with_the_permission(
    qtbot: Any, sqlite_database: Database, team: Team, ui_state: UiState, role: str
) -> None:
    with sqlite_database.session() as s:
        pid = participants.create(
            s,
            team.admin,
            participants.ParticipantForm(
                "Maria", "Lopez", phone="555-0101", notes=PARTICIPANT_NOTE
            ),
        ).id
    someone: Actor = getattr(team, role)
    dialog = ParticipantDialog(_ctx(sqlite_database, someone, ui_state), pid)
    qtbot.addWidget(dialog)
    dialog.show()
    shown = _words_shown(dialog)
    may = someone.can(Permission.VIEW_PARTICIPANT_CONTACT)
    assert (PARTICIPANT_NOTE in shown) is may and ("555-0101" in shown) is may
    assert ("Notes" in dialog.section_titles) is may
    assert "Maria" in shown


def test_a_supervisor_on_the_staff_screen_sees_no_logins_and_changes_nothing(
    qtbot: Any, sqlite_database: Database, team: Team, ui_state: UiState
) -> None:
    screen = StaffScreen(_ctx(sqlite_database, team.sue, ui_state))
    qtbot.addWidget(screen)
    screen.show()
    screen.refresh()
    titles = [screen.model.headerData(c, Qt.Orientation.Horizontal) for c in range(6, 9)]
    assert titles == ["User name", "Login role", "Login"]
    assert all(screen.table.isColumnHidden(c) for c in range(6, 9))
    assert not screen.table.isColumnHidden(0)
    for button in (screen.add_button, screen.active_button, screen.unlock_button):
        assert not button.isVisibleTo(screen)
    admin_screen = StaffScreen(_ctx(sqlite_database, team.admin, ui_state))
    qtbot.addWidget(admin_screen)
    admin_screen.refresh()
    assert not any(admin_screen.table.isColumnHidden(c) for c in range(9))
    assert admin_screen.active_button.isVisibleTo(admin_screen)


@pytest.mark.parametrize("allowed", [False, True], ids=["setting off", "setting on"])
def test_a_supervisor_sees_hr_notes_only_where_the_center_allows(
    qtbot: Any, sqlite_database: Database, team: Team, ui_state: UiState, allowed: bool
) -> None:
    with sqlite_database.session() as s:
        settings.set_value(s, team.admin, access_log.SUPERVISOR_READS_HR_NOTES, allowed)
    screen = StaffScreen(_ctx(sqlite_database, team.sue, ui_state))
    qtbot.addWidget(screen)
    screen.refresh()
    assert "Pat Rivera" in column_texts(screen.model, "Name")
    assert not screen.add_button.isVisibleTo(screen) and screen.edit_button.text() == "Open…"
    for someone, may in ((team.sue, allowed), (team.sam, False), (team.admin, True)):
        dialog = StaffDialog(_ctx(sqlite_database, someone, ui_state), team.pat_id)
        qtbot.addWidget(dialog)
        dialog.show()
        shown = _words_shown(dialog)
        assert (HR_NOTE in shown) is may, someone.username
        assert dialog.section_titles["HR notes"].isVisibleTo(dialog) is may
        assert "555-0142" in shown and "pat@hl.org" in shown  # a staff directory
        if someone is not team.admin:
            assert not dialog.save_button.isVisibleTo(dialog)
            assert not dialog.section_titles["Login"].isVisibleTo(dialog)


def test_the_accounting_for_a_demo_participant_is_listed_and_exported(
    qtbot: Any, tmp_path: Path, ui_state: UiState, popups: Popups
) -> None:
    story = demo_with_story(tmp_path / "demo")
    db = story.database
    try:
        admin = auth.login(db, "admin", DEMO_PASSWORD)
        screen = AuditScreen(_ctx(db, admin, ui_state))
        qtbot.addWidget(screen)
        screen.show()
        screen.refresh()
        screen.participant.setText(str(story.participant_id))
        screen.account_button.click()
        dialog = screen.accounting_dialog
        assert isinstance(dialog, AccountingDialog) and dialog.isVisible()
        shown = column_texts(dialog.model, "What")
        for words in EXPECTED:
            assert any(words in line for line in shown), words
        assert f"(number {story.participant_id})" in dialog.title.text()
        target = tmp_path / "accounting.csv"
        written = dialog.export_to(target)
        with target.open(encoding="utf-8-sig") as handle:
            rows = list(csv.DictReader(handle))
        assert written == len(rows) == len(shown) + 1  # with the listing just made
        assert rows[-1]["what"] == "Produced an accounting of who saw their record"
        # A name matching several people is answered with their numbers, nothing opened.
        screen.participant.setText("a")
        screen.account_button.click()
        assert screen.accounting_dialog is dialog
        assert "people match “a”" in popups.texts()[-1] and "(number " in popups.texts()[-1]
    finally:
        db.dispose()
