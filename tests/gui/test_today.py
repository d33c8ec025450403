"""Today: the day's sessions and what became of them, a new center's first steps, the empty
day, and moving between days. The clock is fixed: Monday 2 March 2026, 9 am in Chicago."""

from __future__ import annotations

from datetime import date, time, timedelta
from typing import Any

import pytest
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
from tests.schedule_factories import freeze


@pytest.fixture(autouse=True)
def _frozen(monkeypatch: pytest.MonkeyPatch) -> None:
    freeze(monkeypatch)


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


def test_a_new_center_is_shown_how_to_start(
    main_window: MainWindow, sqlite_database: Database
) -> None:
    screen = _today_screen(main_window)
    assert screen.day == _center_today(sqlite_database) == date(2026, 3, 2)
    assert screen.title.text() == "Today, Monday 2 March"
    start = screen.getting_started
    assert screen.body.currentWidget() is start
    assert [b.text() for b in start.buttons.values() if not b.isHidden()] == [
        "Rooms…",
        "Staff…",
        "New group…",
        "Import groups…",
        "Import participants…",
    ]
    assert start.marks["rooms"].text() == "•" and start.states["rooms"].text() == ""
    shown: list[str] = []
    screen.go_to.connect(shown.append)
    start.buttons["rooms"].click()
    assert shown == ["rooms"] and main_window.current_key == "rooms"


def test_an_empty_day_says_so_once_a_group_exists(
    qtbot: Any, sqlite_database: Database, admin: Actor, ctx: Any
) -> None:
    _group(
        sqlite_database,
        admin,
        "Tuesdays",
        GroupKind.PEER_SUPPORT,
        date(2026, 3, 3),
        time(18),
        rule="FREQ=WEEKLY",
    )
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    screen = _today_screen(window)
    assert screen.body.currentWidget() is screen.empty_label
    assert screen.empty_label.text() == "No sessions on Monday 2 March."
    assert not screen.packet_button.isEnabled()


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
    assert column_texts(model, "Time") == ["9:30 AM–11:00 AM", "6:00 PM–7:30 PM"]
    assert column_texts(model, "Kind") == ["Community", "Peer support"]
    assert cell(model, 0, "Kind", Qt.ItemDataRole.ToolTipRole) == "Community activity"
    assert column_texts(model, "Room") == ["", "Garden Room"]
    assert column_texts(model, "Facilitators") == ["Ada Admin", "Ada Admin"]
    assert column_texts(model, "Enrolled") == ["0", "0 / 12"]
    assert column_texts(model, "Status") == ["Scheduled", "Scheduled"]  # it is 9 am
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


def test_sessions_that_are_over_say_whether_they_were_held(
    qtbot: Any, sqlite_database: Database, admin: Actor, ctx: Any
) -> None:
    from peercenter.domain.enums import AttendanceStatus
    from peercenter.services.schedule import attendance

    today = date(2026, 3, 2)
    early = _group(sqlite_database, admin, "Early Circle", GroupKind.PEER_SUPPORT, today, time(7))
    _group(sqlite_database, admin, "Dawn Walk", GroupKind.COMMUNITY, today, time(6), room=None)
    _group(
        sqlite_database,
        admin,
        "Coffee Chat",
        GroupKind.PEER_SUPPORT,
        today,
        time(8, 30),
        room="Den",
    )
    with sqlite_database.session() as s:
        session_id = (
            s.query(GroupSession.id)
            .filter_by(group_id=early)
            .order_by(GroupSession.starts_at)
            .limit(1)
            .one()[0]
        )
        people = [
            participants.create(s, admin, participants.ParticipantForm(name, "Lee")).id
            for name in ("Jo", "Max", "Ana")
        ]
        for person, status in zip(
            people,
            (AttendanceStatus.PRESENT, AttendanceStatus.LATE, AttendanceStatus.ABSENT),
            strict=True,
        ):
            attendance.add_walk_in(s, admin, session_id, person, status)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    screen = _today_screen(window)
    assert column_texts(screen.proxy, "Status") == [
        "No attendance recorded",  # 6:00-7:30, nobody marked
        "Held (2 present)",  # 7:00-8:30: present and late count, absent does not
        "In progress",  # 8:30-10:00
    ]
    # The session selected to start with is the one still going.
    selected = screen.selected()
    assert selected is not None and selected.group_name == "Coffee Chat"


def _printing_to(monkeypatch: pytest.MonkeyPatch, out: Any) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from peercenter.ui.printing import desk_papers

    def to_file(_parent: Any, _title: str) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return printer

    monkeypatch.setattr(desk_papers, "choose_printer", to_file)


def test_a_sessions_papers_move_and_cancel_are_at_hand(
    qtbot: Any,
    sqlite_database: Database,
    admin: Actor,
    ctx: Any,
    tmp_path: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from peercenter.ui.dialogs.cancel_session import CancelSessionPrompt
    from peercenter.ui.dialogs.session_dialog import SessionDialog
    from tests.pdf_helpers import pdf_text

    today = date(2026, 3, 2)
    _group(sqlite_database, admin, "Evening Circle", GroupKind.PEER_SUPPORT, today, time(18))
    _group(sqlite_database, admin, "Mentoring", GroupKind.MENTORING, today, time(11), room="Den")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    screen = _today_screen(window)
    selected = screen.selected()
    assert selected is not None and selected.group_name == "Mentoring"
    assert screen.print_button.text() == "&Print handout"  # no sign-in sheet for one person

    screen.table.selectRow(1)
    assert screen.selected_label.text() == "6:00 PM–7:30 PM Evening Circle"
    assert screen.print_button.text() == "&Print sign-in sheet + handout"
    out = tmp_path / "papers.pdf"
    _printing_to(monkeypatch, out)
    screen.print_button.click()
    text = pdf_text(out)
    assert text.index("Sign-in sheet: Evening Circle") < text.index("Our Group Agreements")
    assert (
        screen.banner.text == "Printed the sign-in sheet and handout for Evening Circle at 6:00 PM."
    )

    screen.move_button.click()
    move = screen.dialog
    assert isinstance(move, SessionDialog) and move.isVisible()
    qtbot.waitUntil(lambda: move.focusWidget() is move.day)  # a new day first
    move.reject()

    screen.cancel_button.click()
    prompt = screen.dialog
    assert isinstance(prompt, CancelSessionPrompt)
    prompt.reason.setText("Facilitator ill")
    prompt.cancel_button.click()
    assert column_texts(screen.proxy, "Status")[1] == "Cancelled: Facilitator ill"
    assert screen.banner.text == "Evening Circle at 6:00 PM is cancelled."
    screen.table.selectRow(1)
    assert not screen.print_button.isEnabled() and not screen.cancel_button.isEnabled()


def test_a_peer_specialist_checks_in_and_prints_but_does_not_move_or_cancel(
    qtbot: Any, sqlite_database: Database, admin: Actor, ui_state: UiState
) -> None:
    from peercenter.domain.enums import Role
    from peercenter.ui.context import AppContext
    from tests.gui.helpers import sign_in_as

    _group(sqlite_database, admin, "Circle", GroupKind.PEER_SUPPORT, date(2026, 3, 2), time(18))
    specialist = sign_in_as(sqlite_database, admin, Role.SPECIALIST)
    window = MainWindow(AppContext(sqlite_database, specialist, ui_state))
    qtbot.addWidget(window)
    window.show()
    screen = _today_screen(window)
    assert screen.attendance_button.isVisible() and screen.print_button.isVisible()
    assert not screen.move_button.isVisible() and not screen.cancel_button.isVisible()
