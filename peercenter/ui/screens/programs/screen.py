"""Credential programs: the list, the selected program's requirements, and the center's own
programs added, edited, copied and switched off."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QInputDialog, QLabel, QSplitter, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from peercenter.domain.credentials.program import RequirementSpec
from peercenter.domain.permissions import Permission
from peercenter.services.credentials import programs
from peercenter.services.credentials.programs import ProgramRow
from peercenter.ui import messages, theme
from peercenter.ui.context import AppContext
from peercenter.ui.language import QT_TRANSLATE_NOOP
from peercenter.ui.screens.list_screen import ListScreen
from peercenter.ui.screens.programs.dialog import ProgramDialog, requirement_columns
from peercenter.ui.tables import RIGHT, Column, RowStyle, RowTableModel, make_table_view


def program_columns() -> list[Column[ProgramRow]]:
    """The columns, titled in the window's language."""
    shipped = QCoreApplication.translate("ProgramsScreen", "Shipped")
    own = QCoreApplication.translate("ProgramsScreen", "Center's own")
    off = QCoreApplication.translate("ProgramsScreen", "Switched off")
    return [
        Column(
            QCoreApplication.translate("ProgramsScreen", "Program"),
            lambda p: p.name,
            tooltip=lambda p: p.name,
            width=260,
        ),
        Column(
            QCoreApplication.translate("ProgramsScreen", "Issued by"),
            lambda p: p.issuer,
            tooltip=lambda p: p.issuer,
            width=200,
        ),
        Column(
            QCoreApplication.translate("ProgramsScreen", "Kind"),
            lambda p: shipped if p.is_builtin else own,
            width=100,
        ),
        Column(
            QCoreApplication.translate("ProgramsScreen", "Enrolled"),
            lambda p: str(p.enrolled),
            sort=lambda p: p.enrolled,
            align=RIGHT,
            width=70,
        ),
        Column(
            QCoreApplication.translate("ProgramsScreen", "State"),
            lambda p: "" if p.is_active else off,
            stretch=True,
        ),
    ]


def ask_name(parent: QWidget, suggested: str) -> str:
    """The name of a copy; "" when cancelled. Replaced in tests."""
    name, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("ProgramsScreen", "Copy program"),
        QCoreApplication.translate("ProgramsScreen", "Name of the copy:"),
        text=suggested,
    )
    return name if ok else ""


class ProgramsScreen(ListScreen[ProgramRow]):
    title = QT_TRANSLATE_NOOP("ProgramsScreen", "Credential programs")
    columns = ()
    edit_permission = Permission.MANAGE_CREDENTIAL_PROGRAMS
    inactive_label = QT_TRANSLATE_NOOP("ProgramsScreen", "Show switched-off programs")
    select_first = True

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.show_off = self.show_inactive
        self.copy_button = self.row_button(self.tr("Copy…"), self.copy)
        self.active_button = self.row_button(
            self.tr("Switch off…"),
            self.toggle_active,
            when=lambda p: not p.is_builtin,
            label=lambda p: (
                self.tr("Switch on…")
                if p is not None and not p.is_active
                else self.tr("Switch off…")
            ),
        )

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(12, 0, 0, 0)
        self.detail_title = theme.section_label("")
        self.detail_text = QLabel()
        self.detail_text.setWordWrap(True)
        self.detail_text.setTextFormat(Qt.TextFormat.PlainText)
        self.detail_source = theme.hint_label("")
        self.detail_source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.req_model: RowTableModel[RequirementSpec] = RowTableModel(
            requirement_columns(), None, self
        )
        self.req_table, _ = make_table_view(self.req_model, self)
        self.req_table.setSortingEnabled(False)
        self.req_table.setAccessibleName(self.tr("Requirements of the selected program"))
        for widget in (self.detail_title, self.detail_text, self.detail_source):
            detail_layout.addWidget(widget)
        detail_layout.addWidget(self.req_table, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        self.page_layout.replaceWidget(self.table, split)
        split.addWidget(self.table)
        split.addWidget(detail)
        split.setSizes([220, 420])
        self.update_buttons()

    def table_columns(self) -> list[Column[ProgramRow]]:
        return program_columns()

    def count_words(self, count: int) -> str:
        return self.tr("%n program(s)", "", count)

    def load(self, session: Session) -> list[ProgramRow]:
        return programs.list_programs(
            session, self.ctx.actor, include_inactive=self.include_inactive
        )

    def row_style(self, p: ProgramRow) -> RowStyle | None:
        return None if p.is_active else RowStyle(muted=True)

    def make_dialog(self, row: ProgramRow | None) -> ProgramDialog:
        return ProgramDialog(self.ctx, row.id if row is not None else None, self)

    def open_row(self, row: ProgramRow) -> None:
        if not row.is_builtin:
            super().open_row(row)

    def selection_changed(self, row: ProgramRow | None) -> None:
        builtin = row is not None and row.is_builtin
        self.edit_button.setEnabled(row is not None and not builtin)
        self.edit_button.setToolTip(
            self.tr("Shipped programs follow their board; copy one to adapt it.") if builtin else ""
        )
        if row is None:
            self.detail_title.setText("")
            self.detail_text.setText("")
            self.detail_source.setText("")
            self.req_model.set_rows([])
            return
        spec = row.spec
        renew = (
            self.tr("Renews every %n month(s).", "", spec.renewal_months)
            if spec.renewal_months
            else self.tr("Does not renew.")
        )
        self.detail_title.setText(spec.name)
        self.detail_text.setText(f"{spec.description}\n\n{renew}".strip())
        self.detail_source.setText(
            self.tr("Source: {source}").format(source=spec.source) if spec.source else ""
        )
        self.req_model.set_rows(spec.requirements)

    def copy(self, row: ProgramRow) -> None:
        name = ask_name(self, self.tr("{program} (our center)").format(program=row.name))
        if not name:
            return
        copied = None
        with messages.reporting_errors(self), self.ctx.database.session() as session:
            copied = programs.copy_program(session, self.ctx.actor, row.id, name)
        self.refresh()
        if copied is not None:
            self.select_id(copied.id)

    def toggle_active(self, row: ProgramRow) -> None:
        turn_on = not row.is_active
        text = (
            self.tr("Switch {program} back on?").format(program=row.name)
            if turn_on
            else self.tr(
                "Switch off {program}?\n\nNobody new can be enrolled in it; "
                "%n person(s) already enrolled keep it.",
                "",
                row.enrolled,
            ).format(program=row.name)
        )
        verb = self.tr("Switch on") if turn_on else self.tr("Switch off")
        if messages.confirm(self, verb, text, verb):
            self.change(lambda s: programs.set_active(s, self.ctx.actor, row.id, turn_on))
