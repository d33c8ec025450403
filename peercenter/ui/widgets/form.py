"""Form rows with a red error line under each field, filled from a ValidationError's
``field_errors`` (field name -> message)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from peercenter.ui import theme
from peercenter.ui.accessible import plain_text

W = TypeVar("W", bound=QWidget)
_GROWING = (
    QSizePolicy.Policy.Expanding,
    QSizePolicy.Policy.MinimumExpanding,
    QSizePolicy.Policy.Ignored,
)


@dataclass
class FieldRow:
    label: QLabel
    widget: QWidget
    error: QLabel
    container: QWidget
    hint: QLabel | None


class FormFields:
    """A QFormLayout whose rows know their field name, so errors land beside the field."""

    def __init__(self, layout: QFormLayout | None = None) -> None:
        self.layout = layout or QFormLayout()
        # Every field box takes the full width, so hints and errors under a short field
        # (a spin box, a combo) wrap at the form's width instead of the field's.
        self.layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.layout.setVerticalSpacing(8)
        self.layout.setHorizontalSpacing(14)
        self._rows: dict[str, FieldRow] = {}

    def add(self, name: str, label: str, widget: W, hint: str = "", *, span: bool = False) -> W:
        """A field with an optional grey hint under it and a hidden red error line.
        ``span`` puts it across the whole form, without a label column."""
        container = QWidget()
        box = QVBoxLayout(container)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        if widget.sizePolicy().horizontalPolicy() in _GROWING:
            box.addWidget(widget)
        else:
            line = QHBoxLayout()
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(widget)
            line.addStretch(1)
            box.addLayout(line)
        hint_label = None
        if hint:
            hint_label = theme.hint_label(hint)
            box.addWidget(hint_label)
        error = QLabel()
        error.setObjectName("fieldError")
        error.setWordWrap(True)
        error.setVisible(False)
        error.setAccessibleName(f"{label or name} problem")
        box.addWidget(error)
        title = QLabel(label)
        if label:
            title.setBuddy(widget)
            # The label sits outside the field's box, where screen readers do not look
            # for a buddy: name the field itself.
            if not widget.accessibleName():
                widget.setAccessibleName(plain_text(label))
        if span:
            self.layout.addRow(container)
        else:
            self.layout.addRow(title, container)
        self._rows[name] = FieldRow(title, widget, error, container, hint_label)
        return widget

    def set_label_width(self, pixels: int) -> None:
        """Line several forms up, one under the other, on one label column."""
        for row in self._rows.values():
            row.label.setMinimumWidth(pixels)

    def has(self, name: str) -> bool:
        return name in self._rows

    def widget(self, name: str) -> QWidget:
        return self._rows[name].widget

    def error_text(self, name: str) -> str:
        """The message shown under the field, or "" when none is shown."""
        row = self._rows[name]
        return row.error.text() if not row.error.isHidden() else ""

    def set_error(self, name: str, message: str) -> None:
        row = self._rows[name]
        row.error.setText(message)
        row.error.setVisible(bool(message))

    def clear_errors(self) -> None:
        for name in self._rows:
            self.set_error(name, "")

    def show_errors(self, errors: dict[str, str]) -> dict[str, str]:
        """Put each message beside its field; return the ones no field here can show."""
        self.clear_errors()
        unplaced = {}
        for name, message in errors.items():
            if (
                name in self._rows
                and self._rows[name].widget.isEnabled()
                and not self._rows[name].container.isHidden()
            ):
                self.set_error(name, message)
            else:
                unplaced[name] = message
        return unplaced

    def first_error_widget(self) -> QWidget | None:
        for row in self._rows.values():
            if not row.error.isHidden():
                return row.widget
        return None

    def set_visible(self, name: str, visible: bool) -> None:
        row = self._rows[name]
        self.layout.setRowVisible(row.container, visible)

    def set_enabled(self, name: str, enabled: bool) -> None:
        self._rows[name].widget.setEnabled(enabled)

    def set_hint(self, name: str, text: str) -> None:
        hint = self._rows[name].hint
        if hint is not None:
            hint.setText(text)
