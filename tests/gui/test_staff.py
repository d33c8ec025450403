"""Staff: the list, adding and editing people and their logins, deactivating, unlocking."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from peercenter.db.engine import Database
from peercenter.domain.enums import Role, StaffStatus
from peercenter.domain.errors import AccountLocked, AuthenticationError
from peercenter.services import auth, staff
from peercenter.services.context import Actor
from peercenter.ui.main_window import MainWindow
from peercenter.ui.screens.staff import StaffScreen
from peercenter.ui.screens.staff.dialog import StaffDialog
from tests import factories
from tests.gui.helpers import cell, column_texts

NEW_PASSWORD = "blue kettle morning walk"


def _screen(main_window: MainWindow) -> StaffScreen:
    main_window.open_screen("staff")
    screen = main_window.screen_widget("staff")
    assert isinstance(screen, StaffScreen)
    return screen


def _select(screen: StaffScreen, name: str) -> None:
    row = column_texts(screen.proxy, "Name").index(name)
    screen.table.selectRow(row)


def _dialog(screen: StaffScreen) -> StaffDialog:
    assert screen.dialog is not None and screen.dialog.isVisible()
    return screen.dialog


def _fill_new(dialog: StaffDialog, username: str = "jordan") -> None:
    dialog.first_name.setText("Jordan")
    dialog.last_name.setText("Lee")
    dialog.email.setText("jordan@example.org")
    dialog.hours_cap.setValue(32)
    dialog.can_sign_in.setChecked(True)
    dialog.username.setText(username)
    dialog.role.setCurrentIndex(dialog.role.findData(Role.FRONT_DESK))
    dialog.password.setText(NEW_PASSWORD)
    dialog.password_again.setText(NEW_PASSWORD)


def test_list_shows_people_and_their_logins(main_window: MainWindow) -> None:
    screen = _screen(main_window)
    assert column_texts(screen.proxy, "Name") == ["Ada Admin"]
    assert cell(screen.proxy, 0, "User name") == "admin"
    assert cell(screen.proxy, 0, "Login role") == "Administrator"
    assert cell(screen.proxy, 0, "Weekly cap") == "40 h"
    assert cell(screen.proxy, 0, "Login") == ""  # nothing that needs attention
    assert screen.count_label.text() == "1 staff member"


def test_adding_someone_with_a_login_lists_them_and_lets_them_sign_in(
    main_window: MainWindow, sqlite_database: Database
) -> None:
    screen = _screen(main_window)
    screen.add_button.click()
    dialog = _dialog(screen)
    assert dialog.windowTitle() == "Add staff member"
    assert not dialog.username.isEnabled()  # until "Can sign in" is ticked
    _fill_new(dialog)
    dialog.save_button.click()

    assert not dialog.isVisible()
    names = column_texts(screen.proxy, "Name")
    assert names == ["Ada Admin", "Jordan Lee"]
    row = names.index("Jordan Lee")
    assert cell(screen.proxy, row, "User name") == "jordan"
    assert cell(screen.proxy, row, "Login role") == "Front desk"
    assert cell(screen.proxy, row, "Weekly cap") == "32 h"
    assert screen.selected() is not None and screen.selected().row.name == "Jordan Lee"
    actor = auth.login(sqlite_database, "jordan", NEW_PASSWORD)
    assert actor.role is Role.FRONT_DESK and actor.display_name == "Jordan Lee"


def test_someone_without_a_login_is_saved_without_one(main_window: MainWindow) -> None:
    screen = _screen(main_window)
    screen.add_button.click()
    dialog = _dialog(screen)
    dialog.first_name.setText("Pat")
    dialog.last_name.setText("Kim")
    dialog.save_button.click()
    row = column_texts(screen.proxy, "Name").index("Pat Kim")
    assert cell(screen.proxy, row, "User name") == ""
    assert cell(screen.proxy, row, "Login role") == ""


def test_duplicate_user_name_is_shown_beside_the_field_and_nothing_is_saved(
    main_window: MainWindow,
) -> None:
    screen = _screen(main_window)
    screen.add_button.click()
    dialog = _dialog(screen)
    _fill_new(dialog, username="admin")
    dialog.save_button.click()

    assert dialog.isVisible()
    assert "The user name 'admin' is already taken by Ada Admin" in dialog.error_text("username")
    assert dialog.error_text("first_name") == ""
    dialog.reject()
    screen.refresh()
    assert column_texts(screen.proxy, "Name") == ["Ada Admin"]  # not half-written


def test_every_field_problem_is_shown_at_once(main_window: MainWindow) -> None:
    screen = _screen(main_window)
    screen.add_button.click()
    dialog = _dialog(screen)
    dialog.email.setText("not an address")
    dialog.can_sign_in.setChecked(True)
    dialog.username.setText("x")
    dialog.save_button.click()
    assert dialog.error_text("first_name") == "First name is required."
    assert dialog.error_text("last_name") == "Last name is required."
    assert "does not look like an e-mail address" in dialog.error_text("email")
    assert dialog.banner.text == "Please fix the fields marked in red."


def test_mismatched_repeat_password_is_caught_before_saving(main_window: MainWindow) -> None:
    screen = _screen(main_window)
    screen.add_button.click()
    dialog = _dialog(screen)
    _fill_new(dialog)
    dialog.password_again.setText("something different")
    dialog.save_button.click()
    assert dialog.error_text("password_again") == "The two passwords are not the same."
    dialog.reject()
    screen.refresh()
    assert column_texts(screen.proxy, "Name") == ["Ada Admin"]


def test_enter_on_a_row_opens_it_for_editing_and_saves_changes(
    qtbot: Any, main_window: MainWindow, sqlite_database: Database, admin: Actor
) -> None:
    factories.staff_with_login(sqlite_database, admin, "sam", Role.SPECIALIST)
    screen = _screen(main_window)
    _select(screen, "Sam Rivera")
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    dialog = _dialog(screen)
    assert dialog.windowTitle() == "Edit staff member"
    assert dialog.first_name.text() == "Sam"
    assert dialog.username.text() == "sam" and dialog.can_sign_in.isChecked()
    assert dialog.password.text() == ""  # blank keeps the current password

    dialog.preferred_name.setText("Sammy")
    dialog.supervisor.setCurrentIndex(dialog.supervisor.findText("No supervisor"))
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert "Sammy Rivera" in column_texts(screen.proxy, "Name")
    assert auth.login(sqlite_database, "sam", factories.PASSWORD).username == "sam"


def test_filling_the_password_of_an_existing_login_resets_it(
    main_window: MainWindow, sqlite_database: Database, admin: Actor
) -> None:
    factories.staff_with_login(sqlite_database, admin, "sam", Role.SPECIALIST)
    screen = _screen(main_window)
    _select(screen, "Sam Rivera")
    screen.edit_button.click()
    dialog = _dialog(screen)
    dialog.password.setText(NEW_PASSWORD)
    dialog.password_again.setText(NEW_PASSWORD)
    dialog.save_button.click()
    assert not dialog.isVisible()
    with pytest.raises(AuthenticationError):
        auth.login(sqlite_database, "sam", factories.PASSWORD)
    assert auth.login(sqlite_database, "sam", NEW_PASSWORD).username == "sam"


def test_supervisor_list_offers_supervisors(
    main_window: MainWindow, sqlite_database: Database, admin: Actor
) -> None:
    factories.staff_with_login(
        sqlite_database, admin, "val", Role.SUPERVISOR, "Val", "Ortiz", supervisor=True
    )
    screen = _screen(main_window)
    screen.add_button.click()
    dialog = _dialog(screen)
    choices = [dialog.supervisor.itemText(i) for i in range(dialog.supervisor.count())]
    assert choices == ["No supervisor", "Val Ortiz"]
    dialog.first_name.setText("Jo")
    dialog.last_name.setText("Park")
    dialog.supervisor.setCurrentIndex(1)
    dialog.save_button.click()
    row = column_texts(screen.proxy, "Name").index("Jo Park")
    assert cell(screen.proxy, row, "Supervisor") == "Val Ortiz"


def test_someone_else_saving_first_offers_a_reload(
    main_window: MainWindow, sqlite_database: Database, admin: Actor
) -> None:
    sam = factories.staff_with_login(sqlite_database, admin, "sam", Role.SPECIALIST)
    screen = _screen(main_window)
    _select(screen, "Sam Rivera")
    screen.edit_button.click()
    dialog = _dialog(screen)
    with sqlite_database.session() as s:  # another computer, meanwhile
        detail = staff.get_staff(s, admin, sam)
        staff.update_staff(
            s, admin, sam, staff.StaffForm(first_name="Samuel", last_name="Rivera"), detail.version
        )

    dialog.phone.setText("555-123-4567")
    dialog.save_button.click()
    assert dialog.isVisible()
    assert dialog.banner.text.startswith("Someone else changed this")
    assert dialog.banner.button.isVisible() and dialog.banner.button.text() == "Reload"

    dialog.banner.button.click()
    assert dialog.first_name.text() == "Samuel"
    assert dialog.phone.text() == ""
    assert dialog.banner.text == ""
    dialog.phone.setText("555-123-4567")
    dialog.save_button.click()
    assert not dialog.isVisible()
    with sqlite_database.reader() as s:
        saved = staff.get_staff(s, admin, sam).form
    assert (saved.first_name, saved.phone) == ("Samuel", "555-123-4567")


def test_deactivate_asks_with_the_name_keeps_the_record_and_stops_sign_in(
    main_window: MainWindow, sqlite_database: Database, admin: Actor, popups: Any
) -> None:
    factories.staff_with_login(sqlite_database, admin, "sam", Role.SPECIALIST)
    screen = _screen(main_window)
    _select(screen, "Sam Rivera")
    assert screen.active_button.text() == "Deactivate…"

    popups.answer = False
    screen.active_button.click()
    assert "Deactivate Sam Rivera?" in popups.texts()[-1]
    assert "Sam Rivera" in column_texts(screen.proxy, "Name")

    popups.answer = True
    screen.active_button.click()
    assert "Sam Rivera" not in column_texts(screen.proxy, "Name")
    with pytest.raises(AuthenticationError, match="switched off"):
        auth.login(sqlite_database, "sam", factories.PASSWORD)

    screen.show_inactive.setChecked(True)
    _select(screen, "Sam Rivera")
    row = column_texts(screen.proxy, "Name").index("Sam Rivera")
    assert cell(screen.proxy, row, "Status") == StaffStatus.INACTIVE.label
    assert cell(screen.proxy, row, "Login") == "Switched off"
    assert screen.active_button.text() == "Reactivate…"
    screen.active_button.click()
    assert "Reactivate Sam Rivera?" in popups.texts()[-1]
    assert auth.login(sqlite_database, "sam", factories.PASSWORD).username == "sam"


def test_deactivating_yourself_is_refused_with_a_message(
    main_window: MainWindow, popups: Any
) -> None:
    screen = _screen(main_window)
    _select(screen, "Ada Admin")
    screen.active_button.click()
    assert popups.shown[-1] == ("error", "You cannot deactivate yourself.")
    assert column_texts(screen.proxy, "Status") == ["Active"]


def test_locked_login_is_shown_and_can_be_unlocked(
    main_window: MainWindow, sqlite_database: Database, admin: Actor
) -> None:
    factories.staff_with_login(sqlite_database, admin, "sam", Role.SPECIALIST)
    for _ in range(5):
        with pytest.raises(AuthenticationError):
            auth.login(sqlite_database, "sam", "wrong password")
    with pytest.raises(AccountLocked):
        auth.login(sqlite_database, "sam", factories.PASSWORD)

    screen = _screen(main_window)
    _select(screen, "Sam Rivera")
    row = column_texts(screen.proxy, "Name").index("Sam Rivera")
    assert cell(screen.proxy, row, "Login").startswith("Locked until ")
    assert screen.unlock_button.isEnabled()
    screen.unlock_button.click()
    assert cell(screen.proxy, row, "Login") == ""
    assert not screen.unlock_button.isEnabled()
    assert auth.login(sqlite_database, "sam", factories.PASSWORD).username == "sam"


def test_filter_box_narrows_the_list(
    main_window: MainWindow, sqlite_database: Database, admin: Actor
) -> None:
    factories.staff_with_login(sqlite_database, admin, "sam", Role.SPECIALIST)
    factories.staff_with_login(
        sqlite_database, admin, "val", Role.SUPERVISOR, "Val", "Ortiz", supervisor=True
    )
    screen = _screen(main_window)
    screen.search.setText("supervisor")
    assert column_texts(screen.proxy, "Name") == ["Val Ortiz"]
    assert screen.count_label.text() == "1 of 3 staff members shown"
    screen.search.clear()
    assert len(column_texts(screen.proxy, "Name")) == 3


def test_hours_and_dates_sort_as_values(
    main_window: MainWindow, sqlite_database: Database, admin: Actor
) -> None:
    from datetime import date

    with sqlite_database.session() as s:
        for first, cap, hired in (("Bo", 9.0, date(2024, 3, 9)), ("Cy", 10.0, date(2023, 12, 1))):
            staff.create_staff(
                s,
                admin,
                staff.StaffForm(
                    first_name=first, last_name="Test", weekly_hours_cap=cap, hire_date=hired
                ),
            )
    screen = _screen(main_window)
    screen.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)
    assert column_texts(screen.proxy, "Weekly cap") == ["9 h", "10 h", "40 h"]
    screen.table.sortByColumn(5, Qt.SortOrder.AscendingOrder)
    assert column_texts(screen.proxy, "Hire date") == ["1 Dec 2023", "9 Mar 2024", ""]
