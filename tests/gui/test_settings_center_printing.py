"""The Center and Printing sections of Settings, driven as an administrator would: each saves
in one step with problems beside the fields, the window shows a new center name, a new time
zone is explained and confirmed first, and the logo is chosen, previewed and removed."""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path
from typing import Any

from PIL import Image
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import func, select

from peercenter.db.engine import Database
from peercenter.db.models import AuditEvent, GroupSession
from peercenter.domain.printing import Paper
from peercenter.domain.recurrence import Frequency, Recurrence
from peercenter.services import settings
from peercenter.services.context import Actor
from peercenter.services.handouts import gather
from peercenter.ui.main_window import MainWindow
from peercenter.ui.screens.settings import SettingsScreen
from peercenter.ui.screens.settings.center import timezone_change_text
from tests.schedule_data import add_group, add_room, add_staff


def _settings(window: MainWindow) -> SettingsScreen:
    window.open_screen("settings")
    screen = window.screen_widget("settings")
    assert isinstance(screen, SettingsScreen)
    return screen


def _value(db: Database, key: str) -> Any:
    with db.reader() as s:
        return settings.get(s, key)


def _setting_events(db: Database) -> list[str]:
    with db.reader() as s:
        return list(
            s.scalars(
                select(AuditEvent.entity_id)
                .where(AuditEvent.entity == "setting")
                .order_by(AuditEvent.id)
            )
        )


def test_a_new_center_name_shows_in_the_title_and_status_bar(
    qtbot: Any, main_window: MainWindow, sqlite_database: Database
) -> None:
    section = _settings(main_window).center
    assert section.name.text() == "Harbor Light Recovery Center"
    assert section.timezone.currentText() == "America/Chicago"
    assert section.horizon.value() == 12
    section.name.setText("  ")
    section.save_button.click()
    assert section.fields.error_text("center.name") == "Center name cannot be empty."
    assert _value(sqlite_database, "center.name") == "Harbor Light Recovery Center"
    section.name.setText("Harbor Light Peer Center")
    section.save_button.click()
    assert section.fields.error_text("center.name") == ""
    assert section.status.text() == "Saved."
    assert _value(sqlite_database, "center.name") == "Harbor Light Peer Center"
    assert main_window.windowTitle() == "Harbor Light Peer Center — PeerCenter"
    assert main_window.center_label.text() == "Harbor Light Peer Center"
    assert _setting_events(sqlite_database)[-1] == "center.name"


def test_a_new_time_zone_is_explained_and_confirmed_first(
    qtbot: Any, main_window: MainWindow, sqlite_database: Database, popups: Any
) -> None:
    section = _settings(main_window).center
    section.timezone.setEditText("Mars/Olympus")
    section.save_button.click()
    assert popups.shown == []  # a zone that does not exist is refused beside the field
    assert "is not a time zone PeerCenter knows" in section.fields.error_text("center.timezone")
    section.timezone.setCurrentText("America/New_York")
    popups.answer = False
    section.save_button.click()
    kind, text = popups.shown[-1]
    assert kind == "confirm"
    assert "keep their real moment in time" in text
    assert "a session at 6:00 PM in America/Chicago shows as 7:00 PM in America/New_York" in text
    assert _value(sqlite_database, "center.timezone") == "America/Chicago"
    popups.answer = True
    section.save_button.click()
    assert _value(sqlite_database, "center.timezone") == "America/New_York"
    section.horizon.setValue(6)
    section.save_button.click()
    assert len(popups.shown) == 2  # the same zone again is not asked about
    assert _value(sqlite_database, "schedule.horizon_months") == 6


def test_the_time_zone_warning_gives_an_example_in_both_zones() -> None:
    text = timezone_change_text("Europe/London", "Asia/Tokyo")
    assert "from Europe/London to Asia/Tokyo" in text
    assert (
        "a session at 6:00 PM in Europe/London shows as 2:00 AM in Asia/Tokyo" in text
        or "a session at 6:00 PM in Europe/London shows as 3:00 AM in Asia/Tokyo" in text
    )


def test_a_longer_horizon_plans_more_sessions_when_saved(
    qtbot: Any, main_window: MainWindow, sqlite_database: Database
) -> None:
    room, lead = add_room(sqlite_database, "Oak Room"), add_staff(sqlite_database, "Lena", "Ortiz")
    add_group(
        sqlite_database,
        "Walk",
        Recurrence(Frequency.WEEKLY, weekdays=(1,)),
        date.today(),
        time(10),
        room_id=room,
        staff_ids=(lead,),
    )

    def last_session() -> date:
        with sqlite_database.reader() as s:
            latest = s.scalar(select(func.max(GroupSession.starts_at)))
        return date.min if latest is None else latest.date()

    section = _settings(main_window).center
    section.horizon.setValue(13)  # the factory planned nothing; saving plans 13 months
    section.save_button.click()
    first = last_session()
    assert first > date.today() + timedelta(days=360)
    section.horizon.setValue(24)
    section.save_button.click()
    assert last_session() > date.today() + timedelta(days=700)


