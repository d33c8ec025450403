"""Screens that stay live on one computer's file: what another desk (another window on this
computer with its own connection, or another program) checks in, moves or enrolls shows on
Today, the open attendance sheet, the Calendar and an open roster without anyone refreshing
(how soon, against the two seconds promised, is timed by `make bench`); a form being typed
into says its record changed and keeps the typing."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, time
from pathlib import Path
from typing import Any

import pytest

from peercenter.db.engine import Database
from peercenter.domain.enums import AttendanceStatus
from peercenter.services import participants
from peercenter.services.schedule import attendance, edits, rosters
from peercenter.ui.context import AppContext
from peercenter.ui.dialogs.attendance import AttendanceDialog
from peercenter.ui.dialogs.participant import ParticipantDialog
from peercenter.ui.main_window import MainWindow
from peercenter.ui.screens.calendar.screen import CalendarScreen
from peercenter.ui.screens.groups.roster_dialog import RosterDialog
from peercenter.ui.screens.today import TodayScreen
from peercenter.ui.ui_state import UiState
from peercenter.ui.widgets.record_dialog import CHANGED_ELSEWHERE
from tests.gui.live_desks import WAIT_MS, Morning, morning
from tests.schedule_factories import CHICAGO

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def day(sqlite_database: Database) -> Morning:
    return morning(sqlite_database)


@pytest.fixture
def other_desk(sqlite_database: Database) -> Iterator[Database]:
    """Another window on this computer: its own engine on the same file."""
    other = Database.from_url(sqlite_database.url)
    yield other
    other.dispose()


@pytest.fixture
def window(qtbot: Any, sqlite_database: Database, day: Morning, ui_state: UiState) -> MainWindow:
    window = MainWindow(AppContext(sqlite_database, day.fran, ui_state))
    qtbot.addWidget(window)
    window.show()
    window.open_screen("today")
    watcher = window.live.watcher
    assert watcher is not None and watcher.ready.wait(10)
    return window


def _today(window: MainWindow) -> TodayScreen:
    screen = window.screen_widget("today")
    assert isinstance(screen, TodayScreen)
    return screen


def _check_in(db: Database, day: Morning, name: str) -> None:
    with db.session() as s:
        attendance.mark(s, day.admin, day.session_id, day.person(name), AttendanceStatus.PRESENT)


def test_a_check_in_at_another_desk_shows_on_today(
    qtbot: Any, window: MainWindow, day: Morning, other_desk: Database
) -> None:
    today = _today(window)
    assert "0 attended" in today.summary.text()
    _check_in(other_desk, day, "Alex")
    qtbot.waitUntil(lambda: "1 attended" in today.summary.text(), timeout=WAIT_MS)


def test_a_check_in_by_another_program_shows_on_today(
    qtbot: Any, window: MainWindow, day: Morning, sqlite_database: Database
) -> None:
    today = _today(window)
    program = (
        "import sys\n"
        "from peercenter.db.engine import Database\n"
        "from peercenter.domain.enums import AttendanceStatus\n"
        "from peercenter.services import auth\n"
        "from peercenter.services.schedule import attendance\n"
        "from tests.factories import PASSWORD\n"
        "db = Database.from_url(sys.argv[1])\n"
        "admin = auth.login(db, 'admin', PASSWORD)\n"
        "with db.session() as s:\n"
        "    attendance.mark(s, admin, int(sys.argv[2]), int(sys.argv[3]),\n"
        "                    AttendanceStatus.LATE)\n"
        "db.dispose()\n"
    )
    subprocess.run(
        [
            sys.executable,
            "-c",
            program,
            sqlite_database.url,
            str(day.session_id),
            str(day.person("Blair")),
        ],
        check=True,
        cwd=ROOT,
        timeout=120,
    )
    qtbot.waitUntil(lambda: "1 attended" in today.summary.text(), timeout=WAIT_MS)


def test_the_open_check_in_shows_another_desks_marks_and_keeps_the_selection(
    qtbot: Any, window: MainWindow, day: Morning, other_desk: Database
) -> None:
    today = _today(window)
    today.take_attendance()
    dialog = today.dialog
    assert isinstance(dialog, AttendanceDialog)
    dialog.table.selectRow(1)  # Blair
    _check_in(other_desk, day, "Alex")

    def alex_present() -> bool:
        rows = {r.name: r.status for r in dialog.model.rows}
        return rows.get("Alex M.") is AttendanceStatus.PRESENT

    qtbot.waitUntil(alex_present, timeout=WAIT_MS)
    assert dialog.count.text().startswith("1 here")
    selected = dialog.row_at(dialog.table.currentIndex().row())
    assert selected is not None and selected.name == "Blair N."
    # Today, under the dialog, counts it too.
    qtbot.waitUntil(lambda: "1 attended" in today.summary.text(), timeout=WAIT_MS)
    dialog.close()


def test_a_check_in_in_this_window_shows_on_today_while_the_check_in_is_open(
    qtbot: Any, window: MainWindow
) -> None:
    today = _today(window)
    today.take_attendance()
    dialog = today.dialog
    assert isinstance(dialog, AttendanceDialog)
    dialog.table.selectRow(0)
    assert dialog.mark(0, AttendanceStatus.PRESENT)
    qtbot.waitUntil(lambda: "1 attended" in today.summary.text(), timeout=WAIT_MS)
    assert dialog.isVisible()
    dialog.close()


def test_a_session_moved_at_another_desk_moves_on_today_and_the_calendar(
    qtbot: Any, window: MainWindow, day: Morning, other_desk: Database
) -> None:
    today = _today(window)
    eleven = datetime.combine(day.today, time(11, 0), tzinfo=CHICAGO)
    version = next(i.version for i in today.model.rows if i.session_id == day.session_id)
    with other_desk.session() as s:
        edits.move_session(s, day.admin, day.session_id, eleven, version).value  # noqa: B018

    def starts_at_eleven() -> bool:
        return any(i.starts_at == eleven for i in today.model.rows)

    qtbot.waitUntil(starts_at_eleven, timeout=WAIT_MS)
    window.open_screen("calendar")
    calendar = window.screen_widget("calendar")
    assert isinstance(calendar, CalendarScreen)
    assert any(v.starts_at == eleven for v in calendar.shown)
    back = datetime.combine(day.today, time(9, 30), tzinfo=CHICAGO)
    with other_desk.session() as s:
        edits.move_session(s, day.admin, day.session_id, back, None)
    qtbot.waitUntil(lambda: any(v.starts_at == back for v in calendar.shown), timeout=WAIT_MS)


def test_an_open_roster_shows_someone_enrolled_at_another_desk(
    qtbot: Any, window: MainWindow, day: Morning, other_desk: Database
) -> None:
    dialog = RosterDialog(window.ctx, day.group_id, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert len(dialog.enrolled_model.rows) == 2
    with other_desk.session() as s:
        new = participants.create(s, day.admin, participants.ParticipantForm("Rosa", "Vega"))
        rosters.enroll(s, day.admin, day.group_id, new.id, day.today)
    qtbot.waitUntil(lambda: len(dialog.enrolled_model.rows) == 3, timeout=WAIT_MS)
    assert "Rosa V." in [e.name for e in dialog.enrolled_model.rows]


def test_a_form_being_typed_in_says_its_record_changed_and_keeps_the_typing(
    qtbot: Any, window: MainWindow, day: Morning, other_desk: Database
) -> None:
    dialog = ParticipantDialog(window.ctx, day.person("Alex"), window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.notes is not None  # this desk's form has the notes
    dialog.notes.setPlainText("Prefers the evening group")
    with other_desk.session() as s:
        loaded = participants.get(s, day.admin, day.person("Alex"))
        changed = replace(loaded.form, phone="555-0199")
        participants.update(s, day.admin, day.person("Alex"), changed, loaded.version)
    qtbot.waitUntil(lambda: dialog.banner.text == CHANGED_ELSEWHERE, timeout=WAIT_MS)
    assert dialog.notes.toPlainText() == "Prefers the evening group"
    assert dialog.isVisible()
    # Saving over their change is refused, as before; Reload shows it.
    dialog.submit()
    assert dialog.isVisible()
    assert "Someone else changed this record" in dialog.banner.text
    dialog.banner.button.click()
    assert dialog.phone.text() == "555-0199"
    assert dialog.banner.text == ""
