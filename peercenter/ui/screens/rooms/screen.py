"""Rooms: where groups meet, how many each holds, step-free access and meeting links."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QWidget

from peercenter.domain.errors import PeerCenterError
from peercenter.domain.permissions import Permission
from peercenter.services.schedule import rooms
from peercenter.services.schedule.rooms import RoomRow
from peercenter.ui import messages, theme
from peercenter.ui.context import AppContext
from peercenter.ui.screens.base import Screen
from peercenter.ui.screens.rooms.dialog import RoomDialog
from peercenter.ui.tables import (
    RIGHT,
    Column,
    RowStyle,
    RowTableModel,
    make_table_view,
    selected_row,
)


def room_columns() -> list[Column[RoomRow]]:
    """The columns, titled in the window's language."""
    yes = QCoreApplication.translate("RoomsScreen", "Yes")
    no = QCoreApplication.translate("RoomsScreen", "No")
    no_limit = QCoreApplication.translate("RoomsScreen", "No limit")
    return [
        Column(QCoreApplication.translate("RoomsScreen", "Name"), lambda r: r.name, width=170),
        Column(
            QCoreApplication.translate("RoomsScreen", "Holds"),
            lambda r: str(r.capacity) if r.capacity else no_limit,
            sort=lambda r: r.capacity,
            align=RIGHT,
            width=80,
        ),
        Column(
            QCoreApplication.translate("RoomsScreen", "Step-free"),
            lambda r: yes if r.accessible else no,
            tooltip=lambda r: r.accessibility_notes,
            width=80,
        ),
        Column(
            QCoreApplication.translate("RoomsScreen", "Accessibility notes"),
            lambda r: r.accessibility_notes,
            width=180,
        ),
        Column(
            QCoreApplication.translate("RoomsScreen", "Meeting link"),
            lambda r: r.meeting_url if r.is_virtual else "",
            tooltip=lambda r: r.meeting_url,
            width=200,
        ),
        Column(
            QCoreApplication.translate("RoomsScreen", "Where"), lambda r: r.location, stretch=True
        ),
    ]


def _style(r: RoomRow) -> RowStyle | None:
    if r.is_active:
        return None
    return RowStyle(
        muted=True, tooltip=QCoreApplication.translate("RoomsScreen", "Taken out of use.")
    )


class RoomsScreen(Screen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.dialog: RoomDialog | None = None
        self.can_edit = ctx.actor.can(Permission.MANAGE_ROOMS)
        self.page_layout.addWidget(theme.title_label(self.tr("Rooms")))
        bar = QHBoxLayout()
        self.show_inactive = QCheckBox(self.tr("Show rooms taken out of use"))
        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.active_button = QPushButton(self.tr("Take out of use"))
        bar.addWidget(self.show_inactive)
        bar.addStretch(1)
        for b in (self.add_button, self.edit_button, self.active_button):
            bar.addWidget(b)
            b.setVisible(self.can_edit)
        self.page_layout.addLayout(bar)
        self.model: RowTableModel[RoomRow] = RowTableModel(room_columns(), _style, self)
        self.table, self.proxy = make_table_view(self.model, self)
        self.table.setAccessibleName(self.tr("Rooms"))
        self.page_layout.addWidget(self.table, 1)
        self.count_label = theme.hint_label("")
        self.page_layout.addWidget(self.count_label)
        self.show_inactive.toggled.connect(self.refresh)
        self.add_button.clicked.connect(lambda: self._open(None))
        self.edit_button.clicked.connect(lambda: self._open(self.selected()))
        self.active_button.clicked.connect(self.toggle_active)
        self.table.activated.connect(
            lambda _i: self._open(self.selected()) if self.can_edit else None
        )
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def selected(self) -> RoomRow | None:
        row = selected_row(self.table)
        return row if isinstance(row, RoomRow) else None

    def refresh(self) -> None:
        with self.ctx.database.reader() as session:
            rows = rooms.list_rooms(session, self.ctx.actor, self.show_inactive.isChecked())
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("%n room(s)", "", len(rows)))
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.selected()
        self.edit_button.setEnabled(row is not None)
        self.active_button.setEnabled(row is not None)
        self.active_button.setText(
            self.tr("Put back in use")
            if row is not None and not row.is_active
            else self.tr("Take out of use")
        )

    def _open(self, room: RoomRow | None) -> None:
        dialog = RoomDialog(self.ctx, room, self)
        self.dialog = dialog
        dialog.accepted.connect(self.refresh)
        dialog.open()

    def toggle_active(self) -> None:
        row = self.selected()
        if row is None:
            return
        try:
            with self.ctx.database.session() as session:
                rooms.set_room_active(
                    session, self.ctx.actor, row.id, not row.is_active, row.version
                )
        except PeerCenterError as exc:
            messages.show_error(self, exc)
        self.refresh()
