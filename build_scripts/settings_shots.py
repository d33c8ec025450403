"""Screenshots of the Center and Printing settings (with a logo), the time zone warning, and
the group import's check. Imported by screenshots.py, after the demo data."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy import select

from peercenter import paths
from peercenter.db.engine import Database
from peercenter.db.models import Room, Staff
from peercenter.domain.enums import StaffStatus
from peercenter.services import settings
from peercenter.services.clock import local_today
from peercenter.services.context import Actor
from peercenter.ui.context import AppContext
from peercenter.ui.main_window import MainWindow
from peercenter.ui.screens.groups.screen import GroupsScreen
from peercenter.ui.screens.settings import SettingsScreen
from peercenter.ui.screens.settings.center import timezone_change_text
from peercenter.ui.ui_state import UiState


def sample_logo(path: Path) -> Path:
    """A small wordmark, as a center's logo file might be."""
    image = QImage(360, 120, QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#1d6b6a"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(14, 14, 92, 92)
    painter.setPen(QColor("#1d6b6a"))
    font = QFont()
    font.setPointSize(30)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(124, 80, "Harbor")
    painter.end()
    image.save(str(path))
    return path


def sample_groups(database: Database) -> str:
    """A CSV of three groups: one good, one that double-books the first's room and lead, one
    with a room that does not exist."""
    with database.reader() as s:
        rooms = list(s.scalars(select(Room.name).order_by(Room.id)))
        lead = s.scalars(
            select(Staff)
            .where(Staff.is_specialist.is_(True), Staff.status == StaffStatus.ACTIVE)
            .order_by(Staff.id)
        ).first()
        today = local_today(settings.center_timezone(s))
        assert lead is not None and rooms
        name = f"{lead.preferred_name or lead.first_name} {lead.last_name}"
    sunday = today + timedelta(days=13 - today.weekday())
    return (
        "name,kind,room,lead facilitator,first date,start time,duration minutes,repeats,"
        "end date,sessions\n"
        f"Sunday Walk,community,{rooms[0]},{name},{sunday},7:00 am,60,"
        '"weekly on Sun",,8\n'
        f"Early Birds,peer support,{rooms[0]},{name},{sunday},7:30,45,once,,\n"
        f"Art Corner,peer support,Attic,{name},{sunday},13:00,90,"
        '"monthly on 2nd,4th Sun",,\n'
    )


def settings_screens(
    database: Database, admin: Actor, camera: Any, state: UiState, show: Callable[[QWidget], None]
) -> None:
    with database.session() as s:
        settings.set_value(
            s, admin, "center.logo_path", str(sample_logo(paths.data_dir() / "harbor-logo.png"))
        )
    window = MainWindow(AppContext(database, admin, state))
    show(window)
    window.open_screen("settings")
    screen = window.screen_widget("settings")
    assert isinstance(screen, SettingsScreen)
    camera.screen("59-settings-center-printing")
    screen.center.name.setText("")
    screen.center.save_button.click()
    camera.window(screen.center, "59b-settings-center-error")
    screen.center.refresh()
    change = QCoreApplication.translate("CenterSection", "Change the time zone")
    box = QMessageBox(
        QMessageBox.Icon.Question,
        change,
        timezone_change_text("America/Chicago", "America/New_York"),
        parent=window,
    )
    box.addButton(change, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.show()
    camera.screen("59c-settings-timezone-warning")
    box.close()

    window.open_screen("groups")
    groups = window.screen_widget("groups")
    assert isinstance(groups, GroupsScreen)
    sample = paths.data_dir() / "new-groups.csv"
    sample.write_text(sample_groups(database), encoding="utf-8")
    groups.import_file(sample)
    dialog = groups.import_dialog
    assert dialog is not None
    while dialog.preview is None and not dialog.banner.text:
        QTest.qWait(50)
    show(dialog)
    camera.screen("16-import-groups")
    dialog.reject()
    window.close()
