"""Date and time fields from the keyboard, and forms that say what is wrong and stop saying it
once it is fixed."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from peercenter.ui.context import AppContext
from peercenter.ui.widgets.form import FormFields
from peercenter.ui.widgets.optional_date import date_edit
from peercenter.ui.widgets.time_fields import time_edit
from peercenter.ui.widgets.typed_fields import DateEdit, TimeEdit

POPUP_NOISE = r"This plugin does not support (raise|grabbing the keyboard|propagateSizeHints)"


def _shown(qtbot: Any, *fields: QWidget) -> QWidget:
    window = QWidget()
    layout = QVBoxLayout(window)
    for field in fields:
        layout.addWidget(field)
    layout.addWidget(QLineEdit())  # somewhere for the focus to go
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def _type(field: QLineEdit, text: str, then: Qt.Key = Qt.Key.Key_Return) -> None:
    field.selectAll()
    QTest.keyClicks(field, text)
    QTest.keyClick(field, then)


def test_a_date_field_selects_all_on_focus_and_reads_typed_dates(qtbot: Any) -> None:
    field = date_edit()
    field.setDate(QDate(2026, 3, 2))
    _window = _shown(qtbot, field)
    assert field.text() == "2 Mar 2026"
    field.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: field.selectedText() == "2 Mar 2026")
    changes: list[QDate] = []
    field.dateChanged.connect(changes.append)
    QTest.keyClicks(field, "14 Mar 2026")  # typing replaces the selection
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert field.date() == QDate(2026, 3, 14) and field.text() == "14 Mar 2026"
    _type(field, "2026-12-6")
    assert field.text() == "6 Dec 2026"
    _type(field, "tomorrow")
    assert field.date().toPython() == date.fromordinal(date.today().toordinal() + 1)
    assert len(changes) == 3


def test_what_is_not_a_date_puts_the_field_back_and_says_why(qtbot: Any) -> None:
    field = date_edit()
    field.setDate(QDate(2026, 3, 2))
    _window = _shown(qtbot, field)
    said: list[str] = []
    field.invalid.connect(said.append)
    _type(field, "31 Feb", then=Qt.Key.Key_Tab)
    assert field.date() == QDate(2026, 3, 2) and field.text() == "2 Mar 2026"
    assert said == [
        "“31 Feb” is not a date PeerCenter can read; type it like 14 Mar 2026 or "
        + ("3/14/2026." if "3/14" in said[0] else "14/3/2026.")
    ]
    field.setMinimumDate(QDate(2026, 1, 1))
    _type(field, "1 Jan 1999")
    assert said[-1] == "Choose a date from 1 Jan 2026 to 31 Dec 2999."


# The offscreen platform cannot raise a pop-up or grab the keyboard for it; under X it can.
@pytest.mark.qt_log_ignore(POPUP_NOISE)
def test_arrows_step_and_alt_down_opens_the_calendar(qtbot: Any) -> None:
    field = date_edit()
    field.setDate(QDate(2026, 3, 2))
    _window = _shown(qtbot, field)
    field.setFocus()
    QTest.keyClick(field, Qt.Key.Key_Up)
    assert field.date() == QDate(2026, 3, 3)
    QTest.keyClick(field, Qt.Key.Key_PageDown)
    assert field.date() == QDate(2026, 2, 3)
    QTest.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = field.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    assert calendar.selectedDate() == QDate(2026, 2, 3)
    view = calendar.focusWidget() or calendar
    QTest.keyClick(view, Qt.Key.Key_Right)
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert not calendar.isVisible()
    assert field.date() == QDate(2026, 2, 4)


def test_a_time_field_reads_6pm_1830_and_18_00(qtbot: Any) -> None:
    field = time_edit()
    _window = _shown(qtbot, field)
    for typed, shown in (
        ("6pm", "6:00 PM"),
        ("1830", "6:30 PM"),
        ("7:15 a.m.", "7:15 AM"),
        ("18", "6:00 PM"),
    ):
        _type(field, typed)
        assert field.text() == shown, typed
    assert field.time() == QTime(18, 0)
    said: list[str] = []
    field.invalid.connect(said.append)
    _type(field, "6")
    assert said == ["6 could be morning or evening; type 6am or 6pm."]
    assert field.text() == "6:00 PM"
    QTest.keyClick(field, Qt.Key.Key_Up)
    assert field.text() == "6:15 PM"
    field.setTime(QTime(18, 5))
    QTest.keyClick(field, Qt.Key.Key_Down)
    assert field.text() == "6:00 PM"


def test_a_field_error_goes_once_the_field_is_fixed(qtbot: Any) -> None:
    fields = FormFields()
    name = fields.add("name", "Name", QLineEdit())
    when = fields.add("when", "Date", DateEdit())
    at = fields.add("at", "Time", TimeEdit())
    host = QWidget()
    host.setLayout(fields.layout)
    _window = _shown(qtbot, host)
    fields.show_errors({"name": "Enter a name.", "when": "Not that day.", "at": "Too late."})
    assert fields.error_text("name") == "Enter a name."
    QTest.keyClicks(name, "Jo")
    assert fields.error_text("name") == ""
    # A typed date that cannot be read keeps (and now says) its problem; a good one clears it.
    _type(when, "soon")
    assert fields.error_text("when").startswith("“soon” is not a date")
    _type(when, "14 Mar 2026")
    assert fields.error_text("when") == ""
    _type(at, "half six")
    assert "is not a time" in fields.error_text("at")
    QTest.keyClick(at, Qt.Key.Key_Up)
    assert fields.error_text("at") == ""


def test_tab_leaves_a_notes_field_and_ctrl_tab_types_a_tab(qtbot: Any) -> None:
    fields = FormFields()
    notes = fields.add("notes", "Notes", QPlainTextEdit())
    after = fields.add("after", "After", QLineEdit())
    host = QWidget()
    host.setLayout(fields.layout)
    _window = _shown(qtbot, host)
    notes.setFocus()
    QTest.keyClicks(notes, "a")
    QTest.keyClick(notes, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(notes, "b")
    assert notes.toPlainText() == "a\tb"
    QTest.keyClick(notes, Qt.Key.Key_Tab)
    assert after.hasFocus() and notes.toPlainText() == "a\tb"


def test_a_form_opens_in_its_first_field_enter_saves_and_esc_cancels(
    qtbot: Any, ctx: AppContext
) -> None:
    from peercenter.ui.dialogs.participant import ParticipantDialog

    dialog = ParticipantDialog(ctx, None)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.preferred_name)
    QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Space)  # never presses Save
    assert dialog.isVisible() and dialog.saved_id is None
    QTest.keyClicks(dialog.preferred_name, "Rowan")
    with qtbot.waitSignal(dialog.accepted):
        QTest.keyClick(dialog.preferred_name, Qt.Key.Key_Return)
    assert dialog.saved_id is not None

    again = ParticipantDialog(ctx, None)
    qtbot.addWidget(again)
    with qtbot.waitActive(again):
        again.show()
    qtbot.waitUntil(lambda: again.focusWidget() is again.preferred_name)
    with qtbot.waitSignal(again.rejected):
        QTest.keyClick(again.focusWidget(), Qt.Key.Key_Escape)


def test_messages_under_fields_grow_the_form_rather_than_squeeze_its_fields(
    qtbot: Any, ctx: AppContext
) -> None:
    from peercenter.ui.dialogs.participant import ParticipantDialog

    dialog = ParticipantDialog(ctx, None)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
    # An administrator's form has the contact fields and notes.
    assert dialog.phone is not None and dialog.email is not None and dialog.notes is not None
    fields = (dialog.preferred_name, dialog.last_name, dialog.phone, dialog.email, dialog.notes)
    before = [w.height() for w in fields]
    tall = dialog.height()
    dialog.phone.setText("12")
    dialog.email.setText("nobody")
    dialog.consents["consent_full_last_name"].setChecked(True)
    dialog.submit()  # four messages under four fields, and the banner
    assert dialog.error_text("preferred_name") == "Preferred name is required."
    assert dialog.error_text("email").startswith("'nobody' does not look like an e-mail")
    qtbot.waitUntil(lambda: dialog.height() > tall)
    assert [w.height() for w in fields] == before


def test_the_scheduling_dialogs_open_in_a_field_never_on_a_button(
    qtbot: Any, ctx: AppContext, sqlite_database: Any, admin: Any, monkeypatch: Any
) -> None:
    from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog

    from peercenter.ui.dialogs.group_dialog import GroupDialog
    from peercenter.ui.dialogs.participant_picker import ParticipantPicker
    from peercenter.ui.dialogs.session_dialog import SessionDialog
    from peercenter.ui.screens.calendar.closures_dialog import ClosuresDialog
    from tests.schedule_factories import freeze, front_desk

    freeze(monkeypatch)
    desk = front_desk(sqlite_database, admin)
    group = desk.group("Tuesday Circle")
    session_id = desk.sessions(group.id)[0].id
    opened: list[tuple[QDialog, str]] = [
        (GroupDialog(ctx, None), "name"),
        (SessionDialog(ctx, session_id), "day"),
        (ClosuresDialog(ctx), "first"),
        (ParticipantPicker(ctx, "Add a walk-in", allow_new=True), "search"),
    ]
    for dialog, first in opened:
        qtbot.addWidget(dialog)
        with qtbot.waitActive(dialog):
            dialog.show()
        qtbot.waitUntil(lambda d=dialog, f=first: QApplication.focusWidget() is getattr(d, f))
        assert not isinstance(QApplication.focusWidget(), QAbstractButton)
        dialog.close()
