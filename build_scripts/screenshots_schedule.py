"""Screenshots of the scheduling screens: the calendar's week, day and month, the group and
session dialogs, closures, groups with roster and attendance, rooms, and attendance."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from peercenter.db.engine import Database
from peercenter.domain.enums import SessionStatus
from peercenter.services.context import Actor
from peercenter.ui.context import AppContext
from peercenter.ui.dialogs.attendance import AttendanceDialog
from peercenter.ui.dialogs.group_dialog import GroupDialog
from peercenter.ui.main_window import MainWindow
from peercenter.ui.screens.calendar import CalendarScreen
from peercenter.ui.screens.groups import GroupsScreen
from peercenter.ui.screens.today import TodayScreen
from peercenter.ui.ui_state import UiState

SETTLE_MS = 400


def schedule_screens(
    database: Database,
    admin: Actor,
    camera: object,
    state_file: Path,
    show: Callable[[QWidget], None],
) -> None:
    shoot_screen = camera.screen  # type: ignore[attr-defined]
    shoot_window = camera.window  # type: ignore[attr-defined]
    window = MainWindow(AppContext(database, admin, UiState.from_file(str(state_file))))
    show(window)
    window.open_screen("calendar")
    calendar = window.screen_widget("calendar")
    assert isinstance(calendar, CalendarScreen)
    calendar.week_view.setFocus()
    shoot_screen("30-calendar-week")
    calendar.set_view("day")
    shoot_screen("31-calendar-day")
    calendar.set_view("month")
    shoot_screen("32-calendar-month")
    calendar.set_view("week")

    today = calendar.center_today()
    calendar.week_view.set_cursor(min((today - calendar.days_shown()[0]).days + 1, 6), 14 * 60, 90)
    calendar.new_group_at_cursor()
    dialog = calendar.dialog
    assert isinstance(dialog, GroupDialog)
    dialog.name.setText("Thursday Skills Lab")
    if dialog.lead.count() > 1:
        dialog.lead.setCurrentIndex(1)
    if dialog.room.count() > 1:
        dialog.room.setCurrentIndex(1)
    dialog.update_preview()
    QTest.qWait(SETTLE_MS)
    shoot_screen("33-group-dialog")
    shoot_window(dialog, "33b-group-dialog-window")
    dialog.reject()

    shown = [s for s in calendar.sessions_shown() if not s.cancelled]
    if shown:
        calendar.open_session(shown[len(shown) // 2].id)
        QTest.qWait(SETTLE_MS)
        assert calendar.dialog is not None
        shoot_screen("34-session-dialog")
        calendar.dialog.close()
    calendar.open_closures()
    assert calendar.dialog is not None
    QTest.qWait(SETTLE_MS)
    shoot_window(calendar.dialog, "35-closures")
    calendar.dialog.close()

    window.open_screen("groups")
    groups_screen = window.screen_widget("groups")
    assert isinstance(groups_screen, GroupsScreen)
    shoot_screen("36-groups")
    if groups_screen.proxy.rowCount():
        busiest = max(
            range(groups_screen.proxy.rowCount()),
            key=lambda r: (
                groups_screen.proxy.row_at(r).waitlisted * 100
                + groups_screen.proxy.row_at(r).enrolled
            ),
        )
        groups_screen.table.selectRow(busiest)
        groups_screen.roster_button.click()
        assert groups_screen.dialog is not None
        shoot_window(groups_screen.dialog, "37-roster")
        groups_screen.dialog.close()
        groups_screen.stats_button.click()
        assert groups_screen.dialog is not None
        shoot_window(groups_screen.dialog, "38-attendance")
        groups_screen.dialog.close()

    window.open_screen("rooms")
    shoot_screen("39-rooms")

    window.open_screen("today")
    today_screen = window.screen_widget("today")
    assert isinstance(today_screen, TodayScreen)

    def open_sessions() -> list[int]:
        return [
            r
            for r in range(today_screen.proxy.rowCount())
            if today_screen.proxy.row_at(r).enrolled > 2
            and today_screen.proxy.row_at(r).status is SessionStatus.SCHEDULED
        ]

    rows = open_sessions()
    day = today
    while not rows and day > today - timedelta(days=7):
        day -= timedelta(days=1)  # attendance can be taken for an earlier day too
        today_screen.set_day(day)
        rows = open_sessions()
    if rows:
        today_screen.table.selectRow(rows[0])
        today_screen.take_attendance()
        attendance = today_screen.dialog
        assert isinstance(attendance, AttendanceDialog)
        QTest.qWait(SETTLE_MS)
        attendance.table.setFocus()
        attendance.table.selectRow(0)
        for key in (Qt.Key.Key_P, Qt.Key.Key_P, Qt.Key.Key_L):
            QTest.keyClick(attendance.table, key)
        shoot_screen("40-attendance")
        shoot_window(attendance, "40b-attendance-window")
        attendance.close()
    window.close()
