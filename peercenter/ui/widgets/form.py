"""Form rows with a red error line under each field, filled from a ValidationError's
``field_errors`` (field name -> message). An error goes as soon as its field is changed; Tab
leaves a multi-line field (Ctrl+Tab types a tab in it)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from peercenter.ui import theme
from peercenter.ui.accessible import plain_text

W = TypeVar("W", bound=QWidget)
_GROWING = (
    QSizePolicy.Policy.Expanding,
    QSizePolicy.Policy.MinimumExpanding,
    QSizePolicy.Policy.Ignored,
)
# The signal that says a person changed a field, by kind of field, most telling first: typed
# dates and times say "valid" only once what was typed could be read, and a line of text
# "textEdited" only for typing (a form that clears a field itself keeps the message).
_CHANGE_SIGNALS = (
    "valid",
    "textEdited",
    "changed",
    "dateChanged",
    "timeChanged",
    "valueChanged",
    "currentIndexChanged",
    "textChanged",
    "toggled",
)


class CtrlTabTypesTab(QObject):
    """Tab moves on from a multi-line field like from any other; Ctrl+Tab types a tab."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Tab
            and event.modifiers() == Qt.KeyboardModifier.ControlModifier
            and isinstance(watched, QPlainTextEdit | QTextEdit)
        ):
            watched.insertPlainText("\t")
            return True
        return False


def tab_leaves(edit: QPlainTextEdit | QTextEdit) -> None:
    edit.setTabChangesFocus(True)
    edit.installEventFilter(CtrlTabTypesTab(edit))


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
        self.on_error_cleared: Callable[[], None] | None = None
        self.on_error_shown: Callable[[], None] | None = None

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
        error.setAccessibleName(
            QCoreApplication.translate("FormFields", "{field} problem").format(
                field=plain_text(label) if label else name
            )
        )
        # The message takes the room it needs under the field, never the field's own.
        error.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
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
        self._watch(name, widget)
        return widget

    def _watch(self, name: str, widget: QWidget) -> None:
        if isinstance(widget, QPlainTextEdit | QTextEdit):
            tab_leaves(widget)
            # Never squeezed below three lines when messages appear: the dialog grows.
            lines = widget.fontMetrics().lineSpacing() * 3 + 2 * widget.frameWidth() + 8
            widget.setMinimumHeight(min(lines, widget.maximumHeight()))
        for signal_name in _CHANGE_SIGNALS:
            signal = getattr(widget, signal_name, None)
            if signal is not None and hasattr(signal, "connect"):
                signal.connect(lambda *_args, name=name: self._fixed(name))
                break
        invalid = getattr(widget, "invalid", None)
        if invalid is not None and hasattr(invalid, "connect"):
            invalid.connect(lambda message, name=name: self.set_error(name, message))

    def _fixed(self, name: str) -> None:
        """The field was changed: its error, if any, no longer applies."""
        row = self._rows[name]
        if row.error.isHidden():
            return
        self.set_error(name, "")
        if self.on_error_cleared is not None:
            self.on_error_cleared()

    def has_errors(self) -> bool:
        return any(not row.error.isHidden() for row in self._rows.values())

    def first_field(self) -> QWidget | None:
        """The first field a person can type or choose in."""
        for row in self._rows.values():
            widget = row.widget
            if (
                widget.isEnabled()
                and not row.container.isHidden()
                and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
            ):
                return widget
        return None

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
        appears = bool(message) and row.error.isHidden()
        row.error.setText(message)
        row.error.setVisible(bool(message))
        if appears and self.on_error_shown is not None:
            self.on_error_shown()

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
