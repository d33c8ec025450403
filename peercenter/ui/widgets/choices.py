"""Pickers over the services' ``Choice`` lists: a combo box with an optional 'none' entry, and
a list of checkable names (co-facilitators)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QListWidget, QListWidgetItem, QWidget

from peercenter.services.schedule.choices import Choice

ID_ROLE = Qt.ItemDataRole.UserRole


def narrow(combo: QComboBox, chars: int, popup_width: int = 0) -> None:
    """As wide as ``chars`` characters, not its longest choice (a filter bar then fits a
    1366-pixel screen in every language); with ``popup_width`` the open list is at least that
    wide, so each choice reads whole."""
    combo.setMinimumContentsLength(chars)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    if popup_width:
        combo.view().setMinimumWidth(popup_width)


class ChoiceCombo(QComboBox):
    """Picks one id (or None when ``none_label`` is given and chosen)."""

    def __init__(
        self, none_label: str = "", parent: QWidget | None = None, width_chars: int = 24
    ) -> None:
        super().__init__(parent)
        self._none_label = none_label
        narrow(self, width_chars)

    def set_choices(self, choices: Sequence[Choice], keep: int | None = None) -> None:
        current = self.value() if keep is None else keep
        self.blockSignals(True)
        self.clear()
        if self._none_label:
            self.addItem(self._none_label, None)
        for c in choices:
            self.addItem(f"{c.label} ({c.detail})" if c.detail else c.label, c.id)
        self.blockSignals(False)
        self.set_value(current)

    def value(self) -> int | None:
        data = self.currentData()
        return int(data) if data is not None else None

    def set_value(self, value: int | None) -> None:
        index = self.findData(value) if value is not None else (0 if self._none_label else -1)
        self.setCurrentIndex(max(index, 0) if self.count() else -1)


class CheckList(QListWidget):
    """Names with check boxes; ``values`` are the checked ids."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaximumHeight(110)
        self.itemChanged.connect(lambda _item: self.changed.emit())

    def set_choices(self, choices: Sequence[Choice], checked: Iterable[int] = ()) -> None:
        wanted = set(checked)
        self.blockSignals(True)
        self.clear()
        for c in choices:
            item = QListWidgetItem(c.label)
            item.setData(ID_ROLE, c.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if c.id in wanted else Qt.CheckState.Unchecked)
            self.addItem(item)
        self.blockSignals(False)

    def values(self) -> tuple[int, ...]:
        return tuple(
            int(self.item(i).data(ID_ROLE))
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        )

    def set_values(self, ids: Iterable[int]) -> None:
        wanted = set(ids)
        for i in range(self.count()):
            item = self.item(i)
            item.setCheckState(
                Qt.CheckState.Checked if item.data(ID_ROLE) in wanted else Qt.CheckState.Unchecked
            )

    def set_hidden_id(self, staff_id: int | None) -> None:
        """Hide one entry (the lead cannot also be a co-facilitator)."""
        for i in range(self.count()):
            item = self.item(i)
            hide = item.data(ID_ROLE) == staff_id
            item.setHidden(hide)
            if hide:
                item.setCheckState(Qt.CheckState.Unchecked)
