"""The Calendar screen driven like a person would: the week grid, moving through weeks,
opening a session, starting a group from an empty slot, the month and the day."""

from __future__ import annotations

from datetime import date, time
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QAccessible, QImage
from PySide6.QtTest import QTest

from peercenter.db.engine import Database
from peercenter.domain.enums import GroupKind
from peercenter.domain.guardrails import Level
from peercenter.domain.recurrence import Frequency, Recurrence
from peercenter.services.context import Actor
from peercenter.ui import levels
from peercenter.ui.dialogs.group_dialog import GroupDialog
from peercenter.ui.dialogs.session_dialog import SessionDialog
from peercenter.ui.kind_colors import KIND_SHORT_LABELS, kind_swatch
from peercenter.ui.main_window import MainWindow
from peercenter.ui.screens.calendar import CalendarScreen
from peercenter.ui.widgets.typed_fields import from_qdate
from tests.schedule_factories import Desk, front_desk
from tests.schedule_factories import freeze as freeze_clock

WEEKLY_TUESDAY = Recurrence(Frequency.WEEKLY, weekdays=(1,))


@pytest.fixture
def desk(sqlite_database: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch) -> Desk:
    freeze_clock(monkeypatch)  # Monday 2 March 2026, 9 am in Chicago
    desk = front_desk(sqlite_database, admin)
    desk.group("Tuesday Circle", co=("Maria Lopez",), rule=WEEKLY_TUESDAY)
    desk.group(
        "Morning Check-in",
        first=date(2026, 3, 2),
        at=time(9),
        minutes=45,
        room="Garden Room",
        lead="Sam Rivera",
        rule=Recurrence(Frequency.DAILY, weekdays=(0, 1, 2, 3, 4)),
    )
    return desk


def _calendar(window: MainWindow) -> CalendarScreen:
    window.open_screen("calendar")
    screen = window.screen_widget("calendar")
    assert isinstance(screen, CalendarScreen)
    return screen


def _block_centre(screen: CalendarScreen, group: str, day: date) -> QPoint:
    view = screen.week_view
    placed = next(
        p
        for p in view.placed
        if p.session.group_name == group and p.session.starts_at.date() == day
    )
    return view.block_rect(placed).center().toPoint()


def test_week_grid_shows_the_week_and_moves_with_the_keys(
    qtbot: Any, desk: Desk, main_window: MainWindow
) -> None:
    screen = _calendar(main_window)
    assert screen.title.text() == "Week of 2 Mar – 8 Mar 2026"
    names = sorted({p.session.group_name for p in screen.week_view.placed})
    assert names == ["Morning Check-in", "Tuesday Circle"]
    assert len(screen.week_view.placed) == 6  # five mornings and one circle
    assert screen.summary.text() == "6 sessions"
    view = screen.week_view
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_PageDown)
    assert screen.title.text() == "Week of 9 Mar – 15 Mar 2026"
    QTest.keyClick(view, Qt.Key.Key_T)
    assert screen.title.text() == "Week of 2 Mar – 8 Mar 2026"
    # The cursor walks off Sunday into the next week.
    view.set_cursor(6, 10 * 60)
    QTest.keyClick(view, Qt.Key.Key_Right)
    assert screen.title.text() == "Week of 9 Mar – 15 Mar 2026"
    assert view.cursor_day == 0
    QTest.keyClick(view, Qt.Key.Key_Left)
    assert screen.title.text() == "Week of 2 Mar – 8 Mar 2026" and view.cursor_day == 6
    # Up and Down move by half hours; landing on a session selects it.
    view.set_cursor(1, 17 * 60)
    for _ in range(2):
        QTest.keyClick(view, Qt.Key.Key_Down)
    assert view.selected_session() is not None
    assert view.selected_session().group_name == "Tuesday Circle"  # type: ignore[union-attr]


def test_double_click_opens_the_session_and_saves_this_session_only(
    qtbot: Any, desk: Desk, main_window: MainWindow
) -> None:
    screen = _calendar(main_window)
    point = _block_centre(screen, "Tuesday Circle", date(2026, 3, 3))
    QTest.mouseDClick(screen.week_view, Qt.MouseButton.LeftButton, pos=point)
    dialog = screen.dialog
    assert isinstance(dialog, SessionDialog) and dialog.isVisible()
    assert dialog.heading.text() == "Tuesday Circle"
    dialog.room.set_value(desk.rooms["Online"])
    dialog.save_button.click()
    assert not dialog.isVisible()
    moved = [s for s in screen.shown if s.group_name == "Tuesday Circle"]
    assert [(s.room, s.is_exception) for s in moved] == [("Online", True)]
    QTest.keyClick(screen.week_view, Qt.Key.Key_PageDown)
    assert {s.room for s in screen.shown if s.group_name == "Tuesday Circle"} == {"Blue Room"}


