"""Whose records a training or time screen shows: the signed-in person, or someone they
supervise. A specialist sees only their own name, without a list to open."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget
from sqlalchemy.orm import Session

from peercenter.services.context import Actor
from peercenter.services.credentials.access import PersonChoice, people_choices


class PersonPicker(QWidget):
    changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self.tr("Person"))
        self.combo = QComboBox()
        self.combo.setMinimumWidth(220)
        self.combo.setAccessibleName(self.tr("Person"))
        self.only = QLabel()
        layout.addWidget(self.label)
        layout.addWidget(self.combo)
        layout.addWidget(self.only)
        self.label.setBuddy(self.combo)
        self._choices: list[PersonChoice] = []
        self.combo.currentIndexChanged.connect(self._changed)

    def load(self, session: Session, actor: Actor) -> int | None:
        """Fill the list from the database, keeping the person shown (the actor at first);
        returns the chosen staff id."""
        self.set_choices(
            people_choices(session, actor, include_inactive=True),
            keep=self.current_id() or actor.staff_id,
        )
        return self.current_id()

    def set_choices(self, choices: list[PersonChoice], keep: int | None = None) -> None:
        self._choices = choices
        current = keep if keep is not None else self.current_id()
        self.combo.blockSignals(True)
        self.combo.clear()
        for choice in choices:
            text = (
                self.tr("{name} (me)").format(name=choice.name) if choice.is_self else choice.name
            )
            if not choice.active:
                text = self.tr("{name}, inactive").format(name=text)
            self.combo.addItem(text, choice.id)
        index = self.combo.findData(current) if current is not None else -1
        self.combo.setCurrentIndex(index if index >= 0 else 0)
        self.combo.blockSignals(False)
        alone = len(choices) <= 1
        self.combo.setVisible(not alone)
        self.label.setVisible(not alone)
        self.only.setVisible(alone)
        self.only.setText(choices[0].name if choices else "")

    def current_id(self) -> int | None:
        value = self.combo.currentData()
        return int(value) if value is not None else None

    def current_name(self) -> str:
        person = self.current()
        return person.name if person else ""

    def current(self) -> PersonChoice | None:
        wanted = self.current_id()
        return next((c for c in self._choices if c.id == wanted), None)

    def select(self, staff_id: int) -> None:
        index = self.combo.findData(staff_id)
        if index >= 0:
            self.combo.setCurrentIndex(index)

    def _changed(self, _index: int) -> None:
        value = self.current_id()
        if value is not None:
            self.changed.emit(value)
