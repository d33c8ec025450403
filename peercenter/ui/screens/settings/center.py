"""The Center section of Settings: the center's name and address, its time zone and how far
ahead sessions are planned. A new time zone is explained and confirmed before it is saved."""

from __future__ import annotations

from datetime import datetime, time
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QSpinBox, QWidget
from sqlalchemy.orm import Session

from peercenter.services import settings
from peercenter.services.clock import local_today
from peercenter.services.schedule.horizon import extend_horizon
from peercenter.ui import formatting, messages
from peercenter.ui.context import AppContext
from peercenter.ui.screens.settings.section import SettingsSection
from peercenter.ui.widgets.timezone_combo import set_timezone, timezone_combo

NAME, ADDRESS, ZONE, HORIZON, DATE_ORDER = (
    "center.name",
    "center.address",
    "center.timezone",
    "schedule.horizon_months",
    "import.date_order",
)


def timezone_change_text(old: str, new: str) -> str:
    """What changing the zone means, in plain words, with an example time."""
    try:
        old_zone, new_zone = ZoneInfo(old), ZoneInfo(new)
    except (ZoneInfoNotFoundError, ValueError):
        return QCoreApplication.translate(
            "CenterSection", "Change the center's time zone from {old} to {new}?"
        ).format(old=old, new=new)
    example = datetime.combine(local_today(old_zone), time(18), old_zone)
    there = example.astimezone(new_zone)
    return QCoreApplication.translate(
        "CenterSection",
        "Change the center's time zone from {old} to {new}?\n\n"
        "Sessions already on the calendar keep their real moment in time, so every screen "
        "and every printed page will show them at a different clock time: a session at "
        "{old_time} in {old} shows as {new_time} in {new}. Sessions planned from now on "
        "follow each group's start time in the new zone.\n\n"
        "Change it only if the zone was set wrong or the center has moved.",
    ).format(
        old=old,
        new=new,
        old_time=formatting.clock_time(example),
        new_time=formatting.clock_time(there),
    )


class CenterSection(SettingsSection):
    keys = (NAME, ADDRESS, ZONE, HORIZON, DATE_ORDER)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        title = QCoreApplication.translate("CenterSection", "Center")
        save = QCoreApplication.translate("CenterSection", "Save center settings")
        super().__init__(ctx, title, save, parent)
        self.name = QLineEdit()
        self.name.setMaxLength(120)
        self.name.setMinimumWidth(380)
        self.name.setMaximumWidth(560)
        self.address = QPlainTextEdit()
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(70)
        self.address.setMaximumWidth(560)
        self.timezone = timezone_combo("UTC")
        self.horizon = QSpinBox()
        self.horizon.setRange(1, 36)
        self.horizon.setSuffix(self.tr(" months"))
        self.fields.add(
            NAME,
            self.tr("Center name"),
            self.name,
            hint=self.tr("In the window's title and on handouts and sign-in sheets."),
        )
        self.fields.add(
            ADDRESS,
            self.tr("Address"),
            self.address,
            hint=self.tr(
                "Street, city, state and ZIP, as reports for a certification board or a "
                "funder show it (up to 4 lines)."
            ),
        )
        self.fields.add(
            ZONE,
            self.tr("Time zone"),
            self.timezone,
            hint=self.tr(
                "Every computer shows sessions at this local time. Type part of a "
                "city name to find it, for example Chicago."
            ),
        )
        self.fields.add(
            HORIZON,
            self.tr("Plan sessions ahead"),
            self.horizon,
            hint=self.tr(
                "Repeating groups have their sessions planned this far ahead; a "
                "longer time is filled in when you save."
            ),
        )

        self.date_order = QComboBox()
        self.date_order.addItem(self.tr("Month first: 3/4/2025 is March 4"), "mdy")
        self.date_order.addItem(self.tr("Day first: 3/4/2025 is 3 April"), "dmy")
        self.fields.add(
            DATE_ORDER,
            self.tr("Dates in spreadsheets"),
            self.date_order,
            hint=self.tr(
                "How an imported spreadsheet's dates like 3/4/2025 are read; the dry run "
                "says when it did."
            ),
        )

    def load(self, current: dict[str, Any]) -> None:
        self.date_order.setCurrentIndex(max(self.date_order.findData(current[DATE_ORDER]), 0))
        self.name.setText(str(current[NAME]))
        self.address.setPlainText(str(current[ADDRESS]))
        set_timezone(self.timezone, str(current[ZONE]))
        self.horizon.setValue(int(current[HORIZON]))

    def values(self) -> dict[str, Any]:
        return {
            NAME: self.name.text(),
            ADDRESS: self.address.toPlainText().strip(),
            ZONE: self.timezone.currentText().strip(),
            HORIZON: self.horizon.value(),
            DATE_ORDER: str(self.date_order.currentData()),
        }

    def confirm(self, values: dict[str, Any]) -> bool:
        old, new = str(self.current.get(ZONE, "")), str(values[ZONE])
        if not old or old == new or settings.SPECS[ZONE].check(new):  # type: ignore[misc]
            return True  # unchanged, or refused beside the field when saving
        return messages.confirm(
            self,
            self.tr("Change the time zone"),
            timezone_change_text(old, new),
            self.tr("Change the time zone"),
        )

    def after_save(self, session: Session, values: dict[str, Any]) -> None:
        if int(values[HORIZON]) > int(self.current.get(HORIZON, 0)):
            extend_horizon(session, local_today(settings.center_timezone(session)))
