"""Groups: every series with its schedule, room, people and how full it is; new groups,
importing them from a CSV file, editing the whole series, rosters and attendance
statistics."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget
from sqlalchemy.orm import Session

from peercenter.domain.enums import EnrollmentMode
from peercenter.domain.errors import PeerCenterError
from peercenter.domain.permissions import Permission
from peercenter.services.csv_import.kinds import GROUPS
from peercenter.services.schedule import groups
from peercenter.services.schedule.groups import GroupRow
from peercenter.ui import formatting, messages
from peercenter.ui.context import AppContext
from peercenter.ui.dialogs.import_csv import ImportDialog, choose_file, open_import
from peercenter.ui.kind_colors import kind_short_label, kind_swatch
from peercenter.ui.language import QT_TRANSLATE_NOOP
from peercenter.ui.live import SCHEDULE_TABLES
from peercenter.ui.screens.list_screen import ListScreen
from peercenter.ui.tables import RIGHT, Column, RowStyle


def _places(g: GroupRow) -> str:
    return f"{g.enrolled} / {g.capacity}" if g.capacity else str(g.enrolled)


def group_columns() -> list[Column[GroupRow]]:
    """The columns, titled in the window's language."""
    open_, closed = (
        QCoreApplication.translate("GroupsScreen", "Open"),
        QCoreApplication.translate("GroupsScreen", "Closed"),
    )
    return [
        Column(QCoreApplication.translate("GroupsScreen", "Name"), lambda g: g.name, width=190),
        Column(
            QCoreApplication.translate("GroupsScreen", "Kind"),
            lambda g: kind_short_label(g.kind),
            sort=lambda g: g.kind.label,
            decoration=lambda g: kind_swatch(g.kind),
            tooltip=lambda g: g.kind.label,
            width=120,
        ),
        Column(
            QCoreApplication.translate("GroupsScreen", "Schedule"),
            lambda g: g.schedule,
            tooltip=lambda g: g.schedule,
            width=220,
        ),
        Column(QCoreApplication.translate("GroupsScreen", "Time"), lambda g: g.time, width=100),
        Column(QCoreApplication.translate("GroupsScreen", "Room"), lambda g: g.room, width=110),
        Column(
            QCoreApplication.translate("GroupsScreen", "Facilitators"),
            lambda g: g.facilitators,
            tooltip=lambda g: g.facilitators,
            width=160,
        ),
        Column(
            QCoreApplication.translate("GroupsScreen", "Enrollment"),
            lambda g: open_ if g.enrollment_mode is EnrollmentMode.OPEN else closed,
            width=90,
        ),
        Column(
            QCoreApplication.translate("GroupsScreen", "Enrolled"),
            _places,
            sort=lambda g: g.enrolled,
            align=RIGHT,
            width=80,
        ),
        Column(
            QCoreApplication.translate("GroupsScreen", "Waiting"),
            lambda g: str(g.waitlisted) if g.waitlisted else "",
            sort=lambda g: g.waitlisted,
            align=RIGHT,
            width=70,
        ),
        Column(
            QCoreApplication.translate("GroupsScreen", "Ends"),
            lambda g: formatting.short_date(g.until_date),
            sort=lambda g: g.until_date,
        ),
    ]


class GroupsScreen(ListScreen[GroupRow]):
    title = QT_TRANSLATE_NOOP("GroupsScreen", "Groups")
    columns = ()
    edit_permission = Permission.MANAGE_SCHEDULE
    search_hint = QT_TRANSLATE_NOOP("GroupsScreen", "Search by name")
    search_in_database = True
    none_found = QT_TRANSLATE_NOOP("GroupsScreen", "No group")
    inactive_label = QT_TRANSLATE_NOOP("GroupsScreen", "Show ended series")
    add_text = QT_TRANSLATE_NOOP("GroupsScreen", "New group…")
    edit_text = QT_TRANSLATE_NOOP("GroupsScreen", "Edit series…")

    live_tables = SCHEDULE_TABLES

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.import_dialog: ImportDialog | None = None
        self.new_button = self.add_button
        self.edit_button.setVisible(self.can_edit)  # others see a group through its roster
        self.import_button = self.button(
            self.tr("Import…"),
            self.choose_import_file,
            visible=self.can_edit,
            at=self.toolbar.indexOf(self.edit_button),
        )
        self.import_button.setToolTip(self.tr("Add groups and their schedule from a CSV file"))
        self.roster_button = self.row_button(
            self.tr("Roster…"),
            self.open_roster,
            visible=ctx.actor.can(Permission.VIEW_PARTICIPANTS),
        )
        self.stats_button = self.row_button(self.tr("Attendance…"), self.open_stats)

    def table_columns(self) -> list[Column[GroupRow]]:
        return group_columns()

    def count_words(self, count: int) -> str:
        return self.tr("%n group(s)", "", count)

    def load(self, session: Session) -> list[GroupRow]:
        return groups.list_groups(
            session, self.ctx.actor, self.include_inactive, self.search.text()
        )

    def row_style(self, g: GroupRow) -> RowStyle | None:
        return RowStyle(muted=True, tooltip=self.tr("This series has ended.")) if g.ended else None

    def make_dialog(self, row: GroupRow | None) -> QDialog:
        from peercenter.ui.dialogs.group_dialog import GroupDialog

        return GroupDialog(self.ctx, row.id if row is not None else None, self)

    def activate(self) -> None:
        if self.can_edit:
            super().activate()
        else:
            self._run_on_selected(self.open_stats)

    def open_dialog(self, row: GroupRow | None) -> None:
        with messages.reporting_errors(self):
            self._open(lambda: self.make_dialog(row))

    def _open(self, make: Callable[[], QDialog]) -> None:
        """Roster and attendance change things without a Save: reload whenever one closes."""
        try:
            dialog = make()
        except PeerCenterError:
            self.refresh()  # the group may have gone meanwhile
            raise
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self.refresh())
        dialog.open()

    def choose_import_file(self) -> None:
        path = choose_file(self, GROUPS)
        if path is not None:
            self.import_file(path)

    def import_file(self, path: Path) -> None:
        self.import_dialog = open_import(self, self.ctx, GROUPS, path, self._imported)

    def _imported(self, message: str) -> None:
        self.refresh()
        self.count_label.setText(f"{message} {self.count_label.text()}")

    def open_roster(self, row: GroupRow) -> None:
        from peercenter.ui.screens.groups.roster_dialog import RosterDialog

        with messages.reporting_errors(self):
            self._open(lambda: RosterDialog(self.ctx, row.id, self))

    def open_stats(self, row: GroupRow) -> None:
        from peercenter.ui.screens.groups.stats_dialog import StatsDialog

        with messages.reporting_errors(self):
            self._open(lambda: StatsDialog(self.ctx, row.id, self))
