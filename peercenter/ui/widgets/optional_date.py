"""A date that may be left unknown: a checkbox switches the date picker on."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget

from peercenter.ui.accessible import plain_text

DATE_FORMAT = "d MMM yyyy"


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(parent: QWidget | None = None) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setMinimumDate(QDate(1900, 1, 1))
    return edit


class OptionalDateEdit(QWidget):
    changed = Signal()

    def __init__(
        self, known_label: str = "Known", parent: QWidget | None = None, default: date | None = None
    ) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.known = QCheckBox(known_label)
        self.edit = date_edit()
        self.edit.setAccessibleName(f"{plain_text(known_label)}: date")
        self.edit.setDate(to_qdate(default or date.today()))
        self.edit.setEnabled(False)
        layout.addWidget(self.known)
        layout.addWidget(self.edit, 1)
        self.known.toggled.connect(self.edit.setEnabled)
        self.known.toggled.connect(self.changed)
        self.edit.dateChanged.connect(self.changed)
        self.setFocusProxy(self.known)

    def value(self) -> date | None:
        return from_qdate(self.edit.date()) if self.known.isChecked() else None

    def set_value(self, value: date | None) -> None:
        self.known.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(to_qdate(value))