def test_a_clash_is_shown_beside_the_field_and_nothing_saved(
    qtbot: Any, desk: Desk, main_window: MainWindow
) -> None:
    screen = _calendar(main_window)
    QTest.mouseDClick(
        screen.week_view,
        Qt.MouseButton.LeftButton,
        pos=_block_centre(screen, "Morning Check-in", date(2026, 3, 3)),
    )
    dialog = screen.dialog
    assert isinstance(dialog, SessionDialog)
    dialog.start.setTime(dialog.start.time().addSecs(9 * 3600))  # 18:00, with the circle
    dialog.room.set_value(desk.rooms["Blue Room"])
    dialog.save_button.click()
    assert dialog.isVisible()
    assert dialog.error_text("room") == (
        "Blue Room is already booked for 'Tuesday Circle' on Tue 3 Mar 2026, 6:00 PM–7:30 PM."
    )
    dialog.reject()


def test_cancel_then_restore_from_the_session_dialog(
    qtbot: Any, desk: Desk, main_window: MainWindow
) -> None:
    screen = _calendar(main_window)
    screen.open_session(next(s.id for s in screen.shown if s.group_name == "Tuesday Circle"))
    dialog = screen.dialog
    assert isinstance(dialog, SessionDialog)
    dialog.cancel_session_button.click()
    prompt = dialog.cancel_prompt
    assert prompt is not None and prompt.isVisible()
    assert (prompt.cancel_button.text(), prompt.keep_button.text()) == (
        "Cancel session",
        "Keep it",
    )
    assert prompt.reason.hasFocus() or prompt.focusWidget() is prompt.reason
    QTest.keyClick(prompt.reason, Qt.Key.Key_Return)  # no reason: the prompt stays, and says so
    assert prompt.isVisible()
    assert prompt.error.text() == "The reason for cancelling is required."
    QTest.keyClicks(prompt.reason, "Snow day")
    assert prompt.error.isHidden()
    QTest.keyClick(prompt.reason, Qt.Key.Key_Return)
    assert not prompt.isVisible() and not dialog.isVisible()
    cancelled = next(s for s in screen.shown if s.group_name == "Tuesday Circle")
    assert cancelled.cancelled and cancelled.cancel_reason == "Snow day"
    assert screen.summary.text() == "6 sessions · 1 cancelled"
    screen.open_session(cancelled.id)
    dialog = screen.dialog
    assert isinstance(dialog, SessionDialog)
    assert dialog.restore_button.isVisible() and not dialog.cancel_session_button.isVisible()
    dialog.restore_button.click()
    assert not next(s for s in screen.shown if s.group_name == "Tuesday Circle").cancelled


def test_new_group_from_a_selected_slot(qtbot: Any, desk: Desk, main_window: MainWindow) -> None:
    screen = _calendar(main_window)
    view = screen.week_view
    view.set_cursor(3, 14 * 60, 90)  # Thursday 14:00
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Return)
    dialog = screen.dialog
    assert isinstance(dialog, GroupDialog) and dialog.isVisible()
    assert dialog.first_date.date().toPython() == date(2026, 3, 5)
    assert dialog.start_time.time().toString("HH:mm") == "14:00"
    assert dialog.duration.value() == 90
    assert dialog.summary.text() == "Every week on Thursday"
    dialog.name.setText("Thursday Skills")
    dialog.room.set_value(desk.rooms["Garden Room"])
    dialog.lead.set_value(desk.staff["Maria Lopez"])
    dialog.update_preview()
    assert dialog.next_dates.text().startswith("52 sessions planned ahead.")
    dialog.save_button.click()
    assert not dialog.isVisible()
    new = [s for s in screen.shown if s.group_name == "Thursday Skills"]
    assert [(s.starts_at.date(), s.starts_at.hour, s.room) for s in new] == [
        (date(2026, 3, 5), 14, "Garden Room")
    ]


def test_the_group_dialog_warns_of_a_clash_while_typing(
    qtbot: Any, desk: Desk, main_window: MainWindow
) -> None:
    screen = _calendar(main_window)
    screen.week_view.set_cursor(1, 18 * 60, 60)
    screen.new_group_at_cursor()
    dialog = screen.dialog
    assert isinstance(dialog, GroupDialog)
    assert dialog.error_text("name") == ""  # a fresh form is not red all over
    dialog.room.set_value(desk.rooms["Blue Room"])
    dialog.lead.set_value(desk.staff["Maria Lopez"])
    qtbot.waitUntil(lambda: dialog.error_text("room") != "", timeout=3000)
    assert dialog.error_text("room").startswith(
        "Blue Room is already booked for 'Tuesday Circle' on Tue 3 Mar 2026, 6:00 PM–7:30 PM."
    )
    assert dialog.error_text("facilitators").startswith("Maria Lopez already facilitates")
    dialog.reject()


