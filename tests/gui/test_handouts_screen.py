"""The Handouts screen: reading and editing the topic library."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from peercenter.db.engine import Database
from peercenter.domain.enums import Role
from peercenter.services.context import Actor
from peercenter.services.handouts import topics
from peercenter.ui.context import AppContext
from peercenter.ui.screens.handouts import HandoutsScreen
from peercenter.ui.ui_state import UiState
from tests.gui.conftest import Popups
from tests.gui.helpers import column_texts, sign_in_as


@pytest.fixture
def screen(qtbot: QtBot, ctx: AppContext) -> HandoutsScreen:
    widget = HandoutsScreen(ctx)
    qtbot.addWidget(widget)
    return widget


def _select(screen: HandoutsScreen, title: str) -> None:
    screen.search.setText(title)
    screen.table.setCurrentIndex(screen.proxy.index(0, 0))


def _text(screen: HandoutsScreen, name: str) -> QPlainTextEdit:
    widget = screen.form.widget(name)
    assert isinstance(widget, QPlainTextEdit)
    return widget


def _line(screen: HandoutsScreen, name: str) -> QLineEdit:
    widget = screen.form.widget(name)
    assert isinstance(widget, QLineEdit)
    return widget


def test_the_library_is_listed_with_where_each_text_comes_from(screen: HandoutsScreen) -> None:
    titles = set(column_texts(screen.model, "Topic"))
    assert {
        "Coping with Cravings",
        "Cómo manejar las ansias de consumir",
        "Gratitude",
        "Our Group Agreements",
    } <= titles
    assert screen.model.rowCount() == 18
    _select(screen, "Gratitude")
    assert _line(screen, "title").text() == "Gratitude"
    assert _line(screen, "exercise_title").text() == "Three good things"
    assert "follows updates" in screen.status.text()
    assert not screen.restore_button.isEnabled()


def test_editing_a_shipped_topic_then_restoring_it(screen: HandoutsScreen) -> None:
    _select(screen, "Gratitude")
    points = _text(screen, "key_points")
    points.setPlainText(points.toPlainText() + "\nA gratitude walk counts too.")
    screen.save_button.click()
    with screen.ctx.database.reader() as s:
        row = next(r for r in topics.list_topics(s, screen.ctx.actor) if r.title == "Gratitude")
    assert not row.is_builtin
    assert "Edited here" in column_texts(screen.proxy, "Text")
    assert screen.restore_button.isEnabled()
    screen.restore_button.click()
    with screen.ctx.database.reader() as s:
        detail = topics.get_topic(s, screen.ctx.actor, row.id)
    assert detail.row.is_builtin
    assert "A gratitude walk" not in detail.form.key_points


def test_errors_are_shown_next_to_the_field(screen: HandoutsScreen) -> None:
    _select(screen, "Gratitude")
    _text(screen, "discussion_questions").setPlainText("")
    screen.save_button.click()
    assert "has no lines" in screen.form.error_text("discussion_questions")


def test_a_new_topic_in_spanish_and_its_deletion(screen: HandoutsScreen, popups: Popups) -> None:
    screen.new_button.click()
    _line(screen, "title").setText("Dormir mejor")
    _line(screen, "slug").setText("sleep")
    language = screen.form.widget("language")
    assert isinstance(language, QComboBox)
    language.setCurrentIndex(language.findData("es"))
    _text(screen, "key_points").setPlainText("El descanso ayuda.\nUna rutina sencilla.")
    _line(screen, "exercise_title").setText("Mi rutina")
    _text(screen, "exercise_steps").setPlainText("Apague la pantalla una hora antes.")
    _text(screen, "discussion_questions").setPlainText("¿Qué le ayuda a dormir?")
    screen.save_button.click()
    assert screen.model.rowCount() == 19
    assert "Your center wrote this topic." in screen.status.text()
    screen.delete_button.click()
    assert popups.texts()[-1].startswith("Delete this topic?")
    assert screen.model.rowCount() == 18


def test_local_resources_are_checked_and_saved(screen: HandoutsScreen) -> None:
    screen.local.setPlainText("Harbor Clinic")
    screen.local_save.click()
    assert "line 1" in screen.local_error.text()
    screen.local.setPlainText("Harbor Clinic | 555-0100 | walk-ins welcome")
    screen.local_save.click()
    assert screen.local_error.text().startswith("Saved.")


def test_a_specialist_reads_but_cannot_edit(
    qtbot: QtBot, sqlite_database: Database, admin: Actor, ui_state: UiState
) -> None:
    specialist = sign_in_as(sqlite_database, admin, Role.SPECIALIST)
    widget = HandoutsScreen(AppContext(sqlite_database, specialist, ui_state))
    qtbot.addWidget(widget)
    assert widget.model.rowCount() == 18
    assert not widget.save_button.isEnabled() and not widget.new_button.isEnabled()
    assert _text(widget, "key_points").isReadOnly()