def test_printing_defaults_and_the_logo(
    qtbot: Any,
    main_window: MainWindow,
    sqlite_database: Database,
    admin: Actor,
    tmp_path: Path,
    monkeypatch: Any,
) -> None:
    section = _settings(main_window).printing
    assert section.logo.path == "" and not section.logo.remove_button.isEnabled()
    assert section.logo.file_label.text() == "No logo: handouts show the center's name only."
    logo = tmp_path / "logo.png"
    Image.new("RGB", (120, 60), (29, 107, 106)).save(logo)
    from peercenter.ui.screens.settings import printing

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(logo), ""))
    section.logo.choose_button.click()
    assert section.logo.path == str(logo)
    assert section.logo.preview.pixmap() is not None
    assert not section.logo.preview.pixmap().isNull()
    assert section.logo.problem.isHidden()
    section.paper.setCurrentIndex(section.paper.findData("a4"))
    section.language.setCurrentIndex(section.language.findData("es"))
    section.large_print.setChecked(True)
    section.neutral.setChecked(True)
    section.blank_lines.setValue(12)
    assert section.new_sheet.isChecked()  # on unless a center prints one-sided
    section.new_sheet.setChecked(False)
    section.save_button.click()
    assert section.status.text() == "Saved."
    assert [_value(sqlite_database, k) for k in printing.PrintingSection.keys] == [
        str(logo),
        "a4",
        "es",
        True,
        True,
        12,
        False,
    ]
    with sqlite_database.reader() as s:
        options = gather.print_options(s, None, None, None)
    assert (options.paper, options.language, options.large_print) == (Paper.A4, "es", True)

    section.logo.remove_button.click()
    assert section.logo.path == "" and section.logo.preview.text() == "No logo"
    section.save_button.click()
    assert _value(sqlite_database, "center.logo_path") == ""


def test_a_missing_or_unreadable_logo_is_a_clear_message(
    qtbot: Any, main_window: MainWindow, sqlite_database: Database, tmp_path: Path
) -> None:
    section = _settings(main_window).printing
    gone = tmp_path / "gone.png"
    section.logo.set_path(str(gone))
    assert (
        section.logo.problem.text()
        == f"The logo file {gone} is missing. Choose it again, or remove it."
    )
    section.save_button.click()
    assert section.fields.error_text("center.logo_path") == section.logo.problem.text()
    fake = tmp_path / "logo.png"
    fake.write_text("not a picture at all")
    section.logo.set_path(str(fake))
    assert (
        section.logo.problem.text()
        == "logo.png is not a PNG or JPEG picture. Choose a PNG or JPEG file."
    )
    assert section.logo.preview.text() == "?"
    section.save_button.click()
    assert "not a PNG or JPEG picture" in section.fields.error_text("center.logo_path")
    assert _value(sqlite_database, "center.logo_path") == ""


def test_a_logo_that_went_missing_since_is_shown_as_such(
    qtbot: Any, main_window: MainWindow, sqlite_database: Database, admin: Actor, tmp_path: Path
) -> None:
    logo = tmp_path / "logo.png"
    Image.new("RGB", (120, 60), (29, 107, 106)).save(logo)
    with sqlite_database.session() as s:
        settings.set_value(s, admin, "center.logo_path", str(logo))
    logo.unlink()
    section = _settings(main_window).printing
    assert "is missing. Choose it again, or remove it." in section.logo.problem.text()
    assert section.logo.remove_button.isEnabled()


def test_a_section_opened_before_another_computer_saved_is_refused(
    main_window: MainWindow, sqlite_database: Database, admin: Actor, popups: Any
) -> None:
    section = _settings(main_window).center
    # Another computer renames the center while this Settings screen is open.
    with sqlite_database.session() as s:
        settings.set_value(s, admin, "center.name", "Harbor Light (renamed elsewhere)")
    section.horizon.setValue(18)
    section.save_button.click()
    assert popups.texts() == [settings.STALE_SETTINGS]
    assert _value(sqlite_database, "center.name") == "Harbor Light (renamed elsewhere)"
    assert _value(sqlite_database, "schedule.horizon_months") == 12
    # Shown again with the other computer's change, the same edit goes through.
    section.refresh()
    assert section.name.text() == "Harbor Light (renamed elsewhere)"
    section.horizon.setValue(18)
    section.save_button.click()
    assert _value(sqlite_database, "schedule.horizon_months") == 18
