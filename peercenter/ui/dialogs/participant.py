"""Add, edit or (without the right to edit) look at one participant. Adding someone who may
already be in PeerCenter shows who first, and offers that record instead."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from peercenter.domain.enums import ParticipantStatus
from peercenter.domain.permissions import Permission
from peercenter.services import participants
from peercenter.services.participants import ParticipantForm
from peercenter.ui import theme
from peercenter.ui.context import AppContext
from peercenter.ui.language import QT_TRANSLATE_NOOP
from peercenter.ui.widgets.optional_date import OptionalDateEdit
from peercenter.ui.widgets.record_dialog import RecordDialog

# What each consent allows, in one plain line; the sign-in sheets print only what is allowed.
CONSENTS = (
    (
        "consent_on_sign_in",
        QT_TRANSLATE_NOOP("ParticipantDialog", "On sign-in sheets"),
        QT_TRANSLATE_NOOP(
            "ParticipantDialog", "Their name may be printed on the sign-in sheets of their groups."
        ),
    ),
    (
        "consent_full_last_name",
        QT_TRANSLATE_NOOP("ParticipantDialog", "Full last name on paper"),
        QT_TRANSLATE_NOOP(
            "ParticipantDialog", "Paper shows their whole last name, not only the initial."
        ),
    ),
    (
        "consent_contact",
        QT_TRANSLATE_NOOP("ParticipantDialog", "May be contacted"),
        QT_TRANSLATE_NOOP(
            "ParticipantDialog", "Staff may phone or e-mail them, for example with reminders."
        ),
    ),
)


def _line_edit(max_length: int = 80) -> QLineEdit:
    edit = QLineEdit()
    edit.setMaxLength(max_length)
    return edit


class ParticipantDialog(RecordDialog):
    def __init__(
        self,
        ctx: AppContext,
        participant_id: int | None,
        parent: QWidget | None = None,
        *,
        preferred_name: str = "",
    ) -> None:
        self.read_only = not ctx.actor.can(Permission.EDIT_PARTICIPANTS)
        title = (
            QCoreApplication.translate("ParticipantDialog", "Add participant")
            if participant_id is None
            else QCoreApplication.translate("ParticipantDialog", "Participant")
            if self.read_only
            else QCoreApplication.translate("ParticipantDialog", "Edit participant")
        )
        super().__init__(ctx, title, parent)
        self.participant_id = participant_id
        self._version: int | None = None
        self._new_name = preferred_name.strip()
        # Possible duplicates the service showed: saving again says this is someone else.
        self.duplicates: list[participants.DuplicateMatch] = []
        self._shown_duplicates: list[participants.DuplicateMatch] = []
        self.used_existing = False
        self.contact_visible = ctx.actor.can(Permission.VIEW_PARTICIPANT_CONTACT)

        left = self.add_column()
        person = self.add_section(left, self.tr("Person"))
        self.preferred_name = person.add("preferred_name", self.tr("Preferred name"), _line_edit())
        self.last_name = person.add(
            "last_name", self.tr("Last name"), _line_edit(), hint=self.tr("An initial is enough.")
        )
        self.phone = person.add("phone", self.tr("Phone"), _line_edit(40))
        self.email = person.add("email", self.tr("E-mail"), _line_edit(254))
        self.status = QComboBox()
        for status in ParticipantStatus:
            self.status.addItem(status.label, status)
        person.add("status", self.tr("Status"), self.status)
        self.intake_date = OptionalDateEdit(self.tr("Known"))
        person.add("intake_date", self.tr("Intake date"), self.intake_date)
        self._person = person

        consent = self.add_section(left, self.tr("Consent"))
        self.consents: dict[str, QCheckBox] = {}
        for name, label, explanation in CONSENTS:
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(0)
            check = QCheckBox(self.tr(label))
            column.addWidget(check)
            explain = theme.hint_label(self.tr(explanation))
            explain.setWordWrap(False)  # one line by design; wrapping would only clip it
            explain.setContentsMargins(24, 0, 0, 0)  # lines up with the checkbox text
            column.addWidget(explain)
            consent.add(name, "", box, span=True)
            self.consents[name] = check

        # Notes go with the contact details: not even an empty box for those who may not.
        self.notes: QPlainTextEdit | None = None
        if self.contact_visible:
            notes = self.add_section(left, self.tr("Notes"))
            self.notes = QPlainTextEdit()
            self.notes.setAccessibleName(self.tr("Notes"))
            self.notes.setTabChangesFocus(True)
            self.notes.setFixedHeight(72)
            notes.add("notes", "", self.notes, span=True)

        if self.read_only:
            self.save_button.hide()
            self.cancel_button.setText(self.tr("Close"))
        self.setMinimumWidth(560)
        self.load()

    def load(self) -> None:
        if self.participant_id is None:
            form = ParticipantForm(preferred_name=self._new_name)
        else:
            # Opening a record is audited, so it is a (small) unit of work, not a plain read.
            with self.ctx.database.session() as session:
                detail = participants.get(session, self.ctx.actor, self.participant_id)
            form = detail.form
            self._version = detail.version
            self.contact_visible = detail.contact_visible
            if not self.read_only:
                self.watch_record("participants", self.participant_id, self._version)
        self.preferred_name.setText(form.preferred_name)
        self.last_name.setText(form.last_name)
        self.phone.setText(form.phone)
        self.email.setText(form.email)
        self.status.setCurrentIndex(self.status.findData(form.status))
        self.intake_date.set_value(form.intake_date)
        self.consents["consent_on_sign_in"].setChecked(form.consent_on_sign_in)
        self.consents["consent_full_last_name"].setChecked(form.consent_full_last_name)
        self.consents["consent_contact"].setChecked(form.consent_contact)
        if self.notes is not None:
            self.notes.setPlainText(form.notes)
        for name in ("phone", "email"):
            self._person.set_visible(name, self.contact_visible)
        if self.read_only:
            edits: list[QLineEdit] = [self.preferred_name, self.last_name, self.phone, self.email]
            for edit in edits:
                edit.setReadOnly(True)
            if self.notes is not None:
                self.notes.setReadOnly(True)
            for widget in (self.status, self.intake_date, *self.consents.values()):
                widget.setEnabled(False)

    def form(self) -> ParticipantForm:
        return ParticipantForm(
            preferred_name=self.preferred_name.text(),
            last_name=self.last_name.text(),
            phone=self.phone.text() if self.contact_visible else "",
            email=self.email.text() if self.contact_visible else "",
            # Combo data comes back as plain text: a StrEnum is stored as a string.
            status=ParticipantStatus(self.status.currentData()),
            intake_date=self.intake_date.value(),
            consent_on_sign_in=self.consents["consent_on_sign_in"].isChecked(),
            consent_full_last_name=self.consents["consent_full_last_name"].isChecked(),
            consent_contact=self.consents["consent_contact"].isChecked(),
            notes=self.notes.toPlainText() if self.notes is not None else "",
        )

    def save(self, session: Session) -> int:
        if self.participant_id is None:
            seen = [m.row.id for m in self._shown_duplicates]
            try:
                detail = participants.create(session, self.ctx.actor, self.form(), seen)
            except participants.PossibleDuplicate as exc:
                self.duplicates = exc.matches
                raise
        else:
            detail = participants.update(
                session, self.ctx.actor, self.participant_id, self.form(), self._version
            )
        return detail.id

    def submit(self) -> None:
        self.duplicates = []
        super().submit()
        if not self.duplicates:
            return
        # Shown: saving again adds a new person; the banner's button takes the one found.
        self._shown_duplicates = self.duplicates
        one = len(self.duplicates) == 1
        self.banner.show_message(
            self.banner.text, tone="info", action=self.tr("Use this record") if one else ""
        )
        self.save_button.setText(self.tr("Add as a new person"))

    def banner_action(self) -> None:
        if len(self._shown_duplicates) == 1:
            self.saved_id = self._shown_duplicates[0].row.id
            self.used_existing = True
            self.accept()
            return
        super().banner_action()
