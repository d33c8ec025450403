"""The main window: which screens each role sees, the status bar, the menus, and what the
window remembers between starts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from peercenter import __version__
from peercenter.db.engine import Database
from peercenter.domain.enums import Role
from peercenter.domain.permissions import Permission
from peercenter.services import auth
from peercenter.services.context import Actor
from peercenter.ui.context import AppContext
from peercenter.ui.main_window import DEFAULT_SIZE, MainWindow, fitted_size
from peercenter.ui.navigation import SCREENS, ScreenSpec
from peercenter.ui.password_dialog import ChangePasswordDialog
from peercenter.ui.screens.base import Screen
from peercenter.ui.ui_state import UiState
from tests import factories
from tests.gui.helpers import sign_in_as


def _window(qtbot: Any, ctx: AppContext, registry: list[ScreenSpec] | None = None) -> MainWindow:
    window = MainWindow(ctx, registry)
    qtbot.addWidget(window)
    window.show()
    return window


def _titles(window: MainWindow) -> list[str]:
    return [window.sidebar.item(i).text() for i in range(window.sidebar.count())]


def test_administrator_sees_every_foundation_screen(main_window: MainWindow) -> None:
    assert _titles(main_window) == [
        "Today",
        "Calendar",
        "Groups",
        "Participants",
        "Staff",
        "Rooms",
        "Print",
        "Handouts",
        "Training & certification",
        "Time entries",
        "Credential programs",
        "Wellbeing",
        "Reports",
        "Audit trail",
        "Settings",
    ]
    assert main_window.current_key == "today"
    # The default size, as far as the (small) offscreen screen allows.
    fitted = fitted_size(main_window.screen().availableGeometry())
    assert main_window.size().toTuple() == (
        min(DEFAULT_SIZE[0], max(fitted.width(), main_window.minimumSizeHint().width())),
        min(DEFAULT_SIZE[1], max(fitted.height(), main_window.minimumSizeHint().height())),
    )


def test_front_desk_has_no_staff_screen(
    qtbot: Any, sqlite_database: Database, admin: Actor, ui_state: UiState
) -> None:
    actor = sign_in_as(sqlite_database, admin, Role.FRONT_DESK)
    window = _window(qtbot, AppContext(sqlite_database, actor, ui_state))
    assert "Staff" not in _titles(window)
    assert _titles(window) == [
        "Today",
        "Calendar",
        "Groups",
        "Participants",
        "Rooms",
        "Print",
        "Handouts",
        "Settings",  # My preferences only
    ]
    window.open_screen("staff")  # not even by key
    assert window.current_key == "today"


def test_status_bar_shows_person_role_center_and_database(main_window: MainWindow) -> None:
    assert main_window.user_label.text() == "Signed in: Ada Admin (Administrator)"
    assert main_window.center_label.text() == "Harbor Light Recovery Center"
    assert main_window.database_label.text() == "Database: local file"
    assert "Harbor Light Recovery Center" in main_window.windowTitle()


def test_sidebar_arrow_keys_switch_screens(qtbot: Any, main_window: MainWindow) -> None:
    main_window.sidebar.setFocus()
    qtbot.keyClick(main_window.sidebar, Qt.Key.Key_Down)
    assert main_window.current_key == "calendar"
    assert main_window.stack.currentWidget() is main_window.screen_widget("calendar")
    qtbot.keyClick(main_window.sidebar, Qt.Key.Key_Down)
    assert main_window.current_key == "groups"


def test_geometry_and_last_screen_are_restored(qtbot: Any, ctx: AppContext) -> None:
    first = _window(qtbot, ctx)
    first.resize(770, 520)  # fits the small offscreen screen
    first.open_screen("participants")
    first.close()

    again = _window(qtbot, ctx)
    assert again.current_key == "participants"
    assert again.sidebar.current_key() == "participants"
    assert (again.width(), again.height()) == (770, 520)


def test_last_screen_the_next_user_may_not_open_falls_back_to_today(
    qtbot: Any, sqlite_database: Database, admin: Actor, ui_state: UiState
) -> None:
    ui_state.last_screen = "staff"
    actor = sign_in_as(sqlite_database, admin, Role.SPECIALIST)
    window = _window(qtbot, AppContext(sqlite_database, actor, ui_state))
    assert window.current_key == "today"


class CountingScreen(Screen):
    made = 0
    refreshed = 0

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        CountingScreen.made += 1

    def refresh(self) -> None:
        CountingScreen.refreshed += 1


def test_a_screen_is_one_registry_line_made_when_first_opened(qtbot: Any, ctx: AppContext) -> None:
    CountingScreen.made = CountingScreen.refreshed = 0
    extra = ScreenSpec(
        "counting", "Counting", "today", Permission.VIEW_AUDIT, f"{__name__}:CountingScreen"
    )
    window = _window(qtbot, ctx, [*SCREENS, extra])
    assert _titles(window)[-1] == "Counting"
    assert CountingScreen.made == 0  # nothing is built until it is opened
    window.open_screen("counting")
    window.open_screen("today")
    window.open_screen("counting")
    assert CountingScreen.made == 1 and CountingScreen.refreshed == 2


def test_a_screen_needing_a_permission_the_role_lacks_is_not_listed(
    qtbot: Any, sqlite_database: Database, admin: Actor, ui_state: UiState
) -> None:
    extra = ScreenSpec(
        "audit", "Audit trail", "today", Permission.VIEW_AUDIT, "no.such.module:NeverImported"
    )
    actor = sign_in_as(sqlite_database, admin, Role.SUPERVISOR)
    window = _window(qtbot, AppContext(sqlite_database, actor, ui_state), [*SCREENS, extra])
    assert _titles(window) == [
        "Today",
        "Calendar",
        "Groups",
        "Participants",
        "Rooms",
        "Print",
        "Handouts",
        "Training & certification",
        "Time entries",
        "Credential programs",
        "Wellbeing",
        "Reports",
        "Settings",
    ]


def test_change_password_dialog(qtbot: Any, ctx: AppContext, sqlite_database: Database) -> None:
    dialog = ChangePasswordDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.current.setText(factories.PASSWORD)
    dialog.new.setText("a brand new passphrase")
    dialog.repeat.setText("a brand new passphrase typo")
    dialog.save_button.click()
    assert dialog.error_text("new_password_again") == "The two new passwords are not the same."

    dialog.current.setText("wrong")
    dialog.repeat.setText("a brand new passphrase")
    dialog.save_button.click()
    assert dialog.error_text("current_password") == "The current password is not right."
    assert dialog.result() != dialog.DialogCode.Accepted

    dialog.current.setText(factories.PASSWORD)
    dialog.save_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert auth.login(sqlite_database, "admin", "a brand new passphrase").username == "admin"


def test_about_names_the_version(main_window: MainWindow, popups: Any) -> None:
    main_window.show_about()
    assert popups.shown[0][0] == "about"
    assert __version__ in popups.shown[0][1]


def test_the_first_window_fits_a_1366_by_768_laptop_with_its_status_bar() -> None:
    from PySide6.QtCore import QRect

    from peercenter.ui.main_window import FRAME_ALLOWANCE

    laptop = QRect(0, 0, 1366, 768 - 40)  # less a 40-pixel taskbar
    size = fitted_size(laptop)
    assert size.width() == DEFAULT_SIZE[0]
    assert size.height() + FRAME_ALLOWANCE[1] <= laptop.height()
    assert fitted_size(QRect(0, 0, 1920, 1040)).toTuple() == DEFAULT_SIZE


def test_the_window_opens_at_a_size_its_screen_can_show(qtbot: Any, ctx: AppContext) -> None:
    window = _window(qtbot, ctx)
    available = window.screen().availableGeometry()
    assert window.width() <= available.width() and window.height() <= available.height()
    assert window.minimumSizeHint().width() <= 770  # Today, the first screen, fits small ones
    assert window.statusBar().isVisible()
