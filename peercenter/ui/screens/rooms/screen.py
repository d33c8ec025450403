"""Rooms: where groups meet, how many each holds, step-free access and meeting links."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from peercenter.domain.permissions import Permission
from peercenter.services.schedule import rooms
from peercenter.services.schedule.rooms import RoomRow
from peercenter.ui.context import AppContext
from peercenter.ui.screens.list_screen import ListScreen
from peercenter.ui.screens.rooms.dialog import RoomDialog
from peercenter.ui.tables import RIGHT, Column, RowStyle

ROOM_COLUMNS: list[Column[RoomRow]] = [
    Column("Name", lambda r: r.name, width=170),
    Column(
        "Holds",
        lambda r: str(r.capacity) if r.capacity else "No limit",
        sort=lambda r: r.capacity,
        align=RIGHT,
        width=80,
    ),
    Column(
        "Step-free",
        lambda r: "Yes" if r.accessible else "No",
        tooltip=lambda r: r.accessibility_notes,
        width=80,
    ),
    Column("Accessibility notes", lambda r: r.accessibility_notes, width=180),
    Column(
        "Meeting link",
        lambda r: r.meeting_url if r.is_virtual else "",
        tooltip=lambda r: r.meeting_url,
        width=200,
    ),
    Column("Where", lambda r: r.location, stretch=True),
]


class RoomsScreen(ListScreen[RoomRow]):
    title = "Rooms"
    noun = ("room", None)
    columns = ROOM_COLUMNS
    edit_permission = Permission.MANAGE_ROOMS
    inactive_label = "Show rooms taken out of use"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.edit_button.setVisible(self.can_edit)  # every detail is in the list already
        self.active_button = self.row_button(
            "Take out of use",
            self.toggle_active,
            label=lambda r: (
                "Put back in use" if r is not None and not r.is_active else "Take out of use"
            ),
            visible=self.can_edit,
        )

    def load(self, session: Session) -> list[RoomRow]:
        return rooms.list_rooms(session, self.ctx.actor, self.include_inactive)

    def row_style(self, r: RoomRow) -> RowStyle | None:
        return None if r.is_active else RowStyle(muted=True, tooltip="Taken out of use.")

    def make_dialog(self, row: RoomRow | None) -> RoomDialog:
        return RoomDialog(self.ctx, row, self)

    def activate(self) -> None:
        if self.can_edit:
            super().activate()

    def toggle_active(self, row: RoomRow) -> None:
        self.change(
            lambda s: rooms.set_room_active(
                s, self.ctx.actor, row.id, not row.is_active, row.version
            )
        )
