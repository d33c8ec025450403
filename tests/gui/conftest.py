"""Fixtures for the window tests: a private settings file, a center with its administrator,
and pop-ups answered by the test instead of waiting for a click."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from peercenter import i18n
from peercenter.db.engine import Database
from peercenter.services.context import Actor
from peercenter.ui import language, messages, theme
from peercenter.ui.context import AppContext
from peercenter.ui.main_window import MainWindow
from peercenter.ui.ui_state import UiState
from tests import factories
from tests.translations_helper import compiled

# The offscreen platform cannot pass a window's size limits on, nor raise a window; under X
# it can. Harmless here.
OFFSCREEN_NOISE = r"This plugin does not support (propagateSizeHints|raise)\(\)"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(scope="session", autouse=True)
def _themed(qapp: QApplication) -> None:
    """The real look, so a broken style sheet shows up as a Qt warning and fails."""
    theme.apply(qapp)


@pytest.fixture(scope="session", autouse=True)
def _english_words(qapp: QApplication) -> None:
    """The window's English as the program speaks it: "1 program", "3 programs" come from
    the compiled English plural forms, as after the program's own start."""
    compiled()
    language.apply_language(i18n.ENGLISH)


@dataclass
class Popups:
    """Every pop-up a test caused, and the answer the next confirmation gets."""

    answer: bool = True
    shown: list[tuple[str, str]] = field(default_factory=list)

    def texts(self) -> list[str]:
        return [text for _kind, text in self.shown]


@pytest.fixture(autouse=True)
def popups(monkeypatch: pytest.MonkeyPatch) -> Popups:
    record = Popups()

    def confirm(_parent: Any, _title: str, text: str, _yes: str) -> bool:
        record.shown.append(("confirm", text))
        return record.answer

    def show_error(_parent: Any, error: Any, title: str = "") -> None:
        record.shown.append(("error", getattr(error, "message", str(error))))

    monkeypatch.setattr(messages, "confirm", confirm)
    monkeypatch.setattr(messages, "show_error", show_error)
    monkeypatch.setattr(
        messages, "inform", lambda _parent, _title, text: record.shown.append(("info", text))
    )
    monkeypatch.setattr(
        messages, "about", lambda _parent, text: record.shown.append(("about", text))
    )
    monkeypatch.setattr(
        messages, "show_fatal", lambda title, text, details="": record.shown.append(("fatal", text))
    )
    monkeypatch.setattr(
        messages,
        "show_unexpected",
        lambda text, details, folder: record.shown.append(("unexpected", text)),
    )
    return record


@pytest.fixture
def ui_state(tmp_path: Path) -> UiState:
    return UiState.from_file(str(tmp_path / "ui-state.ini"))


@pytest.fixture
def admin(sqlite_database: Database) -> Actor:
    return factories.center(sqlite_database)


@pytest.fixture
def ctx(sqlite_database: Database, admin: Actor, ui_state: UiState) -> AppContext:
    return AppContext(sqlite_database, admin, ui_state)


@pytest.fixture
def main_window(qtbot: Any, ctx: AppContext) -> Iterator[MainWindow]:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()


@pytest.fixture(scope="session")
def demo_center(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """The demo center (a year of data, its four logins), built once for the tests that walk
    every screen. Tests that use it do not change it."""
    from peercenter.commands import demo

    folder = tmp_path_factory.mktemp("demo") / "center"
    assert demo.ensure_demo(folder) is not None
    database = Database.from_url(demo.demo_url(folder))
    yield database
    database.dispose()
