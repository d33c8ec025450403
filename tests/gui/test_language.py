"""The window in the signed-in person's language: chosen in Settings → My preferences, applied
at once and at every sign-in; the login window in the computer's language; English when a
compiled translation is missing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMenu

from peercenter import i18n
from peercenter.db.engine import Database
from peercenter.services import preferences
from peercenter.services.context import Actor
from peercenter.ui import language
from peercenter.ui.flow import AppFlow
from peercenter.ui.main_window import MainWindow
from peercenter.ui.ui_state import UiState
from tests import factories
from tests.translations_helper import compiled


@pytest.fixture(autouse=True)
def _translations_compiled() -> None:
    compiled()


@pytest.fixture
def flow(
    qtbot: Any, sqlite_database: Database, admin: Actor, ui_state: UiState
) -> Iterator[AppFlow]:
    flow = AppFlow(sqlite_database, ui_state, username="admin")
    flow.start()
    assert flow.login_dialog is not None
    qtbot.addWidget(flow.login_dialog)
    yield flow
    if flow.main_window is not None:
        flow.main_window.close()


def _sign_in(flow: AppFlow, qtbot: Any) -> MainWindow:
    dialog = flow.login_dialog
    assert dialog is not None
    dialog.password.setText(factories.PASSWORD)
    dialog.sign_in_button.click()
    window = flow.main_window
    assert window is not None
    qtbot.addWidget(window)
    return window


def _menus(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def _file_menu(window: MainWindow) -> list[str]:
    menu = window.menuBar().actions()[0].menu()
    assert isinstance(menu, QMenu)
    return [a.text() for a in menu.actions() if a.text()]


def test_a_person_who_chooses_spanish_gets_the_window_in_spanish(
    flow: AppFlow, qtbot: Any, sqlite_database: Database, admin: Actor
) -> None:
    window = _sign_in(flow, qtbot)
    assert [title for _k, title in window.sidebar.entries()][:3] == ["Today", "Calendar", "Groups"]
    window.open_screen("settings")
    screen = window.screen_widget("settings")
    section = screen.preferences  # type: ignore[union-attr]
    section.language.setCurrentIndex(section.language.findData("es"))
    section.save_button.click()

    spanish = flow.main_window
    assert spanish is not None and spanish is not window  # built again, in Spanish
    qtbot.addWidget(spanish)
    assert spanish.current_key == "settings"
    titles = [title for _k, title in spanish.sidebar.entries()]
    assert titles[:4] == ["Hoy", "Calendario", "Grupos", "Participantes"]
    assert "Configuración" in titles
    assert _menus(spanish) == ["&Archivo", "A&yuda"]
    assert "Ce&rrar sesión" in _file_menu(spanish)
    assert spanish.user_label.text() == "Sesión iniciada: Ada Admin (Administrador(a))"
    spanish.open_screen("rooms")
    rooms = spanish.screen_widget("rooms")
    assert rooms is not None
    assert rooms.count_label.text() == "0 salas"  # type: ignore[attr-defined]
    header = rooms.model.headerData(1, Qt.Orientation.Horizontal)  # type: ignore[attr-defined]
    assert header == "Capacidad"
    with sqlite_database.reader() as s:
        assert preferences.my_language(s, admin) == "es"


def test_the_choice_follows_the_person_to_their_next_sign_in(
    flow: AppFlow, qtbot: Any, sqlite_database: Database, admin: Actor
) -> None:
    with sqlite_database.session() as s:
        preferences.set_my_language(s, admin, "es")
    window = _sign_in(flow, qtbot)
    assert _menus(window) == ["&Archivo", "A&yuda"]
    window.sign_out()
    login = flow.login_dialog
    assert login is not None  # the next person meets the computer's language again
    qtbot.addWidget(login)
    assert login.sign_in_button.text() == "Sign in"


def test_the_login_window_follows_the_computers_language(
    qtbot: Any,
    sqlite_database: Database,
    admin: Actor,
    ui_state: UiState,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(language, "system_locale", lambda: "es_US")
    flow = AppFlow(sqlite_database, ui_state, username="admin")
    flow.start()
    dialog = flow.login_dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Iniciar sesión — PeerCenter"
    assert dialog.sign_in_button.text() == "Iniciar sesión"
    dialog.password.setText("not my password")
    dialog.sign_in_button.click()  # the services' words, through gettext
    assert dialog.message_text == "Nombre de usuario o contraseña incorrectos."


def test_qt_standard_buttons_speak_spanish(qtbot: Any) -> None:
    language.apply_language("es")
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Save
    )
    qtbot.addWidget(box)
    texts = {b.text().replace("&", "") for b in box.buttons()}
    assert texts == {"Cancelar", "Guardar"}


def test_without_compiled_translations_the_window_is_english(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, ctx: Any
) -> None:
    monkeypatch.setattr(language.paths, "resource", lambda *parts: tmp_path.joinpath(*parts))
    assert language.apply_language("es") == "es"
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert _menus(window) == ["&File", "&Help"]
    assert i18n._("Wrong user name or password.") == "Wrong user name or password."
