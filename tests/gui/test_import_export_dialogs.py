"""The import dialog on the Participants and Groups screens and the calendar export from the
File menu, driven as a front-desk worker would."""

from __future__ import annotations

import os
from datetime import date, time, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog, QMenu
from sqlalchemy import select, update

from peercenter.db.engine import Database
from peercenter.db.models import AuditEvent, Staff
from peercenter.domain.enums import Role
from peercenter.domain.recurrence import Frequency, Recurrence
from peercenter.services import participants
from peercenter.services.context import Actor
from peercenter.services.ical_export import ScopeKind
from peercenter.services.schedule import groups
from peercenter.ui.context import AppContext
from peercenter.ui.dialogs.export_calendar import ExportCalendarDialog
from peercenter.ui.dialogs.import_csv import ImportDialog
from peercenter.ui.main_window import MainWindow
from peercenter.ui.screens.groups.screen import GroupsScreen
from peercenter.ui.screens.participants import ParticipantsScreen
from peercenter.ui.ui_state import UiState
from peercenter.ui.widgets.optional_date import from_qdate
from tests.gui.helpers import column_texts, sign_in_as
from tests.ical_reading import events_of, start_of
from tests.schedule_data import add_group, add_room, add_staff, plan

MIXED = """First Name,Last Name,Phone,Email,Intake Date
Maria,Gonzalez,555-010-2233,maria@example.org,2025-03-14
,Nobody,,,
Ray,Lopez,12,not-an-email,
Jo,K,,,14 Mar 2025
Maria,Garcia,,,
"""


def _screen(window: MainWindow) -> ParticipantsScreen:
    window.open_screen("participants")
    screen = window.screen_widget("participants")
    assert isinstance(screen, ParticipantsScreen)
    return screen


def _checked(qtbot: Any, screen: ParticipantsScreen, path: Path) -> ImportDialog:
    screen.import_file(path)
    dialog = screen.import_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.preview is not None or dialog.banner.text != "")
    return dialog


def _names(db: Database, actor: Actor) -> list[str]:
    with db.reader() as s:
        return [p.display_name for p in participants.search(s, actor)]


def test_import_dialog_lists_bad_rows_and_imports_the_good_ones(
    qtbot: Any, main_window: MainWindow, tmp_path: Path, sqlite_database: Database, admin: Actor
) -> None:
    path = tmp_path / "people.csv"
    path.write_text(MIXED, encoding="utf-8")
    screen = _screen(main_window)
    assert screen.import_button.isVisible()
    dialog = _checked(qtbot, screen, path)
    assert dialog.summary.text().startswith(
        "5 rows read: 3 can be imported, 2 have problems and will be left out."
    )
    assert column_texts(dialog.proxy, "Line") == ["3", "4", "4", "6"]
    assert column_texts(dialog.proxy, "Column") == ["First Name", "Phone", "Email", "First Name"]
    problems = column_texts(dialog.proxy, "Problem")
    assert problems[0] == "Preferred name is required."
    assert problems[3] == "Maria G. is also on line 2; check it is not the same person twice."
    assert column_texts(dialog.proxy, "Row") == ["Left out"] * 3 + ["Imported; check"]
    assert dialog.import_button.text() == "Import the 3 good rows"
    assert _names(sqlite_database, admin) == []  # checking changes nothing

    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    assert sorted(_names(sqlite_database, admin)) == ["Jo K.", "Maria G.", "Maria G."]
    # The two Marias G. are told apart: one by her intake date, the other by her number.
    names = column_texts(screen.proxy, "Name")
    assert names[0] == "Jo K." and "Maria G. (intake 14 Mar 2025)" in names
    assert any(n.startswith("Maria G. (no. ") for n in names)
    assert screen.count_label.text().startswith("Imported 3 participants from people.csv.")


