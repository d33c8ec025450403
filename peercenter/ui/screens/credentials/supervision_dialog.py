"""Log or edit a supervision session: who supervised whom, when, how long, individually or in
a group, the domains covered, and notes only supervisors and administrators read."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QLineEdit, QListView, QPlainTextEdit, QSpinBox, QWidget
from sqlalchemy.orm import Session

from peercenter.domain.enums import SupervisionFormat
from peercenter.domain.permissions import Permission
from peercenter.services import staff
from peercenter.services.credentials import programs, supervision
from peercenter.services.credentials.access import people_choices
from peercenter.services.credentials.supervision import SupervisionForm, SupervisionRow
from peercenter.ui.context import AppContext
from peercenter.ui.language import QT_TRANSLATE_NOOP
from peercenter.ui.widgets.optional_date import date_edit, from_qdate, to_qdate
from peercenter.ui.widgets.record_dialog import RecordDialog

FORMAT_LABELS = {
    SupervisionFormat.INDIVIDUAL: QT_TRANSLATE_NOOP("SupervisionDialog", "Individual"),
    SupervisionFormat.GROUP: QT_TRANSLATE_NOOP("SupervisionDialog", "Group"),
}


def format_label(value: SupervisionFormat) -> str:
    """Individual or group supervision, in the window's language."""
    return QCoreApplication.translate("SupervisionDialog", FORMAT_LABELS[value])


def _checklist(height: int) -> tuple[QListView, QStandardItemModel]:
    view = QListView()
    model = QStandardItemModel(view)
    view.setModel(model)
    view.setFixedHeight(height)
    return view, model


def _checked(model: QStandardItemModel) -> list[object]:
    return [
        model.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(model.rowCount())
        if model.item(i).checkState() == Qt.CheckState.Checked
    ]


class SupervisionDialog(RecordDialog):
    def __init__(
        self,
        ctx: AppContext,
        row: SupervisionRow | None,
        for_staff: int | None,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, "", parent)
        self.setWindowTitle(
            self.tr("Log supervision") if row is None else self.tr("Edit supervision")
        )
        self.row = row
        self.for_staff = for_staff
        left = self.add_column()
        fields = self.add_section(left, self.tr("Supervision"))
        self.supervisor = QComboBox()
        fields.add("supervisor_id", self.tr("Supervisor"), self.supervisor)
        self.supervisees, self.supervisee_model = _checklist(120)
        fields.add(
            "supervisee_ids",
            self.tr("Supervisees"),
            self.supervisees,
            hint=self.tr("Tick one person for individual supervision, several for a group."),
        )
        self.held_on = date_edit()
        self.held_on.setDate(to_qdate(today))
        fields.add("held_on", self.tr("Date"), self.held_on)
        self.minutes = QSpinBox()
        self.minutes.setRange(5, 600)
        self.minutes.setSingleStep(15)
        self.minutes.setValue(60)
        self.minutes.setSuffix(self.tr(" min"))
        fields.add("minutes", self.tr("Length"), self.minutes)
        self.format = QComboBox()
        for value in FORMAT_LABELS:
            self.format.addItem(format_label(value), value)
        fields.add("format", self.tr("Format"), self.format)

        right = self.add_column()
        content = self.add_section(right, self.tr("What was covered"))
        self.domains, self.domain_model = _checklist(110)
        content.add("domains", self.tr("Domains"), self.domains)
        self.other_domains = QLineEdit()
        self.other_domains.setPlaceholderText(self.tr("Other domains, separated by commas"))
        self.other_domains.setAccessibleName(self.tr("Other domains"))
        content.add("other_domains", "", self.other_domains)
        self.topics = QPlainTextEdit()
        self.topics.setTabChangesFocus(True)
        self.topics.setFixedHeight(64)
        content.add("topics", self.tr("Topics"), self.topics)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(90)
        content.add(
            "confidential_notes",
            self.tr("Confidential notes"),
            self.notes,
            hint=self.tr("Only supervisors and administrators read these, never the supervisee."),
        )
        left.addStretch(1)
        right.addStretch(1)
        self.supervisee_model.itemChanged.connect(self._guess_format)
        self.setMinimumWidth(860)
        self.load()

    def load(self) -> None:
        actor = self.ctx.actor
        with self.ctx.database.reader() as session:
            supervisors = staff.supervisor_choices(session, actor)
            people = [p for p in people_choices(session, actor) if p.active]
            domains = programs.known_domains(session)
        row = self.row
        self.supervisor.clear()
        for supervisor_id, name in supervisors:
            if actor.can(Permission.VIEW_TRAINING_ALL) or supervisor_id == actor.staff_id:
                self.supervisor.addItem(name, supervisor_id)
        wanted = row.supervisor_id if row else actor.staff_id
        self.supervisor.setCurrentIndex(max(0, self.supervisor.findData(wanted)))
        chosen = set(row.supervisee_ids) if row else {self.for_staff}
        self.supervisee_model.clear()
        for person in people:
            if person.id == actor.staff_id:
                continue
            item = QStandardItem(person.name)
            item.setData(person.id, Qt.ItemDataRole.UserRole)
            item.setCheckable(True)
            item.setEditable(False)
            item.setCheckState(
                Qt.CheckState.Checked if person.id in chosen else Qt.CheckState.Unchecked
            )
            self.supervisee_model.appendRow(item)
        covered = {d.casefold(): d for d in (row.domains if row else ())}
        self.domain_model.clear()
        for domain in domains:
            item = QStandardItem(domain)
            item.setData(domain, Qt.ItemDataRole.UserRole)
            item.setCheckable(True)
            item.setEditable(False)
            item.setCheckState(
                Qt.CheckState.Checked
                if covered.pop(domain.casefold(), None)
                else Qt.CheckState.Unchecked
            )
            self.domain_model.appendRow(item)
        self.other_domains.setText(", ".join(covered.values()))
        if row is not None:
            self.held_on.setDate(to_qdate(row.held_on))
            self.minutes.setValue(row.minutes)
            self.format.setCurrentIndex(self.format.findData(row.format))
            self.topics.setPlainText(row.topics)
            self.notes.setPlainText(row.confidential_notes or "")

    def _guess_format(self) -> None:
        many = len(_checked(self.supervisee_model)) > 1
        self.format.setCurrentIndex(
            self.format.findData(SupervisionFormat.GROUP if many else SupervisionFormat.INDIVIDUAL)
        )

    def form(self) -> SupervisionForm:
        others = [d.strip() for d in self.other_domains.text().split(",") if d.strip()]
        domains = [str(d) for d in _checked(self.domain_model)] + others
        supervisor = self.supervisor.currentData()
        return SupervisionForm(
            supervisor_id=int(supervisor) if supervisor is not None else 0,
            supervisee_ids=tuple(int(str(i)) for i in _checked(self.supervisee_model)),
            held_on=from_qdate(self.held_on.date()),
            minutes=self.minutes.value(),
            format=SupervisionFormat(self.format.currentData()),
            domains=tuple(domains),
            topics=self.topics.toPlainText(),
            confidential_notes=self.notes.toPlainText(),
        )

    def save(self, session: Session) -> int:
        if self.row is None:
            return supervision.log_supervision(session, self.ctx.actor, self.form()).id
        return supervision.update_supervision(
            session, self.ctx.actor, self.row.id, self.form(), self.row.version
        ).id
