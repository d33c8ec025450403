"""Staff: everyone who works at the center and their logins. Administrators add and change
them; supervisors open their colleagues' records to read them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from peercenter.domain.enums import StaffStatus
from peercenter.domain.permissions import Permission
from peercenter.services import clock, staff
from peercenter.services.staff import StaffRow
from peercenter.ui import formatting, messages
from peercenter.ui.context import AppContext
from peercenter.ui.language import QT_TRANSLATE_NOOP
from peercenter.ui.screens.list_screen import ListScreen
from peercenter.ui.screens.staff.dialog import StaffDialog
from peercenter.ui.tables import RIGHT, Column, RowStyle


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
            return QCoreApplication.translate("StaffScreen", "Locked until {time}").format(
                time=formatting.clock_time(self.locked_until.astimezone())
            )
        return "" if login.is_active else QCoreApplication.translate("StaffScreen", "Switched off")


def _line(row: StaffRow, now: datetime) -> StaffLine:
    locked = row.login.locked_until if row.login is not None else None
    return StaffLine(row, locked if locked is not None and locked > now else None)


LOGIN_COLUMNS = 3  # the last three columns: the login's, shown to administrators only


def staff_columns() -> list[Column[StaffLine]]:
    """The columns, titled in the window's language."""
    return [
        Column(QCoreApplication.translate("StaffScreen", "Name"), lambda s: s.row.name, width=150),
        # As wide as its words (the list scrolls sideways when the window is narrow): a
        # column that only takes the room left over shrank to "Especia…" in Spanish.
        Column(
            QCoreApplication.translate("StaffScreen", "Roles"),
            lambda s: s.row.roles,
            tooltip=lambda s: s.row.roles,
        ),
        Column(QCoreApplication.translate("StaffScreen", "Status"), lambda s: s.row.status.label),
        Column(
            QCoreApplication.translate("StaffScreen", "Supervisor"),
            lambda s: s.row.supervisor_name,
            width=130,
        ),
        Column(
            QCoreApplication.translate("StaffScreen", "Weekly cap"),
            lambda s: formatting.hours(s.row.weekly_hours_cap),
            sort=lambda s: s.row.weekly_hours_cap,
            align=RIGHT,
        ),
        Column(
            QCoreApplication.translate("StaffScreen", "Hire date"),
            lambda s: formatting.short_date(s.row.hire_date),
            sort=lambda s: s.row.hire_date,
            width=100,
        ),
        Column(
            QCoreApplication.translate("StaffScreen", "User name"),
            lambda s: s.row.login.username if s.row.login else "",
            width=100,
        ),
        Column(
            QCoreApplication.translate("StaffScreen", "Login role"),
            lambda s: s.row.login.role.label if s.row.login else "",
            width=110,
        ),
        Column(QCoreApplication.translate("StaffScreen", "Login"), lambda s: s.login_state),
    ]


class StaffScreen(ListScreen[StaffLine]):
    title = QT_TRANSLATE_NOOP("StaffScreen", "Staff")
    columns = ()
    edit_permission = Permission.MANAGE_STAFF
    search_hint = QT_TRANSLATE_NOOP("StaffScreen", "Filter by name, role or user name")
    inactive_label = QT_TRANSLATE_NOOP("StaffScreen", "Show inactive")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.active_button = self.row_button(
            self.tr("Deactivate…"),
            self.toggle_active,
            label=lambda line: (
                self.tr("Reactivate…")
                if line is not None and line.row.status is StaffStatus.INACTIVE
                else self.tr("Deactivate…")
            ),
            visible=self.can_edit,
        )
        self.unlock_button = self.row_button(
            self.tr("Unlock login"),
            self.unlock,
            when=lambda line: line.locked_until is not None,
            visible=self.can_edit,
        )
        if not self.can_edit:  # logins are the administrators' business
            total = self.model.columnCount()
            for column in range(total - LOGIN_COLUMNS, total):
                self.table.setColumnHidden(column, True)

    def table_columns(self) -> list[Column[StaffLine]]:
        return staff_columns()

    def count_words(self, count: int) -> str:
        return self.tr("%n staff member(s)", "", count)

    def load(self, session: Session) -> list[StaffLine]:
        rows = staff.list_staff(session, self.ctx.actor, include_inactive=self.include_inactive)
        now = clock.now()
        return [_line(row, now) for row in rows]

    def row_id(self, line: StaffLine) -> int:
        return line.row.id

    def row_style(self, line: StaffLine) -> RowStyle | None:
        return RowStyle(muted=True) if line.row.status is StaffStatus.INACTIVE else None

    def make_dialog(self, line: StaffLine | None) -> StaffDialog:
        return StaffDialog(self.ctx, line.row.id if line is not None else None, self)

    def toggle_active(self, line: StaffLine) -> None:
        row = line.row
        reactivate = row.status is StaffStatus.INACTIVE
        if reactivate:
            title = self.tr("Reactivate staff member")
            question = self.tr(
                "Reactivate {name}?\n\nTheir login (if they have one) can be used again."
            ).format(name=row.name)
            verb = self.tr("Reactivate")
        else:
            title = self.tr("Deactivate staff member")
            question = self.tr(
                "Deactivate {name}?\n\nTheir records are kept and their login "
                "is switched off. You can reactivate them later."
            ).format(name=row.name)
            verb = self.tr("Deactivate")
        if messages.confirm(self, title, question, verb):
            self.change(
                lambda s: staff.set_active(s, self.ctx.actor, row.id, reactivate, row.version)
            )

    def unlock(self, line: StaffLine) -> None:
        self.change(lambda s: staff.unlock_login(s, self.ctx.actor, line.row.id))
