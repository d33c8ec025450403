"""Add or change a room: how many it holds, accessibility, or a virtual meeting link."""

from __future__ import annotations

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
        super().__init__(ctx, "Add room" if room is None else "Edit room", parent)
        self.room = room
        column = self.add_column()
        fields = self.add_section(column, "Room")
        self.name = fields.add("name", "Name", QLineEdit())
        self.capacity = fields.add(
            "capacity",
            "Holds",
            QSpinBox(),
            "How many people fit; leave at 'No limit' if it does not matter.",
        )
        self.capacity.setRange(0, rooms.MAX_ROOM_CAPACITY)
        self.capacity.setSpecialValueText("No limit")
        self.capacity.setSuffix(" people")
        self.location = fields.add(
            "location", "Where", QLineEdit(), "Floor or directions, printed on handouts."
        )
        access = self.add_section(column, "Accessibility")
        self.accessible = access.add("accessible", "", QCheckBox("Step-free access"), span=True)
        self.notes = access.add("accessibility_notes", "Notes", QLineEdit())
        online = self.add_section(column, "Online")
        self.is_virtual = online.add(
            "is_virtual", "", QCheckBox("Virtual room (meets online)"), span=True
        )
        self.url = online.add(
            "meeting_url",
            "Meeting link",
            QLineEdit(),
            "Printed on handouts for the sessions held here.",
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
