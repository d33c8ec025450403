"""Credential programs: the list, the selected program's requirements, and the center's own
programs added, edited, copied and switched off."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QLabel, QSplitter, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from peercenter.domain.credentials.program import RequirementSpec
from peercenter.domain.permissions import Permission
from peercenter.services.credentials import programs
from peercenter.services.credentials.programs import ProgramRow
from peercenter.ui import formatting, messages, theme
from peercenter.ui.context import AppContext
from peercenter.ui.screens.list_screen import ListScreen
from peercenter.ui.screens.programs.dialog import REQUIREMENT_COLUMNS, ProgramDialog
from peercenter.ui.tables import RIGHT, Column, RowStyle, RowTableModel, make_table_view

COLUMNS: list[Column[ProgramRow]] = [
    Column("Program", lambda p: p.name, tooltip=lambda p: p.name, width=260),
    Column("Issued by", lambda p: p.issuer, tooltip=lambda p: p.issuer, width=200),
    Column("Kind", lambda p: "Shipped" if p.is_builtin else "Center's own", width=100),
    Column("Enrolled", lambda p: str(p.enrolled), sort=lambda p: p.enrolled, align=RIGHT, width=70),
    Column("State", lambda p: "" if p.is_active else "Switched off", stretch=True),
]


def ask_name(parent: QWidget, suggested: str) -> str:
    """The name of a copy; "" when cancelled. Replaced in tests."""
    name, ok = QInputDialog.getText(parent, "Copy program", "Name of the copy:", text=suggested)
    return name if ok else ""


class ProgramsScreen(ListScreen[ProgramRow]):
    title = "Credential programs"
    noun = ("program", None)
    columns = COLUMNS
    edit_permission = Permission.MANAGE_CREDENTIAL_PROGRAMS
    inactive_label = "Show switched-off programs"
    select_first = True

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.show_off = self.show_inactive
        self.copy_button = self.row_button("Copy…", self.copy)
        self.active_button = self.row_button(
            "Switch off…",
            self.toggle_active,
            when=lambda p: not p.is_builtin,
            label=lambda p: "Switch on…" if p is not None and not p.is_active else "Switch off…",
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
            REQUIREMENT_COLUMNS, None, self
        )
        self.req_table, _ = make_table_view(self.req_model, self)
        self.req_table.setSortingEnabled(False)
        self.req_table.setAccessibleName("Requirements of the selected program")
        for widget in (self.detail_title, self.detail_text, self.detail_source):
            detail_layout.addWidget(widget)
        detail_layout.addWidget(self.req_table, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        self.page_layout.replaceWidget(self.table, split)
        split.addWidget(self.table)
        split.addWidget(detail)
        split.setSizes([220, 420])
        self.update_buttons()

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
            "Shipped programs follow their board; copy one to adapt it." if builtin else ""
        )
        if row is None:
            self.detail_title.setText("")
            self.detail_text.setText("")
            self.detail_source.setText("")
            self.req_model.set_rows([])
            return
        spec = row.spec
        renew = (
            f"Renews every {spec.renewal_months} months."
            if spec.renewal_months
            else "Does not renew."
        )
        self.detail_title.setText(spec.name)
        self.detail_text.setText(f"{spec.description}\n\n{renew}".strip())
        self.detail_source.setText(f"Source: {spec.source}" if spec.source else "")
        self.req_model.set_rows(spec.requirements)

    def copy(self, row: ProgramRow) -> None:
        name = ask_name(self, f"{row.name} (our center)")
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
            f"Switch {row.name} back on?"
            if turn_on
            else f"Switch off {row.name}?\n\nNobody new can be enrolled in it; "
            f"{formatting.plural(row.enrolled, 'person', 'people')} already enrolled "
            "keep it."
        )
        verb = "Switch on" if turn_on else "Switch off"
        if messages.confirm(self, verb, text, verb):
            self.change(lambda s: programs.set_active(s, self.ctx.actor, row.id, turn_on))
