"""Attendance from Today: one key per person, the count always up to date, walk-ins."""

from __future__ import annotations

from datetime import date, time
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from peercenter.db.engine import Database
from peercenter.domain.enums import AttendanceStatus, EnrollmentMode
from peercenter.domain.recurrence import Frequency, Recurrence
from peercenter.services.context import Actor
from peercenter.services.schedule import rosters
from peercenter.ui.dialogs.attendance import AttendanceDialog
from peercenter.ui.main_window import MainWindow
from peercenter.ui.screens.today import TodayScreen
from tests.gui.keyboard import active, back_to, keys
from tests.schedule_factories import Desk, front_desk
from tests.schedule_factories import freeze as freeze_clock

MONDAYS = Recurrence(Frequency.WEEKLY, weekdays=(0,))


@pytest.fixture
def desk(sqlite_database: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch) -> Desk:
    freeze_clock(monkeypatch)  # Monday 2 March 2026, 9 am in Chicago
    desk = front_desk(sqlite_database, admin)
    open_group = desk.group(
        "Monday Circle", first=date(2026, 3, 2), at=time(10), capacity=4, rule=MONDAYS
    )
    closed = desk.group(
        "Closed Skills",
        first=date(2026, 3, 2),
        at=time(14),
        room="Garden Room",
        lead="Maria Lopez",
        mode=EnrollmentMode.CLOSED,
        rule=MONDAYS,
    )
    with sqlite_database.session() as s:
        for name in ("Alex", "Blair", "Casey"):
            rosters.enroll(s, admin, open_group.id, desk.people[name], date(2026, 3, 1))
        rosters.enroll(s, admin, closed.id, desk.people["Devon"], date(2026, 3, 1))
    return desk


def _open_attendance(main_window: MainWindow, group: str) -> AttendanceDialog:
    main_window.open_screen("today")
    today = main_window.screen_widget("today")
    assert isinstance(today, TodayScreen)
    row = next(
        r for r in range(today.proxy.rowCount()) if today.proxy.row_at(r).group_name == group
    )
    today.table.selectRow(row)
    assert today.attendance_button.isEnabled()
    today.attendance_button.click()
    dialog = today.dialog
    assert isinstance(dialog, AttendanceDialog) and dialog.isVisible()
    return dialog


def _statuses(dialog: AttendanceDialog) -> list[tuple[str, AttendanceStatus | None]]:
    return [(r.name, r.status) for r in dialog.model.rows]


def test_keys_mark_attendance_and_the_count_follows(
    qtbot: Any, desk: Desk, main_window: MainWindow
) -> None:
    dialog = _open_attendance(main_window, "Monday Circle")
    assert dialog.title.text() == "Monday Circle"
    assert dialog.count.text() == "0 here of 4 places · 0 of 3 marked"
    table = dialog.table
    table.setFocus()
    table.selectRow(0)
    for key in (Qt.Key.Key_P, Qt.Key.Key_L, Qt.Key.Key_A):
        QTest.keyClick(table, key)
    assert _statuses(dialog) == [
        ("Alex M.", AttendanceStatus.PRESENT),
        ("Blair N.", AttendanceStatus.LATE),
        ("Casey O.", AttendanceStatus.ABSENT),
    ]
    assert dialog.count.text() == "2 here of 4 places · 3 of 3 marked"
    # Backspace clears a mark; E marks excused.
    table.selectRow(2)
    QTest.keyClick(table, Qt.Key.Key_Backspace)
    assert dialog.count.text() == "2 here of 4 places · 2 of 3 marked"
    QTest.keyClick(table, Qt.Key.Key_E)
    assert _statuses(dialog)[2] == ("Casey O.", AttendanceStatus.EXCUSED)
    # What was marked is saved: a new sheet shows it.
    dialog.refresh()
    assert [s for _, s in _statuses(dialog)] == [
        AttendanceStatus.PRESENT,
        AttendanceStatus.LATE,
        AttendanceStatus.EXCUSED,
    ]


