"""Groups: every series with its schedule, room, people and how full it is; new groups,
importing them from a CSV file, editing the whole series, rosters and attendance
statistics."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from peercenter.domain.enums import EnrollmentMode
from peercenter.domain.errors import PeerCenterError
from peercenter.domain.permissions import Permission
from peercenter.services.csv_import.kinds import GROUPS
from peercenter.services.schedule import groups
from peercenter.services.schedule.groups import GroupRow
from peercenter.ui import formatting, messages, theme
from peercenter.ui.context import AppContext
from peercenter.ui.dialogs.import_csv import ImportDialog, choose_file, open_import
from peercenter.ui.kind_colors import KIND_SHORT_LABELS, kind_swatch
from peercenter.ui.live import SCHEDULE_TABLES
from peercenter.ui.screens.base import Screen
from peercenter.ui.tables import (
    RIGHT,
    Column,
    RowStyle,
    RowTableModel,
    make_table_view,
    selected_row,
)

SEARCH_DELAY_MS = 200


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


def _style(g: GroupRow) -> RowStyle | None:
    return RowStyle(muted=True, tooltip="This series has ended.") if g.ended else None


class GroupsScreen(Screen):
    live_tables = SCHEDULE_TABLES

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.dialog: QDialog | None = None
        self.import_dialog: ImportDialog | None = None
        self.can_edit = ctx.actor.can(Permission.MANAGE_SCHEDULE)
        self.page_layout.addWidget(theme.title_label("Groups"))
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search by name")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName("Search groups")
        self.search.setMaximumWidth(320)
        self.show_ended = QCheckBox("Show ended series")
        self.new_button = QPushButton("New group…")
        self.import_button = QPushButton("Import…")
        self.import_button.setToolTip("Add groups and their schedule from a CSV file")
        self.edit_button = QPushButton("Edit series…")
        self.roster_button = QPushButton("Roster…")
        self.stats_button = QPushButton("Attendance…")
        bar.addWidget(self.search, 1)
        bar.addWidget(self.show_ended)
        bar.addStretch(1)
        for b in (
            self.new_button,
            self.import_button,
            self.edit_button,
            self.roster_button,
            self.stats_button,
        ):
            bar.addWidget(b)
        self.new_button.setVisible(self.can_edit)
        self.import_button.setVisible(self.can_edit)
        self.edit_button.setVisible(self.can_edit)
        self.roster_button.setVisible(ctx.actor.can(Permission.VIEW_PARTICIPANTS))
        self.page_layout.addLayout(bar)
        self.model: RowTableModel[GroupRow] = RowTableModel(GROUP_COLUMNS, _style, self)
        self.table, self.proxy = make_table_view(self.model, self)
        self.table.setAccessibleName("Groups")
        self.page_layout.addWidget(self.table, 1)
        self.count_label = theme.hint_label("")
        self.page_layout.addWidget(self.count_label)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._timer.start)
        self.show_ended.toggled.connect(self.refresh)
        self.new_button.clicked.connect(self.new_group)
        self.import_button.clicked.connect(self.choose_import_file)
        self.edit_button.clicked.connect(self.edit_selected)
        self.roster_button.clicked.connect(self.roster_selected)
        self.stats_button.clicked.connect(self.stats_selected)
        self.table.activated.connect(
            lambda _i: self.edit_selected() if self.can_edit else self.stats_selected()
        )
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def selected(self) -> GroupRow | None:
        row = selected_row(self.table)
        return row if isinstance(row, GroupRow) else None

    def focus_search(self) -> None:
        """Ctrl+F, from the window."""
        self.search.setFocus()
        self.search.selectAll()

    def refresh(self) -> None:
        self._timer.stop()
        keep = self.selected()
        with self.ctx.database.reader() as session:
            rows = groups.list_groups(
                session, self.ctx.actor, self.show_ended.isChecked(), self.search.text()
            )
        self.model.set_rows(rows)
        if keep is not None:
            self.select_id(keep.id)
        self.count_label.setText(formatting.plural(len(rows), "group"))
        self._update_buttons()

    def select_id(self, group_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.row_at(row).id == group_id:
                self.table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        for b in (self.edit_button, self.roster_button, self.stats_button):
            b.setEnabled(chosen)

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _r: self.refresh())
        dialog.open()

    def new_group(self) -> None:
        from peercenter.ui.dialogs.group_dialog import GroupDialog

        with messages.reporting_errors(self):
            self._open(GroupDialog(self.ctx, None, self))

    def choose_import_file(self) -> None:
        path = choose_file(self, GROUPS)
        if path is not None:
            self.import_file(path)

    def import_file(self, path: Path) -> None:
        self.import_dialog = open_import(self, self.ctx, GROUPS, path, self._imported)

    def _imported(self, message: str) -> None:
        self.refresh()
        self.count_label.setText(f"{message} {self.count_label.text()}")

    def edit_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        from peercenter.ui.dialogs.group_dialog import GroupDialog

        try:
            self._open(GroupDialog(self.ctx, row.id, self))
        except PeerCenterError as exc:
            messages.show_error(self, exc)
            self.refresh()

    def roster_selected(self) -> None:
        row = self.selected()
        if row is not None:
            from peercenter.ui.screens.groups.roster_dialog import RosterDialog

            with messages.reporting_errors(self):
                self._open(RosterDialog(self.ctx, row.id, self))

    def stats_selected(self) -> None:
        row = self.selected()
        if row is not None:
            from peercenter.ui.screens.groups.stats_dialog import StatsDialog

            with messages.reporting_errors(self):
                self._open(StatsDialog(self.ctx, row.id, self))
