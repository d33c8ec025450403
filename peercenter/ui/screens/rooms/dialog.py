"""Add or change a room: how many it holds, accessibility, or a virtual meeting link."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QLineEdit, QSpinBox, QWidget
from sqlalchemy.orm import Session

from peercenter.services.schedule import rooms
from peercenter.services.schedule.rooms import RoomForm, RoomRow
from peercenter.ui.context import AppContext
from peercenter.ui.widgets.record_dialog import RecordDialog


class RoomDialog(RecordDialog):
    def __init__(
        self, ctx: AppContext, room: RoomRow | None, parent: QWidget | None = None
    ) -> None:
        title = (
            QCoreApplication.translate("RoomDialog", "Add room")
            if room is None
            else QCoreApplication.translate("RoomDialog", "Edit room")
        )
        super().__init__(ctx, title, parent)
        self.room = room
        column = self.add_column()
        fields = self.add_section(column, self.tr("Room"))
        self.name = fields.add("name", self.tr("Name"), QLineEdit())
        self.capacity = fields.add(
            "capacity",
            self.tr("Holds"),
            QSpinBox(),
            self.tr("How many people fit; leave at “No limit” if it does not matter."),
        )
        self.capacity.setRange(0, rooms.MAX_ROOM_CAPACITY)
        self.capacity.setSpecialValueText(self.tr("No limit"))
        self.capacity.setSuffix(self.tr(" people"))
        self.location = fields.add(
            "location",
            self.tr("Where"),
            QLineEdit(),
            self.tr("Floor or directions, printed on handouts."),
        )
        access = self.add_section(column, self.tr("Accessibility"))
        self.accessible = access.add(
            "accessible", "", QCheckBox(self.tr("Step-free access")), span=True
        )
        self.notes = access.add("accessibility_notes", self.tr("Notes"), QLineEdit())
        online = self.add_section(column, self.tr("Online"))
        self.is_virtual = online.add(
            "is_virtual", "", QCheckBox(self.tr("Virtual room (meets online)")), span=True
        )
        self.url = online.add(
            "meeting_url",
            self.tr("Meeting link"),
            QLineEdit(),
            self.tr("Printed on handouts for the sessions held here."),
        )
        self.url.setPlaceholderText("https://")
        self.is_virtual.toggled.connect(lambda on: online.set_enabled("meeting_url", on))
        self.load()

    def load(self) -> None:
        form = self.room.form if self.room is not None else RoomForm("")
        self.name.setText(form.name)
        self.capacity.setValue(form.capacity or 0)
        self.location.setText(form.location)
        self.accessible.setChecked(form.accessible)
        self.notes.setText(form.accessibility_notes)
        self.is_virtual.setChecked(form.is_virtual)
        self.url.setText(form.meeting_url)
        self.url.setEnabled(form.is_virtual)

    def form(self) -> RoomForm:
        return RoomForm(
            self.name.text(),
            self.capacity.value() or None,
            self.accessible.isChecked(),
            self.notes.text(),
            self.is_virtual.isChecked(),
            self.url.text() if self.is_virtual.isChecked() else "",
            self.location.text(),
        )

    def save(self, session: Session) -> int:
        if self.room is None:
            return rooms.create_room(session, self.ctx.actor, self.form()).id
        return rooms.update_room(
            session, self.ctx.actor, self.room.id, self.form(), self.room.version
        ).id
