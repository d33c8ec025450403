"""Enroll someone in a credential program, or change the dates of an enrollment."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLineEdit, QWidget
from sqlalchemy.orm import Session

from peercenter.services.credentials import enrollments, programs
from peercenter.services.credentials.enrollments import EnrollmentForm
from peercenter.services.credentials.progress import EnrolledProgress
from peercenter.ui import messages
from peercenter.ui.context import AppContext
from peercenter.ui.widgets.optional_date import (
    OptionalDateEdit,
    date_edit,
    from_qdate,
    to_qdate,
)
from peercenter.ui.widgets.record_dialog import RecordDialog


class EnrollmentDialog(RecordDialog):
    def __init__(
        self,
        ctx: AppContext,
        staff_id: int,
        person: str,
        enrolled: EnrolledProgress | None,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, "", parent)
        self.setWindowTitle(
            (
                self.tr("Enroll {person}")
                if enrolled is None
                else self.tr("Enrollment of {person}")
            ).format(person=person)
        )
        self.staff_id = staff_id
        self.enrolled = enrolled
        self.removed = False
        column = self.add_column()
        fields = self.add_section(column, self.tr("Credential"))
        self.program = QComboBox()
        fields.add("program_id", self.tr("Program"), self.program)
        self.started_on = date_edit()
        self.started_on.setDate(to_qdate(today))
        fields.add(
            "started_on",
            self.tr("Started"),
            self.started_on,
            hint=self.tr("From this day, supervised experience and supervision count."),
        )
        self.achieved_on = OptionalDateEdit(self.tr("Achieved"), default=today)
        fields.add("achieved_on", self.tr("Credential achieved"), self.achieved_on)
        self.expires_on = OptionalDateEdit(self.tr("Known"), default=today)
        fields.add(
            "expires_on",
            self.tr("Expires"),
            self.expires_on,
            hint=self.tr("Left blank, it follows from the program's renewal cycle."),
        )
        self.number = QLineEdit()
        self.number.setMaxLength(60)
        fields.add("credential_number", self.tr("Credential number"), self.number)
        if enrolled is not None:
            self.remove_button = self.buttons.addButton(
                self.tr("Remove enrollment…"), QDialogButtonBox.ButtonRole.DestructiveRole
            )
            self.remove_button.clicked.connect(self.remove)
        self.setMinimumWidth(660)  # its hints on one line, also in Spanish
        self.load()

    def load(self) -> None:
        with self.ctx.database.reader() as session:
            rows = programs.list_programs(session, self.ctx.actor)
        self.program.clear()
        for row in rows:
            self.program.addItem(row.name, row.id)
        enrolled = self.enrolled
        if enrolled is None:
            return
        facts = enrolled.progress.enrollment
        if self.program.findData(enrolled.program_id) < 0:
            self.program.addItem(enrolled.progress.program.name, enrolled.program_id)
        self.program.setCurrentIndex(self.program.findData(enrolled.program_id))
        self.program.setEnabled(False)
        self.started_on.setDate(to_qdate(facts.started_on))
        self.achieved_on.set_value(facts.achieved_on)
        self.expires_on.set_value(facts.expires_on)
        self.number.setText(enrolled.credential_number)

    def form(self) -> EnrollmentForm:
        return EnrollmentForm(
            program_id=int(self.program.currentData()),
            started_on=from_qdate(self.started_on.date()),
            achieved_on=self.achieved_on.value(),
            expires_on=self.expires_on.value(),
            credential_number=self.number.text(),
        )

    def local_errors(self) -> dict[str, str]:
        if self.program.currentData() is None:
            return {"program_id": self.tr("There is no credential program to choose yet.")}
        return {}

    def save(self, session: Session) -> int:
        if self.enrolled is None:
            return enrollments.enroll(session, self.ctx.actor, self.staff_id, self.form()).id
        return enrollments.update_enrollment(
            session,
            self.ctx.actor,
            self.enrolled.enrollment_id,
            self.form(),
            self.enrolled.enrollment_version,
        ).id

    def remove(self) -> None:
        assert self.enrolled is not None
        name = self.enrolled.progress.program.name
        if not messages.confirm(
            self,
            self.tr("Remove enrollment"),
            self.tr(
                "Remove the enrollment in {program}?\n\nNo hours are deleted; "
                "they stop being shown toward this program."
            ).format(program=name),
            self.tr("Remove"),
        ):
            return
        with messages.reporting_errors(self), self.ctx.database.session() as session:
            enrollments.remove_enrollment(session, self.ctx.actor, self.enrolled.enrollment_id)
            self.removed = True
        if self.removed:
            self.accept()