def test_possible_duplicates_are_shown_as_rows_to_check(
    qtbot: Any, main_window: MainWindow, tmp_path: Path, sqlite_database: Database, admin: Actor
) -> None:
    with sqlite_database.session() as s:
        participants.create(s, admin, participants.ParticipantForm("Jo", "Kim"))
    path = tmp_path / "people.csv"
    path.write_text("preferred_name,last_name\nJo,Kline\nAmy,Ng\n", encoding="utf-8")
    dialog = _checked(qtbot, _screen(main_window), path)
    assert column_texts(dialog.proxy, "Row") == ["Imported; check"]
    assert column_texts(dialog.proxy, "Problem") == [
        "Jo K. may already be in PeerCenter; check before importing."
    ]
    assert "1 name may already be in PeerCenter" in dialog.summary.text()
    assert dialog.import_button.text() == "Import the 2 good rows"


def test_a_bad_file_is_explained_and_nothing_can_be_imported(
    qtbot: Any, main_window: MainWindow, tmp_path: Path, sqlite_database: Database, admin: Actor
) -> None:
    path = tmp_path / "people.xlsx"
    path.write_bytes(b"PK\x03\x04" + bytes(range(200)))
    dialog = _checked(qtbot, _screen(main_window), path)
    assert dialog.banner.text.startswith("This is an Excel workbook (.xlsx)")
    assert "CSV UTF-8" in dialog.banner.text
    assert not dialog.import_button.isEnabled()
    assert dialog.summary.text() == "Nothing was imported."
    dialog.cancel_button.click()
    assert _names(sqlite_database, admin) == []


def test_a_named_pipe_is_refused_at_once_instead_of_waited_on(
    qtbot: Any, main_window: MainWindow, tmp_path: Path, sqlite_database: Database, admin: Actor
) -> None:
    """Reading a named pipe nobody writes to never ends; the dialog says what it is."""
    path = tmp_path / "people.csv"
    os.mkfifo(path)
    dialog = _checked(qtbot, _screen(main_window), path)
    assert dialog.banner.text == f"{path} is a named pipe, not a file. Choose the file itself."
    assert not dialog.import_button.isEnabled()
    dialog.cancel_button.click()
    assert _names(sqlite_database, admin) == []


def test_a_stray_quote_is_a_row_left_out_and_named_by_its_line(
    qtbot: Any, main_window: MainWindow, tmp_path: Path, sqlite_database: Database, admin: Actor
) -> None:
    path = tmp_path / "people.csv"
    path.write_text('First Name,Last Name\nMaria,"Gonzalez\nRay,Lopez\nJo,Kim\n', encoding="utf-8")
    dialog = _checked(qtbot, _screen(main_window), path)
    assert column_texts(dialog.proxy, "Line") == ["2"]
    assert column_texts(dialog.proxy, "Column") == ["Last Name"]
    assert column_texts(dialog.proxy, "Problem")[0].startswith(
        'Line 2 has a quote mark (") that is never closed'
    )
    assert dialog.import_button.text() == "Import the 2 good rows"
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    assert sorted(_names(sqlite_database, admin)) == ["Jo K.", "Ray L."]


def test_cancel_imports_nothing(
    qtbot: Any, main_window: MainWindow, tmp_path: Path, sqlite_database: Database, admin: Actor
) -> None:
    path = tmp_path / "people.csv"
    path.write_text(MIXED, encoding="utf-8")
    dialog = _checked(qtbot, _screen(main_window), path)
    dialog.cancel_button.click()
    assert not dialog.isVisible()
    assert _names(sqlite_database, admin) == []


