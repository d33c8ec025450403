"""A person who works in Spanish gets every screen in Spanish: signed in after choosing
Spanish (as an administrator, a peer specialist, a supervisor and the front desk), every
screen of their window is opened, and every dialog its "…" buttons open, and
nothing a person can see or hear there is left in English (see english_left.py for how a
text is judged). The records have Spanish names, so any English is the program's own."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QWidget

from peercenter.db.engine import Database
from peercenter.domain.enums import Role
from peercenter.services import participants, preferences
from peercenter.services.context import Actor
from peercenter.ui.flow import AppFlow
from peercenter.ui.ui_state import UiState
from tests import factories
from tests.e2e.dialog_walker import DialogWalker
from tests.gui.conftest import Popups
from tests.gui.english_left import (
    english_content,
    english_in,
    english_only_words,
    visible_texts,
)
from tests.translations_helper import compiled

SKIP = ("Imprimir", "&Imprimir", "Print")  # the system's print dialog: none of ours


class _Reader(DialogWalker):
    """Reads each dialog before closing it, unsaved."""

    def __init__(self, app: QApplication, seen: dict[str, list[tuple[str, str]]]) -> None:
        super().__init__(app, 1, SKIP, [])
        self.seen = seen

    def _visit(self, dialog: QDialog, path: list[str], depth: int) -> None:
        if not isinstance(dialog, QFileDialog):  # Qt's own, in as much Spanish as Qt has
            self.seen[" › ".join([*path, dialog.windowTitle()])] = visible_texts(dialog)
        super()._visit(dialog, path, depth)


def _records(db: Database, admin: Actor) -> None:
    factories.staff_with_login(db, admin, "marta", Role.FRONT_DESK, "Marta", "Ruiz")
    factories.staff_with_login(db, admin, "lucia", Role.SPECIALIST, "Lucía", "Gómez")
    factories.staff_with_login(
        db, admin, "ramon", Role.SUPERVISOR, "Ramón", "Díaz", supervisor=True
    )
    factories.handout_group(
        db, admin, name="Círculo de la tarde", room="Sala Azul", topic_slug=None
    )
    with db.session() as s:
        participants.create(
            s, admin, participants.ParticipantForm(preferred_name="Rosa", last_name="Méndez")
        )


@pytest.mark.parametrize("username", ["admin", "lucia", "ramon", "marta"])
def test_every_screen_and_its_dialogs_speak_spanish(
    username: str,
    qtbot: Any,
    sqlite_database: Database,
    admin: Actor,
    ui_state: UiState,
    popups: Popups,
) -> None:
    compiled()
    _records(sqlite_database, admin)
    with sqlite_database.session() as s:
        preferences.set_my_language(s, factories.actor(s, username), "es")
    flow = AppFlow(sqlite_database, ui_state, username=username)
    flow.start()
    assert flow.login_dialog is not None
    flow.login_dialog.password.setText(factories.PASSWORD)
    flow.login_dialog.sign_in_button.click()
    window = flow.main_window
    assert window is not None
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    seen: dict[str, list[tuple[str, str]]] = {}
    reader = _Reader(app, seen)
    screens = window.sidebar.keys()
    for key in screens:
        window.open_screen(key)
        screen = window.screen_widget(key)
        assert isinstance(screen, QWidget)
        reader.select_first_rows(screen)
        QThreadPool.globalInstance().waitForDone(10_000)
        seen[key] = visible_texts(window)
        reader.press_buttons(screen, [key], depth=1)
    seen["messages"] = [("message", text) for text in popups.texts()]
    window.close()

    vocabulary = english_only_words()
    # Names typed by people (the center's, a room's floor) and content shipped in English.
    data = (factories.CENTER_NAME, "2nd floor", *english_content())
    english = sorted(
        {
            f"{place} › {where}: {text!r} {english_in(text, vocabulary, data)}"
            for place, texts in seen.items()
            for where, text in texts
            if english_in(text, vocabulary, data)
        }
    )
    assert english == []
    # Every screen was read, with its words in it (an empty screen would pass the above).
    for key in screens:
        assert len(seen[key]) >= 10, key
    assert len(seen) > len(screens) + 2  # and dialogs were opened
