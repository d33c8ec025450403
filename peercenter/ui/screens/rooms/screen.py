"""Rooms: where groups meet, how many each holds, step-free access and meeting links."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from peercenter.domain.permissions import Permission
from peercenter.services.schedule import rooms
from peercenter.services.schedule.rooms import RoomRow
from peercenter.ui.context import AppContext
from peercenter.ui.language import QT_TRANSLATE_NOOP
from peercenter.ui.screens.list_screen import ListScreen
from peercenter.ui.screens.rooms.dialog import RoomDialog
from peercenter.ui.tables import RIGHT, Column, RowStyle


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


class RoomsScreen(ListScreen[RoomRow]):
    title = QT_TRANSLATE_NOOP("RoomsScreen", "Rooms")
    columns = ()
    edit_permission = Permission.MANAGE_ROOMS
    inactive_label = QT_TRANSLATE_NOOP("RoomsScreen", "Show rooms taken out of use")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.edit_button.setVisible(self.can_edit)  # every detail is in the list already
        self.active_button = self.row_button(
            self.tr("Take out of use"),
            self.toggle_active,
            label=lambda r: (
                self.tr("Put back in use")
                if r is not None and not r.is_active
                else self.tr("Take out of use")
            ),
            visible=self.can_edit,
        )

    def table_columns(self) -> list[Column[RoomRow]]:
        return room_columns()

    def count_words(self, count: int) -> str:
        return self.tr("%n room(s)", "", count)

    def load(self, session: Session) -> list[RoomRow]:
        return rooms.list_rooms(session, self.ctx.actor, self.include_inactive)

    def row_style(self, r: RoomRow) -> RowStyle | None:
        if r.is_active:
            return None
        return RowStyle(muted=True, tooltip=self.tr("Taken out of use."))

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
