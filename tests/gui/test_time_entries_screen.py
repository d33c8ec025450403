"""Time entries: a specialist records their own hours by kind; a supervisor looks at a
supervisee's weeks."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtWidgets import QLabel

from peercenter.db.engine import Database
from peercenter.domain.enums import TimeEntryKind
from peercenter.services.clock import local_today
from peercenter.ui.screens.time_entries import TimeEntriesScreen
from peercenter.ui.ui_state import UiState
from peercenter.ui.widgets.optional_date import to_qdate
from tests.credential_factories import TZ, crew, held_session
from tests.gui.credential_helpers import open_screen, window_for
from tests.gui.helpers import cell, column_texts


def _screen(qtbot: Any, db: Database, actor: Any, ui_state: UiState) -> TimeEntriesScreen:
    screen = open_screen(window_for(qtbot, db, actor, ui_state), "time_entries")
    assert isinstance(screen, TimeEntriesScreen)
    return screen


def test_a_specialist_adds_hours_and_sees_the_week(
    qtbot: Any, sqlite_database: Database, ui_state: UiState
) -> None:
    c = crew(sqlite_database)
    today = local_today(TZ)
    monday = today - timedelta(days=today.weekday())
    held_session(sqlite_database, c.specialist.staff_id, monday, 2)
    screen = _screen(qtbot, sqlite_database, c.specialist, ui_state)
    assert screen.picker.combo.isHidden()
    assert screen.summary.text() == "No time entries in the last 8 weeks."
    screen.add_button.click()
    dialog = screen.dialog
    assert dialog is not None
    dialog.worked_on.setDate(to_qdate(monday))
    dialog.kind.setCurrentIndex(dialog.kind.findData(TimeEntryKind.DIRECT_SERVICE))
    assert any(
        "beyond the sessions you facilitated" in label.text()
        for label in dialog.findChildren(QLabel)
    )
    dialog.hours.setText("25")
    dialog.save_button.click()
    assert dialog.error_text("hours") == "There are only 24 hours in a day."
    dialog.worked_on.setDate(to_qdate(today + timedelta(days=2)))
    dialog.hours.setText("3")
    dialog.save_button.click()
    assert dialog.error_text("worked_on") == "The date cannot be in the future."
    dialog.worked_on.setDate(to_qdate(monday))
    dialog.note.setText("Home visits")
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert column_texts(screen.proxy, "Note") == ["Home visits"]
    assert cell(screen.weeks_proxy, 0, "Direct service") == "3"
    assert cell(screen.weeks_proxy, 0, "Sessions facilitated") == "2"
    assert screen.summary.text() == "1 entry, 3 h · 1 session facilitated, 2 h"

    screen.table.selectRow(0)
    screen.edit_button.click()
    dialog = screen.dialog
    assert dialog is not None and dialog.hours.text() == "3"
    dialog.hours.setText("4.5")
    dialog.save_button.click()
    assert cell(screen.proxy, 0, "Hours") == "4.5"
    screen.table.selectRow(0)
    screen.delete_button.click()
    assert screen.model.rowCount() == 0


def test_a_supervisor_switches_to_a_supervisee(
    qtbot: Any, sqlite_database: Database, ui_state: UiState
) -> None:
    c = crew(sqlite_database)
    screen = _screen(qtbot, sqlite_database, c.supervisor, ui_state)
    assert not screen.picker.combo.isHidden()
    names = [screen.picker.combo.itemText(i) for i in range(screen.picker.combo.count())]
    assert names == ["Maria Lopez (me)", "Jordan Reyes"]
    screen.picker.select(c.specialist.staff_id)
    screen.add_button.click()
    dialog = screen.dialog
    assert dialog is not None and dialog.windowTitle() == "Add time for Jordan Reyes"
    dialog.kind.setCurrentIndex(dialog.kind.findData(TimeEntryKind.OUTREACH))
    dialog.hours.setText("1:30")
    dialog.save_button.click()
    assert cell(screen.proxy, 0, "Kind") == "Outreach"
    assert cell(screen.proxy, 0, "Hours") == "1.5"
    screen.kind.setCurrentIndex(screen.kind.findData(TimeEntryKind.LEAVE))
    assert screen.model.rowCount() == 0
