"""Staff: everyone who works at the center and their logins. Administrators add and change
them; supervisors open their colleagues' records to read them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QPushButton, QWidget

from peercenter.domain.enums import StaffStatus
from peercenter.domain.errors import PeerCenterError
from peercenter.domain.permissions import Permission
from peercenter.services import clock, staff
from peercenter.services.staff import StaffRow
from peercenter.ui import formatting, messages, theme
from peercenter.ui.context import AppContext
from peercenter.ui.screens.base import Screen
from peercenter.ui.screens.staff.dialog import StaffDialog
from peercenter.ui.tables import (
    RIGHT,
    Column,
    RowStyle,
    RowTableModel,
    make_table_view,
    selected_row,
)


@dataclass(frozen=True)
class StaffLine:
    """A staff row with its login state worked out once, when the list was loaded."""

    row: StaffRow
    locked_until: datetime | None

    @property
    def login_state(self) -> str:
        """Only what needs attention; a blank user name already says "no login"."""
        login = self.row.login
        if login is None:
            return ""
        if self.locked_until is not None:
            return f"Locked until {formatting.clock_time(self.locked_until.astimezone())}"
        return "" if login.is_active else "Switched off"


def _line(row: StaffRow, now: datetime) -> StaffLine:
    locked = row.login.locked_until if row.login is not None else None
    return StaffLine(row, locked if locked is not None and locked > now else None)


STAFF_COLUMNS: list[Column[StaffLine]] = [
    Column("Name", lambda s: s.row.name, width=150),
    Column("Roles", lambda s: s.row.roles, width=150),
    Column("Status", lambda s: s.row.status.label),
    Column("Supervisor", lambda s: s.row.supervisor_name, width=130),
    Column(
        "Weekly cap",
        lambda s: formatting.hours(s.row.weekly_hours_cap),
        sort=lambda s: s.row.weekly_hours_cap,
        align=RIGHT,
    ),
    Column(
        "Hire date",
        lambda s: formatting.short_date(s.row.hire_date),
        sort=lambda s: s.row.hire_date,
        width=100,
    ),
    Column("User name", lambda s: s.row.login.username if s.row.login else "", width=100),
    Column("Login role", lambda s: s.row.login.role.label if s.row.login else "", width=110),
    Column("Login", lambda s: s.login_state),
]


LOGIN_COLUMNS = ("User name", "Login role", "Login")


def _style(line: StaffLine) -> RowStyle | None:
    return RowStyle(muted=True) if line.row.status is StaffStatus.INACTIVE else None


class StaffScreen(Screen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.dialog: StaffDialog | None = None
        self.page_layout.addWidget(theme.title_label("Staff"))

        bar = QHBoxLayout()
        self.filter = QLineEdit()
        self.filter.setAccessibleName("Filter staff")
        self.filter.setPlaceholderText("Filter by name, role or user name")
        self.filter.setClearButtonEnabled(True)
        self.filter.setMaximumWidth(320)
        self.show_inactive = QCheckBox("Show inactive")
        self.add_button = QPushButton("Add…")
        self.can_manage = ctx.actor.can(Permission.MANAGE_STAFF)
        self.edit_button = QPushButton("Edit…" if self.can_manage else "Open…")
        self.active_button = QPushButton("Deactivate…")
        self.unlock_button = QPushButton("Unlock login")
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.show_inactive)
        bar.addStretch(1)
        for button in (self.add_button, self.edit_button, self.active_button, self.unlock_button):
            bar.addWidget(button)
        for button in (self.add_button, self.active_button, self.unlock_button):
            button.setVisible(self.can_manage)
        self.page_layout.addLayout(bar)

        self.model: RowTableModel[StaffLine] = RowTableModel(STAFF_COLUMNS, _style, self)
        self.table, self.proxy = make_table_view(self.model, self)
        self.table.setAccessibleName("Staff")
        if not self.can_manage:  # logins are the administrators' business
            for column, spec in enumerate(STAFF_COLUMNS):
                self.table.setColumnHidden(column, spec.title in LOGIN_COLUMNS)
        self.page_layout.addWidget(self.table, 1)
        self.count_label = theme.hint_label("")
        self.page_layout.addWidget(self.count_label)

        self.filter.textChanged.connect(self._filter_changed)
        self.show_inactive.toggled.connect(self.refresh)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.table.activated.connect(self._activated)
        self.active_button.clicked.connect(self.toggle_active)
        self.unlock_button.clicked.connect(self.unlock)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def selected(self) -> StaffLine | None:
        line = selected_row(self.table)
        return line if isinstance(line, StaffLine) else None

    def focus_search(self) -> None:
        """Ctrl+F, from the window."""
        self.filter.setFocus()
        self.filter.selectAll()

    def refresh(self) -> None:
        keep = self.selected()
        with self.ctx.database.reader() as session:
            rows = staff.list_staff(
                session, self.ctx.actor, include_inactive=self.show_inactive.isChecked()
            )
        now = clock.now()
        self.model.set_rows([_line(row, now) for row in rows])
        if keep is not None:
            self.select_id(keep.row.id)
        self._update_counts()
        self._update_buttons()

    def select_id(self, staff_id: int) -> None:
        for proxy_row in range(self.proxy.rowCount()):
            line = self.proxy.row_at(proxy_row)
            if line.row.id == staff_id:
                self.table.selectRow(proxy_row)
                self.table.scrollTo(self.proxy.index(proxy_row, 0))
                return

    def _filter_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self._update_counts()

    def _update_counts(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        text = formatting.plural(total, "staff member")
        self.count_label.setText(text if shown == total else f"{shown} of {text} shown")

    def _update_buttons(self) -> None:
        line = self.selected()
        self.edit_button.setEnabled(line is not None)
        self.active_button.setEnabled(line is not None)
        inactive = line is not None and line.row.status is StaffStatus.INACTIVE
        self.active_button.setText("Reactivate…" if inactive else "Deactivate…")
        self.unlock_button.setEnabled(line is not None and line.locked_until is not None)

    # -- actions ---------------------------------------------------------------------------

    def _activated(self, _index: QModelIndex | QPersistentModelIndex) -> None:
        self.edit()

    def add(self) -> None:
        self._open_dialog(None)

    def edit(self) -> None:
        line = self.selected()
        if line is not None:
            self._open_dialog(line.row.id)

    def _open_dialog(self, staff_id: int | None) -> None:
        try:
            dialog = StaffDialog(self.ctx, staff_id, self)
        except PeerCenterError as exc:  # refused, or the record has gone meanwhile
            messages.show_error(self, exc)
            self.refresh()
            return
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.open()

    def _saved(self, dialog: StaffDialog) -> None:
        self.refresh()
        if dialog.saved_id is not None:
            self.select_id(dialog.saved_id)

    def toggle_active(self) -> None:
        line = self.selected()
        if line is None:
            return
        row = line.row
        reactivate = row.status is StaffStatus.INACTIVE
        if reactivate:
            question = (
                f"Reactivate {row.name}?\n\nTheir login (if they have one) can be used again."
            )
        else:
            question = (
                f"Deactivate {row.name}?\n\nTheir records are kept and their login "
                "is switched off. You can reactivate them later."
            )
        verb = "Reactivate" if reactivate else "Deactivate"
        if not messages.confirm(self, f"{verb} staff member", question, verb):
            return
        with messages.reporting_errors(self), self.ctx.database.session() as session:
            staff.set_active(session, self.ctx.actor, row.id, reactivate, row.version)
        self.refresh()

    def unlock(self) -> None:
        line = self.selected()
        if line is None:
            return
        with messages.reporting_errors(self), self.ctx.database.session() as session:
            staff.unlock_login(session, self.ctx.actor, line.row.id)
        self.refresh()
