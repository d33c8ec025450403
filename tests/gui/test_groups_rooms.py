"""The Groups screen with its roster (waitlist offers) and attendance dialogs, and Rooms."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from peercenter.db.engine import Database
from peercenter.domain.enums import EnrollmentMode
from peercenter.domain.recurrence import Frequency, Recurrence
from peercenter.services.context import Actor
from peercenter.services.schedule import rosters
from peercenter.ui.main_window import MainWindow
from peercenter.ui.screens.groups import GroupsScreen
from peercenter.ui.screens.groups.roster_dialog import RosterDialog
from peercenter.ui.screens.groups.stats_dialog import StatsDialog
from peercenter.ui.screens.rooms import RoomsScreen
from peercenter.ui.screens.rooms.dialog import RoomDialog
from tests.gui.conftest import Popups
from tests.gui.helpers import column_texts
from tests.schedule_factories import Desk, front_desk
from tests.schedule_factories import freeze as freeze_clock


@pytest.fixture
def desk(sqlite_database: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch) -> Desk:
    freeze_clock(monkeypatch)
    desk = front_desk(sqlite_database, admin)
    small = desk.group(
        "Small Circle",
        capacity=2,
        mode=EnrollmentMode.CLOSED,
        rule=Recurrence(Frequency.WEEKLY, weekdays=(1,)),
    )
    with sqlite_database.session() as s:
        for name in ("Alex", "Blair", "Casey"):
            rosters.enroll(s, admin, small.id, desk.people[name], date(2026, 3, 2))
    return desk


def _groups(window: MainWindow) -> GroupsScreen:
    window.open_screen("groups")
    screen = window.screen_widget("groups")
    assert isinstance(screen, GroupsScreen)
    return screen


def test_groups_list_and_a_freed_place_offered_then_accepted(
    qtbot: Any, desk: Desk, main_window: MainWindow, popups: Popups
) -> None:
    screen = _groups(main_window)
    assert column_texts(screen.proxy, "Name") == ["Small Circle"]
    assert column_texts(screen.proxy, "Enrolled") == ["2 / 2"]
    assert column_texts(screen.proxy, "Waiting") == ["1"]
    assert column_texts(screen.proxy, "Schedule") == ["Every week on Tuesday"]
    screen.table.selectRow(0)
    screen.roster_button.click()
    dialog = screen.dialog
    assert isinstance(dialog, RosterDialog)
    assert dialog.summary.text() == "2 of 2 places taken today · 1 waiting · closed group"
    dialog.enrolled.selectRow(0)
    dialog.end_button.click()  # Alex leaves; the confirmation is answered yes
    assert popups.texts()[-1].startswith("Alex M. leaves Small Circle after today")
    assert dialog.banner.text.startswith("A place is free and has been offered to Casey O.")
    dialog.banner.button.click()  # Accept
    roster = dialog.roster
    assert roster is not None and roster.waitlist == ()
    # Alex's last day is today; Casey takes the place from tomorrow.
    assert [(e.name, e.from_date, e.to_date) for e in roster.enrolled] == [
        ("Alex M.", date(2026, 3, 2), date(2026, 3, 2)),
        ("Blair N.", date(2026, 3, 2), None),
        ("Casey O.", date(2026, 3, 3), None),
    ]
    dialog.enrolled.selectRow(1)
    dialog.person_button.click()
    assert dialog.banner.text == (
        "Blair N.: 0 present, 0 late, 0 excused, 0 absent; no attendance recorded yet."
    )
    dialog.reject()
    assert column_texts(screen.proxy, "Waiting") == [""]


def test_attendance_dialog_shows_the_trend(qtbot: Any, desk: Desk, main_window: MainWindow) -> None:
    screen = _groups(main_window)
    screen.table.selectRow(0)
    screen.stats_button.click()
    dialog = screen.dialog
    assert isinstance(dialog, StatsDialog)
    assert dialog.summary.text() == (
        "0 sessions held · on average – people present or late · last 12 weeks: not enough data"
    )
    assert len(dialog.chart.points) == 12
    dialog.reject()


def test_rooms_add_and_take_out_of_use(qtbot: Any, desk: Desk, main_window: MainWindow) -> None:
    main_window.open_screen("rooms")
    screen = main_window.screen_widget("rooms")
    assert isinstance(screen, RoomsScreen)
    assert column_texts(screen.proxy, "Name") == ["Blue Room", "Garden Room", "Online"]
    screen.add_button.click()
    dialog = screen.dialog
    assert isinstance(dialog, RoomDialog)
    dialog.name.setText("Zoom Two")
    dialog.is_virtual.setChecked(True)
    dialog.url.setText("meet.example.org")
    dialog.save_button.click()
    assert "https://" in dialog.error_text("meeting_url")
    dialog.url.setText("https://meet.example.org/two")
    dialog.capacity.setValue(25)
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert column_texts(screen.proxy, "Name")[-1] == "Zoom Two"
    assert column_texts(screen.proxy, "Holds")[-1] == "25"
    screen.table.selectRow(3)
    screen.active_button.click()
    assert column_texts(screen.proxy, "Name") == ["Blue Room", "Garden Room", "Online"]


def test_a_room_stays_selected_when_taken_out_of_use_and_back(
    qtbot: Any, desk: Desk, main_window: MainWindow
) -> None:
    main_window.open_screen("rooms")
    screen = main_window.screen_widget("rooms")
    assert isinstance(screen, RoomsScreen)
    screen.show_inactive.setChecked(True)
    screen.table.selectRow(1)
    screen.active_button.click()
    selected = screen.selected()
    assert selected is not None and selected.name == "Garden Room" and not selected.is_active
    assert screen.active_button.text() == "Put back in use"
    screen.active_button.click()
    assert screen.active_button.text() == "Take out of use"
    assert screen.count_label.text() == "3 rooms"


def test_a_group_search_says_what_it_found(qtbot: Any, desk: Desk, main_window: MainWindow) -> None:
    screen = _groups(main_window)
    screen.search.setText("circle")
    screen.refresh()  # as after the pause in typing
    assert screen.count_label.text() == "1 group found for “circle”"
    screen.search.setText("knitting")
    screen.refresh()
    assert screen.count_label.text() == "No group found for “knitting”."
    assert not screen.edit_button.isEnabled() and not screen.roster_button.isEnabled()
