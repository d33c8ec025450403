"""Add or edit a time entry."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget
from sqlalchemy.orm import Session

from peercenter.domain.enums import TimeEntryKind
from peercenter.domain.hours import parse_hours
from peercenter.services.credentials import time_entries
from peercenter.services.credentials.time_entries import TimeEntryForm, TimeEntryRow
from peercenter.ui.context import AppContext
from peercenter.ui.language import QT_TRANSLATE_NOOP
from peercenter.ui.widgets.hours_field import hours_problem
from peercenter.ui.widgets.optional_date import date_edit, from_qdate, to_qdate
from peercenter.ui.widgets.record_dialog import RecordDialog

KIND_HINTS = {
    TimeEntryKind.DIRECT_SERVICE: QT_TRANSLATE_NOOP(
        "TimeEntryDialog",
        "Counts as supervised experience beyond the sessions you facilitated that day "
        "(they already count).",
    ),
    TimeEntryKind.TRAINING: QT_TRANSLATE_NOOP(
        "TimeEntryDialog",
        "Work time spent in training. Add the course itself under Training & certification "
        "to count it toward a credential.",
    ),
}


class TimeEntryDialog(RecordDialog):
    def __init__(
        self,
        ctx: AppContext,
        staff_id: int,
        person: str,
        row: TimeEntryRow | None,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, "", parent)
        self.setWindowTitle(
            (
                self.tr("Add time for {person}")
                if row is None
                else self.tr("Edit time of {person}")
            ).format(person=person)
        )
        self.staff_id = staff_id
        self.row = row
        column = self.add_column()
        fields = self.add_section(column, self.tr("Time"))
        self.worked_on = date_edit()
        self.worked_on.setDate(to_qdate(today))
        fields.add("worked_on", self.tr("Date"), self.worked_on)
        self.kind = QComboBox()
        for kind in TimeEntryKind:
            self.kind.addItem(kind.label, kind)
        fields.add("kind", self.tr("Kind"), self.kind, hint=" ")
        self.hours = QLineEdit()
        self.hours.setPlaceholderText(self.tr("e.g. 2.5 or 2:30"))
        self.hours.setMaximumWidth(140)
        fields.add("hours", self.tr("Hours"), self.hours)
        self.note = QLineEdit()
        self.note.setMaxLength(300)
        fields.add("note", self.tr("Note"), self.note)
        self._fields = fields
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.setMinimumWidth(500)
        self.load()

    def load(self) -> None:
        row = self.row
        if row is not None:
            self.worked_on.setDate(to_qdate(row.worked_on))
            self.kind.setCurrentIndex(self.kind.findData(row.kind))
            self.hours.setText(f"{row.minutes / 60:g}")
            self.note.setText(row.note)
        self._kind_changed()

    def _kind_changed(self) -> None:
        kind = TimeEntryKind(self.kind.currentData())
        hint = KIND_HINTS.get(kind)
        self._fields.set_hint(
            "kind", QCoreApplication.translate("TimeEntryDialog", hint) if hint else ""
        )

    def local_errors(self) -> dict[str, str]:
        return hours_problem(self.hours.text())

    def form(self) -> TimeEntryForm:
        return TimeEntryForm(
            worked_on=from_qdate(self.worked_on.date()),
            hours=parse_hours(self.hours.text()),
            kind=TimeEntryKind(self.kind.currentData()),
            note=self.note.text(),
        )

    def save(self, session: Session) -> int:
        if self.row is None:
            return time_entries.add_entry(session, self.ctx.actor, self.staff_id, self.form()).id
        return time_entries.update_entry(
            session, self.ctx.actor, self.row.id, self.form(), self.row.version
        ).id
