"""Groups: every series with its schedule, room, people and how full it is; new groups,
importing them from a CSV file, editing the whole series, rosters and attendance
statistics."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

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
from peercenter.ui.kind_colors import KIND_SHORT_LABELS, kind_swatch
from peercenter.ui.screens.list_screen import ListScreen
from peercenter.ui.tables import RIGHT, Column, RowStyle


def _places(g: GroupRow) -> str:
    return f"{g.enrolled} / {g.capacity}" if g.capacity else str(g.enrolled)


GROUP_COLUMNS: list[Column[GroupRow]] = [
    Column("Name", lambda g: g.name, width=190),
    Column(
        "Kind",
        lambda g: KIND_SHORT_LABELS[g.kind],
        sort=lambda g: g.kind.label,
        decoration=lambda g: kind_swatch(g.kind),
        tooltip=lambda g: g.kind.label,
        width=120,
    ),
    Column("Schedule", lambda g: g.schedule, tooltip=lambda g: g.schedule, width=220),
    Column("Time", lambda g: g.time, width=100),
    Column("Room", lambda g: g.room, width=110),
    Column("Facilitators", lambda g: g.facilitators, tooltip=lambda g: g.facilitators, width=160),
    Column(
        "Enrollment",
        lambda g: "Open" if g.enrollment_mode is EnrollmentMode.OPEN else "Closed",
        width=90,
    ),
    Column("Enrolled", _places, sort=lambda g: g.enrolled, align=RIGHT, width=80),
    Column(
        "Waiting",
        lambda g: str(g.waitlisted) if g.waitlisted else "",
        sort=lambda g: g.waitlisted,
        align=RIGHT,
        width=70,
    ),
    Column("Ends", lambda g: formatting.short_date(g.until_date), sort=lambda g: g.until_date),
]


class GroupsScreen(ListScreen[GroupRow]):
    title = "Groups"
    noun = ("group", None)
    columns = GROUP_COLUMNS
    edit_permission = Permission.MANAGE_SCHEDULE
    search_hint = "Search by name"
    search_in_database = True
    none_found = "No group"
    inactive_label = "Show ended series"
    add_text = "New group…"
    edit_text = "Edit series…"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.import_dialog: ImportDialog | None = None
        self.new_button = self.add_button
        self.edit_button.setVisible(self.can_edit)  # others see a group through its roster
        self.import_button = self.button(
            "Import…",
            self.choose_import_file,
            visible=self.can_edit,
            at=self.toolbar.indexOf(self.edit_button),
        )
        self.import_button.setToolTip("Add groups and their schedule from a CSV file")
        self.roster_button = self.row_button(
            "Roster…", self.open_roster, visible=ctx.actor.can(Permission.VIEW_PARTICIPANTS)
        )
        self.stats_button = self.row_button("Attendance…", self.open_stats)

    def load(self, session: Session) -> list[GroupRow]:
        return groups.list_groups(
            session, self.ctx.actor, self.include_inactive, self.search.text()
        )

    def row_style(self, g: GroupRow) -> RowStyle | None:
        return RowStyle(muted=True, tooltip="This series has ended.") if g.ended else None

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
