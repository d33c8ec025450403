"""Today: the day's sessions, the empty state, and moving between days."""

from __future__ import annotations

from datetime import date, time, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush

from peercenter.db.engine import Database
from peercenter.db.models import Group, GroupFacilitator, GroupSession, Room
from peercenter.domain.enums import FacilitatorRole, GroupKind, SessionStatus
from peercenter.services import participants, series, settings
from peercenter.services.clock import local_today
from peercenter.services.context import Actor
from peercenter.ui.main_window import MainWindow
from peercenter.ui.screens.today import TodayScreen
from peercenter.ui.ui_state import UiState
from tests.gui.helpers import cell, column_texts


def _center_today(db: Database) -> date:
    with db.reader() as s:
        return local_today(settings.center_timezone(s))


def _group(
    db: Database,
    admin: Actor,
    name: str,
    kind: GroupKind,
    first: date,
    at: time,
    *,
    rule: str = "FREQ=DAILY",
    capacity: int | None = 12,
    room: str | None = "Garden Room",
) -> int:
    """A group inserted directly (the scheduling screens come later) with its sessions."""
    with db.session() as s:
        room_row = Room(name=room, capacity=20) if room else None
        group = Group(
            name=name,
            kind=kind,
            rrule=rule,
            first_date=first,
            start_time=at,
            duration_minutes=90,
            capacity=capacity,
            room=room_row,
        )
        group.facilitators = [GroupFacilitator(staff_id=admin.staff_id, role=FacilitatorRole.LEAD)]
        s.add(group)
        s.flush()
        series.materialize(s, group, settings.center_timezone(s), first + timedelta(days=7))
        return group.id


def _today_screen(main_window: MainWindow) -> TodayScreen:
    screen = main_window.screen_widget("today")
    assert isinstance(screen, TodayScreen)
    return screen


def test_empty_day_says_so_in_plain_words(
    main_window: MainWindow, sqlite_database: Database
) -> None:
    screen = _today_screen(main_window)
    today = _center_today(sqlite_database)
    assert screen.day == today
    assert screen.body.currentWidget() is screen.empty_label
    assert screen.empty_label.text() == f"No sessions on {today:%A} {today.day} {today:%B}."
    assert screen.title.text().startswith("Today, ")


def test_sessions_of_the_day_are_listed_with_their_details(
    qtbot: Any, sqlite_database: Database, admin: Actor, ctx: Any
) -> None:
    today = _center_today(sqlite_database)
    _group(
        sqlite_database,
        admin,
        "Evening Recovery Circle",
        GroupKind.PEER_SUPPORT,
        today,
        time(18, 0),
    )
    _group(
        sqlite_database,
        admin,
        "Morning Walk",
        GroupKind.COMMUNITY,
        today,
        time(9, 30),
        capacity=None,
        room=None,
    )
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    screen = _today_screen(window)

    assert screen.body.currentWidget() is screen.table
    model = screen.proxy
    assert column_texts(model, "Group") == ["Morning Walk", "Evening Recovery Circle"]
    assert column_texts(model, "Time") == ["09:30–11:00", "18:00–19:30"]
    assert column_texts(model, "Kind") == ["Community", "Peer support"]
    assert cell(model, 0, "Kind", Qt.ItemDataRole.ToolTipRole) == "Community activity"
    assert column_texts(model, "Room") == ["", "Garden Room"]
    assert column_texts(model, "Facilitators") == ["Ada Admin", "Ada Admin"]
    assert column_texts(model, "Enrolled") == ["0", "0 / 12"]
    assert column_texts(model, "Status") == ["Scheduled", "Scheduled"]
    swatch = cell(model, 0, "Kind", Qt.ItemDataRole.DecorationRole)
    assert swatch is not None and not swatch.isNull()
    assert screen.summary.text() == "2 sessions · 0 attended"