def test_groups_import_from_the_groups_screen(
    qtbot: Any, main_window: MainWindow, tmp_path: Path, sqlite_database: Database, admin: Actor
) -> None:
    add_room(sqlite_database, "Oak Room")
    add_staff(sqlite_database, "Lena", "Ortiz")
    monday = date.today() + timedelta(days=14 - date.today().weekday())
    path = tmp_path / "groups.csv"
    path.write_text(
        "name,room,lead facilitator,first date,start time,duration,repeats,sessions\n"
        f"Walking Group,Oak Room,Lena Ortiz,{monday},10:00,60,weekly on Mon,3\n"
        f"Same Time,Oak Room,Lena Ortiz,{monday},10:30,60,once,\n"
        f"Coffee,Attic,Lena Ortiz,{monday},14:00,60,monthly on first Mon,2\n",
        encoding="utf-8",
    )
    main_window.open_screen("groups")
    screen = main_window.screen_widget("groups")
    assert isinstance(screen, GroupsScreen) and screen.import_button.isVisible()
    screen.import_file(path)
    dialog = screen.import_dialog
    assert dialog is not None and dialog.windowTitle() == "Import groups"
    qtbot.waitUntil(lambda: dialog.preview is not None or dialog.banner.text != "")
    assert dialog.summary.text() == (
        "3 rows read: 1 can be imported, 2 have problems and will be left out."
    )
    assert column_texts(dialog.proxy, "Line") == ["3", "3", "4"]
    assert column_texts(dialog.proxy, "Column") == ["room", "lead facilitator", "room"]
    problems = column_texts(dialog.proxy, "Problem")
    assert problems[0].startswith("Oak Room is already booked for 'Walking Group' on ")
    assert problems[2] == "No room matches 'Attic'."
    with sqlite_database.reader() as s:
        assert groups.list_groups(s, admin) == []  # checking changes nothing
    assert dialog.import_button.text() == "Import the 1 good row"
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    assert column_texts(screen.proxy, "Name") == ["Walking Group"]
    assert column_texts(screen.proxy, "Schedule") == ["Every week on Monday, 3 times"]
    assert screen.count_label.text() == "Imported 1 group from groups.csv. 1 group"


def test_a_group_row_over_a_red_warning_is_imported_only_with_a_reason(
    qtbot: Any, main_window: MainWindow, tmp_path: Path, sqlite_database: Database, admin: Actor
) -> None:
    add_room(sqlite_database, "Oak Room")
    sam = add_staff(sqlite_database, "Sam", "Short")
    with sqlite_database.session() as s:
        s.execute(update(Staff).where(Staff.id == sam).values(weekly_hours_cap=4.0))
    monday = date.today() + timedelta(days=14 - date.today().weekday())
    path = tmp_path / "daily.csv"
    path.write_text(
        "name,room,lead facilitator,first date,start time,duration,repeats,end date\n"
        f"Daily Sam,Oak Room,Sam Short,{monday},9:00,60,daily,{monday + timedelta(days=4)}\n",
        encoding="utf-8",
    )
    main_window.open_screen("groups")
    screen = main_window.screen_widget("groups")
    assert isinstance(screen, GroupsScreen)
    screen.import_file(path)
    dialog = screen.import_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.preview is not None or dialog.banner.text != "")
    [problem] = column_texts(dialog.proxy, "Problem")
    assert problem.startswith("Sam Short: ") and problem.endswith("Importing it needs a reason.")
    assert dialog.reason_box.isVisible() and dialog.reason_label.text().startswith(
        "1 row would take a facilitator over their weekly hours or a red burnout guardrail"
    )
    assert not dialog.import_button.isEnabled()
    qtbot.keyClicks(dialog.reason, "Covering the mornings; agreed with the supervisor.")
    assert dialog.recheck_button.isEnabled() and not dialog.import_button.isEnabled()
    dialog.recheck_button.click()
    qtbot.waitUntil(lambda: dialog.checked_reason != "")
    assert column_texts(dialog.proxy, "Row") == ["Imported; check"]
    assert dialog.import_button.text() == "Import the 1 good row"
    qtbot.keyClicks(dialog.reason, " Again.")  # a reason not checked with cannot import
    assert not dialog.import_button.isEnabled()
    dialog.reason.setText("Covering the mornings; agreed with the supervisor.")
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    assert column_texts(screen.proxy, "Name") == ["Daily Sam"]
    with sqlite_database.reader() as s:
        [event] = s.scalars(select(AuditEvent).where(AuditEvent.action == "guardrail_override"))
        assert event.details["reason"] == "Covering the mornings; agreed with the supervisor."


