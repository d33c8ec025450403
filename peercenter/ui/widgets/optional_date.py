"""Date fields: ``date_edit`` for a date that must be given, ``OptionalDateEdit`` for one that
may be left unknown (a checkbox switches the date on)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
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
        self, known_label: str = "", parent: QWidget | None = None, default: date | None = None
    ) -> None:
        """``known_label`` names the checkbox (translated by the caller); "Known" if empty."""
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        label = known_label or QCoreApplication.translate("OptionalDateEdit", "Known")
        self.known = QCheckBox(label)
        self.edit = date_edit()
        self.edit.setAccessibleName(
            QCoreApplication.translate("OptionalDateEdit", "{field}: date").format(
                field=plain_text(label)
            )
        )
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
