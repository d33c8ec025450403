"""The Handouts screen: reading and editing the topic library."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from peercenter.db.engine import Database
from peercenter.domain.enums import Role
from peercenter.services.handouts import topics
from peercenter.ui.handouts.screen import HandoutsScreen
from tests import factories


@pytest.fixture
def screen(qtbot: QtBot, sqlite_database: Database) -> HandoutsScreen:
    admin = factories.center(sqlite_database)
    widget = HandoutsScreen(sqlite_database, admin)
    qtbot.addWidget(widget)
    return widget


def _select(screen: HandoutsScreen, title: str) -> None:
    screen.search.setText(title)
    screen.table.setCurrentIndex(screen.proxy.index(0, 0))


def _text(screen: HandoutsScreen, name: str) -> QPlainTextEdit:
    widget = screen.fields[name]
    assert isinstance(widget, QPlainTextEdit)
    return widget


def test_the_library_is_listed_with_where_each_text_comes_from(
        screen: HandoutsScreen) -> None:
    titles = {screen.model.data(screen.model.index(r, 0)) for r in
              range(screen.model.rowCount())}
    assert {"Coping with Cravings", "Cómo manejar los antojos", "Gratitude",
            "Our Group Agreements"} <= titles
    assert screen.model.rowCount() == 18
    _select(screen, "Gratitude")
    assert screen.fields["title"].text() == "Gratitude"  # type: ignore[union-attr]
    assert screen.fields["exercise_title"].text() == "Three good things"  # type: ignore[union-attr]
    assert "follows updates" in screen.status.text()
    assert not screen.restore_button.isEnabled()


def test_editing_a_shipped_topic_then_restoring_it(screen: HandoutsScreen) -> None:
    _select(screen, "Gratitude")
    points = _text(screen, "key_points")
    points.setPlainText(points.toPlainText() + "\nA gratitude walk counts too.")
    screen.save_button.click()
    with screen.database.reader() as s:
        row = next(r for r in topics.list_topics(s, screen.actor) if r.title == "Gratitude")
    assert not row.is_builtin
    assert screen.model.data(screen.model.index(screen.model.row_for(row.id), 2)) == \
        "Edited here"
    assert screen.restore_button.isEnabled()
    screen.restore_button.click()
    with screen.database.reader() as s:
        detail = topics.get_topic(s, screen.actor, row.id)
    assert detail.row.is_builtin
    assert "A gratitude walk" not in detail.form.key_points


def test_errors_are_shown_next_to_the_field(screen: HandoutsScreen) -> None:
    _select(screen, "Gratitude")
    _text(screen, "discussion_questions").setPlainText("")
    screen.save_button.click()
    assert screen.errors["discussion_questions"].isVisibleTo(screen)
    assert "has no lines" in screen.errors["discussion_questions"].text()


def test_a_new_topic_in_spanish_and_its_deletion(screen: HandoutsScreen,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    screen.new_button.click()
    screen.fields["title"].setText("Dormir mejor")  # type: ignore[union-attr]
    screen.fields["slug"].setText("sleep")  # type: ignore[union-attr]
    language = screen.fields["language"]
    language.setCurrentIndex(language.findData("es"))  # type: ignore[union-attr]
    _text(screen, "key_points").setPlainText("El descanso ayuda.\nUna rutina sencilla.")
    screen.fields["exercise_title"].setText("Mi rutina")  # type: ignore[union-attr]
    _text(screen, "exercise_steps").setPlainText("Apague la pantalla una hora antes.")
    _text(screen, "discussion_questions").setPlainText("¿Qué le ayuda a dormir?")
    screen.save_button.click()
    assert screen.model.rowCount() == 19
    assert "Your center wrote this topic." in screen.status.text()
    from PySide6.QtWidgets import QMessageBox
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    screen.delete_button.click()
    assert screen.model.rowCount() == 18


def test_local_resources_are_checked_and_saved(screen: HandoutsScreen) -> None:
    screen.local.setPlainText("Harbor Clinic")
    screen.local_save.click()
    assert "line 1" in screen.local_error.text()
    screen.local.setPlainText("Harbor Clinic | 555-0100 | walk-ins welcome")
    screen.local_save.click()
    assert screen.local_error.text().startswith("Saved.")


def test_a_specialist_reads_but_cannot_edit(qtbot: QtBot, sqlite_database: Database) -> None:
    admin = factories.center(sqlite_database)
    factories.staff_with_login(sqlite_database, admin, "spec", Role.SPECIALIST)
    with sqlite_database.session() as s:
        specialist = factories.actor(s, "spec")
    widget = HandoutsScreen(sqlite_database, specialist)
    qtbot.addWidget(widget)
    assert widget.model.rowCount() == 18
    assert not widget.save_button.isEnabled() and not widget.new_button.isEnabled()
    assert _text(widget, "key_points").isReadOnly()