def test_roles_that_cannot_edit_do_not_see_the_import(
    qtbot: Any, sqlite_database: Database, admin: Actor, ui_state: UiState
) -> None:
    specialist = sign_in_as(sqlite_database, admin, Role.SPECIALIST)
    window = MainWindow(AppContext(sqlite_database, specialist, ui_state))
    qtbot.addWidget(window)
    window.show()
    assert not _screen(window).import_button.isVisible()
    window.open_screen("groups")
    groups_screen = window.screen_widget("groups")
    assert isinstance(groups_screen, GroupsScreen) and not groups_screen.import_button.isVisible()
    assert window.export_calendar_action.text() == "&Export calendar (.ics)…"
    window.close()


def _schedule(db: Database) -> None:
    oak = add_room(db, "Oak Room")
    lena = add_staff(db, "Lena", "Ortiz")
    for name in ("Recovery Circle", "Family Night"):
        gid = add_group(
            db,
            name,
            Recurrence(Frequency.WEEKLY, weekdays=(1,)),
            date(2026, 1, 6),
            time(18),
            room_id=oak,
            staff_ids=(lena,),
        )
        plan(db, gid, date(2026, 6, 30))


def test_export_calendar_from_the_file_menu(
    qtbot: Any, main_window: MainWindow, tmp_path: Path, sqlite_database: Database
) -> None:
    _schedule(sqlite_database)
    file_menu = main_window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    menu_texts = [a.text() for a in file_menu.actions()]
    assert menu_texts[0] == "&Export calendar (.ics)…"
    main_window.export_calendar_action.trigger()
    dialog = main_window.export_dialog
    assert isinstance(dialog, ExportCalendarDialog) and dialog.isVisible()
    assert dialog.all_button.isChecked()
    group_button, group_combo = dialog.pickers[ScopeKind.GROUP]
    assert not group_combo.isEnabled()
    dialog.choose(ScopeKind.GROUP, "Recovery Circle")
    assert group_combo.isEnabled()
    first = from_qdate(dialog.since.date())  # three months back unless changed
    assert date.today() - timedelta(days=93) <= first <= date.today() - timedelta(days=88)
    target = tmp_path / "circle.ics"
    dialog.export_to(target)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    events = events_of(target.read_bytes())
    assert [str(e["SUMMARY"]) for e in events] == ["Recovery Circle"]
    assert start_of(events[0]).date() >= first
    assert main_window.statusBar().currentMessage() == f"Calendar saved to {target}."
    assert group_button.text() == "One group"


def test_export_into_a_missing_folder_says_so(
    qtbot: Any, main_window: MainWindow, tmp_path: Path, sqlite_database: Database
) -> None:
    _schedule(sqlite_database)
    main_window.export_calendar_action.trigger()
    dialog = main_window.export_dialog
    assert dialog is not None
    dialog.choose(ScopeKind.FACILITATOR, "Lena Ortiz")
    dialog.export_to(tmp_path / "gone" / "lena.ics")
    qtbot.waitUntil(lambda: dialog.banner.text != "")
    assert dialog.banner.text == f"The folder {tmp_path / 'gone'} does not exist."
    assert dialog.isVisible() and dialog.save_button.isEnabled()


def test_export_onto_a_link_is_refused_and_the_link_kept(
    qtbot: Any, main_window: MainWindow, tmp_path: Path, sqlite_database: Database
) -> None:
    _schedule(sqlite_database)
    tmp_path = tmp_path / "exports"
    tmp_path.mkdir()
    (tmp_path / "real.ics").write_text("keep me")
    link = tmp_path / "lena.ics"
    link.symlink_to("real.ics")
    main_window.export_calendar_action.trigger()
    dialog = main_window.export_dialog
    assert dialog is not None
    dialog.export_to(link)
    qtbot.waitUntil(lambda: dialog.banner.text != "")
    assert dialog.banner.text.startswith(f"{link} is a link to another file, not an ordinary")
    assert link.is_symlink() and (tmp_path / "real.ics").read_text() == "keep me"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lena.ics", "real.ics"]


def test_export_choices_follow_what_exists(qtbot: Any, ctx: AppContext) -> None:
    dialog = ExportCalendarDialog(ctx)
    qtbot.addWidget(dialog)
    for kind in (ScopeKind.GROUP, ScopeKind.ROOM, ScopeKind.FACILITATOR):
        assert not dialog.pickers[kind][0].isEnabled()  # nothing to pick yet