def test_cancelled_session_is_greyed_with_its_reason(
    qtbot: Any, sqlite_database: Database, admin: Actor, ctx: Any
) -> None:
    today = _center_today(sqlite_database)
    group_id = _group(
        sqlite_database, admin, "Art Group", GroupKind.PEER_SUPPORT, today, time(13, 0)
    )
    with sqlite_database.session() as s:
        row = (
            s.query(GroupSession)
            .filter_by(group_id=group_id)
            .order_by(GroupSession.starts_at)
            .first()
        )
        assert row is not None
        row.status = SessionStatus.CANCELLED
        row.cancel_reason = "Facilitator ill"
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    screen = _today_screen(window)
    assert column_texts(screen.proxy, "Status") == ["Cancelled: Facilitator ill"]
    assert isinstance(cell(screen.proxy, 0, "Group", Qt.ItemDataRole.ForegroundRole), QBrush)
    assert "Facilitator ill" in cell(screen.proxy, 0, "Group", Qt.ItemDataRole.ToolTipRole)
    assert screen.summary.text() == "1 session · 1 cancelled · 0 attended"


def test_previous_next_and_today_buttons_and_shortcuts(
    qtbot: Any, sqlite_database: Database, admin: Actor, ctx: Any
) -> None:
    today = _center_today(sqlite_database)
    tomorrow = today + timedelta(days=1)
    _group(
        sqlite_database,
        admin,
        "Tomorrow Only",
        GroupKind.TRAINING,
        tomorrow,
        time(10, 0),
        rule="FREQ=DAILY;COUNT=1",
    )
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):  # shortcuts work in the active window only
        window.show()
        window.activateWindow()
    screen = _today_screen(window)
    assert not screen.today_button.isEnabled()

    screen.next_button.click()
    assert screen.day == tomorrow
    assert column_texts(screen.proxy, "Group") == ["Tomorrow Only"]
    assert screen.today_button.isEnabled()
    assert not screen.title.text().startswith("Today")

    screen.previous_button.click()
    assert screen.day == today and screen.body.currentWidget() is screen.empty_label

    focus = window.sidebar  # where the keyboard is after choosing the screen
    focus.setFocus()
    qtbot.keyClick(focus, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert screen.day == tomorrow
    qtbot.keyClick(focus, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert screen.day == today
    qtbot.keyClick(focus, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert screen.day == today - timedelta(days=1)


def test_picking_a_date_shows_that_day(
    qtbot: Any, sqlite_database: Database, admin: Actor, ctx: Any
) -> None:
    first = date(2030, 3, 5)  # a Tuesday
    _group(
        sqlite_database,
        admin,
        "Future Group",
        GroupKind.MENTORING,
        first,
        time(11, 0),
        rule="FREQ=WEEKLY",
    )
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    screen = _today_screen(window)
    screen.date_picker.setDate(
        screen.date_picker.date().fromString("2030-03-05", Qt.DateFormat.ISODate)
    )
    assert screen.day == first
    assert screen.title.text() == "Tuesday 5 March 2030"
    assert column_texts(screen.proxy, "Kind") == ["Mentoring"]
    screen.set_day(first + timedelta(days=1))
    assert screen.empty_label.text() == "No sessions on Wednesday 6 March 2030."


def test_enrolled_count_uses_the_roster(
    qtbot: Any, sqlite_database: Database, admin: Actor, ctx: Any, ui_state: UiState
) -> None:
    from peercenter.db.models import Enrollment

    today = _center_today(sqlite_database)
    group_id = _group(
        sqlite_database, admin, "Circle", GroupKind.PEER_SUPPORT, today, time(12, 0), capacity=8
    )
    with sqlite_database.session() as s:
        for name in ("Jo", "Max", "Lee"):
            p = participants.create(s, admin, participants.ParticipantForm(preferred_name=name))
            s.add(Enrollment(group_id=group_id, participant_id=p.id, from_date=today))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert column_texts(_today_screen(window).proxy, "Enrolled") == ["3 / 8"]
