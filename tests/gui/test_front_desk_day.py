"""A front-desk worker's day, keyboard only: a first group on the 2nd and 4th Tuesday, three
people and a new walk-in checked in, a mark corrected, the day's packet printed (to a file).
The clock says Tuesday 10 March 2026, 10 am in Chicago (the second Tuesday)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtPrintSupport import QPrinter
from sqlalchemy import select

from peercenter.db.engine import Database
from peercenter.db.models import AuditEvent
from peercenter.domain.enums import AttendanceStatus, Role
from peercenter.domain.recurrence import Frequency
from peercenter.services import participants, staff
from peercenter.services.context import Actor
from peercenter.services.schedule import rooms
from peercenter.ui.context import AppContext
from peercenter.ui.dialogs.attendance import AttendanceDialog
from peercenter.ui.dialogs.group_dialog import GroupDialog
from peercenter.ui.dialogs.participant import ParticipantDialog
from peercenter.ui.main_window import MainWindow
from peercenter.ui.printing import desk_papers
from peercenter.ui.screens.today import TodayScreen
from peercenter.ui.ui_state import UiState
from tests.gui.helpers import column_texts, sign_in_as
from tests.gui.keyboard import ALT, CTRL, Key, active, back_to, focused, keys, tab_to
from tests.pdf_helpers import pdf_text
from tests.schedule_factories import freeze

TUESDAY_10_AM = datetime(2026, 3, 10, 15, tzinfo=UTC)


@pytest.fixture
def desk_worker(sqlite_database: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch) -> Actor:
    freeze(monkeypatch, TUESDAY_10_AM)
    with sqlite_database.session() as s:
        rooms.create_room(s, admin, rooms.RoomForm("Garden Room", capacity=12))
        staff.create_staff(s, admin, staff.StaffForm("Jordan", "Reyes", weekly_hours_cap=40))
        for first, last in (("Alex", "Morgan"), ("Blair", "Nolan"), ("Casey", "Ortiz")):
            participants.create(
                s, admin, participants.ParticipantForm(first, last, consent_on_sign_in=True)
            )
    return sign_in_as(sqlite_database, admin, Role.FRONT_DESK, "jo", "Jo", "Desk")


def _walk_in(qtbot: Any, sheet: AttendanceDialog, typed: str) -> None:
    before = sheet.picker
    keys((Key.Key_W, ALT))
    qtbot.waitUntil(lambda: sheet.picker is not None and sheet.picker is not before)
    picker = sheet.picker
    assert picker is not None
    active(qtbot, picker)
    assert picker.search.hasFocus()
    keys(typed, Key.Key_Return)
    qtbot.waitUntil(lambda: not picker.isVisible())
    back_to(qtbot, sheet)


def test_a_front_desk_day_from_the_keyboard(
    qtbot: Any,
    sqlite_database: Database,
    desk_worker: Actor,
    ui_state: UiState,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = MainWindow(AppContext(sqlite_database, desk_worker, ui_state))
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    today = window.screen_widget("today")
    assert isinstance(today, TodayScreen)
    assert window.sidebar.hasFocus()
    assert today.body.currentWidget() is today.getting_started  # nothing planned yet

    # A first group, from Today's first steps: the 2nd and 4th Tuesday, 6 pm, Garden Room.
    tab_to(today.getting_started.buttons["group"])
    keys(Key.Key_Space)
    form = today.dialog
    assert isinstance(form, GroupDialog)
    active(qtbot, form)
    qtbot.waitUntil(lambda: form.name.hasFocus())
    keys("Tuesday Evening Circle")
    tab_to(form.room)
    keys("G")
    tab_to(form.lead)
    keys("Jordan")
    tab_to(form.first_date)
    keys("10 Mar 2026")
    tab_to(form.start_time)
    keys("6pm")
    tab_to(form.rule.frequency)
    keys("M")
    tab_to(form.rule.by_date)
    keys(Key.Key_Down)  # the other way to repeat monthly: "on the …"
    assert form.rule.by_weekday.isChecked()
    for nth in (1, 3):  # 2nd, 4th
        tab_to(form.rule.nth_boxes[nth])
        keys(Key.Key_Space)
    assert form.rule.describe() == "Every month on the 2nd and 4th Tuesday"
    keys(Key.Key_Return)
    qtbot.waitUntil(lambda: not form.isVisible())
    back_to(qtbot, window)
    assert form.form().start_time.hour == 18
    assert form.form().recurrence.frequency is Frequency.MONTHLY
    assert column_texts(today.proxy, "Group") == ["Tuesday Evening Circle"]
    assert column_texts(today.proxy, "Time") == ["6:00 PM–7:30 PM"]

    # Check-in: three people and someone new, from the sessions table.
    tab_to(today.table)
    keys(Key.Key_Return)
    sheet = today.dialog
    assert isinstance(sheet, AttendanceDialog)
    active(qtbot, sheet)
    for name in ("Alex", "Blair", "Casey"):
        _walk_in(qtbot, sheet, name)
    keys((Key.Key_W, ALT))
    qtbot.waitUntil(lambda: sheet.picker is not None and sheet.picker.search.text() == "")
    picker = sheet.picker
    assert picker is not None
    active(qtbot, picker)
    keys("Rowan", Key.Key_Return)
    qtbot.waitUntil(lambda: picker.hint.text().startswith("Nobody found"))
    keys((Key.Key_N, ALT))
    qtbot.waitUntil(lambda: picker.new_person_dialog is not None)
    new_person = picker.new_person_dialog
    assert isinstance(new_person, ParticipantDialog)
    active(qtbot, new_person)
    qtbot.waitUntil(lambda: focused() is new_person.preferred_name)
    keys(Key.Key_Tab, "Kim")
    consent = new_person.consents["consent_on_sign_in"]
    tab_to(consent)
    keys(Key.Key_Space, Key.Key_Return)
    qtbot.waitUntil(lambda: not picker.isVisible())
    back_to(qtbot, sheet)
    marks = {r.name: r.status for r in sheet.model.rows}
    present = AttendanceStatus.PRESENT
    assert marks == {
        "Alex M.": present,
        "Blair N.": present,
        "Casey O.": present,
        "Rowan K.": present,
    }

    # Blair came late after all: the mark is corrected with one key.
    qtbot.waitUntil(sheet.table.hasFocus)
    keys((Key.Key_F, CTRL), "Blair", Key.Key_Return, Key.Key_L)
    assert {r.name: r.status for r in sheet.model.rows}["Blair N."] is AttendanceStatus.LATE
    assert sheet.count.text() == "4 here of 12 places · 4 of 4 marked"
    keys(Key.Key_Escape)
    qtbot.waitUntil(lambda: not sheet.isVisible())
    back_to(qtbot, window)
    assert column_texts(today.proxy, "Attended") == ["4"]

    # The day's packet, to a file.
    out = tmp_path / "packet.pdf"
    printers: list[QPrinter] = []

    def to_file(_parent: Any, _title: str) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printers.append(printer)
        return printer

    monkeypatch.setattr(desk_papers, "choose_printer", to_file)
    keys((Key.Key_K, ALT))
    qtbot.waitUntil(out.exists)
    text = pdf_text(out)
    # The handout, then the sign-in sheet; the next session is the 4th Tuesday.
    assert text.index("Next session: Tuesday, March 24, 2026") < text.index(
        "Sign-in sheet: Tuesday Evening Circle"
    )
    assert "Where Garden Room Facilitators Jordan" in text
    assert today.banner.text.startswith("Printed the packet for Tue 10 Mar 2026")
    # The job's name in the printer's queue spells the day the same way.
    assert printers[0].docName() == "Packet for Tue 10 Mar 2026"
    with sqlite_database.reader() as s:
        printed = s.scalars(
            select(AuditEvent.action).where(AuditEvent.entity == "sign_in_sheet")
        ).all()
        corrected = s.scalars(
            select(AuditEvent.details).where(AuditEvent.action == "correct")
        ).all()
    assert printed == ["print"]
    assert [d["status"] for d in corrected] == ["late"]
