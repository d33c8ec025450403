"""Credential programs: the list, the selected program's requirements, and the center's own
programs added, edited, copied and switched off."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from peercenter.domain.credentials.program import RequirementSpec
from peercenter.domain.errors import PeerCenterError
from peercenter.services.credentials import programs
from peercenter.services.credentials.programs import ProgramRow
from peercenter.ui import formatting, messages, theme
from peercenter.ui.context import AppContext
from peercenter.ui.screens.base import Screen
from peercenter.ui.screens.programs.dialog import REQUIREMENT_COLUMNS, ProgramDialog
from peercenter.ui.tables import (
    RIGHT,
    Column,
    RowStyle,
    RowTableModel,
    make_table_view,
    selected_row,
)

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


class ProgramsScreen(Screen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.dialog: ProgramDialog | None = None
        self.page_layout.addWidget(theme.title_label("Credential programs"))
        bar = QHBoxLayout()
        self.show_off = QCheckBox("Show switched-off programs")
        self.add_button = QPushButton("Add…")
        self.edit_button = QPushButton("Edit…")
        self.copy_button = QPushButton("Copy…")
        self.active_button = QPushButton("Switch off…")
        bar.addWidget(self.show_off)
        bar.addStretch(1)
        for button in (self.add_button, self.edit_button, self.copy_button, self.active_button):
            bar.addWidget(button)
        self.page_layout.addLayout(bar)

        self.model: RowTableModel[ProgramRow] = RowTableModel(
            COLUMNS, lambda p: None if p.is_active else RowStyle(muted=True), self
        )
        self.table, self.proxy = make_table_view(self.model, self)
        self.table.setAccessibleName("Credential programs")
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
        split.addWidget(self.table)
        split.addWidget(detail)
        split.setSizes([220, 420])
        self.page_layout.addWidget(split, 1)

        self.show_off.toggled.connect(self.refresh)
        self.add_button.clicked.connect(lambda: self._open(None))
        self.edit_button.clicked.connect(self.edit)
        self.table.activated.connect(lambda _index: self.edit())
        self.copy_button.clicked.connect(self.copy)
        self.active_button.clicked.connect(self.toggle_active)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._selection_changed()

    def refresh(self) -> None:
        keep = self.selected()
        with self.ctx.database.reader() as session:
            rows = programs.list_programs(
                session, self.ctx.actor, include_inactive=self.show_off.isChecked()
            )
        self.model.set_rows(rows)
        self.select_id(keep.id if keep else (rows[0].id if rows else None))

    def selected(self) -> ProgramRow | None:
        row = selected_row(self.table)
        return row if isinstance(row, ProgramRow) else None

    def select_id(self, program_id: int | None) -> None:
        for proxy_row in range(self.proxy.rowCount()):
            if self.proxy.row_at(proxy_row).id == program_id:
                self.table.selectRow(proxy_row)
                return
        self._selection_changed()

    def _selection_changed(self) -> None:
        row = self.selected()
        self.edit_button.setEnabled(row is not None and not row.is_builtin)
        self.edit_button.setToolTip(
            "Shipped programs follow their board; copy one to adapt it."
            if row is not None and row.is_builtin
            else ""
        )
        self.copy_button.setEnabled(row is not None)
        self.active_button.setEnabled(row is not None and not row.is_builtin)
        self.active_button.setText(
            "Switch on…" if row is not None and not row.is_active else "Switch off…"
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

    def edit(self) -> None:
        row = self.selected()
        if row is not None and not row.is_builtin:
            self._open(row.id)

    def _open(self, program_id: int | None) -> None:
        try:
            dialog = ProgramDialog(self.ctx, program_id, self)
        except PeerCenterError as exc:
            messages.show_error(self, exc)
            return
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.open()

    def _saved(self, dialog: ProgramDialog) -> None:
        self.refresh()
        self.select_id(dialog.saved_id)

    def copy(self) -> None:
        row = self.selected()
        if row is None:
            return
        name = ask_name(self, f"{row.name} (our center)")
        if not name:
            return
        copied = None
        with messages.reporting_errors(self), self.ctx.database.session() as session:
            copied = programs.copy_program(session, self.ctx.actor, row.id, name)
        self.refresh()
        if copied is not None:
            self.select_id(copied.id)

    def toggle_active(self) -> None:
        row = self.selected()
        if row is None:
            return
        turn_on = not row.is_active
        text = (
            f"Switch {row.name} back on?"
            if turn_on
            else f"Switch off {row.name}?\n\nNobody new can be enrolled in it; "
            f"{formatting.plural(row.enrolled, 'person', 'people')} already enrolled "
            "keep it."
        )
        verb = "Switch on" if turn_on else "Switch off"
        if not messages.confirm(self, verb, text, verb):
            return
        with messages.reporting_errors(self), self.ctx.database.session() as session:
            programs.set_active(session, self.ctx.actor, row.id, turn_on)
        self.refresh()