def test_a_click_marks_and_search_narrows_the_list(
    qtbot: Any, desk: Desk, main_window: MainWindow
) -> None:
    dialog = _open_attendance(main_window, "Monday Circle")
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    QTest.keyClick(dialog.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert dialog.search.hasFocus()
    QTest.keyClicks(dialog.search, "bla")
    assert dialog.proxy.rowCount() == 1
    late = dialog.proxy.index(0, 2)
    QTest.mouseClick(
        dialog.table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=dialog.table.visualRect(late).center(),
    )
    assert _statuses(dialog)[1] == ("Blair N.", AttendanceStatus.LATE)
    assert dialog.count.text() == "1 here of 4 places · 1 of 3 marked"


def test_walk_ins_join_open_groups_until_full(
    qtbot: Any, desk: Desk, main_window: MainWindow
) -> None:
    dialog = _open_attendance(main_window, "Monday Circle")
    assert dialog.walk_in_button.isVisible()
    for row in range(3):
        dialog.mark(row, AttendanceStatus.PRESENT)
    dialog.walk_in(desk.people["Devon"])
    assert ("Devon P.", AttendanceStatus.PRESENT) in _statuses(dialog)
    assert dialog.count.text() == "4 here of 4 places · 4 of 4 marked"
    dialog.walk_in(desk.people["Emery"])
    assert dialog.banner.text == "The session is full (4 of 4 here)."
    closed = _open_attendance(main_window, "Closed Skills")
    assert not closed.walk_in_button.isVisible()
    assert [name for name, _ in _statuses(closed)] == ["Devon P."]


def test_the_walk_in_search_has_the_keyboard_and_enter_takes_only_one_match(
    qtbot: Any, desk: Desk, main_window: MainWindow
) -> None:
    dialog = _open_attendance(main_window, "Monday Circle")
    active(qtbot, dialog)
    keys((Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier))
    qtbot.waitUntil(lambda: dialog.picker is not None)  # a mnemonic clicks after a moment
    picker = dialog.picker
    assert picker is not None
    active(qtbot, picker)
    assert picker.search.hasFocus()
    assert [r.label for r in picker.model.rows] == ["Devon P.", "Emery Q."]  # not the roster
    keys(Qt.Key.Key_Return)  # two people: Enter takes nobody
    assert picker.isVisible() and picker.chosen_id is None
    assert picker.banner.text == ""  # and OK was not pressed for the person either
    assert picker.hint.text() == ""
    keys("e")
    qtbot.waitUntil(lambda: picker.model.rowCount() == 1)  # Emery Q.
    keys(Qt.Key.Key_BracketLeft)  # a typo: nobody
    keys(Qt.Key.Key_Backspace, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not picker.isVisible())
    assert ("Emery Q.", AttendanceStatus.PRESENT) in _statuses(dialog)
    back_to(qtbot, dialog)
    qtbot.waitUntil(dialog.table.hasFocus)
    # Added by mistake: Backspace takes the walk-in off the list again.
    keys(Qt.Key.Key_Backspace)
    assert [name for name, _ in _statuses(dialog)] == ["Alex M.", "Blair N.", "Casey O."]
    assert dialog.count.text() == "0 here of 4 places · 0 of 3 marked"


def test_someone_new_is_added_from_the_walk_in_search(
    qtbot: Any, desk: Desk, main_window: MainWindow
) -> None:
    dialog = _open_attendance(main_window, "Monday Circle")
    active(qtbot, dialog)
    keys((Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier))
    qtbot.waitUntil(lambda: dialog.picker is not None)  # a mnemonic clicks after a moment
    picker = dialog.picker
    assert picker is not None
    active(qtbot, picker)
    keys("Rowan", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: picker.hint.text().startswith("Nobody found for “Rowan”."))
    keys((Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier))
    qtbot.waitUntil(lambda: picker.new_person_dialog is not None)
    form = picker.new_person_dialog
    assert form is not None
    active(qtbot, form)
    qtbot.waitUntil(lambda: form.focusWidget() is form.preferred_name)
    assert form.preferred_name.text() == "Rowan"
    keys(Qt.Key.Key_Tab, "K", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not picker.isVisible())
    assert ("Rowan K.", AttendanceStatus.PRESENT) in _statuses(dialog)
