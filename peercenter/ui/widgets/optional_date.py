"""Date fields: ``date_edit`` for a date that must be given, ``OptionalDateEdit`` for one that
may be left unknown (a checkbox switches the date on)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QWidget

from peercenter.ui.accessible import plain_text
from peercenter.ui.widgets.typed_fields import DateEdit, from_qdate, to_qdate

__all__ = ["DateEdit", "OptionalDateEdit", "date_edit", "from_qdate", "to_qdate"]


def date_edit(parent: QWidget | None = None) -> DateEdit:
    edit = DateEdit(parent)
    edit.setDate(to_qdate(date.today()))
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
