"""Building the training screens for one signed-in person of the test crew."""

from __future__ import annotations

from typing import Any

from peercenter.db.engine import Database
from peercenter.services.context import Actor
from peercenter.ui.context import AppContext
from peercenter.ui.main_window import MainWindow
from peercenter.ui.screens.base import Screen
from peercenter.ui.ui_state import UiState


def window_for(qtbot: Any, db: Database, actor: Actor, ui_state: UiState) -> MainWindow:
    window = MainWindow(AppContext(db, actor, ui_state))
    qtbot.addWidget(window)
    window.show()
    return window


def open_screen(window: MainWindow, key: str) -> Screen:
    window.open_screen(key)
    screen = window.screen_widget(key)
    assert screen is not None
    return screen


def titles(window: MainWindow) -> list[str]:
    return [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
