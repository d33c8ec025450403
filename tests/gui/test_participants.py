"""Participants: live search, adding and editing, consent, and who sees contact details."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel

from peercenter.db.engine import Database
from peercenter.domain.enums import ParticipantStatus, Role
from peercenter.services import participants
from peercenter.services.context import Actor
from peercenter.ui.context import AppContext
from peercenter.ui.dialogs.participant import CONSENTS, ParticipantDialog
from peercenter.ui.main_window import MainWindow
from peercenter.ui.screens.participants import ParticipantsScreen
from peercenter.ui.ui_state import UiState
from tests.gui.helpers import cell, column_texts, sign_in_as

PEOPLE = [("Jo", "Rivers"), ("Max", "Riley"), ("Lee", "Chan"), ("Rita", "Moss")]


@pytest.fixture
def people(sqlite_database: Database, admin: Actor) -> dict[str, int]:
    ids = {}
    with sqlite_database.session() as s:
        for first, last in PEOPLE:
            detail = participants.create(
                s,
                admin,
                participants.ParticipantForm(
                    preferred_name=first,
                    last_name=last,
                    phone=f"555-010-200{len(ids)}",
                    intake_date=date(2025, 1, len(ids) + 1),
                    consent_on_sign_in=first == "Jo",
                ),
            )
            ids[first] = detail.id
    return ids


def _screen(window: MainWindow) -> ParticipantsScreen:
    window.open_screen("participants")
    screen = window.screen_widget("participants")
    assert isinstance(screen, ParticipantsScreen)
    return screen


def _window_for(
    qtbot: Any, db: Database, admin: Actor, ui_state: UiState, role: Role
) -> MainWindow:
    actor = sign_in_as(db, admin, role)
    window = MainWindow(AppContext(db, actor, ui_state))
    qtbot.addWidget(window)
    window.show()
    return window


def _dialog(screen: ParticipantsScreen) -> ParticipantDialog:
    assert screen.dialog is not None and screen.dialog.isVisible()
    return screen.dialog


def _open(screen: ParticipantsScreen, name: str) -> ParticipantDialog:
    screen.table.selectRow(column_texts(screen.proxy, "Name").index(name))
    screen.open_button.click()
    return _dialog(screen)


def test_table_shows_preferred_name_and_last_initial(
    main_window: MainWindow, people: dict[str, int]
) -> None:
    screen = _screen(main_window)
    assert column_texts(screen.proxy, "Name") == ["Jo R.", "Lee C.", "Max R.", "Rita M."]
    assert cell(screen.proxy, 0, "On sign-in sheets") == "Yes"
    assert cell(screen.proxy, 1, "On sign-in sheets") == "No"
    assert cell(screen.proxy, 0, "Intake date") == "1 Jan 2025"
    assert cell(screen.proxy, 0, "Status") == "Active"
    assert screen.count_label.text() == "4 participants"


def test_search_filters_the_table_as_you_type(
    qtbot: Any, main_window: MainWindow, people: dict[str, int]
) -> None:
    screen = _screen(main_window)
    qtbot.keyClicks(screen.search, "ri")
    qtbot.waitUntil(lambda: column_texts(screen.proxy, "Name") == ["Jo R.", "Max R.", "Rita M."])
    screen.search.setText("riley")
    qtbot.waitUntil(lambda: column_texts(screen.proxy, "Name") == ["Max R."])
    assert screen.count_label.text() == "1 participant found for “riley”"
    screen.search.setText("nobody")
    qtbot.waitUntil(lambda: screen.proxy.rowCount() == 0)
    assert screen.count_label.text() == "Nobody found for “nobody”."
    screen.search.clear()
    qtbot.waitUntil(lambda: screen.proxy.rowCount() == 4)


def test_show_inactive(
    main_window: MainWindow, sqlite_database: Database, admin: Actor, people: dict[str, int]
) -> None:
    with sqlite_database.session() as s:
        detail = participants.get(s, admin, people["Lee"])
        participants.update(
            s,
            admin,
            people["Lee"],
            participants.ParticipantForm(
                **{**detail.form.__dict__, "status": ParticipantStatus.INACTIVE}
            ),
            detail.version,
        )
    screen = _screen(main_window)
    assert "Lee C." not in column_texts(screen.proxy, "Name")
    screen.show_inactive.setChecked(True)
    assert "Lee C." in column_texts(screen.proxy, "Name")


def test_adding_a_participant(
    main_window: MainWindow, sqlite_database: Database, admin: Actor
) -> None:
    screen = _screen(main_window)
    screen.add_button.click()
    dialog = _dialog(screen)
    assert dialog.windowTitle() == "Add participant"
    assert dialog.phone.isVisible() and dialog.email.isVisible()
    dialog.preferred_name.setText("Dee")
    dialog.last_name.setText("W")
    dialog.phone.setText("555 222 3333")
    dialog.intake_date.set_value(date(2025, 6, 1))
    dialog.consents["consent_on_sign_in"].setChecked(True)
    dialog.save_button.click()

    assert not dialog.isVisible()
    assert column_texts(screen.proxy, "Name") == ["Dee W."]
    assert cell(screen.proxy, 0, "On sign-in sheets") == "Yes"
    selected = screen.selected()
    assert selected is not None
    with sqlite_database.session() as s:
        form = participants.get(s, admin, selected.id).form
    assert (form.phone, form.intake_date, form.consent_on_sign_in) == (
        "555 222 3333",
        date(2025, 6, 1),
        True,
    )


def test_every_consent_explains_what_it_allows(main_window: MainWindow) -> None:
    screen = _screen(main_window)
    screen.add_button.click()
    dialog = _dialog(screen)
    texts = {label.text() for label in dialog.findChildren(QLabel)}
    for name, label, explanation in CONSENTS:
        assert dialog.consents[name].text() == label
        assert explanation in texts
    assert "An initial is enough." in texts


def test_field_errors_are_shown_beside_the_fields(main_window: MainWindow) -> None:
    screen = _screen(main_window)
    screen.add_button.click()
    dialog = _dialog(screen)
    dialog.email.setText("nope")
    dialog.intake_date.set_value(date.today() + timedelta(days=30))
    dialog.save_button.click()
    assert dialog.isVisible()
    assert dialog.error_text("preferred_name") == "Preferred name is required."
    assert dialog.error_text("intake_date") == "Intake date cannot be in the future."
    assert "e-mail address" in dialog.error_text("email")
    dialog.reject()
    screen.refresh()
    assert screen.proxy.rowCount() == 0


def test_full_last_name_consent_needs_the_full_name(main_window: MainWindow) -> None:
    screen = _screen(main_window)
    screen.add_button.click()
    dialog = _dialog(screen)
    dialog.preferred_name.setText("Dee")
    dialog.last_name.setText("W")
    dialog.consents["consent_full_last_name"].setChecked(True)
    dialog.save_button.click()
    assert dialog.error_text("last_name") == "To print the full last name, enter it here."


def test_editing_keeps_what_is_not_changed(
    qtbot: Any,
    main_window: MainWindow,
    sqlite_database: Database,
    admin: Actor,
    people: dict[str, int],
) -> None:
    screen = _screen(main_window)
    dialog = _open(screen, "Max R.")
    assert dialog.windowTitle() == "Edit participant"
    assert dialog.preferred_name.text() == "Max"
    assert dialog.phone.text() == "555-010-2001"
    dialog.preferred_name.setText("Maxine")
    dialog.save_button.click()
    assert "Maxine R." in column_texts(screen.proxy, "Name")
    with sqlite_database.session() as s:
        assert participants.get(s, admin, people["Max"]).form.phone == "555-010-2001"


def test_someone_else_saving_first_offers_a_reload(
    main_window: MainWindow, sqlite_database: Database, admin: Actor, people: dict[str, int]
) -> None:
    screen = _screen(main_window)
    dialog = _open(screen, "Jo R.")
    with sqlite_database.session() as s:
        detail = participants.get(s, admin, people["Jo"])
        participants.update(
            s,
            admin,
            people["Jo"],
            participants.ParticipantForm(**{**detail.form.__dict__, "notes": "Prefers evenings"}),
            detail.version,
        )
    dialog.preferred_name.setText("Joanne")
    dialog.save_button.click()
    assert dialog.banner.text.startswith("Someone else changed this")
    dialog.banner.button.click()
    assert dialog.notes.toPlainText() == "Prefers evenings"
    assert dialog.preferred_name.text() == "Jo"


def test_front_desk_can_add_and_see_contact_details(
    qtbot: Any, sqlite_database: Database, admin: Actor, ui_state: UiState, people: dict[str, int]
) -> None:
    window = _window_for(qtbot, sqlite_database, admin, ui_state, Role.FRONT_DESK)
    screen = _screen(window)
    assert screen.add_button.isVisible()
    dialog = _open(screen, "Jo R.")
    assert dialog.phone.isVisible() and dialog.phone.text() == "555-010-2000"
    assert dialog.save_button.isVisible()


def test_peer_specialist_sees_no_contact_details_and_cannot_edit(
    qtbot: Any, sqlite_database: Database, admin: Actor, ui_state: UiState, people: dict[str, int]
) -> None:
    window = _window_for(qtbot, sqlite_database, admin, ui_state, Role.SPECIALIST)
    screen = _screen(window)
    assert not screen.add_button.isVisible()
    assert screen.open_button.text() == "Open…"
    dialog = _open(screen, "Jo R.")
    assert dialog.windowTitle() == "Participant"
    assert not dialog.phone.isVisible() and not dialog.email.isVisible()
    assert dialog.phone.text() == ""  # the service never sent it
    assert dialog.preferred_name.isReadOnly()
    assert not dialog.save_button.isVisible()
    assert dialog.cancel_button.text() == "Close"


def test_adding_someone_already_here_shows_them_first(
    qtbot: Any, main_window: MainWindow, people: dict[str, int]
) -> None:
    screen = _screen(main_window)
    screen.add_button.click()
    dialog = _dialog(screen)
    dialog.preferred_name.setText("jo")
    dialog.last_name.setText("R")
    dialog.submit()
    assert dialog.isVisible() and dialog.saved_id is None
    assert dialog.banner.text == (
        "This person may already be in PeerCenter: Jo R.: same preferred name and last "
        "initial. Use the existing record, or save again to add a new person."
    )
    assert dialog.banner.button.text() == "Use this record"
    assert dialog.save_button.text() == "Add as a new person"
    dialog.banner.button.click()  # the person was already here: their record opens
    assert dialog.saved_id == people["Jo"] and dialog.used_existing
    assert screen.dialog is not dialog and screen.dialog is not None
    assert screen.dialog.participant_id == people["Jo"]
    screen.dialog.reject()

    screen.add_button.click()
    again = _dialog(screen)
    again.preferred_name.setText("Jo")
    again.last_name.setText("Reyes")
    again.submit()
    again.submit()  # seen, and it is someone else
    assert not again.isVisible()
    assert column_texts(screen.proxy, "Name")[:2] == [
        f"Jo R. (no. {again.saved_id})",  # Reyes, with no intake date or phone
        "Jo R. (intake 1 Jan 2025)",  # Rivers
    ]
