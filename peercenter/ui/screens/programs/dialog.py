"""Add or edit one of the center's own credential programs."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

import peercenter.ui.screens.programs.describe as describe
from peercenter.domain.credentials.program import (
    ProgramDefinitionError,
    ProgramSpec,
    RequirementSpec,
)
from peercenter.domain.errors import ValidationError
from peercenter.services.credentials import programs
from peercenter.ui.context import AppContext
from peercenter.ui.language import QT_TRANSLATE_NOOP
from peercenter.ui.screens.programs.requirement_dialog import RequirementDialog, months_box
from peercenter.ui.tables import Column, RowTableModel, make_table_view, selected_row
from peercenter.ui.widgets.record_dialog import RecordDialog


def requirement_columns() -> list[Column[RequirementSpec]]:
    """The columns of a program's requirements, titled in the window's language."""
    return [
        Column(
            QCoreApplication.translate("ProgramDialog", "Requirement"), lambda r: r.name, width=190
        ),
        Column(QCoreApplication.translate("ProgramDialog", "Kind"), describe.kind, width=170),
        Column(QCoreApplication.translate("ProgramDialog", "Amount"), describe.amount, width=90),
        Column(QCoreApplication.translate("ProgramDialog", "When"), describe.phase, width=120),
        Column(
            QCoreApplication.translate("ProgramDialog", "Domains"),
            lambda r: ", ".join(r.domains),
            width=150,
        ),
        Column(
            QCoreApplication.translate("ProgramDialog", "Limits"),
            describe.limits,
            tooltip=describe.limits,
            stretch=True,
        ),
    ]


_REQUIREMENT_FIELD = re.compile(r"^requirement\[(\d+)\]\.?(.*)$")
_LABELS = {
    "name": QT_TRANSLATE_NOOP("ProgramDialog", "The name"),
    "issuer": QT_TRANSLATE_NOOP("ProgramDialog", "Issued by"),
    "source": QT_TRANSLATE_NOOP("ProgramDialog", "The source"),
    "description": QT_TRANSLATE_NOOP("ProgramDialog", "The description"),
    "renewal_months": QT_TRANSLATE_NOOP("ProgramDialog", "The renewal cycle"),
    "initial_period_months": QT_TRANSLATE_NOOP("ProgramDialog", "The initial period"),
}


class ProgramDialog(RecordDialog):
    def __init__(
        self, ctx: AppContext, program_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, "", parent)
        self.setWindowTitle(
            self.tr("Add credential program")
            if program_id is None
            else self.tr("Edit credential program")
        )
        self.program_id = program_id
        self._version: int | None = None
        self._domains: list[str] = []
        self.requirement_dialog: RequirementDialog | None = None
        left = self.add_column()
        fields = self.add_section(left, self.tr("Program"))
        self.name = fields.add("name", self.tr("Name"), QLineEdit())
        self.issuer = fields.add("issuer", self.tr("Issued by"), QLineEdit())
        self.source = fields.add(
            "source",
            self.tr("Source"),
            QLineEdit(),
            hint=self.tr("Where the rules come from: a web page, a handbook."),
        )
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(80)
        fields.add("description", self.tr("Description"), self.description)
        self.renewal = months_box(self.tr("Does not renew"))
        fields.add("renewal_months", self.tr("Renewal cycle"), self.renewal)
        self.initial = months_box(self.tr("None"))
        fields.add(
            "initial_period_months",
            self.tr("Initial period"),
            self.initial,
            hint=self.tr(
                "How long an initial certification lasts, if the rules say "
                "(supervision rules may differ during it)."
            ),
        )
        left.addStretch(1)

        right = self.add_column()
        reqs = self.add_section(right, self.tr("Requirements"))
        box = QWidget()
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        self.req_model: RowTableModel[RequirementSpec] = RowTableModel(
            requirement_columns(), None, self
        )
        self.req_table, self.req_proxy = make_table_view(self.req_model, self)
        self.req_table.setSortingEnabled(False)  # the order is the program's own
        self.req_table.setAccessibleName(self.tr("Requirements"))
        self.req_table.setMinimumSize(660, 240)
        box_layout.addWidget(self.req_table)
        buttons = QHBoxLayout()
        self.add_req = QPushButton(self.tr("Add…"))
        self.edit_req = QPushButton(self.tr("Edit…"))
        self.remove_req = QPushButton(self.tr("Remove"))
        self.up_req = QPushButton(self.tr("Move up"))
        self.down_req = QPushButton(self.tr("Move down"))
        for button in (self.add_req, self.edit_req, self.remove_req, self.up_req, self.down_req):
            buttons.addWidget(button)
        buttons.addStretch(1)
        box_layout.addLayout(buttons)
        reqs.add("requirements", "", box, span=True)
        self.add_req.clicked.connect(lambda: self.open_requirement(None))
        self.edit_req.clicked.connect(self.edit_requirement)
        self.req_table.activated.connect(lambda _index: self.edit_requirement())
        self.remove_req.clicked.connect(self.remove_requirement)
        self.up_req.clicked.connect(lambda: self.move_requirement(-1))
        self.down_req.clicked.connect(lambda: self.move_requirement(1))
        self.setMinimumWidth(1120)
        self.load()

    def load(self) -> None:
        with self.ctx.database.reader() as session:
            self._domains = programs.known_domains(session)
            row = (
                programs.get_program(session, self.ctx.actor, self.program_id)
                if self.program_id is not None
                else None
            )
        if row is None:
            return
        spec = row.spec
        self._version = row.version
        self.name.setText(spec.name)
        self.issuer.setText(spec.issuer)
        self.source.setText(spec.source)
        self.description.setPlainText(spec.description)
        self.renewal.setValue(spec.renewal_months or 0)
        self.initial.setValue(spec.initial_period_months or 0)
        self.req_model.set_rows(spec.requirements)

    # -- requirements ----------------------------------------------------------------------

    def _selected_index(self) -> int | None:
        row = selected_row(self.req_table)
        return self.req_model.rows.index(row) if isinstance(row, RequirementSpec) else None

    def open_requirement(self, index: int | None) -> None:
        current = self.req_model.rows[index] if index is not None else None
        dialog = RequirementDialog(current, self._domains, self)
        self.requirement_dialog = dialog
        dialog.accepted.connect(lambda: self._requirement_done(dialog, index))
        dialog.open()

    def _requirement_done(self, dialog: RequirementDialog, index: int | None) -> None:
        if dialog.result_spec is None:
            return
        rows = self.req_model.rows
        if index is None:
            rows.append(dialog.result_spec)
            index = len(rows) - 1
        else:
            rows[index] = dialog.result_spec
        self.req_model.set_rows(rows)
        self.req_table.selectRow(index)

    def edit_requirement(self) -> None:
        index = self._selected_index()
        if index is not None:
            self.open_requirement(index)

    def remove_requirement(self) -> None:
        index = self._selected_index()
        if index is not None:
            rows = self.req_model.rows
            del rows[index]
            self.req_model.set_rows(rows)

    def move_requirement(self, step: int) -> None:
        index = self._selected_index()
        rows = self.req_model.rows
        if index is None or not 0 <= index + step < len(rows):
            return
        rows[index], rows[index + step] = rows[index + step], rows[index]
        self.req_model.set_rows(rows)
        self.req_table.selectRow(index + step)

    # -- saving ----------------------------------------------------------------------------

    def form(self) -> ProgramSpec:
        return ProgramSpec(
            code="",
            name=self.name.text(),
            issuer=self.issuer.text(),
            source=self.source.text(),
            description=self.description.toPlainText(),
            renewal_months=self.renewal.value() or None,
            initial_period_months=self.initial.value() or None,
            requirements=tuple(self.req_model.rows),
        )

    def save(self, session: Session) -> int:
        try:
            if self.program_id is None:
                return programs.create_program(session, self.ctx.actor, self.form()).id
            return programs.update_program(
                session, self.ctx.actor, self.program_id, self.form(), self._version
            ).id
        except ProgramDefinitionError as exc:
            raise self._in_words(exc) from None

    def _in_words(self, exc: ProgramDefinitionError) -> ValidationError:
        """'Program editor: requirement[2].hours: ...' as the person sees the form."""
        field = next(iter(exc.field_errors), "")
        match = _REQUIREMENT_FIELD.match(field)
        if field == "requirement":
            return ValidationError(self.tr("Add at least one requirement."), field="requirements")
        if match is None:
            label = (
                self.tr(_LABELS[field])
                if field in _LABELS
                else field.replace("_", " ").capitalize()
            )
            return ValidationError(
                self.tr("{field} {problem}.").format(field=label, problem=exc.problem),
                field=field,
            )
        number = int(match.group(1))
        rows = self.req_model.rows
        name = rows[number - 1].name if 0 < number <= len(rows) else ""
        what = (
            self.tr("Requirement {number} ({name})").format(number=number, name=name)
            if name
            else self.tr("Requirement {number}").format(number=number)
        )
        detail = match.group(2).replace("_", " ")
        text = (
            self.tr("{requirement}: {detail}: {problem}.")
            if detail
            else self.tr("{requirement}: {problem}.")
        )
        return ValidationError(
            text.format(requirement=what, detail=detail, problem=exc.problem),
            field="requirements",
        )