def test_month_overview_opens_a_day_agenda(qtbot: Any, desk: Desk, main_window: MainWindow) -> None:
    screen = _calendar(main_window)
    screen.view_buttons["month"].click()
    assert screen.title.text() == "March 2026"
    month = screen.month_view
    assert [s.group_name for s in month.sessions_on(date(2026, 3, 3))] == [
        "Morning Check-in",
        "Tuesday Circle",
    ]
    month.setFocus()
    month.select_day(date(2026, 3, 2))
    QTest.keyClick(month, Qt.Key.Key_Right)
    QTest.keyClick(month, Qt.Key.Key_Return)
    assert screen.view == "day"
    assert screen.title.text() == "Tuesday 3 March"
    assert [
        screen.agenda_model.row(i).group_name for i in range(screen.agenda_model.rowCount())
    ] == ["Morning Check-in", "Tuesday Circle"]


def test_filters_and_search(qtbot: Any, desk: Desk, main_window: MainWindow) -> None:
    screen = _calendar(main_window)
    screen.room_filter.set_value(desk.rooms["Garden Room"])
    assert {s.group_name for s in screen.shown} == {"Morning Check-in"}
    screen.room_filter.set_value(None)
    screen.staff_filter.set_value(desk.staff["Maria Lopez"])
    assert {s.group_name for s in screen.shown} == {"Tuesday Circle"}
    screen.staff_filter.set_value(None)
    QTest.keyClick(screen, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert screen.search.hasFocus()
    QTest.keyClicks(screen.search, "circle")
    QTest.keyClick(screen.search, Qt.Key.Key_Return)
    assert {s.group_name for s in screen.shown} == {"Tuesday Circle"}
    assert screen.summary.text() == "1 session · matching “circle”"


def _spoken(interface: Any) -> str:
    return str(interface.text(QAccessible.Text.Name))


def test_screen_readers_hear_each_session_and_ctrl_arrows_go_session_by_session(
    qtbot: Any, desk: Desk, main_window: MainWindow
) -> None:
    screen = _calendar(main_window)
    view = screen.week_view
    week = QAccessible.queryAccessibleInterface(view)
    assert week.childCount() == 6
    names = [_spoken(week.child(i)) for i in range(week.childCount())]
    assert names[0] == "Morning Check-in, Monday 2 March 2026, 9:00 AM–9:45 AM, Garden Room, " + (
        "Peer support group"
    )
    assert "Tuesday Circle, Tuesday 3 March 2026, 6:00 PM–7:30 PM, Blue Room" in names[2]
    assert week.child(2).rect().width() > 0  # where it is drawn, for screen magnifiers
    # From 08:00 on Monday, Ctrl+Right reaches each session in turn; the reader follows.
    view.setFocus()
    view.set_cursor(0, 8 * 60)
    QTest.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert view.selected_session().group_name == "Morning Check-in"  # type: ignore[union-attr]
    QTest.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    chosen = view.selected_session()
    assert chosen is not None and chosen.group_name == "Tuesday Circle"
    focus = week.focusChild()
    assert focus is not None and _spoken(focus).startswith("Tuesday Circle, Tuesday 3 March")
    assert focus.state().focused and focus.state().selected
    QTest.keyClick(view, Qt.Key.Key_Return)
    dialog = screen.dialog
    assert isinstance(dialog, SessionDialog) and dialog.heading.text() == "Tuesday Circle"
    dialog.reject()
    # Wednesday, Thursday, Friday, then past the week's last: the next week's first.
    for _ in range(4):
        QTest.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert screen.title.text() == "Week of 9 Mar – 15 Mar 2026"
    first = view.selected_session()
    assert first is not None and first.starts_at.date() == date(2026, 3, 9)
    QTest.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert screen.title.text() == "Week of 2 Mar – 8 Mar 2026"
    last = view.selected_session()
    assert last is not None and last.starts_at.date() == date(2026, 3, 6)


def test_the_month_lists_its_sessions_to_screen_readers_and_opens_one_with_enter(
    qtbot: Any, desk: Desk, main_window: MainWindow
) -> None:
    screen = _calendar(main_window)
    screen.view_buttons["month"].click()
    month = screen.month_view
    interface = QAccessible.queryAccessibleInterface(month)
    assert interface.childCount() == len(screen.sessions_shown())
    month.setFocus()
    month.select_day(date(2026, 3, 3))
    assert month.accessibleDescription() == "Tuesday 3 March 2026: 2 sessions"
    QTest.keyClick(month, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert _spoken(interface.focusChild()).startswith("Morning Check-in, Tuesday 3 March")
    QTest.keyClick(month, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert _spoken(interface.focusChild()).startswith("Tuesday Circle, Tuesday 3 March")
    QTest.keyClick(month, Qt.Key.Key_Return)
    dialog = screen.dialog
    assert isinstance(dialog, SessionDialog) and dialog.heading.text() == "Tuesday Circle"
    dialog.reject()
    # A plain arrow goes back to moving by day.
    QTest.keyClick(month, Qt.Key.Key_Right)
    assert month.selected_day == date(2026, 3, 4) and month.selected_session() is None


def test_kinds_are_told_apart_by_shape_and_named_in_a_legend(
    qtbot: Any, desk: Desk, main_window: MainWindow
) -> None:
    screen = _calendar(main_window)
    assert screen.legend.isVisible()
    assert [label.text() for label in screen.legend.labels.values()] == [
        KIND_SHORT_LABELS[k] for k in GroupKind
    ]

    def outline(kind: GroupKind) -> QImage:
        """The shape alone: where the icon is drawn, whatever its colour."""
        image = kind_swatch(kind).pixmap(QSize(24, 24), 1.0).toImage()
        return image.convertToFormat(QImage.Format.Format_Alpha8)

    shapes = [outline(kind) for kind in GroupKind]
    assert all(a != b for i, a in enumerate(shapes) for b in shapes[i + 1 :])


def test_dots_and_shapes_are_drawn_at_the_screens_pixel_ratio() -> None:
    for icon in (levels.dot(Level.RED), kind_swatch(GroupKind.TRAINING)):
        sharp = icon.pixmap(QSize(12, 12), 2.0)
        assert (sharp.width(), sharp.height(), sharp.devicePixelRatio()) == (24, 24, 2.0)


def test_new_group_starts_on_the_day_selected_or_today_never_a_past_day(
    qtbot: Any, desk: Desk, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import UTC, datetime

    freeze_clock(monkeypatch, datetime(2026, 3, 5, 15, tzinfo=UTC))  # Thursday, 9 am
    screen = _calendar(main_window)
    assert screen.week_view.cursor_start().date() == date(2026, 3, 5)  # today, not Monday

    def first_day_of_new_group() -> date:
        screen.new_button.click()
        dialog = screen.dialog
        assert isinstance(dialog, GroupDialog)
        day = from_qdate(dialog.first_date.date())
        dialog.reject()
        return day

    assert first_day_of_new_group() == date(2026, 3, 5)
    screen.week_view.set_cursor(0, 10 * 60)  # Monday, already gone
    assert first_day_of_new_group() == date(2026, 3, 5)
    screen.week_view.set_cursor(5, 10 * 60)  # Saturday
    assert first_day_of_new_group() == date(2026, 3, 7)
    screen.show_day(date(2026, 3, 12))
    assert first_day_of_new_group() == date(2026, 3, 12)
    screen.show_day(date(2026, 3, 2))
    assert first_day_of_new_group() == date(2026, 3, 5)


def test_a_peer_specialist_sees_a_session_as_plain_text_and_no_new_group_offer(
    qtbot: Any, desk: Desk, sqlite_database: Database, admin: Actor, ui_state: Any
) -> None:
    from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit

    from peercenter.domain.enums import Role
    from peercenter.ui.context import AppContext
    from peercenter.ui.dialogs.session_info import SessionInfoDialog
    from tests.gui.helpers import sign_in_as

    specialist = sign_in_as(sqlite_database, admin, Role.SPECIALIST, "kai", "Kai", "Ng")
    window = MainWindow(AppContext(sqlite_database, specialist, ui_state))
    qtbot.addWidget(window)
    window.show()
    screen = _calendar(window)
    assert not screen.new_button.isVisible()
    view = screen.week_view
    assert not view.can_create
    offered: list[object] = []
    view.slot_activated.connect(lambda *args: offered.append(args))
    view.set_cursor(3, 20 * 60)
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Return)  # an empty slot: nothing to start
    assert offered == [] and screen.dialog is None

    screen.open_session(next(s.id for s in screen.shown if s.group_name == "Tuesday Circle"))
    dialog = screen.dialog
    assert isinstance(dialog, SessionInfoDialog) and dialog.isVisible()
    assert dialog.values["Date"].text() == "Tuesday 3 March 2026"
    assert dialog.values["Time"].text() == "6:00 PM–7:30 PM"
    assert dialog.values["Facilitators"].text() == "Jordan Reyes, Maria Lopez"
    assert not dialog.findChildren(QLineEdit) and not dialog.findChildren(QComboBox)
    assert not dialog.findChildren(QPlainTextEdit)
    dialog.reject()
