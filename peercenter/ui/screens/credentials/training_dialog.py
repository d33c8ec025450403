"""Add or edit a training record."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QSizePolicy, QWidget
from sqlalchemy.orm import Session

from peercenter.domain.hours import parse_hours
from peercenter.services.credentials import programs, training
from peercenter.services.credentials.training import TrainingForm, TrainingRow
from peercenter.ui.context import AppContext
from peercenter.ui.widgets.hours_field import hours_problem
from peercenter.ui.widgets.optional_date import (
    OptionalDateEdit,
    date_edit,
    from_qdate,
    to_qdate,
)
from peercenter.ui.widgets.record_dialog import RecordDialog


class TrainingDialog(RecordDialog):
    def __init__(
        self,
        ctx: AppContext,
        staff_id: int,
        person: str,
        record_id: int | None,
        today: date,
        continuing_education: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, "", parent)
        self.setWindowTitle(
            (
                self.tr("Add training for {person}")
                if record_id is None
                else self.tr("Edit training of {person}")
            ).format(person=person)
        )
        self.staff_id = staff_id
        self.record_id = record_id
        self._version: int | None = None
        self._verified = False
        column = self.add_column()
        fields = self.add_section(column, self.tr("Training"))
        self.title = QLineEdit()
        self.title.setMaxLength(200)
        fields.add("title", self.tr("Title"), self.title)
        self.provider = QLineEdit()
        self.provider.setMaxLength(160)
        fields.add("provider", self.tr("Provider"), self.provider)
        self.domain = QComboBox()
        self.domain.setEditable(True)
        self.domain.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.domain.setMinimumWidth(280)
        fields.add(
            "domain",
            self.tr("Domain"),
            self.domain,
            hint=self.tr("The domain a program counts it toward, e.g. Ethics or Advocacy."),
        )
        self.taken_on = date_edit()
        self.taken_on.setDate(to_qdate(today))
        fields.add("taken_on", self.tr("Completed on"), self.taken_on)
        self.started_on = OptionalDateEdit(self.tr("Course over several days, from"), default=today)
        fields.add("started_on", "", self.started_on)
        self.hours = QLineEdit()
        self.hours.setPlaceholderText(self.tr("e.g. 6 or 1:30"))
        self.hours.setMaximumWidth(140)
        fields.add("hours", self.tr("Hours"), self.hours)
        self.continuing_education = QCheckBox(
            self.tr("Approved for continuing-education (CE) credit")
        )
        self.continuing_education.setChecked(continuing_education)
        fields.add(
            "is_continuing_education",
            "",
            self.continuing_education,
            hint=self.tr("Counts toward renewal hours in the current renewal cycle."),
        )
        # A wrapping line, not a read-only field: the whole sentence shows, in any language.
        self.verified_note = QLabel()
        self.verified_note.setWordWrap(True)
        self.verified_note.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        fields.add("verified", "", self.verified_note)
        self._fields = fields
        self.setMinimumWidth(560)
        self.load()

    def load(self) -> None:
        with self.ctx.database.reader() as session:
            domains = programs.known_domains(session)
            row = (
                training.get_training(session, self.ctx.actor, self.record_id)
                if self.record_id is not None
                else None
            )
        current = self.domain.currentText()
        self.domain.clear()
        self.domain.addItem("")
        self.domain.addItems(domains)
        self.domain.setCurrentText(current)
        self._fields.set_visible("verified", False)
        if row is not None:
            self._fill(row)

    def _fill(self, row: TrainingRow) -> None:
        self._version = row.version
        self._verified = row.verified
        self.title.setText(row.title)
        self.provider.setText(row.provider)
        self.domain.setCurrentText(row.domain)
        self.taken_on.setDate(to_qdate(row.taken_on))
        self.started_on.set_value(row.started_on)
        self.hours.setText(f"{row.minutes / 60:g}")
        self.continuing_education.setChecked(row.is_continuing_education)
        if row.verified:
            self.verified_note.setText(
                self.tr(
                    "Verified by {supervisor}. Changing the record takes the verification away."
                ).format(supervisor=row.verified_by)
            )
            self._fields.set_visible("verified", True)

    def local_errors(self) -> dict[str, str]:
        return hours_problem(self.hours.text())

    def form(self) -> TrainingForm:
        return TrainingForm(
            taken_on=from_qdate(self.taken_on.date()),
            title=self.title.text(),
            hours=parse_hours(self.hours.text()),
            provider=self.provider.text(),
            domain=self.domain.currentText(),
            started_on=self.started_on.value(),
            is_continuing_education=self.continuing_education.isChecked(),
        )

    def save(self, session: Session) -> int:
        if self.record_id is None:
            return training.add_training(session, self.ctx.actor, self.staff_id, self.form()).id
        return training.update_training(
            session, self.ctx.actor, self.record_id, self.form(), self._version
        ).id
