"""Credential programs: shipped ones are read-only and copyable; a center adds its own with
requirements checked like a program file."""

from __future__ import annotations

from typing import Any

import pytest

from peercenter.db.engine import Database
from peercenter.domain.enums import RequirementKind
from peercenter.ui.screens.programs import ProgramsScreen
from peercenter.ui.screens.programs import screen as programs_screen
from peercenter.ui.screens.programs.dialog import ProgramDialog
from peercenter.ui.ui_state import UiState
from tests.credential_factories import crew
from tests.gui.credential_helpers import open_screen, window_for
from tests.gui.helpers import cell, column_texts


def _screen(qtbot: Any, db: Database, ui_state: UiState) -> ProgramsScreen:
    c = crew(db)
    screen = open_screen(window_for(qtbot, db, c.supervisor, ui_state), "programs")
    assert isinstance(screen, ProgramsScreen)
    return screen


def _select(screen: ProgramsScreen, name: str) -> None:
    screen.table.selectRow(column_texts(screen.proxy, "Program").index(name))


def test_shipped_programs_are_listed_read_only_with_their_requirements(
    qtbot: Any, sqlite_database: Database, ui_state: UiState
) -> None:
    screen = _screen(qtbot, sqlite_database, ui_state)
    assert sorted(column_texts(screen.proxy, "Program")) == [
        "IC&RC Peer Recovery (PR)",
        "NAADAC National Certified Peer Recovery Support Specialist (NCPRSS)",
        "Pennsylvania Certified Recovery Specialist (CRS)",
        "Texas Peer Specialist (HHSC)",
    ]
    _select(screen, "Texas Peer Specialist (HHSC)")
    assert not screen.edit_button.isEnabled() and screen.copy_button.isEnabled()
    assert "1 TAC §354.3205" in screen.detail_source.text()
    assert column_texts(screen.req_model, "Amount") == ["250 h", "every week", "every month"]
    assert cell(screen.req_model, 0, "Limits") == "within 6 months of the start"


def test_copying_a_shipped_program(
    qtbot: Any, sqlite_database: Database, ui_state: UiState, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(programs_screen, "ask_name", lambda _parent, _name: "PR, Ohio board")
    screen = _screen(qtbot, sqlite_database, ui_state)
    _select(screen, "IC&RC Peer Recovery (PR)")
    screen.copy_button.click()
    selected = screen.selected()
    assert selected is not None and selected.name == "PR, Ohio board"
    assert cell(screen.proxy, screen.table.currentIndex().row(), "Kind") == "Center's own"
    assert screen.edit_button.isEnabled()


def test_adding_a_center_program_with_a_requirement(
    qtbot: Any, sqlite_database: Database, ui_state: UiState
) -> None:
    screen = _screen(qtbot, sqlite_database, ui_state)
    screen.add_button.click()
    dialog = screen.dialog
    assert isinstance(dialog, ProgramDialog)
    dialog.save_button.click()
    assert dialog.error_text("name") == "The name must not be empty."
    dialog.name.setText("Harbor Light peer track")
    dialog.save_button.click()
    assert dialog.error_text("requirements") == "Add at least one requirement."

    dialog.add_req.click()
    requirement = dialog.requirement_dialog
    assert requirement is not None
    requirement.name.setText("Shadowing")
    requirement.kind.setCurrentIndex(requirement.kind.findData(RequirementKind.EXPERIENCE_HOURS))
    assert not requirement.domains.isVisibleTo(requirement)  # experience has no domains
    assert requirement.within.isVisibleTo(requirement)
    requirement.submit()  # no hours yet
    assert requirement.fields.error_text("hours") == "Must be more than 0 and at most 10000 hours."
    requirement.hours.setValue(40)
    requirement.within.setValue(3)
    requirement.submit()
    assert not requirement.isVisible()
    assert column_texts(dialog.req_model, "Requirement") == ["Shadowing"]
    dialog.renewal.setValue(12)
    dialog.save_button.click()
    assert not dialog.isVisible()
    selected = screen.selected()
    assert selected is not None and selected.name == "Harbor Light peer track"
    assert column_texts(screen.req_model, "Limits") == ["within 3 months of the start"]
