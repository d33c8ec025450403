"""Driving the window with the keyboard only, as a person without a mouse would: every key
goes to whatever has the keyboard focus now."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

Key = Qt.Key
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard"
    return widget


def keys(*presses: Any) -> None:
    """Each press is text to type, a key, or (key, modifiers)."""
    for press in presses:
        if isinstance(press, str):
            QTest.keyClicks(focused(), press)
        elif isinstance(press, tuple):
            QTest.keyClick(focused(), press[0], press[1])
        else:
            QTest.keyClick(focused(), press)


def tab_to(widget: QWidget, limit: int = 60) -> None:
    """Press Tab until ``widget`` has the keyboard: it must be reachable that way."""
    for _ in range(limit):
        if widget.hasFocus() or focused() is widget.focusProxy():
            return
        keys(Key.Key_Tab)
    raise AssertionError(f"Tab never reached {widget.accessibleName() or widget!r}")


def active(qtbot: Any, window: QWidget) -> None:
    qtbot.waitUntil(lambda: window.isVisible() and window.isActiveWindow())


def back_to(qtbot: Any, window: QWidget) -> None:
    """A dialog closed: the window manager hands the keyboard back to the window under it
    (the offscreen platform has no window manager, so the test does)."""
    window.activateWindow()
    active(qtbot, window)
