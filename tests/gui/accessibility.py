"""What a screen reader finds in a window: every control a person can reach or press, and
the ones Qt's accessibility reports without a name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from peercenter.ui.accessible import spoken_name

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractSlider,
    QTextEdit,
    QPlainTextEdit,
    QAbstractItemView,
    QTabBar,
)
# Parts of a control that the control itself names (a combo's list, a spin box's text).
COMPOSITES = (QComboBox, QAbstractSpinBox, QCalendarWidget)


def _is_part_of_another(widget: QWidget) -> bool:
    if isinstance(widget, QHeaderView):
        return True  # its sections are named by the column titles
    parent = widget.parentWidget()
    if isinstance(widget, QScrollBar) and not isinstance(parent, QAbstractScrollArea):
        return True  # a scroll area's own bars sit in an unnamed container
    while parent is not None:
        if isinstance(parent, COMPOSITES):
            return True
        if isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget:
            return True
        parent = parent.parentWidget()
    return False


def controls(root: QWidget) -> list[QWidget]:
    """The visible controls under ``root`` a person can press, type in or move to with Tab."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or _is_part_of_another(widget):
            continue
        focusable = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if isinstance(widget, CONTROLS) or focusable:
            found.append(widget)
    return found


def describe(widget: QWidget) -> str:
    parents: list[str] = []
    parent = widget.parentWidget()
    while parent is not None and len(parents) < 3:
        parents.append(type(parent).__name__)
        parent = parent.parentWidget()
    tip = f" tooltip={widget.toolTip()[:40]!r}" if widget.toolTip() else ""
    return f"{type(widget).__name__} in {' < '.join(parents)}{tip}"


def unnamed_controls(root: QWidget) -> list[str]:
    return [describe(w) for w in controls(root) if not spoken_name(w)]
